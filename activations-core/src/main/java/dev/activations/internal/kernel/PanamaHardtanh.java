// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.FF;
import static dev.activations.internal.kernel.PanamaKernels.FLANES;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Hardtanh, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaHardtanh {
  private PanamaHardtanh() {}

  static final class Hardtanh implements FloatKernel {
    private final float minDown;
    private final float minUp;
    private final float maxDown;
    private final float maxUp;
    private final float minValue;
    private final float maxValue;

    Hardtanh(double min, double max) {
      this.minDown = FloatBounds.down(min);
      this.minUp = FloatBounds.up(min);
      this.maxDown = FloatBounds.down(max);
      this.maxUp = FloatBounds.up(max);
      this.minValue = (float) min;
      this.maxValue = (float) max;
    }

    @Override
    public float value(float v) {
      return (v > maxDown ? maxValue : (v < minUp ? minValue : v));
    }

    @Override
    public float derivative(float v) {
      return (v > minDown && v < maxUp ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float minDown = this.minDown;
      final float minUp = this.minUp;
      final float maxDown = this.maxDown;
      final float maxUp = this.maxUp;
      final float minValue = this.minValue;
      final float maxValue = this.maxValue;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(minValue, v.compare(LT, minUp)).blend(maxValue, v.compare(GT, maxDown)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > maxDown ? maxValue : (v < minUp ? minValue : v));
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float minDown = this.minDown;
      final float minUp = this.minUp;
      final float maxDown = this.maxDown;
      final float maxUp = this.maxUp;
      final float minValue = this.minValue;
      final float maxValue = this.maxValue;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, minDown).and(v.compare(LT, maxUp))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > minDown && v < maxUp ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class HardtanhDouble implements DoubleKernel {
    private final double min;
    private final double max;

    HardtanhDouble(double min, double max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public double value(double v) {
      return (v > max ? max : (v < min ? min : v));
    }

    @Override
    public double derivative(double v) {
      return (v > min && v < max ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double min = this.min;
      final double max = this.max;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(min, v.compare(LT, min)).blend(max, v.compare(GT, max)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > max ? max : (v < min ? min : v));
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double min = this.min;
      final double max = this.max;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, min).and(v.compare(LT, max))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > min && v < max ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }
}
