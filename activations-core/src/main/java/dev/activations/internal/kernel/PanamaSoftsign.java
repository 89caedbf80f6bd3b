// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.FMA;
import static dev.activations.internal.kernel.DoubleFormulas.MAX;
import static dev.activations.internal.kernel.Formulas.FLOAT_MAX;
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Softsign, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaSoftsign {
  private PanamaSoftsign() {}

  static final class Softsign implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softsign(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softsignDerivative(v);
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
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a1.div(a3);
        DoubleVector b4 = b1.div(b3);
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t1.div(t3);
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softsign(v);
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
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a3.mul(a3);
        DoubleVector b4 = b3.mul(b3);
        DoubleVector a5 = DoubleVector.broadcast(D, 1.0).div(a4);
        DoubleVector b5 = DoubleVector.broadcast(D, 1.0).div(b4);
        ((FloatVector) ga.mul(a5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t3.mul(t3);
        DoubleVector t5 = DoubleVector.broadcast(D, 1.0).div(t4);
        ((FloatVector) g.mul(t5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softsignDerivative(v));
      }
    }
  }

  static final class SoftsignDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.softsign(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.softsignDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.blend(-MAX, va.compare(LT, -MAX));
        DoubleVector b0 = vb.blend(-MAX, vb.compare(LT, -MAX));
        DoubleVector a1 = a0.blend(MAX, a0.compare(GT, MAX));
        DoubleVector b1 = b0.blend(MAX, b0.compare(GT, MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a1.div(a3);
        DoubleVector b4 = b1.div(b3);
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t1.div(t3);
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softsign(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.blend(-MAX, va.compare(LT, -MAX));
        DoubleVector b0 = vb.blend(-MAX, vb.compare(LT, -MAX));
        DoubleVector a1 = a0.blend(MAX, a0.compare(GT, MAX));
        DoubleVector b1 = b0.blend(MAX, b0.compare(GT, MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a3.sub(1.0);
        DoubleVector b4 = b3.sub(1.0);
        DoubleVector a5 = a3.sub(a4);
        DoubleVector b5 = b3.sub(b4);
        DoubleVector a6 = DoubleVector.broadcast(D, 1.0).sub(a5);
        DoubleVector b6 = DoubleVector.broadcast(D, 1.0).sub(b5);
        DoubleVector a7 = a2.sub(a4);
        DoubleVector b7 = b2.sub(b4);
        DoubleVector a8 = a6.add(a7);
        DoubleVector b8 = b6.add(b7);
        DoubleVector a9 = DoubleVector.broadcast(D, 1.0).div(a3);
        DoubleVector b9 = DoubleVector.broadcast(D, 1.0).div(b3);
        DoubleVector a10 = a9.neg();
        DoubleVector b10 = b9.neg();
        DoubleVector a11 = FMA ? a10.fma(a3, DoubleVector.broadcast(D, 1.0)) : a10.mul(a3).add(1.0);
        DoubleVector b11 = FMA ? b10.fma(b3, DoubleVector.broadcast(D, 1.0)) : b10.mul(b3).add(1.0);
        DoubleVector a12 = a9.mul(a9);
        DoubleVector b12 = b9.mul(b9);
        DoubleVector a13 = a8.neg();
        DoubleVector b13 = b8.neg();
        DoubleVector a14 = FMA ? a13.fma(a9, a11) : a13.mul(a9).add(a11);
        DoubleVector b14 = FMA ? b13.fma(b9, b11) : b13.mul(b9).add(b11);
        DoubleVector a15 = a14.mul(2.0);
        DoubleVector b15 = b14.mul(2.0);
        DoubleVector a16 = FMA ? a12.fma(a15, a12) : a12.mul(a15).add(a12);
        DoubleVector b16 = FMA ? b12.fma(b15, b12) : b12.mul(b15).add(b12);
        ga.mul(a16).intoArray(dx, dxo + i);
        gb.mul(b16).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t3.sub(1.0);
        DoubleVector t5 = t3.sub(t4);
        DoubleVector t6 = DoubleVector.broadcast(D, 1.0).sub(t5);
        DoubleVector t7 = t2.sub(t4);
        DoubleVector t8 = t6.add(t7);
        DoubleVector t9 = DoubleVector.broadcast(D, 1.0).div(t3);
        DoubleVector t10 = t9.neg();
        DoubleVector t11 = FMA ? t10.fma(t3, DoubleVector.broadcast(D, 1.0)) : t10.mul(t3).add(1.0);
        DoubleVector t12 = t9.mul(t9);
        DoubleVector t13 = t8.neg();
        DoubleVector t14 = FMA ? t13.fma(t9, t11) : t13.mul(t9).add(t11);
        DoubleVector t15 = t14.mul(2.0);
        DoubleVector t16 = FMA ? t12.fma(t15, t12) : t12.mul(t15).add(t12);
        g.mul(t16).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.softsignDerivative(v);
      }
    }
  }
}
