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

/** The Vector API kernels of Celu, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaCelu {
  private PanamaCelu() {}

  static final class Celu implements FloatKernel {
    private final double alpha;
    private final double inverseAlpha;

    Celu(double alpha) {
      this.alpha = alpha;
      this.inverseAlpha = 1 / alpha;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.celu(v, alpha, inverseAlpha);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.celuDerivative(v, inverseAlpha);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double alpha = this.alpha;
      final double inverseAlpha = this.inverseAlpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(inverseAlpha);
        DoubleVector b0 = vb.mul(inverseAlpha);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = a15.sub(1.0);
        DoubleVector b16 = b15.sub(1.0);
        DoubleVector a17 = FMA ? a15.fma(a14, a16) : a15.mul(a14).add(a16);
        DoubleVector b17 = FMA ? b15.fma(b14, b16) : b15.mul(b14).add(b16);
        DoubleVector a18 = a17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b18 = b17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a19 = a18.mul(alpha);
        DoubleVector b19 = b18.mul(alpha);
        DoubleVector a20 = a0.abs();
        DoubleVector b20 = b0.abs();
        DoubleVector a21 = a19.blend(va, a20.compare(LT, 0x1p-60));
        DoubleVector b21 = b19.blend(vb, b20.compare(LT, 0x1p-60));
        DoubleVector a22 = a21.blend(va, va.compare(GT, 0.0));
        DoubleVector b22 = b21.blend(vb, vb.compare(GT, 0.0));
        ((FloatVector) a22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b22.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(inverseAlpha);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = t15.sub(1.0);
        DoubleVector t17 = FMA ? t15.fma(t14, t16) : t15.mul(t14).add(t16);
        DoubleVector t18 = t17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t19 = t18.mul(alpha);
        DoubleVector t20 = t0.abs();
        DoubleVector t21 = t19.blend(v, t20.compare(LT, 0x1p-60));
        DoubleVector t22 = t21.blend(v, v.compare(GT, 0.0));
        ((FloatVector) t22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.celu(v, alpha, inverseAlpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      final double inverseAlpha = this.inverseAlpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(inverseAlpha);
        DoubleVector b0 = vb.mul(inverseAlpha);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = FMA ? a15.fma(a14, a15) : a15.mul(a14).add(a15);
        DoubleVector b16 = FMA ? b15.fma(b14, b15) : b15.mul(b14).add(b15);
        DoubleVector a17 = a16.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b17 = b16.blend(1.0, vb.compare(GT, 0.0));
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(inverseAlpha);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = FMA ? t15.fma(t14, t15) : t15.mul(t14).add(t15);
        DoubleVector t17 = t16.blend(1.0, v.compare(GT, 0.0));
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.celuDerivative(v, inverseAlpha));
      }
    }
  }

  static final class CeluDouble implements DoubleKernel {
    private final double alpha;

    CeluDouble(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.celu(v, alpha);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.celuDerivative(v, alpha);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.div(alpha);
        DoubleVector b0 = vb.div(alpha);
        DoubleVector a1 = a0.blend(DoubleCores.EXPM1_MIN, a0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector b1 = b0.blend(DoubleCores.EXPM1_MIN, b0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MAX, a1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MAX, b1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b7 = FMA ? b6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a7.mul(a6).add(2.505210838544172e-08);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b7.mul(b6).add(2.505210838544172e-08);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a8.mul(a6).add(2.755731922398589e-07);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b8.mul(b6).add(2.755731922398589e-07);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a9.mul(a6).add(2.7557319223985893e-06);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b9.mul(b6).add(2.7557319223985893e-06);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a10.mul(a6).add(2.48015873015873e-05);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b10.mul(b6).add(2.48015873015873e-05);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.0001984126984126984)) : a11.mul(a6).add(0.0001984126984126984);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.0001984126984126984)) : b11.mul(b6).add(0.0001984126984126984);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.001388888888888889)) : a12.mul(a6).add(0.001388888888888889);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.001388888888888889)) : b12.mul(b6).add(0.001388888888888889);
        DoubleVector a14 = FMA ? a13.fma(a6, DoubleVector.broadcast(D, 0.008333333333333333)) : a13.mul(a6).add(0.008333333333333333);
        DoubleVector b14 = FMA ? b13.fma(b6, DoubleVector.broadcast(D, 0.008333333333333333)) : b13.mul(b6).add(0.008333333333333333);
        DoubleVector a15 = FMA ? a14.fma(a6, DoubleVector.broadcast(D, 0.041666666666666664)) : a14.mul(a6).add(0.041666666666666664);
        DoubleVector b15 = FMA ? b14.fma(b6, DoubleVector.broadcast(D, 0.041666666666666664)) : b14.mul(b6).add(0.041666666666666664);
        DoubleVector a16 = FMA ? a15.fma(a6, DoubleVector.broadcast(D, 0.16666666666666666)) : a15.mul(a6).add(0.16666666666666666);
        DoubleVector b16 = FMA ? b15.fma(b6, DoubleVector.broadcast(D, 0.16666666666666666)) : b15.mul(b6).add(0.16666666666666666);
        DoubleVector a17 = FMA ? a16.fma(a6, DoubleVector.broadcast(D, 0.5)) : a16.mul(a6).add(0.5);
        DoubleVector b17 = FMA ? b16.fma(b6, DoubleVector.broadcast(D, 0.5)) : b16.mul(b6).add(0.5);
        DoubleVector a18 = FMA ? a17.fma(a6, DoubleVector.broadcast(D, 1.0)) : a17.mul(a6).add(1.0);
        DoubleVector b18 = FMA ? b17.fma(b6, DoubleVector.broadcast(D, 1.0)) : b17.mul(b6).add(1.0);
        DoubleVector a19 = a6.mul(a18);
        DoubleVector b19 = b6.mul(b18);
        DoubleVector a20 = a3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = a20.sub(0.5);
        DoubleVector b21 = b20.sub(0.5);
        DoubleVector a22 = FMA ? a20.fma(a19, a21) : a20.mul(a19).add(a21);
        DoubleVector b22 = FMA ? b20.fma(b19, b21) : b20.mul(b19).add(b21);
        DoubleVector a23 = a22.mul(2.0);
        DoubleVector b23 = b22.mul(2.0);
        DoubleVector a24 = a23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b24 = b23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a25 = a0.abs();
        DoubleVector b25 = b0.abs();
        DoubleVector a26 = a24.blend(a0, a25.compare(LT, 0x1p-54));
        DoubleVector b26 = b24.blend(b0, b25.compare(LT, 0x1p-54));
        DoubleVector a27 = a26.mul(alpha);
        DoubleVector b27 = b26.mul(alpha);
        DoubleVector a28 = a0.abs();
        DoubleVector b28 = b0.abs();
        DoubleVector a29 = a27.blend(va, a28.compare(LT, 0x1p-60));
        DoubleVector b29 = b27.blend(vb, b28.compare(LT, 0x1p-60));
        DoubleVector a30 = a29.blend(va, va.compare(GT, 0.0));
        DoubleVector b30 = b29.blend(vb, vb.compare(GT, 0.0));
        a30.intoArray(y, yo + i);
        b30.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.div(alpha);
        DoubleVector t1 = t0.blend(DoubleCores.EXPM1_MIN, t0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MAX, t1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t7.mul(t6).add(2.505210838544172e-08);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t8.mul(t6).add(2.755731922398589e-07);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t9.mul(t6).add(2.7557319223985893e-06);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t10.mul(t6).add(2.48015873015873e-05);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.0001984126984126984)) : t11.mul(t6).add(0.0001984126984126984);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.001388888888888889)) : t12.mul(t6).add(0.001388888888888889);
        DoubleVector t14 = FMA ? t13.fma(t6, DoubleVector.broadcast(D, 0.008333333333333333)) : t13.mul(t6).add(0.008333333333333333);
        DoubleVector t15 = FMA ? t14.fma(t6, DoubleVector.broadcast(D, 0.041666666666666664)) : t14.mul(t6).add(0.041666666666666664);
        DoubleVector t16 = FMA ? t15.fma(t6, DoubleVector.broadcast(D, 0.16666666666666666)) : t15.mul(t6).add(0.16666666666666666);
        DoubleVector t17 = FMA ? t16.fma(t6, DoubleVector.broadcast(D, 0.5)) : t16.mul(t6).add(0.5);
        DoubleVector t18 = FMA ? t17.fma(t6, DoubleVector.broadcast(D, 1.0)) : t17.mul(t6).add(1.0);
        DoubleVector t19 = t6.mul(t18);
        DoubleVector t20 = t3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = t20.sub(0.5);
        DoubleVector t22 = FMA ? t20.fma(t19, t21) : t20.mul(t19).add(t21);
        DoubleVector t23 = t22.mul(2.0);
        DoubleVector t24 = t23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t25 = t0.abs();
        DoubleVector t26 = t24.blend(t0, t25.compare(LT, 0x1p-54));
        DoubleVector t27 = t26.mul(alpha);
        DoubleVector t28 = t0.abs();
        DoubleVector t29 = t27.blend(v, t28.compare(LT, 0x1p-60));
        DoubleVector t30 = t29.blend(v, v.compare(GT, 0.0));
        t30.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.celu(v, alpha);
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
        DoubleVector a0 = va.div(alpha);
        DoubleVector b0 = vb.div(alpha);
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MIN, a0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MIN, b0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MAX, a1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MAX, b1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b7 = FMA ? b6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a7.mul(a6).add(2.505210838544172e-08);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b7.mul(b6).add(2.505210838544172e-08);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a8.mul(a6).add(2.755731922398589e-07);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b8.mul(b6).add(2.755731922398589e-07);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a9.mul(a6).add(2.7557319223985893e-06);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b9.mul(b6).add(2.7557319223985893e-06);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a10.mul(a6).add(2.48015873015873e-05);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b10.mul(b6).add(2.48015873015873e-05);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.0001984126984126984)) : a11.mul(a6).add(0.0001984126984126984);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.0001984126984126984)) : b11.mul(b6).add(0.0001984126984126984);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.001388888888888889)) : a12.mul(a6).add(0.001388888888888889);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.001388888888888889)) : b12.mul(b6).add(0.001388888888888889);
        DoubleVector a14 = FMA ? a13.fma(a6, DoubleVector.broadcast(D, 0.008333333333333333)) : a13.mul(a6).add(0.008333333333333333);
        DoubleVector b14 = FMA ? b13.fma(b6, DoubleVector.broadcast(D, 0.008333333333333333)) : b13.mul(b6).add(0.008333333333333333);
        DoubleVector a15 = FMA ? a14.fma(a6, DoubleVector.broadcast(D, 0.041666666666666664)) : a14.mul(a6).add(0.041666666666666664);
        DoubleVector b15 = FMA ? b14.fma(b6, DoubleVector.broadcast(D, 0.041666666666666664)) : b14.mul(b6).add(0.041666666666666664);
        DoubleVector a16 = FMA ? a15.fma(a6, DoubleVector.broadcast(D, 0.16666666666666666)) : a15.mul(a6).add(0.16666666666666666);
        DoubleVector b16 = FMA ? b15.fma(b6, DoubleVector.broadcast(D, 0.16666666666666666)) : b15.mul(b6).add(0.16666666666666666);
        DoubleVector a17 = FMA ? a16.fma(a6, DoubleVector.broadcast(D, 0.5)) : a16.mul(a6).add(0.5);
        DoubleVector b17 = FMA ? b16.fma(b6, DoubleVector.broadcast(D, 0.5)) : b16.mul(b6).add(0.5);
        DoubleVector a18 = FMA ? a17.fma(a6, DoubleVector.broadcast(D, 1.0)) : a17.mul(a6).add(1.0);
        DoubleVector b18 = FMA ? b17.fma(b6, DoubleVector.broadcast(D, 1.0)) : b17.mul(b6).add(1.0);
        DoubleVector a19 = a6.mul(a18);
        DoubleVector b19 = b6.mul(b18);
        LongVector a20 = a3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b20 = b3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a21 = a20.lanewise(ASHR, 1);
        LongVector b21 = b20.lanewise(ASHR, 1);
        DoubleVector a22 = a21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b22 = b21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a23 = a20.sub(a21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b23 = b20.sub(b21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a24 = FMA ? a22.fma(a19, a22) : a22.mul(a19).add(a22);
        DoubleVector b24 = FMA ? b22.fma(b19, b22) : b22.mul(b19).add(b22);
        DoubleVector a25 = a24.mul(a23);
        DoubleVector b25 = b24.mul(b23);
        DoubleVector a26 = a25.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b26 = b25.blend(1.0, vb.compare(GT, 0.0));
        ga.mul(a26).intoArray(dx, dxo + i);
        gb.mul(b26).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.div(alpha);
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MIN, t0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MAX, t1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t7.mul(t6).add(2.505210838544172e-08);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t8.mul(t6).add(2.755731922398589e-07);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t9.mul(t6).add(2.7557319223985893e-06);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t10.mul(t6).add(2.48015873015873e-05);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.0001984126984126984)) : t11.mul(t6).add(0.0001984126984126984);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.001388888888888889)) : t12.mul(t6).add(0.001388888888888889);
        DoubleVector t14 = FMA ? t13.fma(t6, DoubleVector.broadcast(D, 0.008333333333333333)) : t13.mul(t6).add(0.008333333333333333);
        DoubleVector t15 = FMA ? t14.fma(t6, DoubleVector.broadcast(D, 0.041666666666666664)) : t14.mul(t6).add(0.041666666666666664);
        DoubleVector t16 = FMA ? t15.fma(t6, DoubleVector.broadcast(D, 0.16666666666666666)) : t15.mul(t6).add(0.16666666666666666);
        DoubleVector t17 = FMA ? t16.fma(t6, DoubleVector.broadcast(D, 0.5)) : t16.mul(t6).add(0.5);
        DoubleVector t18 = FMA ? t17.fma(t6, DoubleVector.broadcast(D, 1.0)) : t17.mul(t6).add(1.0);
        DoubleVector t19 = t6.mul(t18);
        LongVector t20 = t3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t21 = t20.lanewise(ASHR, 1);
        DoubleVector t22 = t21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t23 = t20.sub(t21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = FMA ? t22.fma(t19, t22) : t22.mul(t19).add(t22);
        DoubleVector t25 = t24.mul(t23);
        DoubleVector t26 = t25.blend(1.0, v.compare(GT, 0.0));
        g.mul(t26).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.celuDerivative(v, alpha);
      }
    }
  }
}
