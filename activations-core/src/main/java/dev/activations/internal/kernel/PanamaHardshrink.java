// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.FF;
import static dev.activations.internal.kernel.PanamaKernels.FLANES;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Hardshrink, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaHardshrink {
  private PanamaHardshrink() {}

  static final class Hardshrink implements FloatKernel {
    private final float lowUp;
    private final float highDown;

    Hardshrink(double lambd) {
      this.lowUp = FloatBounds.up(-lambd);
      this.highDown = FloatBounds.down(lambd);
    }

    @Override
    public float value(float v) {
      return (v >= lowUp && v <= highDown ? 0f : v);
    }

    @Override
    public float derivative(float v) {
      return (v > highDown || v < lowUp ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float lowUp = this.lowUp;
      final float highDown = this.highDown;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(0, v.compare(GE, lowUp).and(v.compare(LE, highDown))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v >= lowUp && v <= highDown ? 0f : v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float lowUp = this.lowUp;
      final float highDown = this.highDown;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, highDown).or(v.compare(LT, lowUp))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > highDown || v < lowUp ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class HardshrinkDouble implements DoubleKernel {
    private final double lambd;

    HardshrinkDouble(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public double value(double v) {
      return (v >= -lambd && v <= lambd ? 0.0 : v);
    }

    @Override
    public double derivative(double v) {
      return (v > lambd || v < -lambd ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double lambd = this.lambd;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(0, v.compare(GE, -lambd).and(v.compare(LE, lambd))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v >= -lambd && v <= lambd ? 0.0 : v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, lambd).or(v.compare(LT, -lambd))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > lambd || v < -lambd ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }
}
