// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.FF;
import static dev.activations.internal.kernel.PanamaKernels.FLANES;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of LeakyRelu, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaLeakyRelu {
  private PanamaLeakyRelu() {}

  static final class LeakyRelu implements FloatKernel {
    private final float high;
    private final float low;
    private final float floor;

    LeakyRelu(double slope) {
      this.high = (float) slope;
      this.low = (float) (slope - (float) slope);
      this.floor = slope == 0 ? -Float.MAX_VALUE : Float.NEGATIVE_INFINITY;
    }

    @Override
    public float value(float v) {
      return (v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)));
    }

    @Override
    public float derivative(float v) {
      return (v > 0 ? 1f : (v != v ? v : high));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float high = this.high;
      final float low = this.low;
      final float floor = this.floor;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(v.blend(floor, v.compare(LT, floor)).fma(v.broadcast(high), v.blend(-Float.MAX_VALUE, v.compare(LT, -Float.MAX_VALUE)).mul(low)), v.compare(GT, 0).not()).blend(v.mul(high), v.compare(EQ, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)));
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float high = this.high;
      final float low = this.low;
      final float floor = this.floor;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(high).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1f : (v != v ? v : high));
      }
    }
  }

  static final class LeakyReluDouble implements DoubleKernel {
    private final double slope;
    private final double floor;

    LeakyReluDouble(double slope) {
      this.slope = slope;
      this.floor = slope == 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double value(double v) {
      return (v > 0 ? v : Cores.atLeast(v, floor) * slope);
    }

    @Override
    public double derivative(double v) {
      return (v > 0 ? 1.0 : (v != v ? v : slope));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double slope = this.slope;
      final double floor = this.floor;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(floor, v.compare(LT, floor)).mul(slope).blend(v, v.compare(GT, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > 0 ? v : Cores.atLeast(v, floor) * slope);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double slope = this.slope;
      final double floor = this.floor;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(slope).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1.0 : (v != v ? v : slope));
      }
    }
  }
}
