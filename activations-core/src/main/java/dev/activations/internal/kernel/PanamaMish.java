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
import static dev.activations.internal.kernel.Formulas.MISH_LINEAR;
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

/** The Vector API kernels of Mish, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaMish {
  private PanamaMish() {}

  static final class Mish implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.mish(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.mishDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(MISH_LINEAR, va.compare(GT, MISH_LINEAR));
        DoubleVector b0 = vb.blend(MISH_LINEAR, vb.compare(GT, MISH_LINEAR));
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
        DoubleVector a17 = a16.add(2.0);
        DoubleVector b17 = b16.add(2.0);
        DoubleVector a18 = a16.mul(a17);
        DoubleVector b18 = b16.mul(b17);
        DoubleVector a19 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b19 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a20 = a18.add(2.0);
        DoubleVector b20 = b18.add(2.0);
        DoubleVector a21 = a18.div(a20);
        DoubleVector b21 = b18.div(b20);
        DoubleVector a22 = a19.mul(a21);
        DoubleVector b22 = b19.mul(b21);
        ((FloatVector) a22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b22.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
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
        DoubleVector t17 = t16.add(2.0);
        DoubleVector t18 = t16.mul(t17);
        DoubleVector t19 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t20 = t18.add(2.0);
        DoubleVector t21 = t18.div(t20);
        DoubleVector t22 = t19.mul(t21);
        ((FloatVector) t22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.mish(v);
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
        DoubleVector a1 = a0.blend(MISH_LINEAR, a0.compare(GT, MISH_LINEAR));
        DoubleVector b1 = b0.blend(MISH_LINEAR, b0.compare(GT, MISH_LINEAR));
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
        DoubleVector a18 = a17.add(2.0);
        DoubleVector b18 = b17.add(2.0);
        DoubleVector a19 = a17.mul(a18);
        DoubleVector b19 = b17.mul(b18);
        DoubleVector a20 = a19.add(2.0);
        DoubleVector b20 = b19.add(2.0);
        DoubleVector a21 = a1.mul(4.0);
        DoubleVector b21 = b1.mul(4.0);
        DoubleVector a22 = a17.add(1.0);
        DoubleVector b22 = b17.add(1.0);
        DoubleVector a23 = a17.mul(a22);
        DoubleVector b23 = b17.mul(b22);
        DoubleVector a24 = a20.mul(a20);
        DoubleVector b24 = b20.mul(b20);
        DoubleVector a25 = a23.div(a24);
        DoubleVector b25 = b23.div(b24);
        DoubleVector a26 = a19.div(a20);
        DoubleVector b26 = b19.div(b20);
        DoubleVector a27 = FMA ? a21.fma(a25, a26) : a21.mul(a25).add(a26);
        DoubleVector b27 = FMA ? b21.fma(b25, b26) : b21.mul(b25).add(b26);
        ((FloatVector) ga.mul(a27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(MISH_LINEAR, t0.compare(GT, MISH_LINEAR));
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
        DoubleVector t18 = t17.add(2.0);
        DoubleVector t19 = t17.mul(t18);
        DoubleVector t20 = t19.add(2.0);
        DoubleVector t21 = t1.mul(4.0);
        DoubleVector t22 = t17.add(1.0);
        DoubleVector t23 = t17.mul(t22);
        DoubleVector t24 = t20.mul(t20);
        DoubleVector t25 = t23.div(t24);
        DoubleVector t26 = t19.div(t20);
        DoubleVector t27 = FMA ? t21.fma(t25, t26) : t21.mul(t25).add(t26);
        ((FloatVector) g.mul(t27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.mishDerivative(v));
      }
    }
  }

  static final class MishDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.mish(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.mishDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
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
        DoubleVector t31 = t26.add(2.0);
        DoubleVector t32 = DoubleVector.broadcast(D, 2.0).sub(t31);
        DoubleVector t33 = t32.add(t26);
        DoubleVector t34 = t33.add(t30);
        DoubleVector t35 = t26.mul(t31);
        DoubleVector t36 = t35.neg();
        DoubleVector t37 = FMA ? t26.fma(t31, t36) : t26.mul(t31).add(t36);
        DoubleVector t38 = t30.mul(t31);
        DoubleVector t39 = FMA ? t26.fma(t34, t38) : t26.mul(t34).add(t38);
        DoubleVector t40 = t37.add(t39);
        DoubleVector t41 = t35.add(2.0);
        DoubleVector t42 = DoubleVector.broadcast(D, 2.0).sub(t41);
        DoubleVector t43 = t42.add(t35);
        DoubleVector t44 = t43.add(t40);
        DoubleVector t45 = DoubleVector.broadcast(D, 1.0).div(t41);
        DoubleVector t46 = t35.mul(t45);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t41, t35) : t47.mul(t41).add(t35);
        DoubleVector t49 = t48.add(t40);
        DoubleVector t50 = FMA ? t47.fma(t44, t49) : t47.mul(t44).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t45, t46) : t50.mul(t45).add(t46);
        DoubleVector t52 = t0.mul(t51);
        DoubleVector t53 = t0.blend(DoubleCores.TAIL_MIN, t0.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t54 = t53.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t55 = t54.sub(t53);
        DoubleVector t56 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t55);
        DoubleVector t57 = t56.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t58 = t57.add(ZERO);
        DoubleVector t59 = t54.blend(DoubleCores.EXP_MIN, t54.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t60 = t59.blend(DoubleCores.EXP_MAX, t59.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t61 = FMA ? t60.fma(LOG2E, SHIFT) : t60.mul(LOG2E).add(SHIFT);
        DoubleVector t62 = t61.sub(SHIFT);
        DoubleVector t63 = FMA ? t62.fma(DoubleVector.broadcast(D, -LN2_HI), t60) : t62.mul(-LN2_HI).add(t60);
        DoubleVector t64 = FMA ? t62.fma(DoubleVector.broadcast(D, -LN2_LO), t63) : t62.mul(-LN2_LO).add(t63);
        DoubleVector t65 = FMA ? t64.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t64.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t66 = FMA ? t65.fma(t64, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t65.mul(t64).add(2.505210838544172e-08);
        DoubleVector t67 = FMA ? t66.fma(t64, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t66.mul(t64).add(2.755731922398589e-07);
        DoubleVector t68 = FMA ? t67.fma(t64, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t67.mul(t64).add(2.7557319223985893e-06);
        DoubleVector t69 = FMA ? t68.fma(t64, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t68.mul(t64).add(2.48015873015873e-05);
        DoubleVector t70 = FMA ? t69.fma(t64, DoubleVector.broadcast(D, 0.0001984126984126984)) : t69.mul(t64).add(0.0001984126984126984);
        DoubleVector t71 = FMA ? t70.fma(t64, DoubleVector.broadcast(D, 0.001388888888888889)) : t70.mul(t64).add(0.001388888888888889);
        DoubleVector t72 = FMA ? t71.fma(t64, DoubleVector.broadcast(D, 0.008333333333333333)) : t71.mul(t64).add(0.008333333333333333);
        DoubleVector t73 = FMA ? t72.fma(t64, DoubleVector.broadcast(D, 0.041666666666666664)) : t72.mul(t64).add(0.041666666666666664);
        DoubleVector t74 = FMA ? t73.fma(t64, DoubleVector.broadcast(D, 0.16666666666666666)) : t73.mul(t64).add(0.16666666666666666);
        DoubleVector t75 = FMA ? t74.fma(t64, DoubleVector.broadcast(D, 0.5)) : t74.mul(t64).add(0.5);
        DoubleVector t76 = FMA ? t75.fma(t64, DoubleVector.broadcast(D, 1.0)) : t75.mul(t64).add(1.0);
        DoubleVector t77 = t64.mul(t76);
        LongVector t78 = t61.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t79 = t78.lanewise(ASHR, 1);
        DoubleVector t80 = t79.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t81 = t78.sub(t79).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t82 = FMA ? t80.fma(t77, t80) : t80.mul(t77).add(t80);
        DoubleVector t83 = t82.mul(t81);
        DoubleVector t84 = t80.sub(t82);
        DoubleVector t85 = FMA ? t80.fma(t77, t84) : t80.mul(t77).add(t84);
        DoubleVector t86 = t85.mul(t81);
        DoubleVector t87 = FMA ? t83.fma(t58, t86) : t83.mul(t58).add(t86);
        DoubleVector t88 = t0.mul(t87);
        DoubleVector t89 = FMA ? t0.fma(t83, t88) : t0.mul(t83).add(t88);
        DoubleVector t90 = t89.mul(0x1p-512);
        DoubleVector t91 = t90.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t92 = t52.blend(t91, v.compare(LT, DoubleCores.TAIL));
        t92.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.mish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MISH_LINEAR, t0.compare(GT, MISH_LINEAR));
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
        DoubleVector t31 = t26.add(1.0);
        DoubleVector t32 = t31.sub(1.0);
        DoubleVector t33 = t31.sub(t32);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t26.sub(t32);
        DoubleVector t36 = t34.add(t35);
        DoubleVector t37 = t36.add(t30);
        DoubleVector t38 = t26.mul(t31);
        DoubleVector t39 = t38.neg();
        DoubleVector t40 = FMA ? t26.fma(t31, t39) : t26.mul(t31).add(t39);
        DoubleVector t41 = t30.mul(t31);
        DoubleVector t42 = FMA ? t26.fma(t37, t41) : t26.mul(t37).add(t41);
        DoubleVector t43 = t40.add(t42);
        DoubleVector t44 = t31.mul(t31);
        DoubleVector t45 = t44.neg();
        DoubleVector t46 = FMA ? t31.fma(t31, t45) : t31.mul(t31).add(t45);
        DoubleVector t47 = t31.mul(t37);
        DoubleVector t48 = t47.mul(2.0);
        DoubleVector t49 = t46.add(t48);
        DoubleVector t50 = t44.add(1.0);
        DoubleVector t51 = t44.sub(t50);
        DoubleVector t52 = t51.add(1.0);
        DoubleVector t53 = t52.add(t49);
        DoubleVector t54 = t50.mul(t50);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t50.fma(t50, t55) : t50.mul(t50).add(t55);
        DoubleVector t57 = t50.mul(t53);
        DoubleVector t58 = t57.mul(2.0);
        DoubleVector t59 = t56.add(t58);
        DoubleVector t60 = t38.div(t54);
        DoubleVector t61 = t60.neg();
        DoubleVector t62 = FMA ? t61.fma(t54, t38) : t61.mul(t54).add(t38);
        DoubleVector t63 = t62.add(t43);
        DoubleVector t64 = FMA ? t61.fma(t59, t63) : t61.mul(t59).add(t63);
        DoubleVector t65 = t64.div(t54);
        DoubleVector t66 = t60.add(t65);
        DoubleVector t67 = t66.mul(4.0);
        DoubleVector t68 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
        DoubleVector t69 = t68.blend(DoubleCores.EXP_MIN, t68.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t70 = t69.blend(DoubleCores.EXP_MAX, t69.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t71 = FMA ? t70.fma(LOG2E, SHIFT) : t70.mul(LOG2E).add(SHIFT);
        DoubleVector t72 = t71.sub(SHIFT);
        DoubleVector t73 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_HI), t70) : t72.mul(-LN2_HI).add(t70);
        DoubleVector t74 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_LO), t73) : t72.mul(-LN2_LO).add(t73);
        DoubleVector t75 = FMA ? t74.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t74.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t76 = FMA ? t75.fma(t74, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t75.mul(t74).add(2.505210838544172e-08);
        DoubleVector t77 = FMA ? t76.fma(t74, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t76.mul(t74).add(2.755731922398589e-07);
        DoubleVector t78 = FMA ? t77.fma(t74, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t77.mul(t74).add(2.7557319223985893e-06);
        DoubleVector t79 = FMA ? t78.fma(t74, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t78.mul(t74).add(2.48015873015873e-05);
        DoubleVector t80 = FMA ? t79.fma(t74, DoubleVector.broadcast(D, 0.0001984126984126984)) : t79.mul(t74).add(0.0001984126984126984);
        DoubleVector t81 = FMA ? t80.fma(t74, DoubleVector.broadcast(D, 0.001388888888888889)) : t80.mul(t74).add(0.001388888888888889);
        DoubleVector t82 = FMA ? t81.fma(t74, DoubleVector.broadcast(D, 0.008333333333333333)) : t81.mul(t74).add(0.008333333333333333);
        DoubleVector t83 = FMA ? t82.fma(t74, DoubleVector.broadcast(D, 0.041666666666666664)) : t82.mul(t74).add(0.041666666666666664);
        DoubleVector t84 = FMA ? t83.fma(t74, DoubleVector.broadcast(D, 0.16666666666666666)) : t83.mul(t74).add(0.16666666666666666);
        DoubleVector t85 = FMA ? t84.fma(t74, DoubleVector.broadcast(D, 0.5)) : t84.mul(t74).add(0.5);
        DoubleVector t86 = FMA ? t85.fma(t74, DoubleVector.broadcast(D, 1.0)) : t85.mul(t74).add(1.0);
        DoubleVector t87 = t74.mul(t86);
        LongVector t88 = t71.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t89 = t88.lanewise(ASHR, 1);
        DoubleVector t90 = t89.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t91 = t88.sub(t89).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t92 = FMA ? t90.fma(t87, t90) : t90.mul(t87).add(t90);
        DoubleVector t93 = t92.mul(t91);
        DoubleVector t94 = t90.sub(t92);
        DoubleVector t95 = FMA ? t90.fma(t87, t94) : t90.mul(t87).add(t94);
        DoubleVector t96 = t95.mul(t91);
        DoubleVector t97 = FMA ? t93.fma(ZERO, t96) : t93.mul(ZERO).add(t96);
        DoubleVector t98 = t93.add(2.0);
        DoubleVector t99 = DoubleVector.broadcast(D, 2.0).sub(t98);
        DoubleVector t100 = t99.add(t93);
        DoubleVector t101 = t100.add(t97);
        DoubleVector t102 = t93.mul(t98);
        DoubleVector t103 = t102.neg();
        DoubleVector t104 = FMA ? t93.fma(t98, t103) : t93.mul(t98).add(t103);
        DoubleVector t105 = t97.mul(t98);
        DoubleVector t106 = FMA ? t93.fma(t101, t105) : t93.mul(t101).add(t105);
        DoubleVector t107 = t104.add(t106);
        DoubleVector t108 = t102.add(2.0);
        DoubleVector t109 = DoubleVector.broadcast(D, 2.0).sub(t108);
        DoubleVector t110 = t109.add(t102);
        DoubleVector t111 = t110.add(t107);
        DoubleVector t112 = DoubleVector.broadcast(D, 1.0).div(t108);
        DoubleVector t113 = t102.mul(t112);
        DoubleVector t114 = t113.neg();
        DoubleVector t115 = FMA ? t114.fma(t108, t102) : t114.mul(t108).add(t102);
        DoubleVector t116 = t115.add(t107);
        DoubleVector t117 = FMA ? t114.fma(t111, t116) : t114.mul(t111).add(t116);
        DoubleVector t118 = FMA ? t117.fma(t112, t113) : t117.mul(t112).add(t113);
        DoubleVector t119 = FMA ? t1.fma(t67, t118) : t1.mul(t67).add(t118);
        DoubleVector t120 = t1.add(1.0);
        DoubleVector t121 = t1.blend(DoubleCores.TAIL_MIN, t1.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t122 = t121.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t123 = t122.sub(t121);
        DoubleVector t124 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t123);
        DoubleVector t125 = t124.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t126 = t125.add(ZERO);
        DoubleVector t127 = t122.blend(DoubleCores.EXP_MIN, t122.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t128 = t127.blend(DoubleCores.EXP_MAX, t127.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t129 = FMA ? t128.fma(LOG2E, SHIFT) : t128.mul(LOG2E).add(SHIFT);
        DoubleVector t130 = t129.sub(SHIFT);
        DoubleVector t131 = FMA ? t130.fma(DoubleVector.broadcast(D, -LN2_HI), t128) : t130.mul(-LN2_HI).add(t128);
        DoubleVector t132 = FMA ? t130.fma(DoubleVector.broadcast(D, -LN2_LO), t131) : t130.mul(-LN2_LO).add(t131);
        DoubleVector t133 = FMA ? t132.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t132.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t134 = FMA ? t133.fma(t132, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t133.mul(t132).add(2.505210838544172e-08);
        DoubleVector t135 = FMA ? t134.fma(t132, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t134.mul(t132).add(2.755731922398589e-07);
        DoubleVector t136 = FMA ? t135.fma(t132, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t135.mul(t132).add(2.7557319223985893e-06);
        DoubleVector t137 = FMA ? t136.fma(t132, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t136.mul(t132).add(2.48015873015873e-05);
        DoubleVector t138 = FMA ? t137.fma(t132, DoubleVector.broadcast(D, 0.0001984126984126984)) : t137.mul(t132).add(0.0001984126984126984);
        DoubleVector t139 = FMA ? t138.fma(t132, DoubleVector.broadcast(D, 0.001388888888888889)) : t138.mul(t132).add(0.001388888888888889);
        DoubleVector t140 = FMA ? t139.fma(t132, DoubleVector.broadcast(D, 0.008333333333333333)) : t139.mul(t132).add(0.008333333333333333);
        DoubleVector t141 = FMA ? t140.fma(t132, DoubleVector.broadcast(D, 0.041666666666666664)) : t140.mul(t132).add(0.041666666666666664);
        DoubleVector t142 = FMA ? t141.fma(t132, DoubleVector.broadcast(D, 0.16666666666666666)) : t141.mul(t132).add(0.16666666666666666);
        DoubleVector t143 = FMA ? t142.fma(t132, DoubleVector.broadcast(D, 0.5)) : t142.mul(t132).add(0.5);
        DoubleVector t144 = FMA ? t143.fma(t132, DoubleVector.broadcast(D, 1.0)) : t143.mul(t132).add(1.0);
        DoubleVector t145 = t132.mul(t144);
        LongVector t146 = t129.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t147 = t146.lanewise(ASHR, 1);
        DoubleVector t148 = t147.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t149 = t146.sub(t147).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t150 = FMA ? t148.fma(t145, t148) : t148.mul(t145).add(t148);
        DoubleVector t151 = t150.mul(t149);
        DoubleVector t152 = t148.sub(t150);
        DoubleVector t153 = FMA ? t148.fma(t145, t152) : t148.mul(t145).add(t152);
        DoubleVector t154 = t153.mul(t149);
        DoubleVector t155 = FMA ? t151.fma(t126, t154) : t151.mul(t126).add(t154);
        DoubleVector t156 = t120.mul(t155);
        DoubleVector t157 = FMA ? t120.fma(t151, t156) : t120.mul(t151).add(t156);
        DoubleVector t158 = t157.mul(0x1p-512);
        DoubleVector t159 = t158.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t120.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t160 = t119.blend(t159, v.compare(LT, DoubleCores.TAIL));
        g.mul(t160).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.mishDerivative(v);
      }
    }
  }
}
