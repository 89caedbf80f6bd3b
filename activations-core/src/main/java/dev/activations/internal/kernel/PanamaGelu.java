// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.ERFC_EXP_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_FIT_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_OFFSET;
import static dev.activations.internal.kernel.Cores.ERFC_SCALE;
import static dev.activations.internal.kernel.Cores.EXP_MAX;
import static dev.activations.internal.kernel.Cores.EXP_MIN;
import static dev.activations.internal.kernel.Cores.FMA;
import static dev.activations.internal.kernel.Cores.LN2_HI;
import static dev.activations.internal.kernel.Cores.LN2_LO;
import static dev.activations.internal.kernel.Cores.LOG2E;
import static dev.activations.internal.kernel.Cores.SHIFT;
import static dev.activations.internal.kernel.Formulas.FLOAT_MAX;
import static dev.activations.internal.kernel.Formulas.INV_SQRT2;
import static dev.activations.internal.kernel.Formulas.INV_SQRT_2PI;
import static dev.activations.internal.kernel.PanamaKernels.CHUNK;
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

/** The Vector API kernels of Gelu, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaGelu {
  private PanamaGelu() {}

  static final class Gelu implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.gelu(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.geluDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(INV_SQRT2);
        DoubleVector b1 = b0.mul(INV_SQRT2);
        DoubleVector a2 = a1.blend(ERFC_FIT_MAX, a1.compare(GT, ERFC_FIT_MAX));
        DoubleVector b2 = b1.blend(ERFC_FIT_MAX, b1.compare(GT, ERFC_FIT_MAX));
        DoubleVector a3 = FMA ? a2.fma(0.5, 1.0) : a2.mul(0.5).add(1.0);
        DoubleVector b3 = FMA ? b2.fma(0.5, 1.0) : b2.mul(0.5).add(1.0);
        DoubleVector a4 = DoubleVector.broadcast(D, 1.0).div(a3);
        DoubleVector b4 = DoubleVector.broadcast(D, 1.0).div(b3);
        DoubleVector a5 = FMA ? a4.fma(ERFC_SCALE, ERFC_OFFSET) : a4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector b5 = FMA ? b4.fma(ERFC_SCALE, ERFC_OFFSET) : b4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector a6 = FMA ? a5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : a5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector b6 = FMA ? b5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : b5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : a6.mul(a5).add(1.1281206080275582e-07);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : b6.mul(b5).add(1.1281206080275582e-07);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : a7.mul(a5).add(3.3180080354588663e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : b7.mul(b5).add(3.3180080354588663e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : a8.mul(a5).add(-1.4948668511704334e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : b8.mul(b5).add(-1.4948668511704334e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : a9.mul(a5).add(5.669543051304026e-07);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : b9.mul(b5).add(5.669543051304026e-07);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : a10.mul(a5).add(9.936067971447882e-06);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : b10.mul(b5).add(9.936067971447882e-06);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : a11.mul(a5).add(-2.3887110235121812e-05);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : b11.mul(b5).add(-2.3887110235121812e-05);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : a12.mul(a5).add(-4.096739607253563e-05);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : b12.mul(b5).add(-4.096739607253563e-05);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.00028050080936646116)) : a13.mul(a5).add(0.00028050080936646116);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.00028050080936646116)) : b13.mul(b5).add(0.00028050080936646116);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : a14.mul(a5).add(6.9760726371928e-05);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : b14.mul(b5).add(6.9760726371928e-05);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, -0.003163843018702418)) : a15.mul(a5).add(-0.003163843018702418);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, -0.003163843018702418)) : b15.mul(b5).add(-0.003163843018702418);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, -0.0009357785853719195)) : a16.mul(a5).add(-0.0009357785853719195);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, -0.0009357785853719195)) : b16.mul(b5).add(-0.0009357785853719195);
        DoubleVector a18 = FMA ? a17.fma(a5, DoubleVector.broadcast(D, 0.04820990142652417)) : a17.mul(a5).add(0.04820990142652417);
        DoubleVector b18 = FMA ? b17.fma(b5, DoubleVector.broadcast(D, 0.04820990142652417)) : b17.mul(b5).add(0.04820990142652417);
        DoubleVector a19 = FMA ? a18.fma(a5, DoubleVector.broadcast(D, 0.1993133649725431)) : a18.mul(a5).add(0.1993133649725431);
        DoubleVector b19 = FMA ? b18.fma(b5, DoubleVector.broadcast(D, 0.1993133649725431)) : b18.mul(b5).add(0.1993133649725431);
        DoubleVector a20 = FMA ? a19.fma(a5, DoubleVector.broadcast(D, 0.4291561877066292)) : a19.mul(a5).add(0.4291561877066292);
        DoubleVector b20 = FMA ? b19.fma(b5, DoubleVector.broadcast(D, 0.4291561877066292)) : b19.mul(b5).add(0.4291561877066292);
        DoubleVector a21 = FMA ? a20.fma(a5, DoubleVector.broadcast(D, 0.327125362371329)) : a20.mul(a5).add(0.327125362371329);
        DoubleVector b21 = FMA ? b20.fma(b5, DoubleVector.broadcast(D, 0.327125362371329)) : b20.mul(b5).add(0.327125362371329);
        DoubleVector a22 = a21.mul(0.5);
        DoubleVector b22 = b21.mul(0.5);
        DoubleVector a23 = a1.blend(ERFC_EXP_MAX, a1.compare(GT, ERFC_EXP_MAX));
        DoubleVector b23 = b1.blend(ERFC_EXP_MAX, b1.compare(GT, ERFC_EXP_MAX));
        DoubleVector a24 = a23.mul(a23);
        DoubleVector b24 = b23.mul(b23);
        DoubleVector a25 = a24.neg();
        DoubleVector b25 = b24.neg();
        DoubleVector a26 = a25.blend(EXP_MIN, a25.compare(LT, EXP_MIN));
        DoubleVector b26 = b25.blend(EXP_MIN, b25.compare(LT, EXP_MIN));
        DoubleVector a27 = a26.blend(EXP_MAX, a26.compare(GT, EXP_MAX));
        DoubleVector b27 = b26.blend(EXP_MAX, b26.compare(GT, EXP_MAX));
        DoubleVector a28 = FMA ? a27.fma(LOG2E, SHIFT) : a27.mul(LOG2E).add(SHIFT);
        DoubleVector b28 = FMA ? b27.fma(LOG2E, SHIFT) : b27.mul(LOG2E).add(SHIFT);
        DoubleVector a29 = a28.sub(SHIFT);
        DoubleVector b29 = b28.sub(SHIFT);
        DoubleVector a30 = FMA ? a29.fma(DoubleVector.broadcast(D, -LN2_HI), a27) : a29.mul(-LN2_HI).add(a27);
        DoubleVector b30 = FMA ? b29.fma(DoubleVector.broadcast(D, -LN2_HI), b27) : b29.mul(-LN2_HI).add(b27);
        DoubleVector a31 = FMA ? a29.fma(DoubleVector.broadcast(D, -LN2_LO), a30) : a29.mul(-LN2_LO).add(a30);
        DoubleVector b31 = FMA ? b29.fma(DoubleVector.broadcast(D, -LN2_LO), b30) : b29.mul(-LN2_LO).add(b30);
        DoubleVector a32 = FMA ? a31.fma(2.487618804110902e-05, 0.00019907584981393008) : a31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b32 = FMA ? b31.fma(2.487618804110902e-05, 0.00019907584981393008) : b31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a33 = FMA ? a32.fma(a31, DoubleVector.broadcast(D, 0.0013888821633350108)) : a32.mul(a31).add(0.0013888821633350108);
        DoubleVector b33 = FMA ? b32.fma(b31, DoubleVector.broadcast(D, 0.0013888821633350108)) : b32.mul(b31).add(0.0013888821633350108);
        DoubleVector a34 = FMA ? a33.fma(a31, DoubleVector.broadcast(D, 0.008333283514493672)) : a33.mul(a31).add(0.008333283514493672);
        DoubleVector b34 = FMA ? b33.fma(b31, DoubleVector.broadcast(D, 0.008333283514493672)) : b33.mul(b31).add(0.008333283514493672);
        DoubleVector a35 = FMA ? a34.fma(a31, DoubleVector.broadcast(D, 0.04166666689117805)) : a34.mul(a31).add(0.04166666689117805);
        DoubleVector b35 = FMA ? b34.fma(b31, DoubleVector.broadcast(D, 0.04166666689117805)) : b34.mul(b31).add(0.04166666689117805);
        DoubleVector a36 = FMA ? a35.fma(a31, DoubleVector.broadcast(D, 0.16666666786399478)) : a35.mul(a31).add(0.16666666786399478);
        DoubleVector b36 = FMA ? b35.fma(b31, DoubleVector.broadcast(D, 0.16666666786399478)) : b35.mul(b31).add(0.16666666786399478);
        DoubleVector a37 = FMA ? a36.fma(a31, DoubleVector.broadcast(D, 0.49999999999797706)) : a36.mul(a31).add(0.49999999999797706);
        DoubleVector b37 = FMA ? b36.fma(b31, DoubleVector.broadcast(D, 0.49999999999797706)) : b36.mul(b31).add(0.49999999999797706);
        DoubleVector a38 = FMA ? a37.fma(a31, DoubleVector.broadcast(D, 0.9999999999955043)) : a37.mul(a31).add(0.9999999999955043);
        DoubleVector b38 = FMA ? b37.fma(b31, DoubleVector.broadcast(D, 0.9999999999955043)) : b37.mul(b31).add(0.9999999999955043);
        DoubleVector a39 = a31.mul(a38);
        DoubleVector b39 = b31.mul(b38);
        DoubleVector a40 = a28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b40 = b28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a41 = FMA ? a40.fma(a39, a40) : a40.mul(a39).add(a40);
        DoubleVector b41 = FMA ? b40.fma(b39, b40) : b40.mul(b39).add(b40);
        DoubleVector a42 = a22.mul(a41);
        DoubleVector b42 = b22.mul(b41);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = a43.add(1.0);
        DoubleVector b44 = b43.add(1.0);
        DoubleVector a45 = a44.blend(a42, va.compare(LT, 0.0));
        DoubleVector b45 = b44.blend(b42, vb.compare(LT, 0.0));
        DoubleVector a46 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b46 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a47 = a46.mul(a45);
        DoubleVector b47 = b46.mul(b45);
        ((FloatVector) a47.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b47.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(INV_SQRT2);
        DoubleVector t2 = t1.blend(ERFC_FIT_MAX, t1.compare(GT, ERFC_FIT_MAX));
        DoubleVector t3 = FMA ? t2.fma(0.5, 1.0) : t2.mul(0.5).add(1.0);
        DoubleVector t4 = DoubleVector.broadcast(D, 1.0).div(t3);
        DoubleVector t5 = FMA ? t4.fma(ERFC_SCALE, ERFC_OFFSET) : t4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector t6 = FMA ? t5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : t5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : t6.mul(t5).add(1.1281206080275582e-07);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : t7.mul(t5).add(3.3180080354588663e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : t8.mul(t5).add(-1.4948668511704334e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : t9.mul(t5).add(5.669543051304026e-07);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : t10.mul(t5).add(9.936067971447882e-06);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : t11.mul(t5).add(-2.3887110235121812e-05);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : t12.mul(t5).add(-4.096739607253563e-05);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.00028050080936646116)) : t13.mul(t5).add(0.00028050080936646116);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : t14.mul(t5).add(6.9760726371928e-05);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, -0.003163843018702418)) : t15.mul(t5).add(-0.003163843018702418);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, -0.0009357785853719195)) : t16.mul(t5).add(-0.0009357785853719195);
        DoubleVector t18 = FMA ? t17.fma(t5, DoubleVector.broadcast(D, 0.04820990142652417)) : t17.mul(t5).add(0.04820990142652417);
        DoubleVector t19 = FMA ? t18.fma(t5, DoubleVector.broadcast(D, 0.1993133649725431)) : t18.mul(t5).add(0.1993133649725431);
        DoubleVector t20 = FMA ? t19.fma(t5, DoubleVector.broadcast(D, 0.4291561877066292)) : t19.mul(t5).add(0.4291561877066292);
        DoubleVector t21 = FMA ? t20.fma(t5, DoubleVector.broadcast(D, 0.327125362371329)) : t20.mul(t5).add(0.327125362371329);
        DoubleVector t22 = t21.mul(0.5);
        DoubleVector t23 = t1.blend(ERFC_EXP_MAX, t1.compare(GT, ERFC_EXP_MAX));
        DoubleVector t24 = t23.mul(t23);
        DoubleVector t25 = t24.neg();
        DoubleVector t26 = t25.blend(EXP_MIN, t25.compare(LT, EXP_MIN));
        DoubleVector t27 = t26.blend(EXP_MAX, t26.compare(GT, EXP_MAX));
        DoubleVector t28 = FMA ? t27.fma(LOG2E, SHIFT) : t27.mul(LOG2E).add(SHIFT);
        DoubleVector t29 = t28.sub(SHIFT);
        DoubleVector t30 = FMA ? t29.fma(DoubleVector.broadcast(D, -LN2_HI), t27) : t29.mul(-LN2_HI).add(t27);
        DoubleVector t31 = FMA ? t29.fma(DoubleVector.broadcast(D, -LN2_LO), t30) : t29.mul(-LN2_LO).add(t30);
        DoubleVector t32 = FMA ? t31.fma(2.487618804110902e-05, 0.00019907584981393008) : t31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t33 = FMA ? t32.fma(t31, DoubleVector.broadcast(D, 0.0013888821633350108)) : t32.mul(t31).add(0.0013888821633350108);
        DoubleVector t34 = FMA ? t33.fma(t31, DoubleVector.broadcast(D, 0.008333283514493672)) : t33.mul(t31).add(0.008333283514493672);
        DoubleVector t35 = FMA ? t34.fma(t31, DoubleVector.broadcast(D, 0.04166666689117805)) : t34.mul(t31).add(0.04166666689117805);
        DoubleVector t36 = FMA ? t35.fma(t31, DoubleVector.broadcast(D, 0.16666666786399478)) : t35.mul(t31).add(0.16666666786399478);
        DoubleVector t37 = FMA ? t36.fma(t31, DoubleVector.broadcast(D, 0.49999999999797706)) : t36.mul(t31).add(0.49999999999797706);
        DoubleVector t38 = FMA ? t37.fma(t31, DoubleVector.broadcast(D, 0.9999999999955043)) : t37.mul(t31).add(0.9999999999955043);
        DoubleVector t39 = t31.mul(t38);
        DoubleVector t40 = t28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t41 = FMA ? t40.fma(t39, t40) : t40.mul(t39).add(t40);
        DoubleVector t42 = t22.mul(t41);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t43.add(1.0);
        DoubleVector t45 = t44.blend(t42, v.compare(LT, 0.0));
        DoubleVector t46 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t47 = t46.mul(t45);
        ((FloatVector) t47.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.gelu(v);
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
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(INV_SQRT2);
        DoubleVector b1 = b0.mul(INV_SQRT2);
        DoubleVector a2 = a1.blend(ERFC_EXP_MAX, a1.compare(GT, ERFC_EXP_MAX));
        DoubleVector b2 = b1.blend(ERFC_EXP_MAX, b1.compare(GT, ERFC_EXP_MAX));
        DoubleVector a3 = a2.mul(a2);
        DoubleVector b3 = b2.mul(b2);
        DoubleVector a4 = a3.neg();
        DoubleVector b4 = b3.neg();
        DoubleVector a5 = a4.blend(EXP_MIN, a4.compare(LT, EXP_MIN));
        DoubleVector b5 = b4.blend(EXP_MIN, b4.compare(LT, EXP_MIN));
        DoubleVector a6 = a5.blend(EXP_MAX, a5.compare(GT, EXP_MAX));
        DoubleVector b6 = b5.blend(EXP_MAX, b5.compare(GT, EXP_MAX));
        DoubleVector a7 = FMA ? a6.fma(LOG2E, SHIFT) : a6.mul(LOG2E).add(SHIFT);
        DoubleVector b7 = FMA ? b6.fma(LOG2E, SHIFT) : b6.mul(LOG2E).add(SHIFT);
        DoubleVector a8 = a7.sub(SHIFT);
        DoubleVector b8 = b7.sub(SHIFT);
        DoubleVector a9 = FMA ? a8.fma(DoubleVector.broadcast(D, -LN2_HI), a6) : a8.mul(-LN2_HI).add(a6);
        DoubleVector b9 = FMA ? b8.fma(DoubleVector.broadcast(D, -LN2_HI), b6) : b8.mul(-LN2_HI).add(b6);
        DoubleVector a10 = FMA ? a8.fma(DoubleVector.broadcast(D, -LN2_LO), a9) : a8.mul(-LN2_LO).add(a9);
        DoubleVector b10 = FMA ? b8.fma(DoubleVector.broadcast(D, -LN2_LO), b9) : b8.mul(-LN2_LO).add(b9);
        DoubleVector a11 = FMA ? a10.fma(2.487618804110902e-05, 0.00019907584981393008) : a10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b11 = FMA ? b10.fma(2.487618804110902e-05, 0.00019907584981393008) : b10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a12 = FMA ? a11.fma(a10, DoubleVector.broadcast(D, 0.0013888821633350108)) : a11.mul(a10).add(0.0013888821633350108);
        DoubleVector b12 = FMA ? b11.fma(b10, DoubleVector.broadcast(D, 0.0013888821633350108)) : b11.mul(b10).add(0.0013888821633350108);
        DoubleVector a13 = FMA ? a12.fma(a10, DoubleVector.broadcast(D, 0.008333283514493672)) : a12.mul(a10).add(0.008333283514493672);
        DoubleVector b13 = FMA ? b12.fma(b10, DoubleVector.broadcast(D, 0.008333283514493672)) : b12.mul(b10).add(0.008333283514493672);
        DoubleVector a14 = FMA ? a13.fma(a10, DoubleVector.broadcast(D, 0.04166666689117805)) : a13.mul(a10).add(0.04166666689117805);
        DoubleVector b14 = FMA ? b13.fma(b10, DoubleVector.broadcast(D, 0.04166666689117805)) : b13.mul(b10).add(0.04166666689117805);
        DoubleVector a15 = FMA ? a14.fma(a10, DoubleVector.broadcast(D, 0.16666666786399478)) : a14.mul(a10).add(0.16666666786399478);
        DoubleVector b15 = FMA ? b14.fma(b10, DoubleVector.broadcast(D, 0.16666666786399478)) : b14.mul(b10).add(0.16666666786399478);
        DoubleVector a16 = FMA ? a15.fma(a10, DoubleVector.broadcast(D, 0.49999999999797706)) : a15.mul(a10).add(0.49999999999797706);
        DoubleVector b16 = FMA ? b15.fma(b10, DoubleVector.broadcast(D, 0.49999999999797706)) : b15.mul(b10).add(0.49999999999797706);
        DoubleVector a17 = FMA ? a16.fma(a10, DoubleVector.broadcast(D, 0.9999999999955043)) : a16.mul(a10).add(0.9999999999955043);
        DoubleVector b17 = FMA ? b16.fma(b10, DoubleVector.broadcast(D, 0.9999999999955043)) : b16.mul(b10).add(0.9999999999955043);
        DoubleVector a18 = a10.mul(a17);
        DoubleVector b18 = b10.mul(b17);
        DoubleVector a19 = a7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b19 = b7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a20 = FMA ? a19.fma(a18, a19) : a19.mul(a18).add(a19);
        DoubleVector b20 = FMA ? b19.fma(b18, b19) : b19.mul(b18).add(b19);
        DoubleVector a21 = a1.blend(ERFC_FIT_MAX, a1.compare(GT, ERFC_FIT_MAX));
        DoubleVector b21 = b1.blend(ERFC_FIT_MAX, b1.compare(GT, ERFC_FIT_MAX));
        DoubleVector a22 = FMA ? a21.fma(0.5, 1.0) : a21.mul(0.5).add(1.0);
        DoubleVector b22 = FMA ? b21.fma(0.5, 1.0) : b21.mul(0.5).add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = FMA ? a23.fma(ERFC_SCALE, ERFC_OFFSET) : a23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector b24 = FMA ? b23.fma(ERFC_SCALE, ERFC_OFFSET) : b23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector a25 = FMA ? a24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : a24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector b25 = FMA ? b24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : b24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector a26 = FMA ? a25.fma(a24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : a25.mul(a24).add(1.1281206080275582e-07);
        DoubleVector b26 = FMA ? b25.fma(b24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : b25.mul(b24).add(1.1281206080275582e-07);
        DoubleVector a27 = FMA ? a26.fma(a24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : a26.mul(a24).add(3.3180080354588663e-07);
        DoubleVector b27 = FMA ? b26.fma(b24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : b26.mul(b24).add(3.3180080354588663e-07);
        DoubleVector a28 = FMA ? a27.fma(a24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : a27.mul(a24).add(-1.4948668511704334e-06);
        DoubleVector b28 = FMA ? b27.fma(b24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : b27.mul(b24).add(-1.4948668511704334e-06);
        DoubleVector a29 = FMA ? a28.fma(a24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : a28.mul(a24).add(5.669543051304026e-07);
        DoubleVector b29 = FMA ? b28.fma(b24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : b28.mul(b24).add(5.669543051304026e-07);
        DoubleVector a30 = FMA ? a29.fma(a24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : a29.mul(a24).add(9.936067971447882e-06);
        DoubleVector b30 = FMA ? b29.fma(b24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : b29.mul(b24).add(9.936067971447882e-06);
        DoubleVector a31 = FMA ? a30.fma(a24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : a30.mul(a24).add(-2.3887110235121812e-05);
        DoubleVector b31 = FMA ? b30.fma(b24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : b30.mul(b24).add(-2.3887110235121812e-05);
        DoubleVector a32 = FMA ? a31.fma(a24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : a31.mul(a24).add(-4.096739607253563e-05);
        DoubleVector b32 = FMA ? b31.fma(b24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : b31.mul(b24).add(-4.096739607253563e-05);
        DoubleVector a33 = FMA ? a32.fma(a24, DoubleVector.broadcast(D, 0.00028050080936646116)) : a32.mul(a24).add(0.00028050080936646116);
        DoubleVector b33 = FMA ? b32.fma(b24, DoubleVector.broadcast(D, 0.00028050080936646116)) : b32.mul(b24).add(0.00028050080936646116);
        DoubleVector a34 = FMA ? a33.fma(a24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : a33.mul(a24).add(6.9760726371928e-05);
        DoubleVector b34 = FMA ? b33.fma(b24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : b33.mul(b24).add(6.9760726371928e-05);
        DoubleVector a35 = FMA ? a34.fma(a24, DoubleVector.broadcast(D, -0.003163843018702418)) : a34.mul(a24).add(-0.003163843018702418);
        DoubleVector b35 = FMA ? b34.fma(b24, DoubleVector.broadcast(D, -0.003163843018702418)) : b34.mul(b24).add(-0.003163843018702418);
        DoubleVector a36 = FMA ? a35.fma(a24, DoubleVector.broadcast(D, -0.0009357785853719195)) : a35.mul(a24).add(-0.0009357785853719195);
        DoubleVector b36 = FMA ? b35.fma(b24, DoubleVector.broadcast(D, -0.0009357785853719195)) : b35.mul(b24).add(-0.0009357785853719195);
        DoubleVector a37 = FMA ? a36.fma(a24, DoubleVector.broadcast(D, 0.04820990142652417)) : a36.mul(a24).add(0.04820990142652417);
        DoubleVector b37 = FMA ? b36.fma(b24, DoubleVector.broadcast(D, 0.04820990142652417)) : b36.mul(b24).add(0.04820990142652417);
        DoubleVector a38 = FMA ? a37.fma(a24, DoubleVector.broadcast(D, 0.1993133649725431)) : a37.mul(a24).add(0.1993133649725431);
        DoubleVector b38 = FMA ? b37.fma(b24, DoubleVector.broadcast(D, 0.1993133649725431)) : b37.mul(b24).add(0.1993133649725431);
        DoubleVector a39 = FMA ? a38.fma(a24, DoubleVector.broadcast(D, 0.4291561877066292)) : a38.mul(a24).add(0.4291561877066292);
        DoubleVector b39 = FMA ? b38.fma(b24, DoubleVector.broadcast(D, 0.4291561877066292)) : b38.mul(b24).add(0.4291561877066292);
        DoubleVector a40 = FMA ? a39.fma(a24, DoubleVector.broadcast(D, 0.327125362371329)) : a39.mul(a24).add(0.327125362371329);
        DoubleVector b40 = FMA ? b39.fma(b24, DoubleVector.broadcast(D, 0.327125362371329)) : b39.mul(b24).add(0.327125362371329);
        DoubleVector a41 = a40.mul(0.5);
        DoubleVector b41 = b40.mul(0.5);
        DoubleVector a42 = a41.mul(a20);
        DoubleVector b42 = b41.mul(b20);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = a43.add(1.0);
        DoubleVector b44 = b43.add(1.0);
        DoubleVector a45 = a44.blend(a42, va.compare(LT, 0.0));
        DoubleVector b45 = b44.blend(b42, vb.compare(LT, 0.0));
        DoubleVector a46 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b46 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a47 = a46.blend(FLOAT_MAX, a46.compare(GT, FLOAT_MAX));
        DoubleVector b47 = b46.blend(FLOAT_MAX, b46.compare(GT, FLOAT_MAX));
        DoubleVector a48 = a47.mul(INV_SQRT_2PI);
        DoubleVector b48 = b47.mul(INV_SQRT_2PI);
        DoubleVector a49 = FMA ? a48.fma(a20, a45) : a48.mul(a20).add(a45);
        DoubleVector b49 = FMA ? b48.fma(b20, b45) : b48.mul(b20).add(b45);
        ((FloatVector) ga.mul(a49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(INV_SQRT2);
        DoubleVector t2 = t1.blend(ERFC_EXP_MAX, t1.compare(GT, ERFC_EXP_MAX));
        DoubleVector t3 = t2.mul(t2);
        DoubleVector t4 = t3.neg();
        DoubleVector t5 = t4.blend(EXP_MIN, t4.compare(LT, EXP_MIN));
        DoubleVector t6 = t5.blend(EXP_MAX, t5.compare(GT, EXP_MAX));
        DoubleVector t7 = FMA ? t6.fma(LOG2E, SHIFT) : t6.mul(LOG2E).add(SHIFT);
        DoubleVector t8 = t7.sub(SHIFT);
        DoubleVector t9 = FMA ? t8.fma(DoubleVector.broadcast(D, -LN2_HI), t6) : t8.mul(-LN2_HI).add(t6);
        DoubleVector t10 = FMA ? t8.fma(DoubleVector.broadcast(D, -LN2_LO), t9) : t8.mul(-LN2_LO).add(t9);
        DoubleVector t11 = FMA ? t10.fma(2.487618804110902e-05, 0.00019907584981393008) : t10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t12 = FMA ? t11.fma(t10, DoubleVector.broadcast(D, 0.0013888821633350108)) : t11.mul(t10).add(0.0013888821633350108);
        DoubleVector t13 = FMA ? t12.fma(t10, DoubleVector.broadcast(D, 0.008333283514493672)) : t12.mul(t10).add(0.008333283514493672);
        DoubleVector t14 = FMA ? t13.fma(t10, DoubleVector.broadcast(D, 0.04166666689117805)) : t13.mul(t10).add(0.04166666689117805);
        DoubleVector t15 = FMA ? t14.fma(t10, DoubleVector.broadcast(D, 0.16666666786399478)) : t14.mul(t10).add(0.16666666786399478);
        DoubleVector t16 = FMA ? t15.fma(t10, DoubleVector.broadcast(D, 0.49999999999797706)) : t15.mul(t10).add(0.49999999999797706);
        DoubleVector t17 = FMA ? t16.fma(t10, DoubleVector.broadcast(D, 0.9999999999955043)) : t16.mul(t10).add(0.9999999999955043);
        DoubleVector t18 = t10.mul(t17);
        DoubleVector t19 = t7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t20 = FMA ? t19.fma(t18, t19) : t19.mul(t18).add(t19);
        DoubleVector t21 = t1.blend(ERFC_FIT_MAX, t1.compare(GT, ERFC_FIT_MAX));
        DoubleVector t22 = FMA ? t21.fma(0.5, 1.0) : t21.mul(0.5).add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = FMA ? t23.fma(ERFC_SCALE, ERFC_OFFSET) : t23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector t25 = FMA ? t24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : t24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector t26 = FMA ? t25.fma(t24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : t25.mul(t24).add(1.1281206080275582e-07);
        DoubleVector t27 = FMA ? t26.fma(t24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : t26.mul(t24).add(3.3180080354588663e-07);
        DoubleVector t28 = FMA ? t27.fma(t24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : t27.mul(t24).add(-1.4948668511704334e-06);
        DoubleVector t29 = FMA ? t28.fma(t24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : t28.mul(t24).add(5.669543051304026e-07);
        DoubleVector t30 = FMA ? t29.fma(t24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : t29.mul(t24).add(9.936067971447882e-06);
        DoubleVector t31 = FMA ? t30.fma(t24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : t30.mul(t24).add(-2.3887110235121812e-05);
        DoubleVector t32 = FMA ? t31.fma(t24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : t31.mul(t24).add(-4.096739607253563e-05);
        DoubleVector t33 = FMA ? t32.fma(t24, DoubleVector.broadcast(D, 0.00028050080936646116)) : t32.mul(t24).add(0.00028050080936646116);
        DoubleVector t34 = FMA ? t33.fma(t24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : t33.mul(t24).add(6.9760726371928e-05);
        DoubleVector t35 = FMA ? t34.fma(t24, DoubleVector.broadcast(D, -0.003163843018702418)) : t34.mul(t24).add(-0.003163843018702418);
        DoubleVector t36 = FMA ? t35.fma(t24, DoubleVector.broadcast(D, -0.0009357785853719195)) : t35.mul(t24).add(-0.0009357785853719195);
        DoubleVector t37 = FMA ? t36.fma(t24, DoubleVector.broadcast(D, 0.04820990142652417)) : t36.mul(t24).add(0.04820990142652417);
        DoubleVector t38 = FMA ? t37.fma(t24, DoubleVector.broadcast(D, 0.1993133649725431)) : t37.mul(t24).add(0.1993133649725431);
        DoubleVector t39 = FMA ? t38.fma(t24, DoubleVector.broadcast(D, 0.4291561877066292)) : t38.mul(t24).add(0.4291561877066292);
        DoubleVector t40 = FMA ? t39.fma(t24, DoubleVector.broadcast(D, 0.327125362371329)) : t39.mul(t24).add(0.327125362371329);
        DoubleVector t41 = t40.mul(0.5);
        DoubleVector t42 = t41.mul(t20);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t43.add(1.0);
        DoubleVector t45 = t44.blend(t42, v.compare(LT, 0.0));
        DoubleVector t46 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t47 = t46.blend(FLOAT_MAX, t46.compare(GT, FLOAT_MAX));
        DoubleVector t48 = t47.mul(INV_SQRT_2PI);
        DoubleVector t49 = FMA ? t48.fma(t20, t45) : t48.mul(t20).add(t45);
        ((FloatVector) g.mul(t49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.geluDerivative(v));
      }
    }
  }

  static final class GeluDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.gelu(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.geluDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
          DoubleVector t0 = v.abs();
          DoubleVector t1 = t0.blend(DoubleNormal.Z_MAX, t0.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t2 = t1.mul(t1);
          DoubleVector t3 = t2.neg();
          DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
          DoubleVector t5 = t2.mul(-0.5);
          DoubleVector t6 = t5.add(DoubleCores.TAIL_SHIFT_HI);
          DoubleVector t7 = t6.sub(t5);
          DoubleVector t8 = t6.sub(t7);
          DoubleVector t9 = t5.sub(t8);
          DoubleVector t10 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t7);
          DoubleVector t11 = t9.add(t10);
          DoubleVector t12 = t4.mul(0.5);
          DoubleVector t13 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_LO).sub(t12);
          DoubleVector t14 = t11.add(t13);
          DoubleVector t15 = t6.blend(DoubleCores.EXP_MIN, t6.compare(LT, DoubleCores.EXP_MIN));
          DoubleVector t16 = t15.blend(DoubleCores.EXP_MAX, t15.compare(GT, DoubleCores.EXP_MAX));
          DoubleVector t17 = FMA ? t16.fma(LOG2E, SHIFT) : t16.mul(LOG2E).add(SHIFT);
          DoubleVector t18 = t17.sub(SHIFT);
          DoubleVector t19 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_HI), t16) : t18.mul(-LN2_HI).add(t16);
          DoubleVector t20 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_LO), t19) : t18.mul(-LN2_LO).add(t19);
          DoubleVector t21 = FMA ? t20.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t20.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
          DoubleVector t22 = FMA ? t21.fma(t20, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t21.mul(t20).add(2.505210838544172e-08);
          DoubleVector t23 = FMA ? t22.fma(t20, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t22.mul(t20).add(2.755731922398589e-07);
          DoubleVector t24 = FMA ? t23.fma(t20, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t23.mul(t20).add(2.7557319223985893e-06);
          DoubleVector t25 = FMA ? t24.fma(t20, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t24.mul(t20).add(2.48015873015873e-05);
          DoubleVector t26 = FMA ? t25.fma(t20, DoubleVector.broadcast(D, 0.0001984126984126984)) : t25.mul(t20).add(0.0001984126984126984);
          DoubleVector t27 = FMA ? t26.fma(t20, DoubleVector.broadcast(D, 0.001388888888888889)) : t26.mul(t20).add(0.001388888888888889);
          DoubleVector t28 = FMA ? t27.fma(t20, DoubleVector.broadcast(D, 0.008333333333333333)) : t27.mul(t20).add(0.008333333333333333);
          DoubleVector t29 = FMA ? t28.fma(t20, DoubleVector.broadcast(D, 0.041666666666666664)) : t28.mul(t20).add(0.041666666666666664);
          DoubleVector t30 = FMA ? t29.fma(t20, DoubleVector.broadcast(D, 0.16666666666666666)) : t29.mul(t20).add(0.16666666666666666);
          DoubleVector t31 = FMA ? t30.fma(t20, DoubleVector.broadcast(D, 0.5)) : t30.mul(t20).add(0.5);
          DoubleVector t32 = FMA ? t31.fma(t20, DoubleVector.broadcast(D, 1.0)) : t31.mul(t20).add(1.0);
          DoubleVector t33 = t20.mul(t32);
          LongVector t34 = t17.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
          LongVector t35 = t34.lanewise(ASHR, 1);
          DoubleVector t36 = t35.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t37 = t34.sub(t35).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t38 = FMA ? t36.fma(t33, t36) : t36.mul(t33).add(t36);
          DoubleVector t39 = t38.mul(t37);
          DoubleVector t40 = t36.sub(t38);
          DoubleVector t41 = FMA ? t36.fma(t33, t40) : t36.mul(t33).add(t40);
          DoubleVector t42 = t41.mul(t37);
          DoubleVector t43 = FMA ? t39.fma(t14, t42) : t39.mul(t14).add(t42);
          DoubleVector t44 = DoubleVector.fromArray(D, rbuf, k);
          DoubleVector t45 = v.blend(-DoubleNormal.Z_MAX, v.compare(LT, -DoubleNormal.Z_MAX));
          DoubleVector t46 = t45.mul(t39);
          DoubleVector t47 = t46.neg();
          DoubleVector t48 = FMA ? t45.fma(t39, t47) : t45.mul(t39).add(t47);
          DoubleVector t49 = t45.mul(t43);
          DoubleVector t50 = t48.add(t49);
          DoubleVector t51 = t50.mul(t44);
          DoubleVector t52 = FMA ? t46.fma(t44, t51) : t46.mul(t44).add(t51);
          DoubleVector t53 = t52.mul(0x1p-512);
          DoubleVector t54 = v.mul(v);
          DoubleVector t55 = FMA ? t54.fma(-1.6878231631896875e-13, 5.003033458919368e-12) : t54.mul(-1.6878231631896875e-13).add(5.003033458919368e-12);
          DoubleVector t56 = FMA ? t55.fma(t54, DoubleVector.broadcast(D, -1.1285002144059668e-10)) : t55.mul(t54).add(-1.1285002144059668e-10);
          DoubleVector t57 = FMA ? t56.fma(t54, DoubleVector.broadcast(D, 2.2733770173468317e-09)) : t56.mul(t54).add(2.2733770173468317e-09);
          DoubleVector t58 = FMA ? t57.fma(t54, DoubleVector.broadcast(D, -4.122657837266453e-08)) : t57.mul(t54).add(-4.122657837266453e-08);
          DoubleVector t59 = FMA ? t58.fma(t54, DoubleVector.broadcast(D, 6.659693114915888e-07)) : t58.mul(t54).add(6.659693114915888e-07);
          DoubleVector t60 = FMA ? t59.fma(t54, DoubleVector.broadcast(D, -9.444656248413156e-06)) : t59.mul(t54).add(-9.444656248413156e-06);
          DoubleVector t61 = FMA ? t60.fma(t54, DoubleVector.broadcast(D, 0.00011543468761421087)) : t60.mul(t54).add(0.00011543468761421087);
          DoubleVector t62 = FMA ? t61.fma(t54, DoubleVector.broadcast(D, -0.001187328215480253)) : t61.mul(t54).add(-0.001187328215480253);
          DoubleVector t63 = FMA ? t62.fma(t54, DoubleVector.broadcast(D, 0.009973557010035806)) : t62.mul(t54).add(0.009973557010035806);
          DoubleVector t64 = FMA ? t63.fma(t54, DoubleVector.broadcast(D, -0.06649038006690544)) : t63.mul(t54).add(-0.06649038006690544);
          DoubleVector t65 = FMA ? t64.fma(t54, DoubleVector.broadcast(D, -2.492405596504842e-17)) : t64.mul(t54).add(-2.492405596504842e-17);
          DoubleVector t66 = DoubleVector.broadcast(D, 0.3989422804014327).add(t65);
          DoubleVector t67 = FMA ? v.fma(t66, DoubleVector.broadcast(D, 0.5)) : v.mul(t66).add(0.5);
          DoubleVector t68 = v.mul(t67);
          DoubleVector t69 = v.blend(DoubleNormal.Z_MAX, v.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t70 = t69.neg();
          DoubleVector t71 = t43.mul(t44);
          DoubleVector t72 = FMA ? t39.fma(t44, t71) : t39.mul(t44).add(t71);
          DoubleVector t73 = t72.mul(0x1p-512);
          DoubleVector t74 = FMA ? t70.fma(t73, v) : t70.mul(t73).add(v);
          DoubleVector t75 = t74.blend(t68, v.compare(LT, 1.0));
          DoubleVector t76 = t75.blend(t53, v.compare(LT, 0.0));
          t76.intoArray(y, yo + c + k);
        }
        for (; k < m; k++) {
          double v = x[xo + c + k];
          y[yo + c + k] = DoubleFormulas.gelu(v);
        }
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
          DoubleVector g = DoubleVector.fromArray(D, dy, dyo + c + k);
          DoubleVector t0 = v.abs();
          DoubleVector t1 = t0.blend(DoubleNormal.Z_MAX, t0.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t2 = t1.mul(t1);
          DoubleVector t3 = t2.neg();
          DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
          DoubleVector t5 = t2.mul(-0.5);
          DoubleVector t6 = t5.add(DoubleCores.TAIL_SHIFT_HI);
          DoubleVector t7 = t6.sub(t5);
          DoubleVector t8 = t6.sub(t7);
          DoubleVector t9 = t5.sub(t8);
          DoubleVector t10 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t7);
          DoubleVector t11 = t9.add(t10);
          DoubleVector t12 = t4.mul(0.5);
          DoubleVector t13 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_LO).sub(t12);
          DoubleVector t14 = t11.add(t13);
          DoubleVector t15 = t6.blend(DoubleCores.EXP_MIN, t6.compare(LT, DoubleCores.EXP_MIN));
          DoubleVector t16 = t15.blend(DoubleCores.EXP_MAX, t15.compare(GT, DoubleCores.EXP_MAX));
          DoubleVector t17 = FMA ? t16.fma(LOG2E, SHIFT) : t16.mul(LOG2E).add(SHIFT);
          DoubleVector t18 = t17.sub(SHIFT);
          DoubleVector t19 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_HI), t16) : t18.mul(-LN2_HI).add(t16);
          DoubleVector t20 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_LO), t19) : t18.mul(-LN2_LO).add(t19);
          DoubleVector t21 = FMA ? t20.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t20.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
          DoubleVector t22 = FMA ? t21.fma(t20, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t21.mul(t20).add(2.505210838544172e-08);
          DoubleVector t23 = FMA ? t22.fma(t20, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t22.mul(t20).add(2.755731922398589e-07);
          DoubleVector t24 = FMA ? t23.fma(t20, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t23.mul(t20).add(2.7557319223985893e-06);
          DoubleVector t25 = FMA ? t24.fma(t20, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t24.mul(t20).add(2.48015873015873e-05);
          DoubleVector t26 = FMA ? t25.fma(t20, DoubleVector.broadcast(D, 0.0001984126984126984)) : t25.mul(t20).add(0.0001984126984126984);
          DoubleVector t27 = FMA ? t26.fma(t20, DoubleVector.broadcast(D, 0.001388888888888889)) : t26.mul(t20).add(0.001388888888888889);
          DoubleVector t28 = FMA ? t27.fma(t20, DoubleVector.broadcast(D, 0.008333333333333333)) : t27.mul(t20).add(0.008333333333333333);
          DoubleVector t29 = FMA ? t28.fma(t20, DoubleVector.broadcast(D, 0.041666666666666664)) : t28.mul(t20).add(0.041666666666666664);
          DoubleVector t30 = FMA ? t29.fma(t20, DoubleVector.broadcast(D, 0.16666666666666666)) : t29.mul(t20).add(0.16666666666666666);
          DoubleVector t31 = FMA ? t30.fma(t20, DoubleVector.broadcast(D, 0.5)) : t30.mul(t20).add(0.5);
          DoubleVector t32 = FMA ? t31.fma(t20, DoubleVector.broadcast(D, 1.0)) : t31.mul(t20).add(1.0);
          DoubleVector t33 = t20.mul(t32);
          LongVector t34 = t17.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
          LongVector t35 = t34.lanewise(ASHR, 1);
          DoubleVector t36 = t35.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t37 = t34.sub(t35).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t38 = FMA ? t36.fma(t33, t36) : t36.mul(t33).add(t36);
          DoubleVector t39 = t38.mul(t37);
          DoubleVector t40 = t36.sub(t38);
          DoubleVector t41 = FMA ? t36.fma(t33, t40) : t36.mul(t33).add(t40);
          DoubleVector t42 = t41.mul(t37);
          DoubleVector t43 = FMA ? t39.fma(t14, t42) : t39.mul(t14).add(t42);
          DoubleVector t44 = DoubleVector.fromArray(D, rbuf, k);
          DoubleVector t45 = v.blend(-DoubleNormal.Z_MAX, v.compare(LT, -DoubleNormal.Z_MAX));
          DoubleVector t46 = FMA ? t45.fma(DoubleVector.broadcast(D, DoubleFormulas.INV_SQRT_2PI), t44) : t45.mul(DoubleFormulas.INV_SQRT_2PI).add(t44);
          DoubleVector t47 = t43.mul(t46);
          DoubleVector t48 = FMA ? t39.fma(t46, t47) : t39.mul(t46).add(t47);
          DoubleVector t49 = t48.mul(0x1p-512);
          DoubleVector t50 = t43.mul(DoubleFormulas.INV_SQRT_2PI);
          DoubleVector t51 = FMA ? t39.fma(DoubleVector.broadcast(D, DoubleFormulas.INV_SQRT_2PI), t50) : t39.mul(DoubleFormulas.INV_SQRT_2PI).add(t50);
          DoubleVector t52 = t51.mul(0x1p-512);
          DoubleVector t53 = v.mul(v);
          DoubleVector t54 = FMA ? t53.fma(-1.6878231631896875e-13, 5.003033458919368e-12) : t53.mul(-1.6878231631896875e-13).add(5.003033458919368e-12);
          DoubleVector t55 = FMA ? t54.fma(t53, DoubleVector.broadcast(D, -1.1285002144059668e-10)) : t54.mul(t53).add(-1.1285002144059668e-10);
          DoubleVector t56 = FMA ? t55.fma(t53, DoubleVector.broadcast(D, 2.2733770173468317e-09)) : t55.mul(t53).add(2.2733770173468317e-09);
          DoubleVector t57 = FMA ? t56.fma(t53, DoubleVector.broadcast(D, -4.122657837266453e-08)) : t56.mul(t53).add(-4.122657837266453e-08);
          DoubleVector t58 = FMA ? t57.fma(t53, DoubleVector.broadcast(D, 6.659693114915888e-07)) : t57.mul(t53).add(6.659693114915888e-07);
          DoubleVector t59 = FMA ? t58.fma(t53, DoubleVector.broadcast(D, -9.444656248413156e-06)) : t58.mul(t53).add(-9.444656248413156e-06);
          DoubleVector t60 = FMA ? t59.fma(t53, DoubleVector.broadcast(D, 0.00011543468761421087)) : t59.mul(t53).add(0.00011543468761421087);
          DoubleVector t61 = FMA ? t60.fma(t53, DoubleVector.broadcast(D, -0.001187328215480253)) : t60.mul(t53).add(-0.001187328215480253);
          DoubleVector t62 = FMA ? t61.fma(t53, DoubleVector.broadcast(D, 0.009973557010035806)) : t61.mul(t53).add(0.009973557010035806);
          DoubleVector t63 = FMA ? t62.fma(t53, DoubleVector.broadcast(D, -0.06649038006690544)) : t62.mul(t53).add(-0.06649038006690544);
          DoubleVector t64 = FMA ? t63.fma(t53, DoubleVector.broadcast(D, -2.492405596504842e-17)) : t63.mul(t53).add(-2.492405596504842e-17);
          DoubleVector t65 = DoubleVector.broadcast(D, 0.3989422804014327).add(t64);
          DoubleVector t66 = FMA ? v.fma(t65, DoubleVector.broadcast(D, 0.5)) : v.mul(t65).add(0.5);
          DoubleVector t67 = t43.mul(t44);
          DoubleVector t68 = FMA ? t39.fma(t44, t67) : t39.mul(t44).add(t67);
          DoubleVector t69 = t68.mul(0x1p-512);
          DoubleVector t70 = DoubleVector.broadcast(D, 1.0).sub(t69);
          DoubleVector t71 = t70.blend(t66, v.compare(LT, 1.0));
          DoubleVector t72 = v.blend(DoubleNormal.Z_MAX, v.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t73 = FMA ? t72.fma(t52, t71) : t72.mul(t52).add(t71);
          DoubleVector t74 = t73.blend(t49, v.compare(LT, 0.0));
          g.mul(t74).intoArray(dx, dxo + c + k);
        }
        for (; k < m; k++) {
          double v = x[xo + c + k];
          dx[dxo + c + k] = dy[dyo + c + k] * DoubleFormulas.geluDerivative(v);
        }
      }
    }
  }
}
