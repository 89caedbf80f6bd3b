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

/** The Vector API kernels of Sigmoid, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaSigmoid {
  private PanamaSigmoid() {}

  static final class Sigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.sigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.sigmoidDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.neg();
        DoubleVector b0 = vb.neg();
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
        DoubleVector a17 = a16.add(1.0);
        DoubleVector b17 = b16.add(1.0);
        DoubleVector a18 = DoubleVector.broadcast(D, 1.0).div(a17);
        DoubleVector b18 = DoubleVector.broadcast(D, 1.0).div(b17);
        ((FloatVector) a18.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b18.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
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
        DoubleVector t17 = t16.add(1.0);
        DoubleVector t18 = DoubleVector.broadcast(D, 1.0).div(t17);
        ((FloatVector) t18.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.sigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.neg();
        DoubleVector b0 = vb.neg();
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
        DoubleVector a17 = a16.add(1.0);
        DoubleVector b17 = b16.add(1.0);
        DoubleVector a18 = DoubleVector.broadcast(D, 1.0).div(a17);
        DoubleVector b18 = DoubleVector.broadcast(D, 1.0).div(b17);
        DoubleVector a19 = a16.mul(a18);
        DoubleVector b19 = b16.mul(b18);
        DoubleVector a20 = a19.mul(a18);
        DoubleVector b20 = b19.mul(b18);
        ((FloatVector) ga.mul(a20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
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
        DoubleVector t17 = t16.add(1.0);
        DoubleVector t18 = DoubleVector.broadcast(D, 1.0).div(t17);
        DoubleVector t19 = t16.mul(t18);
        DoubleVector t20 = t19.mul(t18);
        ((FloatVector) g.mul(t20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.sigmoidDerivative(v));
      }
    }
  }

  static final class SigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.sigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.sigmoidDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = ZERO.neg();
        DoubleVector b2 = ZERO.neg();
        DoubleVector a3 = a2.blend(ZERO, va.compare(LT, 0.0));
        DoubleVector b3 = b2.blend(ZERO, vb.compare(LT, 0.0));
        DoubleVector a4 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b4 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a5 = a4.blend(DoubleCores.EXP_MAX, a4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b5 = b4.blend(DoubleCores.EXP_MAX, b4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b10 = FMA ? b9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a10.mul(a9).add(2.505210838544172e-08);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b10.mul(b9).add(2.505210838544172e-08);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a11.mul(a9).add(2.755731922398589e-07);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b11.mul(b9).add(2.755731922398589e-07);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a12.mul(a9).add(2.7557319223985893e-06);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b12.mul(b9).add(2.7557319223985893e-06);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a13.mul(a9).add(2.48015873015873e-05);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b13.mul(b9).add(2.48015873015873e-05);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.0001984126984126984)) : a14.mul(a9).add(0.0001984126984126984);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.0001984126984126984)) : b14.mul(b9).add(0.0001984126984126984);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.001388888888888889)) : a15.mul(a9).add(0.001388888888888889);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.001388888888888889)) : b15.mul(b9).add(0.001388888888888889);
        DoubleVector a17 = FMA ? a16.fma(a9, DoubleVector.broadcast(D, 0.008333333333333333)) : a16.mul(a9).add(0.008333333333333333);
        DoubleVector b17 = FMA ? b16.fma(b9, DoubleVector.broadcast(D, 0.008333333333333333)) : b16.mul(b9).add(0.008333333333333333);
        DoubleVector a18 = FMA ? a17.fma(a9, DoubleVector.broadcast(D, 0.041666666666666664)) : a17.mul(a9).add(0.041666666666666664);
        DoubleVector b18 = FMA ? b17.fma(b9, DoubleVector.broadcast(D, 0.041666666666666664)) : b17.mul(b9).add(0.041666666666666664);
        DoubleVector a19 = FMA ? a18.fma(a9, DoubleVector.broadcast(D, 0.16666666666666666)) : a18.mul(a9).add(0.16666666666666666);
        DoubleVector b19 = FMA ? b18.fma(b9, DoubleVector.broadcast(D, 0.16666666666666666)) : b18.mul(b9).add(0.16666666666666666);
        DoubleVector a20 = FMA ? a19.fma(a9, DoubleVector.broadcast(D, 0.5)) : a19.mul(a9).add(0.5);
        DoubleVector b20 = FMA ? b19.fma(b9, DoubleVector.broadcast(D, 0.5)) : b19.mul(b9).add(0.5);
        DoubleVector a21 = FMA ? a20.fma(a9, DoubleVector.broadcast(D, 1.0)) : a20.mul(a9).add(1.0);
        DoubleVector b21 = FMA ? b20.fma(b9, DoubleVector.broadcast(D, 1.0)) : b20.mul(b9).add(1.0);
        DoubleVector a22 = a9.mul(a21);
        DoubleVector b22 = b9.mul(b21);
        LongVector a23 = a6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b23 = b6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a24 = a23.lanewise(ASHR, 1);
        LongVector b24 = b23.lanewise(ASHR, 1);
        DoubleVector a25 = a24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b25 = b24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a26 = a23.sub(a24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b23.sub(b24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = FMA ? a25.fma(a22, a25) : a25.mul(a22).add(a25);
        DoubleVector b27 = FMA ? b25.fma(b22, b25) : b25.mul(b22).add(b25);
        DoubleVector a28 = a27.mul(a26);
        DoubleVector b28 = b27.mul(b26);
        DoubleVector a29 = a25.sub(a27);
        DoubleVector b29 = b25.sub(b27);
        DoubleVector a30 = FMA ? a25.fma(a22, a29) : a25.mul(a22).add(a29);
        DoubleVector b30 = FMA ? b25.fma(b22, b29) : b25.mul(b22).add(b29);
        DoubleVector a31 = a30.mul(a26);
        DoubleVector b31 = b30.mul(b26);
        DoubleVector a32 = FMA ? a28.fma(a3, a31) : a28.mul(a3).add(a31);
        DoubleVector b32 = FMA ? b28.fma(b3, b31) : b28.mul(b3).add(b31);
        DoubleVector a33 = a28.add(1.0);
        DoubleVector b33 = b28.add(1.0);
        DoubleVector a34 = DoubleVector.broadcast(D, 1.0).sub(a33);
        DoubleVector b34 = DoubleVector.broadcast(D, 1.0).sub(b33);
        DoubleVector a35 = a34.add(a28);
        DoubleVector b35 = b34.add(b28);
        DoubleVector a36 = a35.add(a32);
        DoubleVector b36 = b35.add(b32);
        DoubleVector a37 = DoubleVector.broadcast(D, 1.0).div(a33);
        DoubleVector b37 = DoubleVector.broadcast(D, 1.0).div(b33);
        DoubleVector a38 = ONE.blend(a28, va.compare(LT, 0.0));
        DoubleVector b38 = ONE.blend(b28, vb.compare(LT, 0.0));
        DoubleVector a39 = ZERO.blend(a32, va.compare(LT, 0.0));
        DoubleVector b39 = ZERO.blend(b32, vb.compare(LT, 0.0));
        DoubleVector a40 = a38.mul(a37);
        DoubleVector b40 = b38.mul(b37);
        DoubleVector a41 = a40.neg();
        DoubleVector b41 = b40.neg();
        DoubleVector a42 = FMA ? a41.fma(a33, a38) : a41.mul(a33).add(a38);
        DoubleVector b42 = FMA ? b41.fma(b33, b38) : b41.mul(b33).add(b38);
        DoubleVector a43 = a42.add(a39);
        DoubleVector b43 = b42.add(b39);
        DoubleVector a44 = FMA ? a41.fma(a36, a43) : a41.mul(a36).add(a43);
        DoubleVector b44 = FMA ? b41.fma(b36, b43) : b41.mul(b36).add(b43);
        DoubleVector a45 = FMA ? a44.fma(a37, a40) : a44.mul(a37).add(a40);
        DoubleVector b45 = FMA ? b44.fma(b37, b40) : b44.mul(b37).add(b40);
        DoubleVector a46 = ONE.blend(a28, va.compare(LT, 0.0).not());
        DoubleVector b46 = ONE.blend(b28, vb.compare(LT, 0.0).not());
        DoubleVector a47 = ZERO.blend(a32, va.compare(LT, 0.0).not());
        DoubleVector b47 = ZERO.blend(b32, vb.compare(LT, 0.0).not());
        DoubleVector a48 = a46.mul(a37);
        DoubleVector b48 = b46.mul(b37);
        DoubleVector a49 = a48.neg();
        DoubleVector b49 = b48.neg();
        DoubleVector a50 = FMA ? a49.fma(a33, a46) : a49.mul(a33).add(a46);
        DoubleVector b50 = FMA ? b49.fma(b33, b46) : b49.mul(b33).add(b46);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = FMA ? a49.fma(a36, a51) : a49.mul(a36).add(a51);
        DoubleVector b52 = FMA ? b49.fma(b36, b51) : b49.mul(b36).add(b51);
        DoubleVector a53 = FMA ? a52.fma(a37, a48) : a52.mul(a37).add(a48);
        DoubleVector b53 = FMA ? b52.fma(b37, b48) : b52.mul(b37).add(b48);
        a45.intoArray(y, yo + i);
        b45.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = ZERO.neg();
        DoubleVector t3 = t2.blend(ZERO, v.compare(LT, 0.0));
        DoubleVector t4 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t5 = t4.blend(DoubleCores.EXP_MAX, t4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t10.mul(t9).add(2.505210838544172e-08);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t11.mul(t9).add(2.755731922398589e-07);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t12.mul(t9).add(2.7557319223985893e-06);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t13.mul(t9).add(2.48015873015873e-05);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.0001984126984126984)) : t14.mul(t9).add(0.0001984126984126984);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.001388888888888889)) : t15.mul(t9).add(0.001388888888888889);
        DoubleVector t17 = FMA ? t16.fma(t9, DoubleVector.broadcast(D, 0.008333333333333333)) : t16.mul(t9).add(0.008333333333333333);
        DoubleVector t18 = FMA ? t17.fma(t9, DoubleVector.broadcast(D, 0.041666666666666664)) : t17.mul(t9).add(0.041666666666666664);
        DoubleVector t19 = FMA ? t18.fma(t9, DoubleVector.broadcast(D, 0.16666666666666666)) : t18.mul(t9).add(0.16666666666666666);
        DoubleVector t20 = FMA ? t19.fma(t9, DoubleVector.broadcast(D, 0.5)) : t19.mul(t9).add(0.5);
        DoubleVector t21 = FMA ? t20.fma(t9, DoubleVector.broadcast(D, 1.0)) : t20.mul(t9).add(1.0);
        DoubleVector t22 = t9.mul(t21);
        LongVector t23 = t6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t24 = t23.lanewise(ASHR, 1);
        DoubleVector t25 = t24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t26 = t23.sub(t24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = FMA ? t25.fma(t22, t25) : t25.mul(t22).add(t25);
        DoubleVector t28 = t27.mul(t26);
        DoubleVector t29 = t25.sub(t27);
        DoubleVector t30 = FMA ? t25.fma(t22, t29) : t25.mul(t22).add(t29);
        DoubleVector t31 = t30.mul(t26);
        DoubleVector t32 = FMA ? t28.fma(t3, t31) : t28.mul(t3).add(t31);
        DoubleVector t33 = t28.add(1.0);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t34.add(t28);
        DoubleVector t36 = t35.add(t32);
        DoubleVector t37 = DoubleVector.broadcast(D, 1.0).div(t33);
        DoubleVector t38 = ONE.blend(t28, v.compare(LT, 0.0));
        DoubleVector t39 = ZERO.blend(t32, v.compare(LT, 0.0));
        DoubleVector t40 = t38.mul(t37);
        DoubleVector t41 = t40.neg();
        DoubleVector t42 = FMA ? t41.fma(t33, t38) : t41.mul(t33).add(t38);
        DoubleVector t43 = t42.add(t39);
        DoubleVector t44 = FMA ? t41.fma(t36, t43) : t41.mul(t36).add(t43);
        DoubleVector t45 = FMA ? t44.fma(t37, t40) : t44.mul(t37).add(t40);
        DoubleVector t46 = ONE.blend(t28, v.compare(LT, 0.0).not());
        DoubleVector t47 = ZERO.blend(t32, v.compare(LT, 0.0).not());
        DoubleVector t48 = t46.mul(t37);
        DoubleVector t49 = t48.neg();
        DoubleVector t50 = FMA ? t49.fma(t33, t46) : t49.mul(t33).add(t46);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = FMA ? t49.fma(t36, t51) : t49.mul(t36).add(t51);
        DoubleVector t53 = FMA ? t52.fma(t37, t48) : t52.mul(t37).add(t48);
        t45.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.sigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = ZERO.neg();
        DoubleVector b2 = ZERO.neg();
        DoubleVector a3 = a2.blend(ZERO, va.compare(LT, 0.0));
        DoubleVector b3 = b2.blend(ZERO, vb.compare(LT, 0.0));
        DoubleVector a4 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b4 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a5 = a4.blend(DoubleCores.EXP_MAX, a4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b5 = b4.blend(DoubleCores.EXP_MAX, b4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b10 = FMA ? b9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a10.mul(a9).add(2.505210838544172e-08);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b10.mul(b9).add(2.505210838544172e-08);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a11.mul(a9).add(2.755731922398589e-07);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b11.mul(b9).add(2.755731922398589e-07);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a12.mul(a9).add(2.7557319223985893e-06);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b12.mul(b9).add(2.7557319223985893e-06);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a13.mul(a9).add(2.48015873015873e-05);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b13.mul(b9).add(2.48015873015873e-05);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.0001984126984126984)) : a14.mul(a9).add(0.0001984126984126984);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.0001984126984126984)) : b14.mul(b9).add(0.0001984126984126984);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.001388888888888889)) : a15.mul(a9).add(0.001388888888888889);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.001388888888888889)) : b15.mul(b9).add(0.001388888888888889);
        DoubleVector a17 = FMA ? a16.fma(a9, DoubleVector.broadcast(D, 0.008333333333333333)) : a16.mul(a9).add(0.008333333333333333);
        DoubleVector b17 = FMA ? b16.fma(b9, DoubleVector.broadcast(D, 0.008333333333333333)) : b16.mul(b9).add(0.008333333333333333);
        DoubleVector a18 = FMA ? a17.fma(a9, DoubleVector.broadcast(D, 0.041666666666666664)) : a17.mul(a9).add(0.041666666666666664);
        DoubleVector b18 = FMA ? b17.fma(b9, DoubleVector.broadcast(D, 0.041666666666666664)) : b17.mul(b9).add(0.041666666666666664);
        DoubleVector a19 = FMA ? a18.fma(a9, DoubleVector.broadcast(D, 0.16666666666666666)) : a18.mul(a9).add(0.16666666666666666);
        DoubleVector b19 = FMA ? b18.fma(b9, DoubleVector.broadcast(D, 0.16666666666666666)) : b18.mul(b9).add(0.16666666666666666);
        DoubleVector a20 = FMA ? a19.fma(a9, DoubleVector.broadcast(D, 0.5)) : a19.mul(a9).add(0.5);
        DoubleVector b20 = FMA ? b19.fma(b9, DoubleVector.broadcast(D, 0.5)) : b19.mul(b9).add(0.5);
        DoubleVector a21 = FMA ? a20.fma(a9, DoubleVector.broadcast(D, 1.0)) : a20.mul(a9).add(1.0);
        DoubleVector b21 = FMA ? b20.fma(b9, DoubleVector.broadcast(D, 1.0)) : b20.mul(b9).add(1.0);
        DoubleVector a22 = a9.mul(a21);
        DoubleVector b22 = b9.mul(b21);
        LongVector a23 = a6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b23 = b6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a24 = a23.lanewise(ASHR, 1);
        LongVector b24 = b23.lanewise(ASHR, 1);
        DoubleVector a25 = a24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b25 = b24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a26 = a23.sub(a24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b23.sub(b24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = FMA ? a25.fma(a22, a25) : a25.mul(a22).add(a25);
        DoubleVector b27 = FMA ? b25.fma(b22, b25) : b25.mul(b22).add(b25);
        DoubleVector a28 = a27.mul(a26);
        DoubleVector b28 = b27.mul(b26);
        DoubleVector a29 = a25.sub(a27);
        DoubleVector b29 = b25.sub(b27);
        DoubleVector a30 = FMA ? a25.fma(a22, a29) : a25.mul(a22).add(a29);
        DoubleVector b30 = FMA ? b25.fma(b22, b29) : b25.mul(b22).add(b29);
        DoubleVector a31 = a30.mul(a26);
        DoubleVector b31 = b30.mul(b26);
        DoubleVector a32 = FMA ? a28.fma(a3, a31) : a28.mul(a3).add(a31);
        DoubleVector b32 = FMA ? b28.fma(b3, b31) : b28.mul(b3).add(b31);
        DoubleVector a33 = a28.add(1.0);
        DoubleVector b33 = b28.add(1.0);
        DoubleVector a34 = DoubleVector.broadcast(D, 1.0).sub(a33);
        DoubleVector b34 = DoubleVector.broadcast(D, 1.0).sub(b33);
        DoubleVector a35 = a34.add(a28);
        DoubleVector b35 = b34.add(b28);
        DoubleVector a36 = a35.add(a32);
        DoubleVector b36 = b35.add(b32);
        DoubleVector a37 = DoubleVector.broadcast(D, 1.0).div(a33);
        DoubleVector b37 = DoubleVector.broadcast(D, 1.0).div(b33);
        DoubleVector a38 = ONE.blend(a28, va.compare(LT, 0.0));
        DoubleVector b38 = ONE.blend(b28, vb.compare(LT, 0.0));
        DoubleVector a39 = ZERO.blend(a32, va.compare(LT, 0.0));
        DoubleVector b39 = ZERO.blend(b32, vb.compare(LT, 0.0));
        DoubleVector a40 = a38.mul(a37);
        DoubleVector b40 = b38.mul(b37);
        DoubleVector a41 = a40.neg();
        DoubleVector b41 = b40.neg();
        DoubleVector a42 = FMA ? a41.fma(a33, a38) : a41.mul(a33).add(a38);
        DoubleVector b42 = FMA ? b41.fma(b33, b38) : b41.mul(b33).add(b38);
        DoubleVector a43 = a42.add(a39);
        DoubleVector b43 = b42.add(b39);
        DoubleVector a44 = FMA ? a41.fma(a36, a43) : a41.mul(a36).add(a43);
        DoubleVector b44 = FMA ? b41.fma(b36, b43) : b41.mul(b36).add(b43);
        DoubleVector a45 = FMA ? a44.fma(a37, a40) : a44.mul(a37).add(a40);
        DoubleVector b45 = FMA ? b44.fma(b37, b40) : b44.mul(b37).add(b40);
        DoubleVector a46 = ONE.blend(a28, va.compare(LT, 0.0).not());
        DoubleVector b46 = ONE.blend(b28, vb.compare(LT, 0.0).not());
        DoubleVector a47 = ZERO.blend(a32, va.compare(LT, 0.0).not());
        DoubleVector b47 = ZERO.blend(b32, vb.compare(LT, 0.0).not());
        DoubleVector a48 = a46.mul(a37);
        DoubleVector b48 = b46.mul(b37);
        DoubleVector a49 = a48.neg();
        DoubleVector b49 = b48.neg();
        DoubleVector a50 = FMA ? a49.fma(a33, a46) : a49.mul(a33).add(a46);
        DoubleVector b50 = FMA ? b49.fma(b33, b46) : b49.mul(b33).add(b46);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = FMA ? a49.fma(a36, a51) : a49.mul(a36).add(a51);
        DoubleVector b52 = FMA ? b49.fma(b36, b51) : b49.mul(b36).add(b51);
        DoubleVector a53 = FMA ? a52.fma(a37, a48) : a52.mul(a37).add(a48);
        DoubleVector b53 = FMA ? b52.fma(b37, b48) : b52.mul(b37).add(b48);
        DoubleVector a54 = a45.mul(a53);
        DoubleVector b54 = b45.mul(b53);
        ga.mul(a54).intoArray(dx, dxo + i);
        gb.mul(b54).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = ZERO.neg();
        DoubleVector t3 = t2.blend(ZERO, v.compare(LT, 0.0));
        DoubleVector t4 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t5 = t4.blend(DoubleCores.EXP_MAX, t4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t10.mul(t9).add(2.505210838544172e-08);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t11.mul(t9).add(2.755731922398589e-07);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t12.mul(t9).add(2.7557319223985893e-06);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t13.mul(t9).add(2.48015873015873e-05);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.0001984126984126984)) : t14.mul(t9).add(0.0001984126984126984);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.001388888888888889)) : t15.mul(t9).add(0.001388888888888889);
        DoubleVector t17 = FMA ? t16.fma(t9, DoubleVector.broadcast(D, 0.008333333333333333)) : t16.mul(t9).add(0.008333333333333333);
        DoubleVector t18 = FMA ? t17.fma(t9, DoubleVector.broadcast(D, 0.041666666666666664)) : t17.mul(t9).add(0.041666666666666664);
        DoubleVector t19 = FMA ? t18.fma(t9, DoubleVector.broadcast(D, 0.16666666666666666)) : t18.mul(t9).add(0.16666666666666666);
        DoubleVector t20 = FMA ? t19.fma(t9, DoubleVector.broadcast(D, 0.5)) : t19.mul(t9).add(0.5);
        DoubleVector t21 = FMA ? t20.fma(t9, DoubleVector.broadcast(D, 1.0)) : t20.mul(t9).add(1.0);
        DoubleVector t22 = t9.mul(t21);
        LongVector t23 = t6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t24 = t23.lanewise(ASHR, 1);
        DoubleVector t25 = t24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t26 = t23.sub(t24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = FMA ? t25.fma(t22, t25) : t25.mul(t22).add(t25);
        DoubleVector t28 = t27.mul(t26);
        DoubleVector t29 = t25.sub(t27);
        DoubleVector t30 = FMA ? t25.fma(t22, t29) : t25.mul(t22).add(t29);
        DoubleVector t31 = t30.mul(t26);
        DoubleVector t32 = FMA ? t28.fma(t3, t31) : t28.mul(t3).add(t31);
        DoubleVector t33 = t28.add(1.0);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t34.add(t28);
        DoubleVector t36 = t35.add(t32);
        DoubleVector t37 = DoubleVector.broadcast(D, 1.0).div(t33);
        DoubleVector t38 = ONE.blend(t28, v.compare(LT, 0.0));
        DoubleVector t39 = ZERO.blend(t32, v.compare(LT, 0.0));
        DoubleVector t40 = t38.mul(t37);
        DoubleVector t41 = t40.neg();
        DoubleVector t42 = FMA ? t41.fma(t33, t38) : t41.mul(t33).add(t38);
        DoubleVector t43 = t42.add(t39);
        DoubleVector t44 = FMA ? t41.fma(t36, t43) : t41.mul(t36).add(t43);
        DoubleVector t45 = FMA ? t44.fma(t37, t40) : t44.mul(t37).add(t40);
        DoubleVector t46 = ONE.blend(t28, v.compare(LT, 0.0).not());
        DoubleVector t47 = ZERO.blend(t32, v.compare(LT, 0.0).not());
        DoubleVector t48 = t46.mul(t37);
        DoubleVector t49 = t48.neg();
        DoubleVector t50 = FMA ? t49.fma(t33, t46) : t49.mul(t33).add(t46);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = FMA ? t49.fma(t36, t51) : t49.mul(t36).add(t51);
        DoubleVector t53 = FMA ? t52.fma(t37, t48) : t52.mul(t37).add(t48);
        DoubleVector t54 = t45.mul(t53);
        g.mul(t54).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.sigmoidDerivative(v);
      }
    }
  }
}
