// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.EXP_MAX;
import static dev.activations.internal.kernel.Cores.EXP_MIN;
import static dev.activations.internal.kernel.Cores.FMA;
import static dev.activations.internal.kernel.Cores.LN2_HI;
import static dev.activations.internal.kernel.Cores.LN2_LO;
import static dev.activations.internal.kernel.Cores.LOG2E;
import static dev.activations.internal.kernel.Cores.SHIFT;
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;

/** The Vector API kernels of Elu, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaElu {
  private PanamaElu() {}

  static final class Elu implements FloatKernel {
    private final double alpha;

    Elu(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.elu(v, alpha);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.eluDerivative(v, alpha);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = a14.sub(1.0);
        DoubleVector b15 = b14.sub(1.0);
        DoubleVector a16 = FMA ? a14.fma(a13, a15) : a14.mul(a13).add(a15);
        DoubleVector b16 = FMA ? b14.fma(b13, b15) : b14.mul(b13).add(b15);
        DoubleVector a17 = a16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b17 = b16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a18 = a17.mul(alpha);
        DoubleVector b18 = b17.mul(alpha);
        DoubleVector a19 = a18.blend(va, va.compare(GT, 0.0));
        DoubleVector b19 = b18.blend(vb, vb.compare(GT, 0.0));
        ((FloatVector) a19.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b19.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = t14.sub(1.0);
        DoubleVector t16 = FMA ? t14.fma(t13, t15) : t14.mul(t13).add(t15);
        DoubleVector t17 = t16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t18 = t17.mul(alpha);
        DoubleVector t19 = t18.blend(v, v.compare(GT, 0.0));
        ((FloatVector) t19.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = FMA ? a14.fma(a13, a14) : a14.mul(a13).add(a14);
        DoubleVector b15 = FMA ? b14.fma(b13, b14) : b14.mul(b13).add(b14);
        DoubleVector a16 = a15.mul(alpha);
        DoubleVector b16 = b15.mul(alpha);
        DoubleVector a17 = a16.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b17 = b16.blend(1.0, vb.compare(GT, 0.0));
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = FMA ? t14.fma(t13, t14) : t14.mul(t13).add(t14);
        DoubleVector t16 = t15.mul(alpha);
        DoubleVector t17 = t16.blend(1.0, v.compare(GT, 0.0));
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.eluDerivative(v, alpha));
      }
    }
  }

  static final class EluDouble implements DoubleKernel {
    private final double alpha;

    EluDouble(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.elu(v, alpha);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.eluDerivative(v, alpha);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXPM1_MIN, va.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXPM1_MIN, vb.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        DoubleVector a19 = a2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b19 = b2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a20 = a19.sub(0.5);
        DoubleVector b20 = b19.sub(0.5);
        DoubleVector a21 = FMA ? a19.fma(a18, a20) : a19.mul(a18).add(a20);
        DoubleVector b21 = FMA ? b19.fma(b18, b20) : b19.mul(b18).add(b20);
        DoubleVector a22 = a21.mul(2.0);
        DoubleVector b22 = b21.mul(2.0);
        DoubleVector a23 = a22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b23 = b22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a24 = va.abs();
        DoubleVector b24 = vb.abs();
        DoubleVector a25 = a23.blend(va, a24.compare(LT, 0x1p-54));
        DoubleVector b25 = b23.blend(vb, b24.compare(LT, 0x1p-54));
        DoubleVector a26 = a25.mul(alpha);
        DoubleVector b26 = b25.mul(alpha);
        DoubleVector a27 = a26.blend(va, va.compare(GT, 0.0));
        DoubleVector b27 = b26.blend(vb, vb.compare(GT, 0.0));
        a27.intoArray(y, yo + i);
        b27.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXPM1_MIN, v.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        DoubleVector t19 = t2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t20 = t19.sub(0.5);
        DoubleVector t21 = FMA ? t19.fma(t18, t20) : t19.mul(t18).add(t20);
        DoubleVector t22 = t21.mul(2.0);
        DoubleVector t23 = t22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t24 = v.abs();
        DoubleVector t25 = t23.blend(v, t24.compare(LT, 0x1p-54));
        DoubleVector t26 = t25.mul(alpha);
        DoubleVector t27 = t26.blend(v, v.compare(GT, 0.0));
        t27.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXP_MIN, va.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXP_MIN, vb.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        LongVector a19 = a2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b19 = b2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a20 = a19.lanewise(ASHR, 1);
        LongVector b20 = b19.lanewise(ASHR, 1);
        DoubleVector a21 = a20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b21 = b20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a22 = a19.sub(a20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b22 = b19.sub(b20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a23 = FMA ? a21.fma(a18, a21) : a21.mul(a18).add(a21);
        DoubleVector b23 = FMA ? b21.fma(b18, b21) : b21.mul(b18).add(b21);
        DoubleVector a24 = a23.mul(a22);
        DoubleVector b24 = b23.mul(b22);
        DoubleVector a25 = a24.mul(alpha);
        DoubleVector b25 = b24.mul(alpha);
        DoubleVector a26 = a25.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b26 = b25.blend(1.0, vb.compare(GT, 0.0));
        ga.mul(a26).intoArray(dx, dxo + i);
        gb.mul(b26).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXP_MIN, v.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        LongVector t19 = t2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t20 = t19.lanewise(ASHR, 1);
        DoubleVector t21 = t20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t22 = t19.sub(t20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t23 = FMA ? t21.fma(t18, t21) : t21.mul(t18).add(t21);
        DoubleVector t24 = t23.mul(t22);
        DoubleVector t25 = t24.mul(alpha);
        DoubleVector t26 = t25.blend(1.0, v.compare(GT, 0.0));
        g.mul(t26).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.eluDerivative(v, alpha);
      }
    }
  }
}
