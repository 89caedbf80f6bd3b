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
import static dev.activations.internal.kernel.DoubleFormulas.MAX;
import static dev.activations.internal.kernel.Formulas.FLOAT_MAX;
import static dev.activations.internal.kernel.Formulas.GELU_K;
import static dev.activations.internal.kernel.Formulas.GELU_KC;
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

/** The Vector API kernels of GeluTanh, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaGeluTanh {
  private PanamaGeluTanh() {}

  static final class GeluTanh implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.geluTanh(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.geluTanhDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(a1);
        DoubleVector b2 = b1.mul(b1);
        DoubleVector a3 = FMA ? a2.fma(GELU_KC, GELU_K) : a2.mul(GELU_KC).add(GELU_K);
        DoubleVector b3 = FMA ? b2.fma(GELU_KC, GELU_K) : b2.mul(GELU_KC).add(GELU_K);
        DoubleVector a4 = a1.mul(a3);
        DoubleVector b4 = b1.mul(b3);
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a5.blend(EXP_MIN, a5.compare(LT, EXP_MIN));
        DoubleVector b6 = b5.blend(EXP_MIN, b5.compare(LT, EXP_MIN));
        DoubleVector a7 = a6.blend(EXP_MAX, a6.compare(GT, EXP_MAX));
        DoubleVector b7 = b6.blend(EXP_MAX, b6.compare(GT, EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(2.487618804110902e-05, 0.00019907584981393008) : a11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b12 = FMA ? b11.fma(2.487618804110902e-05, 0.00019907584981393008) : b11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 0.0013888821633350108)) : a12.mul(a11).add(0.0013888821633350108);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 0.0013888821633350108)) : b12.mul(b11).add(0.0013888821633350108);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 0.008333283514493672)) : a13.mul(a11).add(0.008333283514493672);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 0.008333283514493672)) : b13.mul(b11).add(0.008333283514493672);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 0.04166666689117805)) : a14.mul(a11).add(0.04166666689117805);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 0.04166666689117805)) : b14.mul(b11).add(0.04166666689117805);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 0.16666666786399478)) : a15.mul(a11).add(0.16666666786399478);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 0.16666666786399478)) : b15.mul(b11).add(0.16666666786399478);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.49999999999797706)) : a16.mul(a11).add(0.49999999999797706);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.49999999999797706)) : b16.mul(b11).add(0.49999999999797706);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.9999999999955043)) : a17.mul(a11).add(0.9999999999955043);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.9999999999955043)) : b17.mul(b11).add(0.9999999999955043);
        DoubleVector a19 = a11.mul(a18);
        DoubleVector b19 = b11.mul(b18);
        DoubleVector a20 = a8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = FMA ? a20.fma(a19, a20) : a20.mul(a19).add(a20);
        DoubleVector b21 = FMA ? b20.fma(b19, b20) : b20.mul(b19).add(b20);
        DoubleVector a22 = a21.add(1.0);
        DoubleVector b22 = b21.add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b24 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a25 = a24.mul(a23);
        DoubleVector b25 = b24.mul(b23);
        ((FloatVector) a25.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b25.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = FMA ? t2.fma(GELU_KC, GELU_K) : t2.mul(GELU_KC).add(GELU_K);
        DoubleVector t4 = t1.mul(t3);
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t5.blend(EXP_MIN, t5.compare(LT, EXP_MIN));
        DoubleVector t7 = t6.blend(EXP_MAX, t6.compare(GT, EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(2.487618804110902e-05, 0.00019907584981393008) : t11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 0.0013888821633350108)) : t12.mul(t11).add(0.0013888821633350108);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 0.008333283514493672)) : t13.mul(t11).add(0.008333283514493672);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 0.04166666689117805)) : t14.mul(t11).add(0.04166666689117805);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 0.16666666786399478)) : t15.mul(t11).add(0.16666666786399478);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.49999999999797706)) : t16.mul(t11).add(0.49999999999797706);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.9999999999955043)) : t17.mul(t11).add(0.9999999999955043);
        DoubleVector t19 = t11.mul(t18);
        DoubleVector t20 = t8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = FMA ? t20.fma(t19, t20) : t20.mul(t19).add(t20);
        DoubleVector t22 = t21.add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t25 = t24.mul(t23);
        ((FloatVector) t25.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.geluTanh(v);
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
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(a1);
        DoubleVector b2 = b1.mul(b1);
        DoubleVector a3 = FMA ? a2.fma(GELU_KC, GELU_K) : a2.mul(GELU_KC).add(GELU_K);
        DoubleVector b3 = FMA ? b2.fma(GELU_KC, GELU_K) : b2.mul(GELU_KC).add(GELU_K);
        DoubleVector a4 = a1.mul(a3);
        DoubleVector b4 = b1.mul(b3);
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a5.blend(EXP_MIN, a5.compare(LT, EXP_MIN));
        DoubleVector b6 = b5.blend(EXP_MIN, b5.compare(LT, EXP_MIN));
        DoubleVector a7 = a6.blend(EXP_MAX, a6.compare(GT, EXP_MAX));
        DoubleVector b7 = b6.blend(EXP_MAX, b6.compare(GT, EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(2.487618804110902e-05, 0.00019907584981393008) : a11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b12 = FMA ? b11.fma(2.487618804110902e-05, 0.00019907584981393008) : b11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 0.0013888821633350108)) : a12.mul(a11).add(0.0013888821633350108);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 0.0013888821633350108)) : b12.mul(b11).add(0.0013888821633350108);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 0.008333283514493672)) : a13.mul(a11).add(0.008333283514493672);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 0.008333283514493672)) : b13.mul(b11).add(0.008333283514493672);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 0.04166666689117805)) : a14.mul(a11).add(0.04166666689117805);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 0.04166666689117805)) : b14.mul(b11).add(0.04166666689117805);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 0.16666666786399478)) : a15.mul(a11).add(0.16666666786399478);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 0.16666666786399478)) : b15.mul(b11).add(0.16666666786399478);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.49999999999797706)) : a16.mul(a11).add(0.49999999999797706);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.49999999999797706)) : b16.mul(b11).add(0.49999999999797706);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.9999999999955043)) : a17.mul(a11).add(0.9999999999955043);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.9999999999955043)) : b17.mul(b11).add(0.9999999999955043);
        DoubleVector a19 = a11.mul(a18);
        DoubleVector b19 = b11.mul(b18);
        DoubleVector a20 = a8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = FMA ? a20.fma(a19, a20) : a20.mul(a19).add(a20);
        DoubleVector b21 = FMA ? b20.fma(b19, b20) : b20.mul(b19).add(b20);
        DoubleVector a22 = a21.add(1.0);
        DoubleVector b22 = b21.add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = FMA ? a2.fma(3 * GELU_KC, GELU_K) : a2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector b24 = FMA ? b2.fma(3 * GELU_KC, GELU_K) : b2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector a25 = a1.mul(a24);
        DoubleVector b25 = b1.mul(b24);
        DoubleVector a26 = a25.mul(a23);
        DoubleVector b26 = b25.mul(b23);
        DoubleVector a27 = a21.mul(a23);
        DoubleVector b27 = b21.mul(b23);
        DoubleVector a28 = FMA ? a26.fma(a27, a23) : a26.mul(a27).add(a23);
        DoubleVector b28 = FMA ? b26.fma(b27, b23) : b26.mul(b27).add(b23);
        ((FloatVector) ga.mul(a28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = FMA ? t2.fma(GELU_KC, GELU_K) : t2.mul(GELU_KC).add(GELU_K);
        DoubleVector t4 = t1.mul(t3);
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t5.blend(EXP_MIN, t5.compare(LT, EXP_MIN));
        DoubleVector t7 = t6.blend(EXP_MAX, t6.compare(GT, EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(2.487618804110902e-05, 0.00019907584981393008) : t11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 0.0013888821633350108)) : t12.mul(t11).add(0.0013888821633350108);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 0.008333283514493672)) : t13.mul(t11).add(0.008333283514493672);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 0.04166666689117805)) : t14.mul(t11).add(0.04166666689117805);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 0.16666666786399478)) : t15.mul(t11).add(0.16666666786399478);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.49999999999797706)) : t16.mul(t11).add(0.49999999999797706);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.9999999999955043)) : t17.mul(t11).add(0.9999999999955043);
        DoubleVector t19 = t11.mul(t18);
        DoubleVector t20 = t8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = FMA ? t20.fma(t19, t20) : t20.mul(t19).add(t20);
        DoubleVector t22 = t21.add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = FMA ? t2.fma(3 * GELU_KC, GELU_K) : t2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector t25 = t1.mul(t24);
        DoubleVector t26 = t25.mul(t23);
        DoubleVector t27 = t21.mul(t23);
        DoubleVector t28 = FMA ? t26.fma(t27, t23) : t26.mul(t27).add(t23);
        ((FloatVector) g.mul(t28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.geluTanhDerivative(v));
      }
    }
  }

  static final class GeluTanhDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.geluTanh(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.geluTanhDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-DoubleFormulas.GELU_HUGE, v.compare(LT, -DoubleFormulas.GELU_HUGE));
        DoubleVector t1 = t0.blend(DoubleFormulas.GELU_HUGE, t0.compare(GT, DoubleFormulas.GELU_HUGE));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
        DoubleVector t5 = t2.mul(DoubleFormulas.GELU_C2_HI);
        DoubleVector t6 = FMA ? t2.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t5.neg()) : t2.mul(DoubleFormulas.GELU_C2_HI).sub(t5);
        DoubleVector t7 = t2.mul(DoubleFormulas.GELU_C2_LO);
        DoubleVector t8 = FMA ? t4.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t7) : t4.mul(DoubleFormulas.GELU_C2_HI).add(t7);
        DoubleVector t9 = t6.add(t8);
        DoubleVector t10 = t5.add(1.0);
        DoubleVector t11 = t10.sub(1.0);
        DoubleVector t12 = t10.sub(t11);
        DoubleVector t13 = DoubleVector.broadcast(D, 1.0).sub(t12);
        DoubleVector t14 = t5.sub(t11);
        DoubleVector t15 = t13.add(t14);
        DoubleVector t16 = t15.add(t9);
        DoubleVector t17 = t1.mul(t10);
        DoubleVector t18 = t17.neg();
        DoubleVector t19 = FMA ? t1.fma(t10, t18) : t1.mul(t10).add(t18);
        DoubleVector t20 = t1.mul(t16);
        DoubleVector t21 = t19.add(t20);
        DoubleVector t22 = t17.mul(DoubleFormulas.GELU_C1_HI);
        DoubleVector t23 = FMA ? t17.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t22.neg()) : t17.mul(DoubleFormulas.GELU_C1_HI).sub(t22);
        DoubleVector t24 = t17.mul(DoubleFormulas.GELU_C1_LO);
        DoubleVector t25 = FMA ? t21.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t24) : t21.mul(DoubleFormulas.GELU_C1_HI).add(t24);
        DoubleVector t26 = t23.add(t25);
        DoubleVector t27 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t28 = t22.abs();
        DoubleVector t29 = t28.neg();
        DoubleVector t30 = t26.neg();
        DoubleVector t31 = t30.blend(t26, t22.compare(LT, 0.0));
        DoubleVector t32 = t29.blend(DoubleCores.EXP_MIN, t29.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t33 = t32.blend(DoubleCores.EXP_MAX, t32.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t34 = FMA ? t33.fma(LOG2E, SHIFT) : t33.mul(LOG2E).add(SHIFT);
        DoubleVector t35 = t34.sub(SHIFT);
        DoubleVector t36 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_HI), t33) : t35.mul(-LN2_HI).add(t33);
        DoubleVector t37 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_LO), t36) : t35.mul(-LN2_LO).add(t36);
        DoubleVector t38 = FMA ? t37.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t37.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t39 = FMA ? t38.fma(t37, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t38.mul(t37).add(2.505210838544172e-08);
        DoubleVector t40 = FMA ? t39.fma(t37, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t39.mul(t37).add(2.755731922398589e-07);
        DoubleVector t41 = FMA ? t40.fma(t37, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t40.mul(t37).add(2.7557319223985893e-06);
        DoubleVector t42 = FMA ? t41.fma(t37, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t41.mul(t37).add(2.48015873015873e-05);
        DoubleVector t43 = FMA ? t42.fma(t37, DoubleVector.broadcast(D, 0.0001984126984126984)) : t42.mul(t37).add(0.0001984126984126984);
        DoubleVector t44 = FMA ? t43.fma(t37, DoubleVector.broadcast(D, 0.001388888888888889)) : t43.mul(t37).add(0.001388888888888889);
        DoubleVector t45 = FMA ? t44.fma(t37, DoubleVector.broadcast(D, 0.008333333333333333)) : t44.mul(t37).add(0.008333333333333333);
        DoubleVector t46 = FMA ? t45.fma(t37, DoubleVector.broadcast(D, 0.041666666666666664)) : t45.mul(t37).add(0.041666666666666664);
        DoubleVector t47 = FMA ? t46.fma(t37, DoubleVector.broadcast(D, 0.16666666666666666)) : t46.mul(t37).add(0.16666666666666666);
        DoubleVector t48 = FMA ? t47.fma(t37, DoubleVector.broadcast(D, 0.5)) : t47.mul(t37).add(0.5);
        DoubleVector t49 = FMA ? t48.fma(t37, DoubleVector.broadcast(D, 1.0)) : t48.mul(t37).add(1.0);
        DoubleVector t50 = t37.mul(t49);
        LongVector t51 = t34.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t52 = t51.lanewise(ASHR, 1);
        DoubleVector t53 = t52.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t54 = t51.sub(t52).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t55 = FMA ? t53.fma(t50, t53) : t53.mul(t50).add(t53);
        DoubleVector t56 = t55.mul(t54);
        DoubleVector t57 = t53.sub(t55);
        DoubleVector t58 = FMA ? t53.fma(t50, t57) : t53.mul(t50).add(t57);
        DoubleVector t59 = t58.mul(t54);
        DoubleVector t60 = FMA ? t56.fma(t31, t59) : t56.mul(t31).add(t59);
        DoubleVector t61 = t56.add(1.0);
        DoubleVector t62 = DoubleVector.broadcast(D, 1.0).sub(t61);
        DoubleVector t63 = t62.add(t56);
        DoubleVector t64 = t63.add(t60);
        DoubleVector t65 = DoubleVector.broadcast(D, 1.0).div(t61);
        DoubleVector t66 = ONE.blend(t56, t22.compare(LT, 0.0));
        DoubleVector t67 = ZERO.blend(t60, t22.compare(LT, 0.0));
        DoubleVector t68 = t66.mul(t65);
        DoubleVector t69 = t68.neg();
        DoubleVector t70 = FMA ? t69.fma(t61, t66) : t69.mul(t61).add(t66);
        DoubleVector t71 = t70.add(t67);
        DoubleVector t72 = FMA ? t69.fma(t64, t71) : t69.mul(t64).add(t71);
        DoubleVector t73 = FMA ? t72.fma(t65, t68) : t72.mul(t65).add(t68);
        DoubleVector t74 = ONE.blend(t56, t22.compare(LT, 0.0).not());
        DoubleVector t75 = ZERO.blend(t60, t22.compare(LT, 0.0).not());
        DoubleVector t76 = t74.mul(t65);
        DoubleVector t77 = t76.neg();
        DoubleVector t78 = FMA ? t77.fma(t61, t74) : t77.mul(t61).add(t74);
        DoubleVector t79 = t78.add(t75);
        DoubleVector t80 = FMA ? t77.fma(t64, t79) : t77.mul(t64).add(t79);
        DoubleVector t81 = FMA ? t80.fma(t65, t76) : t80.mul(t65).add(t76);
        DoubleVector t82 = t27.mul(t73);
        DoubleVector t83 = t22.blend(DoubleCores.TAIL_MIN, t22.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t84 = t83.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t85 = t84.sub(t83);
        DoubleVector t86 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t85);
        DoubleVector t87 = t86.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t88 = t87.add(t26);
        DoubleVector t89 = t84.blend(DoubleCores.EXP_MIN, t84.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t90 = t89.blend(DoubleCores.EXP_MAX, t89.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t91 = FMA ? t90.fma(LOG2E, SHIFT) : t90.mul(LOG2E).add(SHIFT);
        DoubleVector t92 = t91.sub(SHIFT);
        DoubleVector t93 = FMA ? t92.fma(DoubleVector.broadcast(D, -LN2_HI), t90) : t92.mul(-LN2_HI).add(t90);
        DoubleVector t94 = FMA ? t92.fma(DoubleVector.broadcast(D, -LN2_LO), t93) : t92.mul(-LN2_LO).add(t93);
        DoubleVector t95 = FMA ? t94.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t94.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t96 = FMA ? t95.fma(t94, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t95.mul(t94).add(2.505210838544172e-08);
        DoubleVector t97 = FMA ? t96.fma(t94, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t96.mul(t94).add(2.755731922398589e-07);
        DoubleVector t98 = FMA ? t97.fma(t94, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t97.mul(t94).add(2.7557319223985893e-06);
        DoubleVector t99 = FMA ? t98.fma(t94, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t98.mul(t94).add(2.48015873015873e-05);
        DoubleVector t100 = FMA ? t99.fma(t94, DoubleVector.broadcast(D, 0.0001984126984126984)) : t99.mul(t94).add(0.0001984126984126984);
        DoubleVector t101 = FMA ? t100.fma(t94, DoubleVector.broadcast(D, 0.001388888888888889)) : t100.mul(t94).add(0.001388888888888889);
        DoubleVector t102 = FMA ? t101.fma(t94, DoubleVector.broadcast(D, 0.008333333333333333)) : t101.mul(t94).add(0.008333333333333333);
        DoubleVector t103 = FMA ? t102.fma(t94, DoubleVector.broadcast(D, 0.041666666666666664)) : t102.mul(t94).add(0.041666666666666664);
        DoubleVector t104 = FMA ? t103.fma(t94, DoubleVector.broadcast(D, 0.16666666666666666)) : t103.mul(t94).add(0.16666666666666666);
        DoubleVector t105 = FMA ? t104.fma(t94, DoubleVector.broadcast(D, 0.5)) : t104.mul(t94).add(0.5);
        DoubleVector t106 = FMA ? t105.fma(t94, DoubleVector.broadcast(D, 1.0)) : t105.mul(t94).add(1.0);
        DoubleVector t107 = t94.mul(t106);
        LongVector t108 = t91.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t109 = t108.lanewise(ASHR, 1);
        DoubleVector t110 = t109.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t111 = t108.sub(t109).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t112 = FMA ? t110.fma(t107, t110) : t110.mul(t107).add(t110);
        DoubleVector t113 = t112.mul(t111);
        DoubleVector t114 = t110.sub(t112);
        DoubleVector t115 = FMA ? t110.fma(t107, t114) : t110.mul(t107).add(t114);
        DoubleVector t116 = t115.mul(t111);
        DoubleVector t117 = FMA ? t113.fma(t88, t116) : t113.mul(t88).add(t116);
        DoubleVector t118 = t27.mul(t117);
        DoubleVector t119 = FMA ? t27.fma(t113, t118) : t27.mul(t113).add(t118);
        DoubleVector t120 = t119.mul(0x1p-512);
        DoubleVector t121 = t120.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t27.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t122 = t82.blend(t121, t22.compare(LT, DoubleCores.TAIL));
        t122.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.geluTanh(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-DoubleFormulas.GELU_HUGE, v.compare(LT, -DoubleFormulas.GELU_HUGE));
        DoubleVector t1 = t0.blend(DoubleFormulas.GELU_HUGE, t0.compare(GT, DoubleFormulas.GELU_HUGE));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
        DoubleVector t5 = t2.mul(DoubleFormulas.GELU_C2_HI);
        DoubleVector t6 = FMA ? t2.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t5.neg()) : t2.mul(DoubleFormulas.GELU_C2_HI).sub(t5);
        DoubleVector t7 = t2.mul(DoubleFormulas.GELU_C2_LO);
        DoubleVector t8 = FMA ? t4.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t7) : t4.mul(DoubleFormulas.GELU_C2_HI).add(t7);
        DoubleVector t9 = t6.add(t8);
        DoubleVector t10 = t5.add(1.0);
        DoubleVector t11 = t10.sub(1.0);
        DoubleVector t12 = t10.sub(t11);
        DoubleVector t13 = DoubleVector.broadcast(D, 1.0).sub(t12);
        DoubleVector t14 = t5.sub(t11);
        DoubleVector t15 = t13.add(t14);
        DoubleVector t16 = t15.add(t9);
        DoubleVector t17 = t1.mul(t10);
        DoubleVector t18 = t17.neg();
        DoubleVector t19 = FMA ? t1.fma(t10, t18) : t1.mul(t10).add(t18);
        DoubleVector t20 = t1.mul(t16);
        DoubleVector t21 = t19.add(t20);
        DoubleVector t22 = t17.mul(DoubleFormulas.GELU_C1_HI);
        DoubleVector t23 = FMA ? t17.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t22.neg()) : t17.mul(DoubleFormulas.GELU_C1_HI).sub(t22);
        DoubleVector t24 = t17.mul(DoubleFormulas.GELU_C1_LO);
        DoubleVector t25 = FMA ? t21.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t24) : t21.mul(DoubleFormulas.GELU_C1_HI).add(t24);
        DoubleVector t26 = t23.add(t25);
        DoubleVector t27 = t1.mul(t1);
        DoubleVector t28 = t27.neg();
        DoubleVector t29 = FMA ? t1.fma(t1, t28) : t1.mul(t1).add(t28);
        DoubleVector t30 = FMA ? t27.fma(DoubleFormulas.GELU_C3, DoubleFormulas.GELU_C1_HI) : t27.mul(DoubleFormulas.GELU_C3).add(DoubleFormulas.GELU_C1_HI);
        DoubleVector t31 = DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI).sub(t30);
        DoubleVector t32 = FMA ? t27.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C3), t31) : t27.mul(DoubleFormulas.GELU_C3).add(t31);
        DoubleVector t33 = t27.mul(DoubleFormulas.GELU_C3_LO);
        DoubleVector t34 = FMA ? t29.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C3), t33) : t29.mul(DoubleFormulas.GELU_C3).add(t33);
        DoubleVector t35 = DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_LO).add(t34);
        DoubleVector t36 = t32.add(t35);
        DoubleVector t37 = t1.mul(t30);
        DoubleVector t38 = t37.neg();
        DoubleVector t39 = FMA ? t1.fma(t30, t38) : t1.mul(t30).add(t38);
        DoubleVector t40 = t1.mul(t36);
        DoubleVector t41 = t39.add(t40);
        DoubleVector t42 = t22.abs();
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t26.neg();
        DoubleVector t45 = t44.blend(t26, t22.compare(LT, 0.0));
        DoubleVector t46 = t43.blend(DoubleCores.EXP_MIN, t43.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t47 = t46.blend(DoubleCores.EXP_MAX, t46.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t48 = FMA ? t47.fma(LOG2E, SHIFT) : t47.mul(LOG2E).add(SHIFT);
        DoubleVector t49 = t48.sub(SHIFT);
        DoubleVector t50 = FMA ? t49.fma(DoubleVector.broadcast(D, -LN2_HI), t47) : t49.mul(-LN2_HI).add(t47);
        DoubleVector t51 = FMA ? t49.fma(DoubleVector.broadcast(D, -LN2_LO), t50) : t49.mul(-LN2_LO).add(t50);
        DoubleVector t52 = FMA ? t51.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t51.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t53 = FMA ? t52.fma(t51, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t52.mul(t51).add(2.505210838544172e-08);
        DoubleVector t54 = FMA ? t53.fma(t51, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t53.mul(t51).add(2.755731922398589e-07);
        DoubleVector t55 = FMA ? t54.fma(t51, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t54.mul(t51).add(2.7557319223985893e-06);
        DoubleVector t56 = FMA ? t55.fma(t51, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t55.mul(t51).add(2.48015873015873e-05);
        DoubleVector t57 = FMA ? t56.fma(t51, DoubleVector.broadcast(D, 0.0001984126984126984)) : t56.mul(t51).add(0.0001984126984126984);
        DoubleVector t58 = FMA ? t57.fma(t51, DoubleVector.broadcast(D, 0.001388888888888889)) : t57.mul(t51).add(0.001388888888888889);
        DoubleVector t59 = FMA ? t58.fma(t51, DoubleVector.broadcast(D, 0.008333333333333333)) : t58.mul(t51).add(0.008333333333333333);
        DoubleVector t60 = FMA ? t59.fma(t51, DoubleVector.broadcast(D, 0.041666666666666664)) : t59.mul(t51).add(0.041666666666666664);
        DoubleVector t61 = FMA ? t60.fma(t51, DoubleVector.broadcast(D, 0.16666666666666666)) : t60.mul(t51).add(0.16666666666666666);
        DoubleVector t62 = FMA ? t61.fma(t51, DoubleVector.broadcast(D, 0.5)) : t61.mul(t51).add(0.5);
        DoubleVector t63 = FMA ? t62.fma(t51, DoubleVector.broadcast(D, 1.0)) : t62.mul(t51).add(1.0);
        DoubleVector t64 = t51.mul(t63);
        LongVector t65 = t48.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t66 = t65.lanewise(ASHR, 1);
        DoubleVector t67 = t66.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t68 = t65.sub(t66).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t69 = FMA ? t67.fma(t64, t67) : t67.mul(t64).add(t67);
        DoubleVector t70 = t69.mul(t68);
        DoubleVector t71 = t67.sub(t69);
        DoubleVector t72 = FMA ? t67.fma(t64, t71) : t67.mul(t64).add(t71);
        DoubleVector t73 = t72.mul(t68);
        DoubleVector t74 = FMA ? t70.fma(t45, t73) : t70.mul(t45).add(t73);
        DoubleVector t75 = t70.add(1.0);
        DoubleVector t76 = DoubleVector.broadcast(D, 1.0).sub(t75);
        DoubleVector t77 = t76.add(t70);
        DoubleVector t78 = t77.add(t74);
        DoubleVector t79 = DoubleVector.broadcast(D, 1.0).div(t75);
        DoubleVector t80 = ONE.blend(t70, t22.compare(LT, 0.0));
        DoubleVector t81 = ZERO.blend(t74, t22.compare(LT, 0.0));
        DoubleVector t82 = t80.mul(t79);
        DoubleVector t83 = t82.neg();
        DoubleVector t84 = FMA ? t83.fma(t75, t80) : t83.mul(t75).add(t80);
        DoubleVector t85 = t84.add(t81);
        DoubleVector t86 = FMA ? t83.fma(t78, t85) : t83.mul(t78).add(t85);
        DoubleVector t87 = FMA ? t86.fma(t79, t82) : t86.mul(t79).add(t82);
        DoubleVector t88 = ONE.blend(t70, t22.compare(LT, 0.0).not());
        DoubleVector t89 = ZERO.blend(t74, t22.compare(LT, 0.0).not());
        DoubleVector t90 = t88.mul(t79);
        DoubleVector t91 = t90.neg();
        DoubleVector t92 = FMA ? t91.fma(t75, t88) : t91.mul(t75).add(t88);
        DoubleVector t93 = t92.add(t89);
        DoubleVector t94 = FMA ? t91.fma(t78, t93) : t91.mul(t78).add(t93);
        DoubleVector t95 = FMA ? t94.fma(t79, t90) : t94.mul(t79).add(t90);
        DoubleVector t96 = t37.mul(t87);
        DoubleVector t97 = t96.neg();
        DoubleVector t98 = FMA ? t37.fma(t87, t97) : t37.mul(t87).add(t97);
        DoubleVector t99 = t41.mul(t87);
        DoubleVector t100 = t98.add(t99);
        DoubleVector t101 = FMA ? t100.fma(t95, t87) : t100.mul(t95).add(t87);
        DoubleVector t102 = FMA ? t96.fma(t95, t101) : t96.mul(t95).add(t101);
        DoubleVector t103 = t37.add(1.0);
        DoubleVector t104 = t22.blend(DoubleCores.TAIL_MIN, t22.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t105 = t104.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t106 = t105.sub(t104);
        DoubleVector t107 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t106);
        DoubleVector t108 = t107.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t109 = t108.add(t26);
        DoubleVector t110 = t105.blend(DoubleCores.EXP_MIN, t105.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t111 = t110.blend(DoubleCores.EXP_MAX, t110.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t112 = FMA ? t111.fma(LOG2E, SHIFT) : t111.mul(LOG2E).add(SHIFT);
        DoubleVector t113 = t112.sub(SHIFT);
        DoubleVector t114 = FMA ? t113.fma(DoubleVector.broadcast(D, -LN2_HI), t111) : t113.mul(-LN2_HI).add(t111);
        DoubleVector t115 = FMA ? t113.fma(DoubleVector.broadcast(D, -LN2_LO), t114) : t113.mul(-LN2_LO).add(t114);
        DoubleVector t116 = FMA ? t115.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t115.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t117 = FMA ? t116.fma(t115, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t116.mul(t115).add(2.505210838544172e-08);
        DoubleVector t118 = FMA ? t117.fma(t115, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t117.mul(t115).add(2.755731922398589e-07);
        DoubleVector t119 = FMA ? t118.fma(t115, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t118.mul(t115).add(2.7557319223985893e-06);
        DoubleVector t120 = FMA ? t119.fma(t115, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t119.mul(t115).add(2.48015873015873e-05);
        DoubleVector t121 = FMA ? t120.fma(t115, DoubleVector.broadcast(D, 0.0001984126984126984)) : t120.mul(t115).add(0.0001984126984126984);
        DoubleVector t122 = FMA ? t121.fma(t115, DoubleVector.broadcast(D, 0.001388888888888889)) : t121.mul(t115).add(0.001388888888888889);
        DoubleVector t123 = FMA ? t122.fma(t115, DoubleVector.broadcast(D, 0.008333333333333333)) : t122.mul(t115).add(0.008333333333333333);
        DoubleVector t124 = FMA ? t123.fma(t115, DoubleVector.broadcast(D, 0.041666666666666664)) : t123.mul(t115).add(0.041666666666666664);
        DoubleVector t125 = FMA ? t124.fma(t115, DoubleVector.broadcast(D, 0.16666666666666666)) : t124.mul(t115).add(0.16666666666666666);
        DoubleVector t126 = FMA ? t125.fma(t115, DoubleVector.broadcast(D, 0.5)) : t125.mul(t115).add(0.5);
        DoubleVector t127 = FMA ? t126.fma(t115, DoubleVector.broadcast(D, 1.0)) : t126.mul(t115).add(1.0);
        DoubleVector t128 = t115.mul(t127);
        LongVector t129 = t112.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t130 = t129.lanewise(ASHR, 1);
        DoubleVector t131 = t130.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t132 = t129.sub(t130).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t133 = FMA ? t131.fma(t128, t131) : t131.mul(t128).add(t131);
        DoubleVector t134 = t133.mul(t132);
        DoubleVector t135 = t131.sub(t133);
        DoubleVector t136 = FMA ? t131.fma(t128, t135) : t131.mul(t128).add(t135);
        DoubleVector t137 = t136.mul(t132);
        DoubleVector t138 = FMA ? t134.fma(t109, t137) : t134.mul(t109).add(t137);
        DoubleVector t139 = t103.mul(t138);
        DoubleVector t140 = FMA ? t103.fma(t134, t139) : t103.mul(t134).add(t139);
        DoubleVector t141 = t140.mul(0x1p-512);
        DoubleVector t142 = t141.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t103.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t143 = t102.blend(t142, t22.compare(LT, DoubleCores.TAIL));
        g.mul(t143).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.geluTanhDerivative(v);
      }
    }
  }
}
