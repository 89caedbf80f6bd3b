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
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;

/** The Vector API kernels of Logsigmoid, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaLogsigmoid {
  private PanamaLogsigmoid() {}

  static final class Logsigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.logsigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.logsigmoidDerivative(v);
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
        DoubleVector a1 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b1 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a2 = va.abs();
        DoubleVector b2 = vb.abs();
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
        DoubleVector a42 = a41.neg();
        DoubleVector b42 = b41.neg();
        ((FloatVector) a42.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b42.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
        DoubleVector t1 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t2 = v.abs();
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
        DoubleVector t42 = t41.neg();
        ((FloatVector) t42.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.logsigmoid(v);
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
        DoubleVector a16 = a15.add(1.0);
        DoubleVector b16 = b15.add(1.0);
        DoubleVector a17 = DoubleVector.broadcast(D, 1.0).div(a16);
        DoubleVector b17 = DoubleVector.broadcast(D, 1.0).div(b16);
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
        DoubleVector t16 = t15.add(1.0);
        DoubleVector t17 = DoubleVector.broadcast(D, 1.0).div(t16);
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.logsigmoidDerivative(v));
      }
    }
  }

  static final class LogsigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.logsigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.logsigmoidDerivative(v);
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
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a3 = a2.blend(DoubleCores.EXP_MAX, a2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b3 = b2.blend(DoubleCores.EXP_MAX, b2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b8 = FMA ? b7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a8.mul(a7).add(2.505210838544172e-08);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b8.mul(b7).add(2.505210838544172e-08);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a9.mul(a7).add(2.755731922398589e-07);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b9.mul(b7).add(2.755731922398589e-07);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a10.mul(a7).add(2.7557319223985893e-06);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b10.mul(b7).add(2.7557319223985893e-06);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a11.mul(a7).add(2.48015873015873e-05);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b11.mul(b7).add(2.48015873015873e-05);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.0001984126984126984)) : a12.mul(a7).add(0.0001984126984126984);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.0001984126984126984)) : b12.mul(b7).add(0.0001984126984126984);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.001388888888888889)) : a13.mul(a7).add(0.001388888888888889);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.001388888888888889)) : b13.mul(b7).add(0.001388888888888889);
        DoubleVector a15 = FMA ? a14.fma(a7, DoubleVector.broadcast(D, 0.008333333333333333)) : a14.mul(a7).add(0.008333333333333333);
        DoubleVector b15 = FMA ? b14.fma(b7, DoubleVector.broadcast(D, 0.008333333333333333)) : b14.mul(b7).add(0.008333333333333333);
        DoubleVector a16 = FMA ? a15.fma(a7, DoubleVector.broadcast(D, 0.041666666666666664)) : a15.mul(a7).add(0.041666666666666664);
        DoubleVector b16 = FMA ? b15.fma(b7, DoubleVector.broadcast(D, 0.041666666666666664)) : b15.mul(b7).add(0.041666666666666664);
        DoubleVector a17 = FMA ? a16.fma(a7, DoubleVector.broadcast(D, 0.16666666666666666)) : a16.mul(a7).add(0.16666666666666666);
        DoubleVector b17 = FMA ? b16.fma(b7, DoubleVector.broadcast(D, 0.16666666666666666)) : b16.mul(b7).add(0.16666666666666666);
        DoubleVector a18 = FMA ? a17.fma(a7, DoubleVector.broadcast(D, 0.5)) : a17.mul(a7).add(0.5);
        DoubleVector b18 = FMA ? b17.fma(b7, DoubleVector.broadcast(D, 0.5)) : b17.mul(b7).add(0.5);
        DoubleVector a19 = FMA ? a18.fma(a7, DoubleVector.broadcast(D, 1.0)) : a18.mul(a7).add(1.0);
        DoubleVector b19 = FMA ? b18.fma(b7, DoubleVector.broadcast(D, 1.0)) : b18.mul(b7).add(1.0);
        DoubleVector a20 = a7.mul(a19);
        DoubleVector b20 = b7.mul(b19);
        LongVector a21 = a4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b21 = b4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a22 = a21.lanewise(ASHR, 1);
        LongVector b22 = b21.lanewise(ASHR, 1);
        DoubleVector a23 = a22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b23 = b22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a24 = a21.sub(a22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b24 = b21.sub(b22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a25 = FMA ? a23.fma(a20, a23) : a23.mul(a20).add(a23);
        DoubleVector b25 = FMA ? b23.fma(b20, b23) : b23.mul(b20).add(b23);
        DoubleVector a26 = a25.mul(a24);
        DoubleVector b26 = b25.mul(b24);
        DoubleVector a27 = a23.sub(a25);
        DoubleVector b27 = b23.sub(b25);
        DoubleVector a28 = FMA ? a23.fma(a20, a27) : a23.mul(a20).add(a27);
        DoubleVector b28 = FMA ? b23.fma(b20, b27) : b23.mul(b20).add(b27);
        DoubleVector a29 = a28.mul(a24);
        DoubleVector b29 = b28.mul(b24);
        DoubleVector a30 = FMA ? a26.fma(ZERO, a29) : a26.mul(ZERO).add(a29);
        DoubleVector b30 = FMA ? b26.fma(ZERO, b29) : b26.mul(ZERO).add(b29);
        DoubleVector a31 = va.neg();
        DoubleVector b31 = vb.neg();
        DoubleVector a32 = a31.blend(0.0, a31.compare(LT, 0.0));
        DoubleVector b32 = b31.blend(0.0, b31.compare(LT, 0.0));
        DoubleVector a33 = a26.add(1.0);
        DoubleVector b33 = b26.add(1.0);
        DoubleVector a34 = a33.sub(1.0);
        DoubleVector b34 = b33.sub(1.0);
        DoubleVector a35 = a26.sub(a34);
        DoubleVector b35 = b26.sub(b34);
        DoubleVector a36 = a35.add(a30);
        DoubleVector b36 = b35.add(b30);
        DoubleVector a37 = a36.div(a33);
        DoubleVector b37 = b36.div(b33);
        LongVector a38 = a33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b38 = b33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a39 = a38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b39 = b38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a40 = a38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b40 = b38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a41 = a40.sub(1.0);
        DoubleVector b41 = b40.sub(1.0);
        DoubleVector a42 = a41.add(2.0);
        DoubleVector b42 = b41.add(2.0);
        DoubleVector a43 = DoubleVector.broadcast(D, 2.0).sub(a42);
        DoubleVector b43 = DoubleVector.broadcast(D, 2.0).sub(b42);
        DoubleVector a44 = a43.add(a41);
        DoubleVector b44 = b43.add(b41);
        DoubleVector a45 = a41.div(a42);
        DoubleVector b45 = b41.div(b42);
        DoubleVector a46 = a45.neg();
        DoubleVector b46 = b45.neg();
        DoubleVector a47 = FMA ? a46.fma(a42, a41) : a46.mul(a42).add(a41);
        DoubleVector b47 = FMA ? b46.fma(b42, b41) : b46.mul(b42).add(b41);
        DoubleVector a48 = FMA ? a46.fma(a44, a47) : a46.mul(a44).add(a47);
        DoubleVector b48 = FMA ? b46.fma(b44, b47) : b46.mul(b44).add(b47);
        DoubleVector a49 = a48.div(a42);
        DoubleVector b49 = b48.div(b42);
        DoubleVector a50 = a45.mul(a45);
        DoubleVector b50 = b45.mul(b45);
        DoubleVector a51 = FMA ? a50.fma(0.09523809523809523, 0.10526315789473684) : a50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector b51 = FMA ? b50.fma(0.09523809523809523, 0.10526315789473684) : b50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector a52 = FMA ? a51.fma(a50, DoubleVector.broadcast(D, 0.11764705882352941)) : a51.mul(a50).add(0.11764705882352941);
        DoubleVector b52 = FMA ? b51.fma(b50, DoubleVector.broadcast(D, 0.11764705882352941)) : b51.mul(b50).add(0.11764705882352941);
        DoubleVector a53 = FMA ? a52.fma(a50, DoubleVector.broadcast(D, 0.13333333333333333)) : a52.mul(a50).add(0.13333333333333333);
        DoubleVector b53 = FMA ? b52.fma(b50, DoubleVector.broadcast(D, 0.13333333333333333)) : b52.mul(b50).add(0.13333333333333333);
        DoubleVector a54 = FMA ? a53.fma(a50, DoubleVector.broadcast(D, 0.15384615384615385)) : a53.mul(a50).add(0.15384615384615385);
        DoubleVector b54 = FMA ? b53.fma(b50, DoubleVector.broadcast(D, 0.15384615384615385)) : b53.mul(b50).add(0.15384615384615385);
        DoubleVector a55 = FMA ? a54.fma(a50, DoubleVector.broadcast(D, 0.18181818181818182)) : a54.mul(a50).add(0.18181818181818182);
        DoubleVector b55 = FMA ? b54.fma(b50, DoubleVector.broadcast(D, 0.18181818181818182)) : b54.mul(b50).add(0.18181818181818182);
        DoubleVector a56 = FMA ? a55.fma(a50, DoubleVector.broadcast(D, 0.2222222222222222)) : a55.mul(a50).add(0.2222222222222222);
        DoubleVector b56 = FMA ? b55.fma(b50, DoubleVector.broadcast(D, 0.2222222222222222)) : b55.mul(b50).add(0.2222222222222222);
        DoubleVector a57 = FMA ? a56.fma(a50, DoubleVector.broadcast(D, 0.2857142857142857)) : a56.mul(a50).add(0.2857142857142857);
        DoubleVector b57 = FMA ? b56.fma(b50, DoubleVector.broadcast(D, 0.2857142857142857)) : b56.mul(b50).add(0.2857142857142857);
        DoubleVector a58 = FMA ? a57.fma(a50, DoubleVector.broadcast(D, 0.4)) : a57.mul(a50).add(0.4);
        DoubleVector b58 = FMA ? b57.fma(b50, DoubleVector.broadcast(D, 0.4)) : b57.mul(b50).add(0.4);
        DoubleVector a59 = FMA ? a58.fma(a50, DoubleVector.broadcast(D, 0.6666666666666666)) : a58.mul(a50).add(0.6666666666666666);
        DoubleVector b59 = FMA ? b58.fma(b50, DoubleVector.broadcast(D, 0.6666666666666666)) : b58.mul(b50).add(0.6666666666666666);
        DoubleVector a60 = a50.mul(a59);
        DoubleVector b60 = b50.mul(b59);
        DoubleVector a61 = FMA ? a45.fma(a60, a37) : a45.mul(a60).add(a37);
        DoubleVector b61 = FMA ? b45.fma(b60, b37) : b45.mul(b60).add(b37);
        DoubleVector a62 = a45.mul(2.0);
        DoubleVector b62 = b45.mul(2.0);
        DoubleVector a63 = FMA ? a49.fma(DoubleVector.broadcast(D, 2.0), a61) : a49.mul(2.0).add(a61);
        DoubleVector b63 = FMA ? b49.fma(DoubleVector.broadcast(D, 2.0), b61) : b49.mul(2.0).add(b61);
        DoubleVector a64 = a62.add(a63);
        DoubleVector b64 = b62.add(b63);
        DoubleVector a65 = FMA ? a39.fma(DoubleVector.broadcast(D, LN2_LO), a64) : a39.mul(LN2_LO).add(a64);
        DoubleVector b65 = FMA ? b39.fma(DoubleVector.broadcast(D, LN2_LO), b64) : b39.mul(LN2_LO).add(b64);
        DoubleVector a66 = FMA ? a39.fma(DoubleVector.broadcast(D, LN2_HI), a65) : a39.mul(LN2_HI).add(a65);
        DoubleVector b66 = FMA ? b39.fma(DoubleVector.broadcast(D, LN2_HI), b65) : b39.mul(LN2_HI).add(b65);
        DoubleVector a67 = a32.add(a66);
        DoubleVector b67 = b32.add(b66);
        DoubleVector a68 = a67.neg();
        DoubleVector b68 = b67.neg();
        a68.intoArray(y, yo + i);
        b68.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t3 = t2.blend(DoubleCores.EXP_MAX, t2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t8.mul(t7).add(2.505210838544172e-08);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t9.mul(t7).add(2.755731922398589e-07);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t10.mul(t7).add(2.7557319223985893e-06);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t11.mul(t7).add(2.48015873015873e-05);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.0001984126984126984)) : t12.mul(t7).add(0.0001984126984126984);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.001388888888888889)) : t13.mul(t7).add(0.001388888888888889);
        DoubleVector t15 = FMA ? t14.fma(t7, DoubleVector.broadcast(D, 0.008333333333333333)) : t14.mul(t7).add(0.008333333333333333);
        DoubleVector t16 = FMA ? t15.fma(t7, DoubleVector.broadcast(D, 0.041666666666666664)) : t15.mul(t7).add(0.041666666666666664);
        DoubleVector t17 = FMA ? t16.fma(t7, DoubleVector.broadcast(D, 0.16666666666666666)) : t16.mul(t7).add(0.16666666666666666);
        DoubleVector t18 = FMA ? t17.fma(t7, DoubleVector.broadcast(D, 0.5)) : t17.mul(t7).add(0.5);
        DoubleVector t19 = FMA ? t18.fma(t7, DoubleVector.broadcast(D, 1.0)) : t18.mul(t7).add(1.0);
        DoubleVector t20 = t7.mul(t19);
        LongVector t21 = t4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t22 = t21.lanewise(ASHR, 1);
        DoubleVector t23 = t22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = t21.sub(t22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t25 = FMA ? t23.fma(t20, t23) : t23.mul(t20).add(t23);
        DoubleVector t26 = t25.mul(t24);
        DoubleVector t27 = t23.sub(t25);
        DoubleVector t28 = FMA ? t23.fma(t20, t27) : t23.mul(t20).add(t27);
        DoubleVector t29 = t28.mul(t24);
        DoubleVector t30 = FMA ? t26.fma(ZERO, t29) : t26.mul(ZERO).add(t29);
        DoubleVector t31 = v.neg();
        DoubleVector t32 = t31.blend(0.0, t31.compare(LT, 0.0));
        DoubleVector t33 = t26.add(1.0);
        DoubleVector t34 = t33.sub(1.0);
        DoubleVector t35 = t26.sub(t34);
        DoubleVector t36 = t35.add(t30);
        DoubleVector t37 = t36.div(t33);
        LongVector t38 = t33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t39 = t38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t40 = t38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t41 = t40.sub(1.0);
        DoubleVector t42 = t41.add(2.0);
        DoubleVector t43 = DoubleVector.broadcast(D, 2.0).sub(t42);
        DoubleVector t44 = t43.add(t41);
        DoubleVector t45 = t41.div(t42);
        DoubleVector t46 = t45.neg();
        DoubleVector t47 = FMA ? t46.fma(t42, t41) : t46.mul(t42).add(t41);
        DoubleVector t48 = FMA ? t46.fma(t44, t47) : t46.mul(t44).add(t47);
        DoubleVector t49 = t48.div(t42);
        DoubleVector t50 = t45.mul(t45);
        DoubleVector t51 = FMA ? t50.fma(0.09523809523809523, 0.10526315789473684) : t50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector t52 = FMA ? t51.fma(t50, DoubleVector.broadcast(D, 0.11764705882352941)) : t51.mul(t50).add(0.11764705882352941);
        DoubleVector t53 = FMA ? t52.fma(t50, DoubleVector.broadcast(D, 0.13333333333333333)) : t52.mul(t50).add(0.13333333333333333);
        DoubleVector t54 = FMA ? t53.fma(t50, DoubleVector.broadcast(D, 0.15384615384615385)) : t53.mul(t50).add(0.15384615384615385);
        DoubleVector t55 = FMA ? t54.fma(t50, DoubleVector.broadcast(D, 0.18181818181818182)) : t54.mul(t50).add(0.18181818181818182);
        DoubleVector t56 = FMA ? t55.fma(t50, DoubleVector.broadcast(D, 0.2222222222222222)) : t55.mul(t50).add(0.2222222222222222);
        DoubleVector t57 = FMA ? t56.fma(t50, DoubleVector.broadcast(D, 0.2857142857142857)) : t56.mul(t50).add(0.2857142857142857);
        DoubleVector t58 = FMA ? t57.fma(t50, DoubleVector.broadcast(D, 0.4)) : t57.mul(t50).add(0.4);
        DoubleVector t59 = FMA ? t58.fma(t50, DoubleVector.broadcast(D, 0.6666666666666666)) : t58.mul(t50).add(0.6666666666666666);
        DoubleVector t60 = t50.mul(t59);
        DoubleVector t61 = FMA ? t45.fma(t60, t37) : t45.mul(t60).add(t37);
        DoubleVector t62 = t45.mul(2.0);
        DoubleVector t63 = FMA ? t49.fma(DoubleVector.broadcast(D, 2.0), t61) : t49.mul(2.0).add(t61);
        DoubleVector t64 = t62.add(t63);
        DoubleVector t65 = FMA ? t39.fma(DoubleVector.broadcast(D, LN2_LO), t64) : t39.mul(LN2_LO).add(t64);
        DoubleVector t66 = FMA ? t39.fma(DoubleVector.broadcast(D, LN2_HI), t65) : t39.mul(LN2_HI).add(t65);
        DoubleVector t67 = t32.add(t66);
        DoubleVector t68 = t67.neg();
        t68.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.logsigmoid(v);
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
        ga.mul(a53).intoArray(dx, dxo + i);
        gb.mul(b53).intoArray(dx, dxo + i + DLANES);
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
        g.mul(t53).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.logsigmoidDerivative(v);
      }
    }
  }
}
