// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Formulas.SIXTH;
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Hardsigmoid, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaHardsigmoid {
  private PanamaHardsigmoid() {}

  static final class Hardsigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.hardsigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.hardsigmoidDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = a0.mul(SIXTH);
        DoubleVector b1 = b0.mul(SIXTH);
        DoubleVector a2 = a1.blend(0.0, a1.compare(LT, 0.0));
        DoubleVector b2 = b1.blend(0.0, b1.compare(LT, 0.0));
        DoubleVector a3 = a2.blend(1.0, a2.compare(GT, 1.0));
        DoubleVector b3 = b2.blend(1.0, b2.compare(GT, 1.0));
        ((FloatVector) a3.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b3.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = t0.mul(SIXTH);
        DoubleVector t2 = t1.blend(0.0, t1.compare(LT, 0.0));
        DoubleVector t3 = t2.blend(1.0, t2.compare(GT, 1.0));
        ((FloatVector) t3.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = ZERO.blend(SIXTH, va.compare(GT, -3.0).and(va.compare(LT, 3.0)));
        DoubleVector b0 = ZERO.blend(SIXTH, vb.compare(GT, -3.0).and(vb.compare(LT, 3.0)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ((FloatVector) ga.mul(a1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = ZERO.blend(SIXTH, v.compare(GT, -3.0).and(v.compare(LT, 3.0)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        ((FloatVector) g.mul(t1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.hardsigmoidDerivative(v));
      }
    }
  }

  static final class HardsigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.hardsigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return Formulas.hardsigmoidDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = a0.div(6.0);
        DoubleVector b1 = b0.div(6.0);
        DoubleVector a2 = a1.blend(0.0, a1.compare(LT, 0.0));
        DoubleVector b2 = b1.blend(0.0, b1.compare(LT, 0.0));
        DoubleVector a3 = a2.blend(1.0, a2.compare(GT, 1.0));
        DoubleVector b3 = b2.blend(1.0, b2.compare(GT, 1.0));
        a3.intoArray(y, yo + i);
        b3.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = t0.div(6.0);
        DoubleVector t2 = t1.blend(0.0, t1.compare(LT, 0.0));
        DoubleVector t3 = t2.blend(1.0, t2.compare(GT, 1.0));
        t3.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = ZERO.blend(SIXTH, va.compare(GT, -3.0).and(va.compare(LT, 3.0)));
        DoubleVector b0 = ZERO.blend(SIXTH, vb.compare(GT, -3.0).and(vb.compare(LT, 3.0)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ga.mul(a1).intoArray(dx, dxo + i);
        gb.mul(b1).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = ZERO.blend(SIXTH, v.compare(GT, -3.0).and(v.compare(LT, 3.0)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        g.mul(t1).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * Formulas.hardsigmoidDerivative(v);
      }
    }
  }
}
