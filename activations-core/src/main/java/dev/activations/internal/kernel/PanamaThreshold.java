// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.FF;
import static dev.activations.internal.kernel.PanamaKernels.FLANES;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Threshold, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaThreshold {
  private PanamaThreshold() {}

  static final class Threshold implements FloatKernel {
    private final float thresholdDown;
    private final float replacement;

    Threshold(double threshold, double value) {
      this.thresholdDown = FloatBounds.down(threshold);
      this.replacement = (float) value;
    }

    @Override
    public float value(float v) {
      return (v > thresholdDown || v != v ? v : replacement);
    }

    @Override
    public float derivative(float v) {
      return (v > thresholdDown ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float thresholdDown = this.thresholdDown;
      final float replacement = this.replacement;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.broadcast(replacement).blend(v, v.compare(GT, thresholdDown).or(v.compare(NE, v))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > thresholdDown || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float thresholdDown = this.thresholdDown;
      final float replacement = this.replacement;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, thresholdDown)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > thresholdDown ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class ThresholdDouble implements DoubleKernel {
    private final double threshold;
    private final double replacement;

    ThresholdDouble(double threshold, double value) {
      this.threshold = threshold;
      this.replacement = value;
    }

    @Override
    public double value(double v) {
      return (v > threshold || v != v ? v : replacement);
    }

    @Override
    public double derivative(double v) {
      return (v > threshold ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double threshold = this.threshold;
      final double replacement = this.replacement;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.broadcast(replacement).blend(v, v.compare(GT, threshold).or(v.compare(NE, v))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > threshold || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double threshold = this.threshold;
      final double replacement = this.replacement;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, threshold)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > threshold ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }
}
