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
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;

/** The Vector API kernels of Tanh, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaTanh {
  private PanamaTanh() {}

  static final class Tanh implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.tanh(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.tanhDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(va);
        DoubleVector b0 = vb.add(vb);
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
        DoubleVector a19 = a18.add(2.0);
        DoubleVector b19 = b18.add(2.0);
        DoubleVector a20 = a18.div(a19);
        DoubleVector b20 = b18.div(b19);
        ((FloatVector) a20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b20.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(v);
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
        DoubleVector t19 = t18.add(2.0);
        DoubleVector t20 = t18.div(t19);
        ((FloatVector) t20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.tanh(v);
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
        DoubleVector a1 = a0.mul(-2.0);
        DoubleVector b1 = b0.mul(-2.0);
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
        DoubleVector a19 = a17.mul(4.0);
        DoubleVector b19 = b17.mul(4.0);
        DoubleVector a20 = a18.mul(a18);
        DoubleVector b20 = b18.mul(b18);
        DoubleVector a21 = a19.div(a20);
        DoubleVector b21 = b19.div(b20);
        ((FloatVector) ga.mul(a21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(-2.0);
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
        DoubleVector t19 = t17.mul(4.0);
        DoubleVector t20 = t18.mul(t18);
        DoubleVector t21 = t19.div(t20);
        ((FloatVector) g.mul(t21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.tanhDerivative(v));
      }
    }
  }

  static final class TanhDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.tanh(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.tanhDerivative(v);
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
        DoubleVector a1 = va.mul(va);
        DoubleVector b1 = vb.mul(vb);
        DoubleVector a2 = va.mul(a1);
        DoubleVector b2 = vb.mul(b1);
        DoubleVector a3 = FMA ? a1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : a1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector b3 = FMA ? b1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : b1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector a4 = FMA ? a3.fma(a1, DoubleVector.broadcast(D, -0.00023635364294136244)) : a3.mul(a1).add(-0.00023635364294136244);
        DoubleVector b4 = FMA ? b3.fma(b1, DoubleVector.broadcast(D, -0.00023635364294136244)) : b3.mul(b1).add(-0.00023635364294136244);
        DoubleVector a5 = FMA ? a4.fma(a1, DoubleVector.broadcast(D, 0.0005894667419101905)) : a4.mul(a1).add(0.0005894667419101905);
        DoubleVector b5 = FMA ? b4.fma(b1, DoubleVector.broadcast(D, 0.0005894667419101905)) : b4.mul(b1).add(0.0005894667419101905);
        DoubleVector a6 = FMA ? a5.fma(a1, DoubleVector.broadcast(D, -0.0014557608138655873)) : a5.mul(a1).add(-0.0014557608138655873);
        DoubleVector b6 = FMA ? b5.fma(b1, DoubleVector.broadcast(D, -0.0014557608138655873)) : b5.mul(b1).add(-0.0014557608138655873);
        DoubleVector a7 = FMA ? a6.fma(a1, DoubleVector.broadcast(D, 0.0035921217969498704)) : a6.mul(a1).add(0.0035921217969498704);
        DoubleVector b7 = FMA ? b6.fma(b1, DoubleVector.broadcast(D, 0.0035921217969498704)) : b6.mul(b1).add(0.0035921217969498704);
        DoubleVector a8 = FMA ? a7.fma(a1, DoubleVector.broadcast(D, -0.008863235198659135)) : a7.mul(a1).add(-0.008863235198659135);
        DoubleVector b8 = FMA ? b7.fma(b1, DoubleVector.broadcast(D, -0.008863235198659135)) : b7.mul(b1).add(-0.008863235198659135);
        DoubleVector a9 = FMA ? a8.fma(a1, DoubleVector.broadcast(D, 0.0218694885258676)) : a8.mul(a1).add(0.0218694885258676);
        DoubleVector b9 = FMA ? b8.fma(b1, DoubleVector.broadcast(D, 0.0218694885258676)) : b8.mul(b1).add(0.0218694885258676);
        DoubleVector a10 = FMA ? a9.fma(a1, DoubleVector.broadcast(D, -0.053968253968089755)) : a9.mul(a1).add(-0.053968253968089755);
        DoubleVector b10 = FMA ? b9.fma(b1, DoubleVector.broadcast(D, -0.053968253968089755)) : b9.mul(b1).add(-0.053968253968089755);
        DoubleVector a11 = FMA ? a10.fma(a1, DoubleVector.broadcast(D, 0.1333333333333323)) : a10.mul(a1).add(0.1333333333333323);
        DoubleVector b11 = FMA ? b10.fma(b1, DoubleVector.broadcast(D, 0.1333333333333323)) : b10.mul(b1).add(0.1333333333333323);
        DoubleVector a12 = FMA ? a11.fma(a1, DoubleVector.broadcast(D, -0.3333333333333333)) : a11.mul(a1).add(-0.3333333333333333);
        DoubleVector b12 = FMA ? b11.fma(b1, DoubleVector.broadcast(D, -0.3333333333333333)) : b11.mul(b1).add(-0.3333333333333333);
        DoubleVector a13 = FMA ? a2.fma(a12, va) : a2.mul(a12).add(va);
        DoubleVector b13 = FMA ? b2.fma(b12, vb) : b2.mul(b12).add(vb);
        DoubleVector a14 = a0.mul(-2.0);
        DoubleVector b14 = b0.mul(-2.0);
        DoubleVector a15 = a14.abs();
        DoubleVector b15 = b14.abs();
        DoubleVector a16 = a15.neg();
        DoubleVector b16 = b15.neg();
        DoubleVector a17 = ZERO.neg();
        DoubleVector b17 = ZERO.neg();
        DoubleVector a18 = a17.blend(ZERO, a14.compare(LT, 0.0));
        DoubleVector b18 = b17.blend(ZERO, b14.compare(LT, 0.0));
        DoubleVector a19 = a16.blend(DoubleCores.EXP_MIN, a16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b19 = b16.blend(DoubleCores.EXP_MIN, b16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a20 = a19.blend(DoubleCores.EXP_MAX, a19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b20 = b19.blend(DoubleCores.EXP_MAX, b19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a21 = FMA ? a20.fma(LOG2E, SHIFT) : a20.mul(LOG2E).add(SHIFT);
        DoubleVector b21 = FMA ? b20.fma(LOG2E, SHIFT) : b20.mul(LOG2E).add(SHIFT);
        DoubleVector a22 = a21.sub(SHIFT);
        DoubleVector b22 = b21.sub(SHIFT);
        DoubleVector a23 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_HI), a20) : a22.mul(-LN2_HI).add(a20);
        DoubleVector b23 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_HI), b20) : b22.mul(-LN2_HI).add(b20);
        DoubleVector a24 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_LO), a23) : a22.mul(-LN2_LO).add(a23);
        DoubleVector b24 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_LO), b23) : b22.mul(-LN2_LO).add(b23);
        DoubleVector a25 = FMA ? a24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b25 = FMA ? b24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a26 = FMA ? a25.fma(a24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a25.mul(a24).add(2.505210838544172e-08);
        DoubleVector b26 = FMA ? b25.fma(b24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b25.mul(b24).add(2.505210838544172e-08);
        DoubleVector a27 = FMA ? a26.fma(a24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a26.mul(a24).add(2.755731922398589e-07);
        DoubleVector b27 = FMA ? b26.fma(b24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b26.mul(b24).add(2.755731922398589e-07);
        DoubleVector a28 = FMA ? a27.fma(a24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a27.mul(a24).add(2.7557319223985893e-06);
        DoubleVector b28 = FMA ? b27.fma(b24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b27.mul(b24).add(2.7557319223985893e-06);
        DoubleVector a29 = FMA ? a28.fma(a24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a28.mul(a24).add(2.48015873015873e-05);
        DoubleVector b29 = FMA ? b28.fma(b24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b28.mul(b24).add(2.48015873015873e-05);
        DoubleVector a30 = FMA ? a29.fma(a24, DoubleVector.broadcast(D, 0.0001984126984126984)) : a29.mul(a24).add(0.0001984126984126984);
        DoubleVector b30 = FMA ? b29.fma(b24, DoubleVector.broadcast(D, 0.0001984126984126984)) : b29.mul(b24).add(0.0001984126984126984);
        DoubleVector a31 = FMA ? a30.fma(a24, DoubleVector.broadcast(D, 0.001388888888888889)) : a30.mul(a24).add(0.001388888888888889);
        DoubleVector b31 = FMA ? b30.fma(b24, DoubleVector.broadcast(D, 0.001388888888888889)) : b30.mul(b24).add(0.001388888888888889);
        DoubleVector a32 = FMA ? a31.fma(a24, DoubleVector.broadcast(D, 0.008333333333333333)) : a31.mul(a24).add(0.008333333333333333);
        DoubleVector b32 = FMA ? b31.fma(b24, DoubleVector.broadcast(D, 0.008333333333333333)) : b31.mul(b24).add(0.008333333333333333);
        DoubleVector a33 = FMA ? a32.fma(a24, DoubleVector.broadcast(D, 0.041666666666666664)) : a32.mul(a24).add(0.041666666666666664);
        DoubleVector b33 = FMA ? b32.fma(b24, DoubleVector.broadcast(D, 0.041666666666666664)) : b32.mul(b24).add(0.041666666666666664);
        DoubleVector a34 = FMA ? a33.fma(a24, DoubleVector.broadcast(D, 0.16666666666666666)) : a33.mul(a24).add(0.16666666666666666);
        DoubleVector b34 = FMA ? b33.fma(b24, DoubleVector.broadcast(D, 0.16666666666666666)) : b33.mul(b24).add(0.16666666666666666);
        DoubleVector a35 = FMA ? a34.fma(a24, DoubleVector.broadcast(D, 0.5)) : a34.mul(a24).add(0.5);
        DoubleVector b35 = FMA ? b34.fma(b24, DoubleVector.broadcast(D, 0.5)) : b34.mul(b24).add(0.5);
        DoubleVector a36 = FMA ? a35.fma(a24, DoubleVector.broadcast(D, 1.0)) : a35.mul(a24).add(1.0);
        DoubleVector b36 = FMA ? b35.fma(b24, DoubleVector.broadcast(D, 1.0)) : b35.mul(b24).add(1.0);
        DoubleVector a37 = a24.mul(a36);
        DoubleVector b37 = b24.mul(b36);
        LongVector a38 = a21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b38 = b21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a39 = a38.lanewise(ASHR, 1);
        LongVector b39 = b38.lanewise(ASHR, 1);
        DoubleVector a40 = a39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b40 = b39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a41 = a38.sub(a39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b41 = b38.sub(b39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a42 = FMA ? a40.fma(a37, a40) : a40.mul(a37).add(a40);
        DoubleVector b42 = FMA ? b40.fma(b37, b40) : b40.mul(b37).add(b40);
        DoubleVector a43 = a42.mul(a41);
        DoubleVector b43 = b42.mul(b41);
        DoubleVector a44 = a40.sub(a42);
        DoubleVector b44 = b40.sub(b42);
        DoubleVector a45 = FMA ? a40.fma(a37, a44) : a40.mul(a37).add(a44);
        DoubleVector b45 = FMA ? b40.fma(b37, b44) : b40.mul(b37).add(b44);
        DoubleVector a46 = a45.mul(a41);
        DoubleVector b46 = b45.mul(b41);
        DoubleVector a47 = FMA ? a43.fma(a18, a46) : a43.mul(a18).add(a46);
        DoubleVector b47 = FMA ? b43.fma(b18, b46) : b43.mul(b18).add(b46);
        DoubleVector a48 = a43.add(1.0);
        DoubleVector b48 = b43.add(1.0);
        DoubleVector a49 = DoubleVector.broadcast(D, 1.0).sub(a48);
        DoubleVector b49 = DoubleVector.broadcast(D, 1.0).sub(b48);
        DoubleVector a50 = a49.add(a43);
        DoubleVector b50 = b49.add(b43);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = DoubleVector.broadcast(D, 1.0).div(a48);
        DoubleVector b52 = DoubleVector.broadcast(D, 1.0).div(b48);
        DoubleVector a53 = ONE.blend(a43, a14.compare(LT, 0.0));
        DoubleVector b53 = ONE.blend(b43, b14.compare(LT, 0.0));
        DoubleVector a54 = ZERO.blend(a47, a14.compare(LT, 0.0));
        DoubleVector b54 = ZERO.blend(b47, b14.compare(LT, 0.0));
        DoubleVector a55 = a53.mul(a52);
        DoubleVector b55 = b53.mul(b52);
        DoubleVector a56 = a55.neg();
        DoubleVector b56 = b55.neg();
        DoubleVector a57 = FMA ? a56.fma(a48, a53) : a56.mul(a48).add(a53);
        DoubleVector b57 = FMA ? b56.fma(b48, b53) : b56.mul(b48).add(b53);
        DoubleVector a58 = a57.add(a54);
        DoubleVector b58 = b57.add(b54);
        DoubleVector a59 = FMA ? a56.fma(a51, a58) : a56.mul(a51).add(a58);
        DoubleVector b59 = FMA ? b56.fma(b51, b58) : b56.mul(b51).add(b58);
        DoubleVector a60 = FMA ? a59.fma(a52, a55) : a59.mul(a52).add(a55);
        DoubleVector b60 = FMA ? b59.fma(b52, b55) : b59.mul(b52).add(b55);
        DoubleVector a61 = ONE.blend(a43, a14.compare(LT, 0.0).not());
        DoubleVector b61 = ONE.blend(b43, b14.compare(LT, 0.0).not());
        DoubleVector a62 = ZERO.blend(a47, a14.compare(LT, 0.0).not());
        DoubleVector b62 = ZERO.blend(b47, b14.compare(LT, 0.0).not());
        DoubleVector a63 = a61.mul(a52);
        DoubleVector b63 = b61.mul(b52);
        DoubleVector a64 = a63.neg();
        DoubleVector b64 = b63.neg();
        DoubleVector a65 = FMA ? a64.fma(a48, a61) : a64.mul(a48).add(a61);
        DoubleVector b65 = FMA ? b64.fma(b48, b61) : b64.mul(b48).add(b61);
        DoubleVector a66 = a65.add(a62);
        DoubleVector b66 = b65.add(b62);
        DoubleVector a67 = FMA ? a64.fma(a51, a66) : a64.mul(a51).add(a66);
        DoubleVector b67 = FMA ? b64.fma(b51, b66) : b64.mul(b51).add(b66);
        DoubleVector a68 = FMA ? a67.fma(a52, a63) : a67.mul(a52).add(a63);
        DoubleVector b68 = FMA ? b67.fma(b52, b63) : b67.mul(b52).add(b63);
        DoubleVector a69 = a60.mul(2.0);
        DoubleVector b69 = b60.mul(2.0);
        DoubleVector a70 = DoubleVector.broadcast(D, 1.0).sub(a69);
        DoubleVector b70 = DoubleVector.broadcast(D, 1.0).sub(b69);
        DoubleVector a71 = a70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b71 = b70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a72 = a71.blend(a13, a0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector b72 = b71.blend(b13, b0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector a73 = a72.blend(va, a0.compare(LE, 0.0));
        DoubleVector b73 = b72.blend(vb, b0.compare(LE, 0.0));
        a73.intoArray(y, yo + i);
        b73.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = v.mul(v);
        DoubleVector t2 = v.mul(t1);
        DoubleVector t3 = FMA ? t1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : t1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector t4 = FMA ? t3.fma(t1, DoubleVector.broadcast(D, -0.00023635364294136244)) : t3.mul(t1).add(-0.00023635364294136244);
        DoubleVector t5 = FMA ? t4.fma(t1, DoubleVector.broadcast(D, 0.0005894667419101905)) : t4.mul(t1).add(0.0005894667419101905);
        DoubleVector t6 = FMA ? t5.fma(t1, DoubleVector.broadcast(D, -0.0014557608138655873)) : t5.mul(t1).add(-0.0014557608138655873);
        DoubleVector t7 = FMA ? t6.fma(t1, DoubleVector.broadcast(D, 0.0035921217969498704)) : t6.mul(t1).add(0.0035921217969498704);
        DoubleVector t8 = FMA ? t7.fma(t1, DoubleVector.broadcast(D, -0.008863235198659135)) : t7.mul(t1).add(-0.008863235198659135);
        DoubleVector t9 = FMA ? t8.fma(t1, DoubleVector.broadcast(D, 0.0218694885258676)) : t8.mul(t1).add(0.0218694885258676);
        DoubleVector t10 = FMA ? t9.fma(t1, DoubleVector.broadcast(D, -0.053968253968089755)) : t9.mul(t1).add(-0.053968253968089755);
        DoubleVector t11 = FMA ? t10.fma(t1, DoubleVector.broadcast(D, 0.1333333333333323)) : t10.mul(t1).add(0.1333333333333323);
        DoubleVector t12 = FMA ? t11.fma(t1, DoubleVector.broadcast(D, -0.3333333333333333)) : t11.mul(t1).add(-0.3333333333333333);
        DoubleVector t13 = FMA ? t2.fma(t12, v) : t2.mul(t12).add(v);
        DoubleVector t14 = t0.mul(-2.0);
        DoubleVector t15 = t14.abs();
        DoubleVector t16 = t15.neg();
        DoubleVector t17 = ZERO.neg();
        DoubleVector t18 = t17.blend(ZERO, t14.compare(LT, 0.0));
        DoubleVector t19 = t16.blend(DoubleCores.EXP_MIN, t16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t20 = t19.blend(DoubleCores.EXP_MAX, t19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t21 = FMA ? t20.fma(LOG2E, SHIFT) : t20.mul(LOG2E).add(SHIFT);
        DoubleVector t22 = t21.sub(SHIFT);
        DoubleVector t23 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_HI), t20) : t22.mul(-LN2_HI).add(t20);
        DoubleVector t24 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_LO), t23) : t22.mul(-LN2_LO).add(t23);
        DoubleVector t25 = FMA ? t24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t26 = FMA ? t25.fma(t24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t25.mul(t24).add(2.505210838544172e-08);
        DoubleVector t27 = FMA ? t26.fma(t24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t26.mul(t24).add(2.755731922398589e-07);
        DoubleVector t28 = FMA ? t27.fma(t24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t27.mul(t24).add(2.7557319223985893e-06);
        DoubleVector t29 = FMA ? t28.fma(t24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t28.mul(t24).add(2.48015873015873e-05);
        DoubleVector t30 = FMA ? t29.fma(t24, DoubleVector.broadcast(D, 0.0001984126984126984)) : t29.mul(t24).add(0.0001984126984126984);
        DoubleVector t31 = FMA ? t30.fma(t24, DoubleVector.broadcast(D, 0.001388888888888889)) : t30.mul(t24).add(0.001388888888888889);
        DoubleVector t32 = FMA ? t31.fma(t24, DoubleVector.broadcast(D, 0.008333333333333333)) : t31.mul(t24).add(0.008333333333333333);
        DoubleVector t33 = FMA ? t32.fma(t24, DoubleVector.broadcast(D, 0.041666666666666664)) : t32.mul(t24).add(0.041666666666666664);
        DoubleVector t34 = FMA ? t33.fma(t24, DoubleVector.broadcast(D, 0.16666666666666666)) : t33.mul(t24).add(0.16666666666666666);
        DoubleVector t35 = FMA ? t34.fma(t24, DoubleVector.broadcast(D, 0.5)) : t34.mul(t24).add(0.5);
        DoubleVector t36 = FMA ? t35.fma(t24, DoubleVector.broadcast(D, 1.0)) : t35.mul(t24).add(1.0);
        DoubleVector t37 = t24.mul(t36);
        LongVector t38 = t21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t39 = t38.lanewise(ASHR, 1);
        DoubleVector t40 = t39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t41 = t38.sub(t39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t42 = FMA ? t40.fma(t37, t40) : t40.mul(t37).add(t40);
        DoubleVector t43 = t42.mul(t41);
        DoubleVector t44 = t40.sub(t42);
        DoubleVector t45 = FMA ? t40.fma(t37, t44) : t40.mul(t37).add(t44);
        DoubleVector t46 = t45.mul(t41);
        DoubleVector t47 = FMA ? t43.fma(t18, t46) : t43.mul(t18).add(t46);
        DoubleVector t48 = t43.add(1.0);
        DoubleVector t49 = DoubleVector.broadcast(D, 1.0).sub(t48);
        DoubleVector t50 = t49.add(t43);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = DoubleVector.broadcast(D, 1.0).div(t48);
        DoubleVector t53 = ONE.blend(t43, t14.compare(LT, 0.0));
        DoubleVector t54 = ZERO.blend(t47, t14.compare(LT, 0.0));
        DoubleVector t55 = t53.mul(t52);
        DoubleVector t56 = t55.neg();
        DoubleVector t57 = FMA ? t56.fma(t48, t53) : t56.mul(t48).add(t53);
        DoubleVector t58 = t57.add(t54);
        DoubleVector t59 = FMA ? t56.fma(t51, t58) : t56.mul(t51).add(t58);
        DoubleVector t60 = FMA ? t59.fma(t52, t55) : t59.mul(t52).add(t55);
        DoubleVector t61 = ONE.blend(t43, t14.compare(LT, 0.0).not());
        DoubleVector t62 = ZERO.blend(t47, t14.compare(LT, 0.0).not());
        DoubleVector t63 = t61.mul(t52);
        DoubleVector t64 = t63.neg();
        DoubleVector t65 = FMA ? t64.fma(t48, t61) : t64.mul(t48).add(t61);
        DoubleVector t66 = t65.add(t62);
        DoubleVector t67 = FMA ? t64.fma(t51, t66) : t64.mul(t51).add(t66);
        DoubleVector t68 = FMA ? t67.fma(t52, t63) : t67.mul(t52).add(t63);
        DoubleVector t69 = t60.mul(2.0);
        DoubleVector t70 = DoubleVector.broadcast(D, 1.0).sub(t69);
        DoubleVector t71 = t70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t72 = t71.blend(t13, t0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector t73 = t72.blend(v, t0.compare(LE, 0.0));
        t73.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.tanh(v);
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
        DoubleVector a1 = a0.mul(2.0);
        DoubleVector b1 = b0.mul(2.0);
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = ZERO.neg();
        DoubleVector b4 = ZERO.neg();
        DoubleVector a5 = a4.blend(ZERO, a1.compare(LT, 0.0));
        DoubleVector b5 = b4.blend(ZERO, b1.compare(LT, 0.0));
        DoubleVector a6 = a3.blend(DoubleCores.EXP_MIN, a3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b6 = b3.blend(DoubleCores.EXP_MIN, b3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a7 = a6.blend(DoubleCores.EXP_MAX, a6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b7 = b6.blend(DoubleCores.EXP_MAX, b6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b12 = FMA ? b11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a12.mul(a11).add(2.505210838544172e-08);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b12.mul(b11).add(2.505210838544172e-08);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a13.mul(a11).add(2.755731922398589e-07);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b13.mul(b11).add(2.755731922398589e-07);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a14.mul(a11).add(2.7557319223985893e-06);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b14.mul(b11).add(2.7557319223985893e-06);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a15.mul(a11).add(2.48015873015873e-05);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b15.mul(b11).add(2.48015873015873e-05);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.0001984126984126984)) : a16.mul(a11).add(0.0001984126984126984);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.0001984126984126984)) : b16.mul(b11).add(0.0001984126984126984);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.001388888888888889)) : a17.mul(a11).add(0.001388888888888889);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.001388888888888889)) : b17.mul(b11).add(0.001388888888888889);
        DoubleVector a19 = FMA ? a18.fma(a11, DoubleVector.broadcast(D, 0.008333333333333333)) : a18.mul(a11).add(0.008333333333333333);
        DoubleVector b19 = FMA ? b18.fma(b11, DoubleVector.broadcast(D, 0.008333333333333333)) : b18.mul(b11).add(0.008333333333333333);
        DoubleVector a20 = FMA ? a19.fma(a11, DoubleVector.broadcast(D, 0.041666666666666664)) : a19.mul(a11).add(0.041666666666666664);
        DoubleVector b20 = FMA ? b19.fma(b11, DoubleVector.broadcast(D, 0.041666666666666664)) : b19.mul(b11).add(0.041666666666666664);
        DoubleVector a21 = FMA ? a20.fma(a11, DoubleVector.broadcast(D, 0.16666666666666666)) : a20.mul(a11).add(0.16666666666666666);
        DoubleVector b21 = FMA ? b20.fma(b11, DoubleVector.broadcast(D, 0.16666666666666666)) : b20.mul(b11).add(0.16666666666666666);
        DoubleVector a22 = FMA ? a21.fma(a11, DoubleVector.broadcast(D, 0.5)) : a21.mul(a11).add(0.5);
        DoubleVector b22 = FMA ? b21.fma(b11, DoubleVector.broadcast(D, 0.5)) : b21.mul(b11).add(0.5);
        DoubleVector a23 = FMA ? a22.fma(a11, DoubleVector.broadcast(D, 1.0)) : a22.mul(a11).add(1.0);
        DoubleVector b23 = FMA ? b22.fma(b11, DoubleVector.broadcast(D, 1.0)) : b22.mul(b11).add(1.0);
        DoubleVector a24 = a11.mul(a23);
        DoubleVector b24 = b11.mul(b23);
        LongVector a25 = a8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b25 = b8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a26 = a25.lanewise(ASHR, 1);
        LongVector b26 = b25.lanewise(ASHR, 1);
        DoubleVector a27 = a26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b27 = b26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a28 = a25.sub(a26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b28 = b25.sub(b26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a29 = FMA ? a27.fma(a24, a27) : a27.mul(a24).add(a27);
        DoubleVector b29 = FMA ? b27.fma(b24, b27) : b27.mul(b24).add(b27);
        DoubleVector a30 = a29.mul(a28);
        DoubleVector b30 = b29.mul(b28);
        DoubleVector a31 = a27.sub(a29);
        DoubleVector b31 = b27.sub(b29);
        DoubleVector a32 = FMA ? a27.fma(a24, a31) : a27.mul(a24).add(a31);
        DoubleVector b32 = FMA ? b27.fma(b24, b31) : b27.mul(b24).add(b31);
        DoubleVector a33 = a32.mul(a28);
        DoubleVector b33 = b32.mul(b28);
        DoubleVector a34 = FMA ? a30.fma(a5, a33) : a30.mul(a5).add(a33);
        DoubleVector b34 = FMA ? b30.fma(b5, b33) : b30.mul(b5).add(b33);
        DoubleVector a35 = a30.add(1.0);
        DoubleVector b35 = b30.add(1.0);
        DoubleVector a36 = DoubleVector.broadcast(D, 1.0).sub(a35);
        DoubleVector b36 = DoubleVector.broadcast(D, 1.0).sub(b35);
        DoubleVector a37 = a36.add(a30);
        DoubleVector b37 = b36.add(b30);
        DoubleVector a38 = a37.add(a34);
        DoubleVector b38 = b37.add(b34);
        DoubleVector a39 = DoubleVector.broadcast(D, 1.0).div(a35);
        DoubleVector b39 = DoubleVector.broadcast(D, 1.0).div(b35);
        DoubleVector a40 = ONE.blend(a30, a1.compare(LT, 0.0));
        DoubleVector b40 = ONE.blend(b30, b1.compare(LT, 0.0));
        DoubleVector a41 = ZERO.blend(a34, a1.compare(LT, 0.0));
        DoubleVector b41 = ZERO.blend(b34, b1.compare(LT, 0.0));
        DoubleVector a42 = a40.mul(a39);
        DoubleVector b42 = b40.mul(b39);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = FMA ? a43.fma(a35, a40) : a43.mul(a35).add(a40);
        DoubleVector b44 = FMA ? b43.fma(b35, b40) : b43.mul(b35).add(b40);
        DoubleVector a45 = a44.add(a41);
        DoubleVector b45 = b44.add(b41);
        DoubleVector a46 = FMA ? a43.fma(a38, a45) : a43.mul(a38).add(a45);
        DoubleVector b46 = FMA ? b43.fma(b38, b45) : b43.mul(b38).add(b45);
        DoubleVector a47 = FMA ? a46.fma(a39, a42) : a46.mul(a39).add(a42);
        DoubleVector b47 = FMA ? b46.fma(b39, b42) : b46.mul(b39).add(b42);
        DoubleVector a48 = ONE.blend(a30, a1.compare(LT, 0.0).not());
        DoubleVector b48 = ONE.blend(b30, b1.compare(LT, 0.0).not());
        DoubleVector a49 = ZERO.blend(a34, a1.compare(LT, 0.0).not());
        DoubleVector b49 = ZERO.blend(b34, b1.compare(LT, 0.0).not());
        DoubleVector a50 = a48.mul(a39);
        DoubleVector b50 = b48.mul(b39);
        DoubleVector a51 = a50.neg();
        DoubleVector b51 = b50.neg();
        DoubleVector a52 = FMA ? a51.fma(a35, a48) : a51.mul(a35).add(a48);
        DoubleVector b52 = FMA ? b51.fma(b35, b48) : b51.mul(b35).add(b48);
        DoubleVector a53 = a52.add(a49);
        DoubleVector b53 = b52.add(b49);
        DoubleVector a54 = FMA ? a51.fma(a38, a53) : a51.mul(a38).add(a53);
        DoubleVector b54 = FMA ? b51.fma(b38, b53) : b51.mul(b38).add(b53);
        DoubleVector a55 = FMA ? a54.fma(a39, a50) : a54.mul(a39).add(a50);
        DoubleVector b55 = FMA ? b54.fma(b39, b50) : b54.mul(b39).add(b50);
        DoubleVector a56 = a47.mul(a55);
        DoubleVector b56 = b47.mul(b55);
        DoubleVector a57 = a56.mul(4.0);
        DoubleVector b57 = b56.mul(4.0);
        ga.mul(a57).intoArray(dx, dxo + i);
        gb.mul(b57).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(2.0);
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = ZERO.neg();
        DoubleVector t5 = t4.blend(ZERO, t1.compare(LT, 0.0));
        DoubleVector t6 = t3.blend(DoubleCores.EXP_MIN, t3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t7 = t6.blend(DoubleCores.EXP_MAX, t6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t12.mul(t11).add(2.505210838544172e-08);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t13.mul(t11).add(2.755731922398589e-07);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t14.mul(t11).add(2.7557319223985893e-06);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t15.mul(t11).add(2.48015873015873e-05);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.0001984126984126984)) : t16.mul(t11).add(0.0001984126984126984);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.001388888888888889)) : t17.mul(t11).add(0.001388888888888889);
        DoubleVector t19 = FMA ? t18.fma(t11, DoubleVector.broadcast(D, 0.008333333333333333)) : t18.mul(t11).add(0.008333333333333333);
        DoubleVector t20 = FMA ? t19.fma(t11, DoubleVector.broadcast(D, 0.041666666666666664)) : t19.mul(t11).add(0.041666666666666664);
        DoubleVector t21 = FMA ? t20.fma(t11, DoubleVector.broadcast(D, 0.16666666666666666)) : t20.mul(t11).add(0.16666666666666666);
        DoubleVector t22 = FMA ? t21.fma(t11, DoubleVector.broadcast(D, 0.5)) : t21.mul(t11).add(0.5);
        DoubleVector t23 = FMA ? t22.fma(t11, DoubleVector.broadcast(D, 1.0)) : t22.mul(t11).add(1.0);
        DoubleVector t24 = t11.mul(t23);
        LongVector t25 = t8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t26 = t25.lanewise(ASHR, 1);
        DoubleVector t27 = t26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t28 = t25.sub(t26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t29 = FMA ? t27.fma(t24, t27) : t27.mul(t24).add(t27);
        DoubleVector t30 = t29.mul(t28);
        DoubleVector t31 = t27.sub(t29);
        DoubleVector t32 = FMA ? t27.fma(t24, t31) : t27.mul(t24).add(t31);
        DoubleVector t33 = t32.mul(t28);
        DoubleVector t34 = FMA ? t30.fma(t5, t33) : t30.mul(t5).add(t33);
        DoubleVector t35 = t30.add(1.0);
        DoubleVector t36 = DoubleVector.broadcast(D, 1.0).sub(t35);
        DoubleVector t37 = t36.add(t30);
        DoubleVector t38 = t37.add(t34);
        DoubleVector t39 = DoubleVector.broadcast(D, 1.0).div(t35);
        DoubleVector t40 = ONE.blend(t30, t1.compare(LT, 0.0));
        DoubleVector t41 = ZERO.blend(t34, t1.compare(LT, 0.0));
        DoubleVector t42 = t40.mul(t39);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = FMA ? t43.fma(t35, t40) : t43.mul(t35).add(t40);
        DoubleVector t45 = t44.add(t41);
        DoubleVector t46 = FMA ? t43.fma(t38, t45) : t43.mul(t38).add(t45);
        DoubleVector t47 = FMA ? t46.fma(t39, t42) : t46.mul(t39).add(t42);
        DoubleVector t48 = ONE.blend(t30, t1.compare(LT, 0.0).not());
        DoubleVector t49 = ZERO.blend(t34, t1.compare(LT, 0.0).not());
        DoubleVector t50 = t48.mul(t39);
        DoubleVector t51 = t50.neg();
        DoubleVector t52 = FMA ? t51.fma(t35, t48) : t51.mul(t35).add(t48);
        DoubleVector t53 = t52.add(t49);
        DoubleVector t54 = FMA ? t51.fma(t38, t53) : t51.mul(t38).add(t53);
        DoubleVector t55 = FMA ? t54.fma(t39, t50) : t54.mul(t39).add(t50);
        DoubleVector t56 = t47.mul(t55);
        DoubleVector t57 = t56.mul(4.0);
        g.mul(t57).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.tanhDerivative(v);
      }
    }
  }
}
