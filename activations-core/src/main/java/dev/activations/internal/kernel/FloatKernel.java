package dev.activations.internal.kernel;

import dev.activations.Precision;

/**
 * One element-wise function on float arrays, for one parameter setting: f and f' of one element,
 * and the array passes. Implementations do not check their arguments (the caller has), and each
 * element's result is the same whichever method or path computed it.
 */
public interface FloatKernel {
  /** The precision whose guarantee this kernel keeps; EXACT unless it says otherwise. */
  default Precision precision() {
    return Precision.EXACT;
  }

  /** f(x). */
  float value(float x);

  /** f'(x). */
  float derivative(float x);

  /** y[yo + i] = f(x[xo + i]) for 0 ≤ i &lt; n; y may be x at the same offset. */
  void forward(float[] x, int xo, float[] y, int yo, int n);

  /** dx[dxo + i] = dy[dyo + i]·f'(x[xo + i]), the product rounded once; dx may alias x or dy. */
  void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n);
}
