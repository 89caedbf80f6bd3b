// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.FF;
import static dev.activations.internal.kernel.PanamaKernels.FLANES;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Identity, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaIdentity {
  private PanamaIdentity() {}

  static final class Identity implements FloatKernel {
    @Override
    public float value(float v) {
      return v;
    }

    @Override
    public float derivative(float v) {
      return (v != v ? v : 1f);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      if (x != y || xo != yo) {
        System.arraycopy(x, xo, y, yo, n);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(1).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v != v ? v : 1f);
      }
    }
  }

  static final class IdentityDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return v;
    }

    @Override
    public double derivative(double v) {
      return (v != v ? v : 1.0);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      if (x != y || xo != yo) {
        System.arraycopy(x, xo, y, yo, n);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(1).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v != v ? v : 1.0);
      }
    }
  }
}
