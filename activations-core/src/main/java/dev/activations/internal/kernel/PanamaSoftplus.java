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
import static dev.activations.internal.kernel.Cores.MANTISSA;
import static dev.activations.internal.kernel.Cores.ONE_BITS;
import static dev.activations.internal.kernel.Cores.SHIFT;
import static dev.activations.internal.kernel.Cores.SQRT_HALF_BITS;
import static dev.activations.internal.kernel.Cores.TWO52_BITS;
import static dev.activations.internal.kernel.DoubleFormulas.MAX;
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;

/** The Vector API kernels of Softplus, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaSoftplus {
  private PanamaSoftplus() {}

  static final class Softplus implements FloatKernel {
    private final double beta;
    private final double inverseBeta;
    private final double threshold;

    Softplus(double beta, double threshold) {
      this.beta = beta;
      this.inverseBeta = 1 / beta;
      this.threshold = threshold;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softplus(v, beta, inverseBeta, threshold);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softplusDerivative(v, beta, threshold);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double beta = this.beta;
      final double inverseBeta = this.inverseBeta;
      final double threshold = this.threshold;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b1 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = a3.blend(EXP_MIN, a3.compare(LT, EXP_MIN));
        DoubleVector b4 = b3.blend(EXP_MIN, b3.compare(LT, EXP_MIN));
        DoubleVector a5 = a4.blend(EXP_MAX, a4.compare(GT, EXP_MAX));
        DoubleVector b5 = b4.blend(EXP_MAX, b4.compare(GT, EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(2.487618804110902e-05, 0.00019907584981393008) : a9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b10 = FMA ? b9.fma(2.487618804110902e-05, 0.00019907584981393008) : b9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 0.0013888821633350108)) : a10.mul(a9).add(0.0013888821633350108);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 0.0013888821633350108)) : b10.mul(b9).add(0.0013888821633350108);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 0.008333283514493672)) : a11.mul(a9).add(0.008333283514493672);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 0.008333283514493672)) : b11.mul(b9).add(0.008333283514493672);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 0.04166666689117805)) : a12.mul(a9).add(0.04166666689117805);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 0.04166666689117805)) : b12.mul(b9).add(0.04166666689117805);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 0.16666666786399478)) : a13.mul(a9).add(0.16666666786399478);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 0.16666666786399478)) : b13.mul(b9).add(0.16666666786399478);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.49999999999797706)) : a14.mul(a9).add(0.49999999999797706);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.49999999999797706)) : b14.mul(b9).add(0.49999999999797706);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.9999999999955043)) : a15.mul(a9).add(0.9999999999955043);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.9999999999955043)) : b15.mul(b9).add(0.9999999999955043);
        DoubleVector a17 = a9.mul(a16);
        DoubleVector b17 = b9.mul(b16);
        DoubleVector a18 = a6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b18 = b6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a19 = FMA ? a18.fma(a17, a18) : a18.mul(a17).add(a18);
        DoubleVector b19 = FMA ? b18.fma(b17, b18) : b18.mul(b17).add(b18);
        DoubleVector a20 = a19.add(1.0);
        DoubleVector b20 = b19.add(1.0);
        DoubleVector a21 = a20.sub(1.0);
        DoubleVector b21 = b20.sub(1.0);
        DoubleVector a22 = a19.sub(a21);
        DoubleVector b22 = b19.sub(b21);
        DoubleVector a23 = a22.div(a20);
        DoubleVector b23 = b22.div(b20);
        LongVector a24 = a20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b24 = b20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a25 = a24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b25 = b24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a26 = a24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b26 = b24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a27 = a26.sub(1.0);
        DoubleVector b27 = b26.sub(1.0);
        DoubleVector a28 = a27.add(2.0);
        DoubleVector b28 = b27.add(2.0);
        DoubleVector a29 = a27.div(a28);
        DoubleVector b29 = b27.div(b28);
        DoubleVector a30 = a29.mul(a29);
        DoubleVector b30 = b29.mul(b29);
        DoubleVector a31 = FMA ? a30.fma(0.13333333333333333, 0.15384615384615385) : a30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector b31 = FMA ? b30.fma(0.13333333333333333, 0.15384615384615385) : b30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector a32 = FMA ? a31.fma(a30, DoubleVector.broadcast(D, 0.18181818181818182)) : a31.mul(a30).add(0.18181818181818182);
        DoubleVector b32 = FMA ? b31.fma(b30, DoubleVector.broadcast(D, 0.18181818181818182)) : b31.mul(b30).add(0.18181818181818182);
        DoubleVector a33 = FMA ? a32.fma(a30, DoubleVector.broadcast(D, 0.2222222222222222)) : a32.mul(a30).add(0.2222222222222222);
        DoubleVector b33 = FMA ? b32.fma(b30, DoubleVector.broadcast(D, 0.2222222222222222)) : b32.mul(b30).add(0.2222222222222222);
        DoubleVector a34 = FMA ? a33.fma(a30, DoubleVector.broadcast(D, 0.2857142857142857)) : a33.mul(a30).add(0.2857142857142857);
        DoubleVector b34 = FMA ? b33.fma(b30, DoubleVector.broadcast(D, 0.2857142857142857)) : b33.mul(b30).add(0.2857142857142857);
        DoubleVector a35 = FMA ? a34.fma(a30, DoubleVector.broadcast(D, 0.4)) : a34.mul(a30).add(0.4);
        DoubleVector b35 = FMA ? b34.fma(b30, DoubleVector.broadcast(D, 0.4)) : b34.mul(b30).add(0.4);
        DoubleVector a36 = FMA ? a35.fma(a30, DoubleVector.broadcast(D, 0.6666666666666666)) : a35.mul(a30).add(0.6666666666666666);
        DoubleVector b36 = FMA ? b35.fma(b30, DoubleVector.broadcast(D, 0.6666666666666666)) : b35.mul(b30).add(0.6666666666666666);
        DoubleVector a37 = FMA ? a36.fma(a30, DoubleVector.broadcast(D, 2.0)) : a36.mul(a30).add(2.0);
        DoubleVector b37 = FMA ? b36.fma(b30, DoubleVector.broadcast(D, 2.0)) : b36.mul(b30).add(2.0);
        DoubleVector a38 = FMA ? a29.fma(a37, a23) : a29.mul(a37).add(a23);
        DoubleVector b38 = FMA ? b29.fma(b37, b23) : b29.mul(b37).add(b23);
        DoubleVector a39 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_LO), a38) : a25.mul(LN2_LO).add(a38);
        DoubleVector b39 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_LO), b38) : b25.mul(LN2_LO).add(b38);
        DoubleVector a40 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_HI), a39) : a25.mul(LN2_HI).add(a39);
        DoubleVector b40 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_HI), b39) : b25.mul(LN2_HI).add(b39);
        DoubleVector a41 = a1.add(a40);
        DoubleVector b41 = b1.add(b40);
        DoubleVector a42 = a41.mul(inverseBeta);
        DoubleVector b42 = b41.mul(inverseBeta);
        DoubleVector a43 = a42.blend(va, a0.compare(GT, threshold));
        DoubleVector b43 = b42.blend(vb, b0.compare(GT, threshold));
        ((FloatVector) a43.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b43.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = t3.blend(EXP_MIN, t3.compare(LT, EXP_MIN));
        DoubleVector t5 = t4.blend(EXP_MAX, t4.compare(GT, EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(2.487618804110902e-05, 0.00019907584981393008) : t9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 0.0013888821633350108)) : t10.mul(t9).add(0.0013888821633350108);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 0.008333283514493672)) : t11.mul(t9).add(0.008333283514493672);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 0.04166666689117805)) : t12.mul(t9).add(0.04166666689117805);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 0.16666666786399478)) : t13.mul(t9).add(0.16666666786399478);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.49999999999797706)) : t14.mul(t9).add(0.49999999999797706);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.9999999999955043)) : t15.mul(t9).add(0.9999999999955043);
        DoubleVector t17 = t9.mul(t16);
        DoubleVector t18 = t6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t19 = FMA ? t18.fma(t17, t18) : t18.mul(t17).add(t18);
        DoubleVector t20 = t19.add(1.0);
        DoubleVector t21 = t20.sub(1.0);
        DoubleVector t22 = t19.sub(t21);
        DoubleVector t23 = t22.div(t20);
        LongVector t24 = t20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t25 = t24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t26 = t24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t27 = t26.sub(1.0);
        DoubleVector t28 = t27.add(2.0);
        DoubleVector t29 = t27.div(t28);
        DoubleVector t30 = t29.mul(t29);
        DoubleVector t31 = FMA ? t30.fma(0.13333333333333333, 0.15384615384615385) : t30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector t32 = FMA ? t31.fma(t30, DoubleVector.broadcast(D, 0.18181818181818182)) : t31.mul(t30).add(0.18181818181818182);
        DoubleVector t33 = FMA ? t32.fma(t30, DoubleVector.broadcast(D, 0.2222222222222222)) : t32.mul(t30).add(0.2222222222222222);
        DoubleVector t34 = FMA ? t33.fma(t30, DoubleVector.broadcast(D, 0.2857142857142857)) : t33.mul(t30).add(0.2857142857142857);
        DoubleVector t35 = FMA ? t34.fma(t30, DoubleVector.broadcast(D, 0.4)) : t34.mul(t30).add(0.4);
        DoubleVector t36 = FMA ? t35.fma(t30, DoubleVector.broadcast(D, 0.6666666666666666)) : t35.mul(t30).add(0.6666666666666666);
        DoubleVector t37 = FMA ? t36.fma(t30, DoubleVector.broadcast(D, 2.0)) : t36.mul(t30).add(2.0);
        DoubleVector t38 = FMA ? t29.fma(t37, t23) : t29.mul(t37).add(t23);
        DoubleVector t39 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_LO), t38) : t25.mul(LN2_LO).add(t38);
        DoubleVector t40 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_HI), t39) : t25.mul(LN2_HI).add(t39);
        DoubleVector t41 = t1.add(t40);
        DoubleVector t42 = t41.mul(inverseBeta);
        DoubleVector t43 = t42.blend(v, t0.compare(GT, threshold));
        ((FloatVector) t43.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softplus(v, beta, inverseBeta, threshold);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double inverseBeta = this.inverseBeta;
      final double threshold = this.threshold;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = a1.blend(EXP_MIN, a1.compare(LT, EXP_MIN));
        DoubleVector b2 = b1.blend(EXP_MIN, b1.compare(LT, EXP_MIN));
        DoubleVector a3 = a2.blend(EXP_MAX, a2.compare(GT, EXP_MAX));
        DoubleVector b3 = b2.blend(EXP_MAX, b2.compare(GT, EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(2.487618804110902e-05, 0.00019907584981393008) : a7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b8 = FMA ? b7.fma(2.487618804110902e-05, 0.00019907584981393008) : b7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 0.0013888821633350108)) : a8.mul(a7).add(0.0013888821633350108);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 0.0013888821633350108)) : b8.mul(b7).add(0.0013888821633350108);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 0.008333283514493672)) : a9.mul(a7).add(0.008333283514493672);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 0.008333283514493672)) : b9.mul(b7).add(0.008333283514493672);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 0.04166666689117805)) : a10.mul(a7).add(0.04166666689117805);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 0.04166666689117805)) : b10.mul(b7).add(0.04166666689117805);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 0.16666666786399478)) : a11.mul(a7).add(0.16666666786399478);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 0.16666666786399478)) : b11.mul(b7).add(0.16666666786399478);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.49999999999797706)) : a12.mul(a7).add(0.49999999999797706);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.49999999999797706)) : b12.mul(b7).add(0.49999999999797706);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.9999999999955043)) : a13.mul(a7).add(0.9999999999955043);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.9999999999955043)) : b13.mul(b7).add(0.9999999999955043);
        DoubleVector a15 = a7.mul(a14);
        DoubleVector b15 = b7.mul(b14);
        DoubleVector a16 = a4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b16 = b4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a17 = FMA ? a16.fma(a15, a16) : a16.mul(a15).add(a16);
        DoubleVector b17 = FMA ? b16.fma(b15, b16) : b16.mul(b15).add(b16);
        DoubleVector a18 = a17.add(1.0);
        DoubleVector b18 = b17.add(1.0);
        DoubleVector a19 = DoubleVector.broadcast(D, 1.0).div(a18);
        DoubleVector b19 = DoubleVector.broadcast(D, 1.0).div(b18);
        DoubleVector a20 = a19.blend(1.0, a0.compare(GT, threshold));
        DoubleVector b20 = b19.blend(1.0, b0.compare(GT, threshold));
        ((FloatVector) ga.mul(a20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = t1.blend(EXP_MIN, t1.compare(LT, EXP_MIN));
        DoubleVector t3 = t2.blend(EXP_MAX, t2.compare(GT, EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(2.487618804110902e-05, 0.00019907584981393008) : t7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 0.0013888821633350108)) : t8.mul(t7).add(0.0013888821633350108);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 0.008333283514493672)) : t9.mul(t7).add(0.008333283514493672);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 0.04166666689117805)) : t10.mul(t7).add(0.04166666689117805);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 0.16666666786399478)) : t11.mul(t7).add(0.16666666786399478);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.49999999999797706)) : t12.mul(t7).add(0.49999999999797706);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.9999999999955043)) : t13.mul(t7).add(0.9999999999955043);
        DoubleVector t15 = t7.mul(t14);
        DoubleVector t16 = t4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t17 = FMA ? t16.fma(t15, t16) : t16.mul(t15).add(t16);
        DoubleVector t18 = t17.add(1.0);
        DoubleVector t19 = DoubleVector.broadcast(D, 1.0).div(t18);
        DoubleVector t20 = t19.blend(1.0, t0.compare(GT, threshold));
        ((FloatVector) g.mul(t20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softplusDerivative(v, beta, threshold));
      }
    }
  }

  static final class SoftplusDouble implements DoubleKernel {
    private final double beta;
    private final double threshold;

    SoftplusDouble(double beta, double threshold) {
      this.beta = beta;
      this.threshold = threshold;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.softplus(v, beta, threshold);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.softplusDerivative(v, beta, threshold);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double beta = this.beta;
      final double threshold = this.threshold;
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = FMA ? va.fma(DoubleVector.broadcast(D, beta), a0.neg()) : va.mul(beta).sub(a0);
        DoubleVector b1 = FMA ? vb.fma(DoubleVector.broadcast(D, beta), b0.neg()) : vb.mul(beta).sub(b0);
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a1.blend(0.0, a2.compare(LE, MAX).not());
        DoubleVector b3 = b1.blend(0.0, b2.compare(LE, MAX).not());
        DoubleVector a4 = a0.abs();
        DoubleVector b4 = b0.abs();
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a3.neg();
        DoubleVector b6 = b3.neg();
        DoubleVector a7 = a6.blend(a3, a0.compare(LT, 0.0));
        DoubleVector b7 = b6.blend(b3, b0.compare(LT, 0.0));
        DoubleVector a8 = a5.blend(DoubleCores.EXP_MIN, a5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b8 = b5.blend(DoubleCores.EXP_MIN, b5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a9 = a8.blend(DoubleCores.EXP_MAX, a8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b9 = b8.blend(DoubleCores.EXP_MAX, b8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a10 = FMA ? a9.fma(LOG2E, SHIFT) : a9.mul(LOG2E).add(SHIFT);
        DoubleVector b10 = FMA ? b9.fma(LOG2E, SHIFT) : b9.mul(LOG2E).add(SHIFT);
        DoubleVector a11 = a10.sub(SHIFT);
        DoubleVector b11 = b10.sub(SHIFT);
        DoubleVector a12 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_HI), a9) : a11.mul(-LN2_HI).add(a9);
        DoubleVector b12 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_HI), b9) : b11.mul(-LN2_HI).add(b9);
        DoubleVector a13 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_LO), a12) : a11.mul(-LN2_LO).add(a12);
        DoubleVector b13 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_LO), b12) : b11.mul(-LN2_LO).add(b12);
        DoubleVector a14 = FMA ? a13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b14 = FMA ? b13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a15 = FMA ? a14.fma(a13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a14.mul(a13).add(2.505210838544172e-08);
        DoubleVector b15 = FMA ? b14.fma(b13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b14.mul(b13).add(2.505210838544172e-08);
        DoubleVector a16 = FMA ? a15.fma(a13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a15.mul(a13).add(2.755731922398589e-07);
        DoubleVector b16 = FMA ? b15.fma(b13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b15.mul(b13).add(2.755731922398589e-07);
        DoubleVector a17 = FMA ? a16.fma(a13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a16.mul(a13).add(2.7557319223985893e-06);
        DoubleVector b17 = FMA ? b16.fma(b13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b16.mul(b13).add(2.7557319223985893e-06);
        DoubleVector a18 = FMA ? a17.fma(a13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a17.mul(a13).add(2.48015873015873e-05);
        DoubleVector b18 = FMA ? b17.fma(b13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b17.mul(b13).add(2.48015873015873e-05);
        DoubleVector a19 = FMA ? a18.fma(a13, DoubleVector.broadcast(D, 0.0001984126984126984)) : a18.mul(a13).add(0.0001984126984126984);
        DoubleVector b19 = FMA ? b18.fma(b13, DoubleVector.broadcast(D, 0.0001984126984126984)) : b18.mul(b13).add(0.0001984126984126984);
        DoubleVector a20 = FMA ? a19.fma(a13, DoubleVector.broadcast(D, 0.001388888888888889)) : a19.mul(a13).add(0.001388888888888889);
        DoubleVector b20 = FMA ? b19.fma(b13, DoubleVector.broadcast(D, 0.001388888888888889)) : b19.mul(b13).add(0.001388888888888889);
        DoubleVector a21 = FMA ? a20.fma(a13, DoubleVector.broadcast(D, 0.008333333333333333)) : a20.mul(a13).add(0.008333333333333333);
        DoubleVector b21 = FMA ? b20.fma(b13, DoubleVector.broadcast(D, 0.008333333333333333)) : b20.mul(b13).add(0.008333333333333333);
        DoubleVector a22 = FMA ? a21.fma(a13, DoubleVector.broadcast(D, 0.041666666666666664)) : a21.mul(a13).add(0.041666666666666664);
        DoubleVector b22 = FMA ? b21.fma(b13, DoubleVector.broadcast(D, 0.041666666666666664)) : b21.mul(b13).add(0.041666666666666664);
        DoubleVector a23 = FMA ? a22.fma(a13, DoubleVector.broadcast(D, 0.16666666666666666)) : a22.mul(a13).add(0.16666666666666666);
        DoubleVector b23 = FMA ? b22.fma(b13, DoubleVector.broadcast(D, 0.16666666666666666)) : b22.mul(b13).add(0.16666666666666666);
        DoubleVector a24 = FMA ? a23.fma(a13, DoubleVector.broadcast(D, 0.5)) : a23.mul(a13).add(0.5);
        DoubleVector b24 = FMA ? b23.fma(b13, DoubleVector.broadcast(D, 0.5)) : b23.mul(b13).add(0.5);
        DoubleVector a25 = FMA ? a24.fma(a13, DoubleVector.broadcast(D, 1.0)) : a24.mul(a13).add(1.0);
        DoubleVector b25 = FMA ? b24.fma(b13, DoubleVector.broadcast(D, 1.0)) : b24.mul(b13).add(1.0);
        DoubleVector a26 = a13.mul(a25);
        DoubleVector b26 = b13.mul(b25);
        LongVector a27 = a10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b27 = b10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a28 = a27.lanewise(ASHR, 1);
        LongVector b28 = b27.lanewise(ASHR, 1);
        DoubleVector a29 = a28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b29 = b28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a30 = a27.sub(a28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b30 = b27.sub(b28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a31 = FMA ? a29.fma(a26, a29) : a29.mul(a26).add(a29);
        DoubleVector b31 = FMA ? b29.fma(b26, b29) : b29.mul(b26).add(b29);
        DoubleVector a32 = a31.mul(a30);
        DoubleVector b32 = b31.mul(b30);
        DoubleVector a33 = a29.sub(a31);
        DoubleVector b33 = b29.sub(b31);
        DoubleVector a34 = FMA ? a29.fma(a26, a33) : a29.mul(a26).add(a33);
        DoubleVector b34 = FMA ? b29.fma(b26, b33) : b29.mul(b26).add(b33);
        DoubleVector a35 = a34.mul(a30);
        DoubleVector b35 = b34.mul(b30);
        DoubleVector a36 = FMA ? a32.fma(a7, a35) : a32.mul(a7).add(a35);
        DoubleVector b36 = FMA ? b32.fma(b7, b35) : b32.mul(b7).add(b35);
        DoubleVector a37 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b37 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a38 = a32.add(1.0);
        DoubleVector b38 = b32.add(1.0);
        DoubleVector a39 = a38.sub(1.0);
        DoubleVector b39 = b38.sub(1.0);
        DoubleVector a40 = a32.sub(a39);
        DoubleVector b40 = b32.sub(b39);
        DoubleVector a41 = a40.add(a36);
        DoubleVector b41 = b40.add(b36);
        DoubleVector a42 = a41.div(a38);
        DoubleVector b42 = b41.div(b38);
        LongVector a43 = a38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b43 = b38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a44 = a43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b44 = b43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a45 = a43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b45 = b43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a46 = a45.sub(1.0);
        DoubleVector b46 = b45.sub(1.0);
        DoubleVector a47 = a46.add(2.0);
        DoubleVector b47 = b46.add(2.0);
        DoubleVector a48 = DoubleVector.broadcast(D, 2.0).sub(a47);
        DoubleVector b48 = DoubleVector.broadcast(D, 2.0).sub(b47);
        DoubleVector a49 = a48.add(a46);
        DoubleVector b49 = b48.add(b46);
        DoubleVector a50 = a46.div(a47);
        DoubleVector b50 = b46.div(b47);
        DoubleVector a51 = a50.neg();
        DoubleVector b51 = b50.neg();
        DoubleVector a52 = FMA ? a51.fma(a47, a46) : a51.mul(a47).add(a46);
        DoubleVector b52 = FMA ? b51.fma(b47, b46) : b51.mul(b47).add(b46);
        DoubleVector a53 = FMA ? a51.fma(a49, a52) : a51.mul(a49).add(a52);
        DoubleVector b53 = FMA ? b51.fma(b49, b52) : b51.mul(b49).add(b52);
        DoubleVector a54 = a53.div(a47);
        DoubleVector b54 = b53.div(b47);
        DoubleVector a55 = a50.mul(a50);
        DoubleVector b55 = b50.mul(b50);
        DoubleVector a56 = FMA ? a55.fma(0.09523809523809523, 0.10526315789473684) : a55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector b56 = FMA ? b55.fma(0.09523809523809523, 0.10526315789473684) : b55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector a57 = FMA ? a56.fma(a55, DoubleVector.broadcast(D, 0.11764705882352941)) : a56.mul(a55).add(0.11764705882352941);
        DoubleVector b57 = FMA ? b56.fma(b55, DoubleVector.broadcast(D, 0.11764705882352941)) : b56.mul(b55).add(0.11764705882352941);
        DoubleVector a58 = FMA ? a57.fma(a55, DoubleVector.broadcast(D, 0.13333333333333333)) : a57.mul(a55).add(0.13333333333333333);
        DoubleVector b58 = FMA ? b57.fma(b55, DoubleVector.broadcast(D, 0.13333333333333333)) : b57.mul(b55).add(0.13333333333333333);
        DoubleVector a59 = FMA ? a58.fma(a55, DoubleVector.broadcast(D, 0.15384615384615385)) : a58.mul(a55).add(0.15384615384615385);
        DoubleVector b59 = FMA ? b58.fma(b55, DoubleVector.broadcast(D, 0.15384615384615385)) : b58.mul(b55).add(0.15384615384615385);
        DoubleVector a60 = FMA ? a59.fma(a55, DoubleVector.broadcast(D, 0.18181818181818182)) : a59.mul(a55).add(0.18181818181818182);
        DoubleVector b60 = FMA ? b59.fma(b55, DoubleVector.broadcast(D, 0.18181818181818182)) : b59.mul(b55).add(0.18181818181818182);
        DoubleVector a61 = FMA ? a60.fma(a55, DoubleVector.broadcast(D, 0.2222222222222222)) : a60.mul(a55).add(0.2222222222222222);
        DoubleVector b61 = FMA ? b60.fma(b55, DoubleVector.broadcast(D, 0.2222222222222222)) : b60.mul(b55).add(0.2222222222222222);
        DoubleVector a62 = FMA ? a61.fma(a55, DoubleVector.broadcast(D, 0.2857142857142857)) : a61.mul(a55).add(0.2857142857142857);
        DoubleVector b62 = FMA ? b61.fma(b55, DoubleVector.broadcast(D, 0.2857142857142857)) : b61.mul(b55).add(0.2857142857142857);
        DoubleVector a63 = FMA ? a62.fma(a55, DoubleVector.broadcast(D, 0.4)) : a62.mul(a55).add(0.4);
        DoubleVector b63 = FMA ? b62.fma(b55, DoubleVector.broadcast(D, 0.4)) : b62.mul(b55).add(0.4);
        DoubleVector a64 = FMA ? a63.fma(a55, DoubleVector.broadcast(D, 0.6666666666666666)) : a63.mul(a55).add(0.6666666666666666);
        DoubleVector b64 = FMA ? b63.fma(b55, DoubleVector.broadcast(D, 0.6666666666666666)) : b63.mul(b55).add(0.6666666666666666);
        DoubleVector a65 = a55.mul(a64);
        DoubleVector b65 = b55.mul(b64);
        DoubleVector a66 = FMA ? a50.fma(a65, a42) : a50.mul(a65).add(a42);
        DoubleVector b66 = FMA ? b50.fma(b65, b42) : b50.mul(b65).add(b42);
        DoubleVector a67 = a50.mul(2.0);
        DoubleVector b67 = b50.mul(2.0);
        DoubleVector a68 = FMA ? a54.fma(DoubleVector.broadcast(D, 2.0), a66) : a54.mul(2.0).add(a66);
        DoubleVector b68 = FMA ? b54.fma(DoubleVector.broadcast(D, 2.0), b66) : b54.mul(2.0).add(b66);
        DoubleVector a69 = a67.add(a68);
        DoubleVector b69 = b67.add(b68);
        DoubleVector a70 = FMA ? a44.fma(DoubleVector.broadcast(D, LN2_LO), a69) : a44.mul(LN2_LO).add(a69);
        DoubleVector b70 = FMA ? b44.fma(DoubleVector.broadcast(D, LN2_LO), b69) : b44.mul(LN2_LO).add(b69);
        DoubleVector a71 = FMA ? a44.fma(DoubleVector.broadcast(D, LN2_HI), a70) : a44.mul(LN2_HI).add(a70);
        DoubleVector b71 = FMA ? b44.fma(DoubleVector.broadcast(D, LN2_HI), b70) : b44.mul(LN2_HI).add(b70);
        DoubleVector a72 = a37.add(a71);
        DoubleVector b72 = b37.add(b71);
        DoubleVector a73 = a72.div(beta);
        DoubleVector b73 = b72.div(beta);
        DoubleVector a74 = a73.blend(va, a0.compare(GT, threshold));
        DoubleVector b74 = b73.blend(vb, b0.compare(GT, threshold));
        a74.intoArray(y, yo + i);
        b74.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = FMA ? v.fma(DoubleVector.broadcast(D, beta), t0.neg()) : v.mul(beta).sub(t0);
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t1.blend(0.0, t2.compare(LE, MAX).not());
        DoubleVector t4 = t0.abs();
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t3.neg();
        DoubleVector t7 = t6.blend(t3, t0.compare(LT, 0.0));
        DoubleVector t8 = t5.blend(DoubleCores.EXP_MIN, t5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t9 = t8.blend(DoubleCores.EXP_MAX, t8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t10 = FMA ? t9.fma(LOG2E, SHIFT) : t9.mul(LOG2E).add(SHIFT);
        DoubleVector t11 = t10.sub(SHIFT);
        DoubleVector t12 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_HI), t9) : t11.mul(-LN2_HI).add(t9);
        DoubleVector t13 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_LO), t12) : t11.mul(-LN2_LO).add(t12);
        DoubleVector t14 = FMA ? t13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t15 = FMA ? t14.fma(t13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t14.mul(t13).add(2.505210838544172e-08);
        DoubleVector t16 = FMA ? t15.fma(t13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t15.mul(t13).add(2.755731922398589e-07);
        DoubleVector t17 = FMA ? t16.fma(t13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t16.mul(t13).add(2.7557319223985893e-06);
        DoubleVector t18 = FMA ? t17.fma(t13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t17.mul(t13).add(2.48015873015873e-05);
        DoubleVector t19 = FMA ? t18.fma(t13, DoubleVector.broadcast(D, 0.0001984126984126984)) : t18.mul(t13).add(0.0001984126984126984);
        DoubleVector t20 = FMA ? t19.fma(t13, DoubleVector.broadcast(D, 0.001388888888888889)) : t19.mul(t13).add(0.001388888888888889);
        DoubleVector t21 = FMA ? t20.fma(t13, DoubleVector.broadcast(D, 0.008333333333333333)) : t20.mul(t13).add(0.008333333333333333);
        DoubleVector t22 = FMA ? t21.fma(t13, DoubleVector.broadcast(D, 0.041666666666666664)) : t21.mul(t13).add(0.041666666666666664);
        DoubleVector t23 = FMA ? t22.fma(t13, DoubleVector.broadcast(D, 0.16666666666666666)) : t22.mul(t13).add(0.16666666666666666);
        DoubleVector t24 = FMA ? t23.fma(t13, DoubleVector.broadcast(D, 0.5)) : t23.mul(t13).add(0.5);
        DoubleVector t25 = FMA ? t24.fma(t13, DoubleVector.broadcast(D, 1.0)) : t24.mul(t13).add(1.0);
        DoubleVector t26 = t13.mul(t25);
        LongVector t27 = t10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t28 = t27.lanewise(ASHR, 1);
        DoubleVector t29 = t28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t30 = t27.sub(t28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t31 = FMA ? t29.fma(t26, t29) : t29.mul(t26).add(t29);
        DoubleVector t32 = t31.mul(t30);
        DoubleVector t33 = t29.sub(t31);
        DoubleVector t34 = FMA ? t29.fma(t26, t33) : t29.mul(t26).add(t33);
        DoubleVector t35 = t34.mul(t30);
        DoubleVector t36 = FMA ? t32.fma(t7, t35) : t32.mul(t7).add(t35);
        DoubleVector t37 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t38 = t32.add(1.0);
        DoubleVector t39 = t38.sub(1.0);
        DoubleVector t40 = t32.sub(t39);
        DoubleVector t41 = t40.add(t36);
        DoubleVector t42 = t41.div(t38);
        LongVector t43 = t38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t44 = t43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t45 = t43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t46 = t45.sub(1.0);
        DoubleVector t47 = t46.add(2.0);
        DoubleVector t48 = DoubleVector.broadcast(D, 2.0).sub(t47);
        DoubleVector t49 = t48.add(t46);
        DoubleVector t50 = t46.div(t47);
        DoubleVector t51 = t50.neg();
        DoubleVector t52 = FMA ? t51.fma(t47, t46) : t51.mul(t47).add(t46);
        DoubleVector t53 = FMA ? t51.fma(t49, t52) : t51.mul(t49).add(t52);
        DoubleVector t54 = t53.div(t47);
        DoubleVector t55 = t50.mul(t50);
        DoubleVector t56 = FMA ? t55.fma(0.09523809523809523, 0.10526315789473684) : t55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector t57 = FMA ? t56.fma(t55, DoubleVector.broadcast(D, 0.11764705882352941)) : t56.mul(t55).add(0.11764705882352941);
        DoubleVector t58 = FMA ? t57.fma(t55, DoubleVector.broadcast(D, 0.13333333333333333)) : t57.mul(t55).add(0.13333333333333333);
        DoubleVector t59 = FMA ? t58.fma(t55, DoubleVector.broadcast(D, 0.15384615384615385)) : t58.mul(t55).add(0.15384615384615385);
        DoubleVector t60 = FMA ? t59.fma(t55, DoubleVector.broadcast(D, 0.18181818181818182)) : t59.mul(t55).add(0.18181818181818182);
        DoubleVector t61 = FMA ? t60.fma(t55, DoubleVector.broadcast(D, 0.2222222222222222)) : t60.mul(t55).add(0.2222222222222222);
        DoubleVector t62 = FMA ? t61.fma(t55, DoubleVector.broadcast(D, 0.2857142857142857)) : t61.mul(t55).add(0.2857142857142857);
        DoubleVector t63 = FMA ? t62.fma(t55, DoubleVector.broadcast(D, 0.4)) : t62.mul(t55).add(0.4);
        DoubleVector t64 = FMA ? t63.fma(t55, DoubleVector.broadcast(D, 0.6666666666666666)) : t63.mul(t55).add(0.6666666666666666);
        DoubleVector t65 = t55.mul(t64);
        DoubleVector t66 = FMA ? t50.fma(t65, t42) : t50.mul(t65).add(t42);
        DoubleVector t67 = t50.mul(2.0);
        DoubleVector t68 = FMA ? t54.fma(DoubleVector.broadcast(D, 2.0), t66) : t54.mul(2.0).add(t66);
        DoubleVector t69 = t67.add(t68);
        DoubleVector t70 = FMA ? t44.fma(DoubleVector.broadcast(D, LN2_LO), t69) : t44.mul(LN2_LO).add(t69);
        DoubleVector t71 = FMA ? t44.fma(DoubleVector.broadcast(D, LN2_HI), t70) : t44.mul(LN2_HI).add(t70);
        DoubleVector t72 = t37.add(t71);
        DoubleVector t73 = t72.div(beta);
        DoubleVector t74 = t73.blend(v, t0.compare(GT, threshold));
        t74.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softplus(v, beta, threshold);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double threshold = this.threshold;
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = FMA ? va.fma(DoubleVector.broadcast(D, beta), a0.neg()) : va.mul(beta).sub(a0);
        DoubleVector b1 = FMA ? vb.fma(DoubleVector.broadcast(D, beta), b0.neg()) : vb.mul(beta).sub(b0);
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a1.blend(0.0, a2.compare(LE, MAX).not());
        DoubleVector b3 = b1.blend(0.0, b2.compare(LE, MAX).not());
        DoubleVector a4 = a0.abs();
        DoubleVector b4 = b0.abs();
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a3.neg();
        DoubleVector b6 = b3.neg();
        DoubleVector a7 = a6.blend(a3, a0.compare(LT, 0.0));
        DoubleVector b7 = b6.blend(b3, b0.compare(LT, 0.0));
        DoubleVector a8 = a5.blend(DoubleCores.EXP_MIN, a5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b8 = b5.blend(DoubleCores.EXP_MIN, b5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a9 = a8.blend(DoubleCores.EXP_MAX, a8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b9 = b8.blend(DoubleCores.EXP_MAX, b8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a10 = FMA ? a9.fma(LOG2E, SHIFT) : a9.mul(LOG2E).add(SHIFT);
        DoubleVector b10 = FMA ? b9.fma(LOG2E, SHIFT) : b9.mul(LOG2E).add(SHIFT);
        DoubleVector a11 = a10.sub(SHIFT);
        DoubleVector b11 = b10.sub(SHIFT);
        DoubleVector a12 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_HI), a9) : a11.mul(-LN2_HI).add(a9);
        DoubleVector b12 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_HI), b9) : b11.mul(-LN2_HI).add(b9);
        DoubleVector a13 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_LO), a12) : a11.mul(-LN2_LO).add(a12);
        DoubleVector b13 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_LO), b12) : b11.mul(-LN2_LO).add(b12);
        DoubleVector a14 = FMA ? a13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b14 = FMA ? b13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a15 = FMA ? a14.fma(a13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a14.mul(a13).add(2.505210838544172e-08);
        DoubleVector b15 = FMA ? b14.fma(b13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b14.mul(b13).add(2.505210838544172e-08);
        DoubleVector a16 = FMA ? a15.fma(a13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a15.mul(a13).add(2.755731922398589e-07);
        DoubleVector b16 = FMA ? b15.fma(b13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b15.mul(b13).add(2.755731922398589e-07);
        DoubleVector a17 = FMA ? a16.fma(a13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a16.mul(a13).add(2.7557319223985893e-06);
        DoubleVector b17 = FMA ? b16.fma(b13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b16.mul(b13).add(2.7557319223985893e-06);
        DoubleVector a18 = FMA ? a17.fma(a13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a17.mul(a13).add(2.48015873015873e-05);
        DoubleVector b18 = FMA ? b17.fma(b13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b17.mul(b13).add(2.48015873015873e-05);
        DoubleVector a19 = FMA ? a18.fma(a13, DoubleVector.broadcast(D, 0.0001984126984126984)) : a18.mul(a13).add(0.0001984126984126984);
        DoubleVector b19 = FMA ? b18.fma(b13, DoubleVector.broadcast(D, 0.0001984126984126984)) : b18.mul(b13).add(0.0001984126984126984);
        DoubleVector a20 = FMA ? a19.fma(a13, DoubleVector.broadcast(D, 0.001388888888888889)) : a19.mul(a13).add(0.001388888888888889);
        DoubleVector b20 = FMA ? b19.fma(b13, DoubleVector.broadcast(D, 0.001388888888888889)) : b19.mul(b13).add(0.001388888888888889);
        DoubleVector a21 = FMA ? a20.fma(a13, DoubleVector.broadcast(D, 0.008333333333333333)) : a20.mul(a13).add(0.008333333333333333);
        DoubleVector b21 = FMA ? b20.fma(b13, DoubleVector.broadcast(D, 0.008333333333333333)) : b20.mul(b13).add(0.008333333333333333);
        DoubleVector a22 = FMA ? a21.fma(a13, DoubleVector.broadcast(D, 0.041666666666666664)) : a21.mul(a13).add(0.041666666666666664);
        DoubleVector b22 = FMA ? b21.fma(b13, DoubleVector.broadcast(D, 0.041666666666666664)) : b21.mul(b13).add(0.041666666666666664);
        DoubleVector a23 = FMA ? a22.fma(a13, DoubleVector.broadcast(D, 0.16666666666666666)) : a22.mul(a13).add(0.16666666666666666);
        DoubleVector b23 = FMA ? b22.fma(b13, DoubleVector.broadcast(D, 0.16666666666666666)) : b22.mul(b13).add(0.16666666666666666);
        DoubleVector a24 = FMA ? a23.fma(a13, DoubleVector.broadcast(D, 0.5)) : a23.mul(a13).add(0.5);
        DoubleVector b24 = FMA ? b23.fma(b13, DoubleVector.broadcast(D, 0.5)) : b23.mul(b13).add(0.5);
        DoubleVector a25 = FMA ? a24.fma(a13, DoubleVector.broadcast(D, 1.0)) : a24.mul(a13).add(1.0);
        DoubleVector b25 = FMA ? b24.fma(b13, DoubleVector.broadcast(D, 1.0)) : b24.mul(b13).add(1.0);
        DoubleVector a26 = a13.mul(a25);
        DoubleVector b26 = b13.mul(b25);
        LongVector a27 = a10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b27 = b10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a28 = a27.lanewise(ASHR, 1);
        LongVector b28 = b27.lanewise(ASHR, 1);
        DoubleVector a29 = a28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b29 = b28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a30 = a27.sub(a28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b30 = b27.sub(b28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a31 = FMA ? a29.fma(a26, a29) : a29.mul(a26).add(a29);
        DoubleVector b31 = FMA ? b29.fma(b26, b29) : b29.mul(b26).add(b29);
        DoubleVector a32 = a31.mul(a30);
        DoubleVector b32 = b31.mul(b30);
        DoubleVector a33 = a29.sub(a31);
        DoubleVector b33 = b29.sub(b31);
        DoubleVector a34 = FMA ? a29.fma(a26, a33) : a29.mul(a26).add(a33);
        DoubleVector b34 = FMA ? b29.fma(b26, b33) : b29.mul(b26).add(b33);
        DoubleVector a35 = a34.mul(a30);
        DoubleVector b35 = b34.mul(b30);
        DoubleVector a36 = FMA ? a32.fma(a7, a35) : a32.mul(a7).add(a35);
        DoubleVector b36 = FMA ? b32.fma(b7, b35) : b32.mul(b7).add(b35);
        DoubleVector a37 = a32.add(1.0);
        DoubleVector b37 = b32.add(1.0);
        DoubleVector a38 = DoubleVector.broadcast(D, 1.0).sub(a37);
        DoubleVector b38 = DoubleVector.broadcast(D, 1.0).sub(b37);
        DoubleVector a39 = a38.add(a32);
        DoubleVector b39 = b38.add(b32);
        DoubleVector a40 = a39.add(a36);
        DoubleVector b40 = b39.add(b36);
        DoubleVector a41 = DoubleVector.broadcast(D, 1.0).div(a37);
        DoubleVector b41 = DoubleVector.broadcast(D, 1.0).div(b37);
        DoubleVector a42 = ONE.blend(a32, a0.compare(LT, 0.0));
        DoubleVector b42 = ONE.blend(b32, b0.compare(LT, 0.0));
        DoubleVector a43 = ZERO.blend(a36, a0.compare(LT, 0.0));
        DoubleVector b43 = ZERO.blend(b36, b0.compare(LT, 0.0));
        DoubleVector a44 = a42.mul(a41);
        DoubleVector b44 = b42.mul(b41);
        DoubleVector a45 = a44.neg();
        DoubleVector b45 = b44.neg();
        DoubleVector a46 = FMA ? a45.fma(a37, a42) : a45.mul(a37).add(a42);
        DoubleVector b46 = FMA ? b45.fma(b37, b42) : b45.mul(b37).add(b42);
        DoubleVector a47 = a46.add(a43);
        DoubleVector b47 = b46.add(b43);
        DoubleVector a48 = FMA ? a45.fma(a40, a47) : a45.mul(a40).add(a47);
        DoubleVector b48 = FMA ? b45.fma(b40, b47) : b45.mul(b40).add(b47);
        DoubleVector a49 = FMA ? a48.fma(a41, a44) : a48.mul(a41).add(a44);
        DoubleVector b49 = FMA ? b48.fma(b41, b44) : b48.mul(b41).add(b44);
        DoubleVector a50 = ONE.blend(a32, a0.compare(LT, 0.0).not());
        DoubleVector b50 = ONE.blend(b32, b0.compare(LT, 0.0).not());
        DoubleVector a51 = ZERO.blend(a36, a0.compare(LT, 0.0).not());
        DoubleVector b51 = ZERO.blend(b36, b0.compare(LT, 0.0).not());
        DoubleVector a52 = a50.mul(a41);
        DoubleVector b52 = b50.mul(b41);
        DoubleVector a53 = a52.neg();
        DoubleVector b53 = b52.neg();
        DoubleVector a54 = FMA ? a53.fma(a37, a50) : a53.mul(a37).add(a50);
        DoubleVector b54 = FMA ? b53.fma(b37, b50) : b53.mul(b37).add(b50);
        DoubleVector a55 = a54.add(a51);
        DoubleVector b55 = b54.add(b51);
        DoubleVector a56 = FMA ? a53.fma(a40, a55) : a53.mul(a40).add(a55);
        DoubleVector b56 = FMA ? b53.fma(b40, b55) : b53.mul(b40).add(b55);
        DoubleVector a57 = FMA ? a56.fma(a41, a52) : a56.mul(a41).add(a52);
        DoubleVector b57 = FMA ? b56.fma(b41, b52) : b56.mul(b41).add(b52);
        DoubleVector a58 = a49.blend(1.0, a0.compare(GT, threshold));
        DoubleVector b58 = b49.blend(1.0, b0.compare(GT, threshold));
        ga.mul(a58).intoArray(dx, dxo + i);
        gb.mul(b58).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = FMA ? v.fma(DoubleVector.broadcast(D, beta), t0.neg()) : v.mul(beta).sub(t0);
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t1.blend(0.0, t2.compare(LE, MAX).not());
        DoubleVector t4 = t0.abs();
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t3.neg();
        DoubleVector t7 = t6.blend(t3, t0.compare(LT, 0.0));
        DoubleVector t8 = t5.blend(DoubleCores.EXP_MIN, t5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t9 = t8.blend(DoubleCores.EXP_MAX, t8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t10 = FMA ? t9.fma(LOG2E, SHIFT) : t9.mul(LOG2E).add(SHIFT);
        DoubleVector t11 = t10.sub(SHIFT);
        DoubleVector t12 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_HI), t9) : t11.mul(-LN2_HI).add(t9);
        DoubleVector t13 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_LO), t12) : t11.mul(-LN2_LO).add(t12);
        DoubleVector t14 = FMA ? t13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t15 = FMA ? t14.fma(t13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t14.mul(t13).add(2.505210838544172e-08);
        DoubleVector t16 = FMA ? t15.fma(t13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t15.mul(t13).add(2.755731922398589e-07);
        DoubleVector t17 = FMA ? t16.fma(t13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t16.mul(t13).add(2.7557319223985893e-06);
        DoubleVector t18 = FMA ? t17.fma(t13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t17.mul(t13).add(2.48015873015873e-05);
        DoubleVector t19 = FMA ? t18.fma(t13, DoubleVector.broadcast(D, 0.0001984126984126984)) : t18.mul(t13).add(0.0001984126984126984);
        DoubleVector t20 = FMA ? t19.fma(t13, DoubleVector.broadcast(D, 0.001388888888888889)) : t19.mul(t13).add(0.001388888888888889);
        DoubleVector t21 = FMA ? t20.fma(t13, DoubleVector.broadcast(D, 0.008333333333333333)) : t20.mul(t13).add(0.008333333333333333);
        DoubleVector t22 = FMA ? t21.fma(t13, DoubleVector.broadcast(D, 0.041666666666666664)) : t21.mul(t13).add(0.041666666666666664);
        DoubleVector t23 = FMA ? t22.fma(t13, DoubleVector.broadcast(D, 0.16666666666666666)) : t22.mul(t13).add(0.16666666666666666);
        DoubleVector t24 = FMA ? t23.fma(t13, DoubleVector.broadcast(D, 0.5)) : t23.mul(t13).add(0.5);
        DoubleVector t25 = FMA ? t24.fma(t13, DoubleVector.broadcast(D, 1.0)) : t24.mul(t13).add(1.0);
        DoubleVector t26 = t13.mul(t25);
        LongVector t27 = t10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t28 = t27.lanewise(ASHR, 1);
        DoubleVector t29 = t28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t30 = t27.sub(t28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t31 = FMA ? t29.fma(t26, t29) : t29.mul(t26).add(t29);
        DoubleVector t32 = t31.mul(t30);
        DoubleVector t33 = t29.sub(t31);
        DoubleVector t34 = FMA ? t29.fma(t26, t33) : t29.mul(t26).add(t33);
        DoubleVector t35 = t34.mul(t30);
        DoubleVector t36 = FMA ? t32.fma(t7, t35) : t32.mul(t7).add(t35);
        DoubleVector t37 = t32.add(1.0);
        DoubleVector t38 = DoubleVector.broadcast(D, 1.0).sub(t37);
        DoubleVector t39 = t38.add(t32);
        DoubleVector t40 = t39.add(t36);
        DoubleVector t41 = DoubleVector.broadcast(D, 1.0).div(t37);
        DoubleVector t42 = ONE.blend(t32, t0.compare(LT, 0.0));
        DoubleVector t43 = ZERO.blend(t36, t0.compare(LT, 0.0));
        DoubleVector t44 = t42.mul(t41);
        DoubleVector t45 = t44.neg();
        DoubleVector t46 = FMA ? t45.fma(t37, t42) : t45.mul(t37).add(t42);
        DoubleVector t47 = t46.add(t43);
        DoubleVector t48 = FMA ? t45.fma(t40, t47) : t45.mul(t40).add(t47);
        DoubleVector t49 = FMA ? t48.fma(t41, t44) : t48.mul(t41).add(t44);
        DoubleVector t50 = ONE.blend(t32, t0.compare(LT, 0.0).not());
        DoubleVector t51 = ZERO.blend(t36, t0.compare(LT, 0.0).not());
        DoubleVector t52 = t50.mul(t41);
        DoubleVector t53 = t52.neg();
        DoubleVector t54 = FMA ? t53.fma(t37, t50) : t53.mul(t37).add(t50);
        DoubleVector t55 = t54.add(t51);
        DoubleVector t56 = FMA ? t53.fma(t40, t55) : t53.mul(t40).add(t55);
        DoubleVector t57 = FMA ? t56.fma(t41, t52) : t56.mul(t41).add(t52);
        DoubleVector t58 = t49.blend(1.0, t0.compare(GT, threshold));
        g.mul(t58).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.softplusDerivative(v, beta, threshold);
      }
    }
  }
}
