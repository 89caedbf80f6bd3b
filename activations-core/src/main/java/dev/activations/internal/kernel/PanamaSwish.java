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

/** The Vector API kernels of Swish, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaSwish {
  private PanamaSwish() {}

  static final class Swish implements FloatKernel {
    private final double beta;
    private final double low;
    private final double high;

    Swish(double beta) {
      this.beta = beta;
      this.low = beta > 0 ? -Formulas.FLOAT_MAX : Double.NEGATIVE_INFINITY;
      this.high = beta < 0 ? Formulas.FLOAT_MAX : Double.POSITIVE_INFINITY;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.swish(v, beta, low, high);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.swishDerivative(v, beta);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(beta);
        DoubleVector b2 = b1.mul(beta);
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
        DoubleVector a21 = DoubleVector.broadcast(D, 1.0).div(a20);
        DoubleVector b21 = DoubleVector.broadcast(D, 1.0).div(b20);
        DoubleVector a22 = va.blend(low, va.compare(LT, low));
        DoubleVector b22 = vb.blend(low, vb.compare(LT, low));
        DoubleVector a23 = a22.blend(high, a22.compare(GT, high));
        DoubleVector b23 = b22.blend(high, b22.compare(GT, high));
        DoubleVector a24 = a23.mul(a21);
        DoubleVector b24 = b23.mul(b21);
        ((FloatVector) a24.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b24.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(beta);
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
        DoubleVector t21 = DoubleVector.broadcast(D, 1.0).div(t20);
        DoubleVector t22 = v.blend(low, v.compare(LT, low));
        DoubleVector t23 = t22.blend(high, t22.compare(GT, high));
        DoubleVector t24 = t23.mul(t21);
        ((FloatVector) t24.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
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
        DoubleVector a2 = a1.mul(beta);
        DoubleVector b2 = b1.mul(beta);
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
        DoubleVector a21 = DoubleVector.broadcast(D, 1.0).div(a20);
        DoubleVector b21 = DoubleVector.broadcast(D, 1.0).div(b20);
        DoubleVector a22 = a2.mul(a21);
        DoubleVector b22 = b2.mul(b21);
        DoubleVector a23 = a19.mul(a21);
        DoubleVector b23 = b19.mul(b21);
        DoubleVector a24 = FMA ? a22.fma(a23, a21) : a22.mul(a23).add(a21);
        DoubleVector b24 = FMA ? b22.fma(b23, b21) : b22.mul(b23).add(b21);
        ((FloatVector) ga.mul(a24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(beta);
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
        DoubleVector t21 = DoubleVector.broadcast(D, 1.0).div(t20);
        DoubleVector t22 = t2.mul(t21);
        DoubleVector t23 = t19.mul(t21);
        DoubleVector t24 = FMA ? t22.fma(t23, t21) : t22.mul(t23).add(t21);
        ((FloatVector) g.mul(t24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.swishDerivative(v, beta));
      }
    }
  }

  static final class SwishDouble implements DoubleKernel {
    private final double beta;
    private final double low;
    private final double high;

    SwishDouble(double beta) {
      this.beta = beta;
      this.low = beta > 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY;
      this.high = beta < 0 ? Double.MAX_VALUE : Double.POSITIVE_INFINITY;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.swish(v, beta, low, high);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.swishDerivative(v, beta);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = FMA ? t1.fma(DoubleVector.broadcast(D, beta), t2.neg()) : t1.mul(beta).sub(t2);
        DoubleVector t4 = t2.abs();
        DoubleVector t5 = t3.blend(0.0, t4.compare(LE, MAX).not());
        DoubleVector t6 = t2.abs();
        DoubleVector t7 = t6.neg();
        DoubleVector t8 = t5.neg();
        DoubleVector t9 = t8.blend(t5, t2.compare(LT, 0.0));
        DoubleVector t10 = t7.blend(DoubleCores.EXP_MIN, t7.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t11 = t10.blend(DoubleCores.EXP_MAX, t10.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t12 = FMA ? t11.fma(LOG2E, SHIFT) : t11.mul(LOG2E).add(SHIFT);
        DoubleVector t13 = t12.sub(SHIFT);
        DoubleVector t14 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_HI), t11) : t13.mul(-LN2_HI).add(t11);
        DoubleVector t15 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_LO), t14) : t13.mul(-LN2_LO).add(t14);
        DoubleVector t16 = FMA ? t15.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t15.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t17 = FMA ? t16.fma(t15, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t16.mul(t15).add(2.505210838544172e-08);
        DoubleVector t18 = FMA ? t17.fma(t15, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t17.mul(t15).add(2.755731922398589e-07);
        DoubleVector t19 = FMA ? t18.fma(t15, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t18.mul(t15).add(2.7557319223985893e-06);
        DoubleVector t20 = FMA ? t19.fma(t15, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t19.mul(t15).add(2.48015873015873e-05);
        DoubleVector t21 = FMA ? t20.fma(t15, DoubleVector.broadcast(D, 0.0001984126984126984)) : t20.mul(t15).add(0.0001984126984126984);
        DoubleVector t22 = FMA ? t21.fma(t15, DoubleVector.broadcast(D, 0.001388888888888889)) : t21.mul(t15).add(0.001388888888888889);
        DoubleVector t23 = FMA ? t22.fma(t15, DoubleVector.broadcast(D, 0.008333333333333333)) : t22.mul(t15).add(0.008333333333333333);
        DoubleVector t24 = FMA ? t23.fma(t15, DoubleVector.broadcast(D, 0.041666666666666664)) : t23.mul(t15).add(0.041666666666666664);
        DoubleVector t25 = FMA ? t24.fma(t15, DoubleVector.broadcast(D, 0.16666666666666666)) : t24.mul(t15).add(0.16666666666666666);
        DoubleVector t26 = FMA ? t25.fma(t15, DoubleVector.broadcast(D, 0.5)) : t25.mul(t15).add(0.5);
        DoubleVector t27 = FMA ? t26.fma(t15, DoubleVector.broadcast(D, 1.0)) : t26.mul(t15).add(1.0);
        DoubleVector t28 = t15.mul(t27);
        LongVector t29 = t12.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t30 = t29.lanewise(ASHR, 1);
        DoubleVector t31 = t30.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t32 = t29.sub(t30).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t33 = FMA ? t31.fma(t28, t31) : t31.mul(t28).add(t31);
        DoubleVector t34 = t33.mul(t32);
        DoubleVector t35 = t31.sub(t33);
        DoubleVector t36 = FMA ? t31.fma(t28, t35) : t31.mul(t28).add(t35);
        DoubleVector t37 = t36.mul(t32);
        DoubleVector t38 = FMA ? t34.fma(t9, t37) : t34.mul(t9).add(t37);
        DoubleVector t39 = t34.add(1.0);
        DoubleVector t40 = DoubleVector.broadcast(D, 1.0).sub(t39);
        DoubleVector t41 = t40.add(t34);
        DoubleVector t42 = t41.add(t38);
        DoubleVector t43 = DoubleVector.broadcast(D, 1.0).div(t39);
        DoubleVector t44 = ONE.blend(t34, t2.compare(LT, 0.0));
        DoubleVector t45 = ZERO.blend(t38, t2.compare(LT, 0.0));
        DoubleVector t46 = t44.mul(t43);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t39, t44) : t47.mul(t39).add(t44);
        DoubleVector t49 = t48.add(t45);
        DoubleVector t50 = FMA ? t47.fma(t42, t49) : t47.mul(t42).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t43, t46) : t50.mul(t43).add(t46);
        DoubleVector t52 = ONE.blend(t34, t2.compare(LT, 0.0).not());
        DoubleVector t53 = ZERO.blend(t38, t2.compare(LT, 0.0).not());
        DoubleVector t54 = t52.mul(t43);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t55.fma(t39, t52) : t55.mul(t39).add(t52);
        DoubleVector t57 = t56.add(t53);
        DoubleVector t58 = FMA ? t55.fma(t42, t57) : t55.mul(t42).add(t57);
        DoubleVector t59 = FMA ? t58.fma(t43, t54) : t58.mul(t43).add(t54);
        DoubleVector t60 = v.blend(low, v.compare(LT, low));
        DoubleVector t61 = t60.blend(high, t60.compare(GT, high));
        DoubleVector t62 = t61.mul(t51);
        DoubleVector t63 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t64 = t63.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t65 = t64.sub(t63);
        DoubleVector t66 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t65);
        DoubleVector t67 = t66.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t68 = t67.add(t5);
        DoubleVector t69 = t64.blend(DoubleCores.EXP_MIN, t64.compare(LT, DoubleCores.EXP_MIN));
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
        DoubleVector t97 = FMA ? t93.fma(t68, t96) : t93.mul(t68).add(t96);
        DoubleVector t98 = t1.mul(t97);
        DoubleVector t99 = FMA ? t1.fma(t93, t98) : t1.mul(t93).add(t98);
        DoubleVector t100 = t99.mul(0x1p-512);
        DoubleVector t101 = t100.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t1.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t102 = t62.blend(t101, t2.compare(LT, DoubleCores.TAIL));
        t102.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = FMA ? t1.fma(DoubleVector.broadcast(D, beta), t2.neg()) : t1.mul(beta).sub(t2);
        DoubleVector t4 = t2.abs();
        DoubleVector t5 = t3.blend(0.0, t4.compare(LE, MAX).not());
        DoubleVector t6 = t2.abs();
        DoubleVector t7 = t6.neg();
        DoubleVector t8 = t5.neg();
        DoubleVector t9 = t8.blend(t5, t2.compare(LT, 0.0));
        DoubleVector t10 = t7.blend(DoubleCores.EXP_MIN, t7.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t11 = t10.blend(DoubleCores.EXP_MAX, t10.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t12 = FMA ? t11.fma(LOG2E, SHIFT) : t11.mul(LOG2E).add(SHIFT);
        DoubleVector t13 = t12.sub(SHIFT);
        DoubleVector t14 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_HI), t11) : t13.mul(-LN2_HI).add(t11);
        DoubleVector t15 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_LO), t14) : t13.mul(-LN2_LO).add(t14);
        DoubleVector t16 = FMA ? t15.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t15.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t17 = FMA ? t16.fma(t15, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t16.mul(t15).add(2.505210838544172e-08);
        DoubleVector t18 = FMA ? t17.fma(t15, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t17.mul(t15).add(2.755731922398589e-07);
        DoubleVector t19 = FMA ? t18.fma(t15, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t18.mul(t15).add(2.7557319223985893e-06);
        DoubleVector t20 = FMA ? t19.fma(t15, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t19.mul(t15).add(2.48015873015873e-05);
        DoubleVector t21 = FMA ? t20.fma(t15, DoubleVector.broadcast(D, 0.0001984126984126984)) : t20.mul(t15).add(0.0001984126984126984);
        DoubleVector t22 = FMA ? t21.fma(t15, DoubleVector.broadcast(D, 0.001388888888888889)) : t21.mul(t15).add(0.001388888888888889);
        DoubleVector t23 = FMA ? t22.fma(t15, DoubleVector.broadcast(D, 0.008333333333333333)) : t22.mul(t15).add(0.008333333333333333);
        DoubleVector t24 = FMA ? t23.fma(t15, DoubleVector.broadcast(D, 0.041666666666666664)) : t23.mul(t15).add(0.041666666666666664);
        DoubleVector t25 = FMA ? t24.fma(t15, DoubleVector.broadcast(D, 0.16666666666666666)) : t24.mul(t15).add(0.16666666666666666);
        DoubleVector t26 = FMA ? t25.fma(t15, DoubleVector.broadcast(D, 0.5)) : t25.mul(t15).add(0.5);
        DoubleVector t27 = FMA ? t26.fma(t15, DoubleVector.broadcast(D, 1.0)) : t26.mul(t15).add(1.0);
        DoubleVector t28 = t15.mul(t27);
        LongVector t29 = t12.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t30 = t29.lanewise(ASHR, 1);
        DoubleVector t31 = t30.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t32 = t29.sub(t30).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t33 = FMA ? t31.fma(t28, t31) : t31.mul(t28).add(t31);
        DoubleVector t34 = t33.mul(t32);
        DoubleVector t35 = t31.sub(t33);
        DoubleVector t36 = FMA ? t31.fma(t28, t35) : t31.mul(t28).add(t35);
        DoubleVector t37 = t36.mul(t32);
        DoubleVector t38 = FMA ? t34.fma(t9, t37) : t34.mul(t9).add(t37);
        DoubleVector t39 = t34.add(1.0);
        DoubleVector t40 = DoubleVector.broadcast(D, 1.0).sub(t39);
        DoubleVector t41 = t40.add(t34);
        DoubleVector t42 = t41.add(t38);
        DoubleVector t43 = DoubleVector.broadcast(D, 1.0).div(t39);
        DoubleVector t44 = ONE.blend(t34, t2.compare(LT, 0.0));
        DoubleVector t45 = ZERO.blend(t38, t2.compare(LT, 0.0));
        DoubleVector t46 = t44.mul(t43);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t39, t44) : t47.mul(t39).add(t44);
        DoubleVector t49 = t48.add(t45);
        DoubleVector t50 = FMA ? t47.fma(t42, t49) : t47.mul(t42).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t43, t46) : t50.mul(t43).add(t46);
        DoubleVector t52 = ONE.blend(t34, t2.compare(LT, 0.0).not());
        DoubleVector t53 = ZERO.blend(t38, t2.compare(LT, 0.0).not());
        DoubleVector t54 = t52.mul(t43);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t55.fma(t39, t52) : t55.mul(t39).add(t52);
        DoubleVector t57 = t56.add(t53);
        DoubleVector t58 = FMA ? t55.fma(t42, t57) : t55.mul(t42).add(t57);
        DoubleVector t59 = FMA ? t58.fma(t43, t54) : t58.mul(t43).add(t54);
        DoubleVector t60 = t2.blend(-MAX, t2.compare(LT, -MAX));
        DoubleVector t61 = t60.blend(MAX, t60.compare(GT, MAX));
        DoubleVector t62 = t61.mul(t51);
        DoubleVector t63 = FMA ? t62.fma(t59, t51) : t62.mul(t59).add(t51);
        DoubleVector t64 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t65 = t64.add(1.0);
        DoubleVector t66 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t67 = t66.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t68 = t67.sub(t66);
        DoubleVector t69 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t68);
        DoubleVector t70 = t69.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t71 = t70.add(t5);
        DoubleVector t72 = t67.blend(DoubleCores.EXP_MIN, t67.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t73 = t72.blend(DoubleCores.EXP_MAX, t72.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t74 = FMA ? t73.fma(LOG2E, SHIFT) : t73.mul(LOG2E).add(SHIFT);
        DoubleVector t75 = t74.sub(SHIFT);
        DoubleVector t76 = FMA ? t75.fma(DoubleVector.broadcast(D, -LN2_HI), t73) : t75.mul(-LN2_HI).add(t73);
        DoubleVector t77 = FMA ? t75.fma(DoubleVector.broadcast(D, -LN2_LO), t76) : t75.mul(-LN2_LO).add(t76);
        DoubleVector t78 = FMA ? t77.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t77.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t79 = FMA ? t78.fma(t77, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t78.mul(t77).add(2.505210838544172e-08);
        DoubleVector t80 = FMA ? t79.fma(t77, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t79.mul(t77).add(2.755731922398589e-07);
        DoubleVector t81 = FMA ? t80.fma(t77, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t80.mul(t77).add(2.7557319223985893e-06);
        DoubleVector t82 = FMA ? t81.fma(t77, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t81.mul(t77).add(2.48015873015873e-05);
        DoubleVector t83 = FMA ? t82.fma(t77, DoubleVector.broadcast(D, 0.0001984126984126984)) : t82.mul(t77).add(0.0001984126984126984);
        DoubleVector t84 = FMA ? t83.fma(t77, DoubleVector.broadcast(D, 0.001388888888888889)) : t83.mul(t77).add(0.001388888888888889);
        DoubleVector t85 = FMA ? t84.fma(t77, DoubleVector.broadcast(D, 0.008333333333333333)) : t84.mul(t77).add(0.008333333333333333);
        DoubleVector t86 = FMA ? t85.fma(t77, DoubleVector.broadcast(D, 0.041666666666666664)) : t85.mul(t77).add(0.041666666666666664);
        DoubleVector t87 = FMA ? t86.fma(t77, DoubleVector.broadcast(D, 0.16666666666666666)) : t86.mul(t77).add(0.16666666666666666);
        DoubleVector t88 = FMA ? t87.fma(t77, DoubleVector.broadcast(D, 0.5)) : t87.mul(t77).add(0.5);
        DoubleVector t89 = FMA ? t88.fma(t77, DoubleVector.broadcast(D, 1.0)) : t88.mul(t77).add(1.0);
        DoubleVector t90 = t77.mul(t89);
        LongVector t91 = t74.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t92 = t91.lanewise(ASHR, 1);
        DoubleVector t93 = t92.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t94 = t91.sub(t92).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t95 = FMA ? t93.fma(t90, t93) : t93.mul(t90).add(t93);
        DoubleVector t96 = t95.mul(t94);
        DoubleVector t97 = t93.sub(t95);
        DoubleVector t98 = FMA ? t93.fma(t90, t97) : t93.mul(t90).add(t97);
        DoubleVector t99 = t98.mul(t94);
        DoubleVector t100 = FMA ? t96.fma(t71, t99) : t96.mul(t71).add(t99);
        DoubleVector t101 = t65.mul(t100);
        DoubleVector t102 = FMA ? t65.fma(t96, t101) : t65.mul(t96).add(t101);
        DoubleVector t103 = t102.mul(0x1p-512);
        DoubleVector t104 = t103.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t65.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t105 = t63.blend(t104, t2.compare(LT, DoubleCores.TAIL));
        g.mul(t105).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.swishDerivative(v, beta);
      }
    }
  }
}
