package dev.activations.internal.kernel;

/**
 * One element-wise function on double arrays, for one parameter setting: f and f' of one
 * element, and the array passes. Implementations do not check their arguments (the caller has),
 * and each element's result is the same whichever method or path computed it.
 */
public interface DoubleKernel {
  /** f(x). */
  double value(double x);

  /** f'(x). */
  double derivative(double x);

  /** y[yo + i] = f(x[xo + i]) for 0 ≤ i &lt; n; y may be x at the same offset. */
  void forward(double[] x, int xo, double[] y, int yo, int n);

  /** dx[dxo + i] = dy[dyo + i]·f'(x[xo + i]); dx may alias x or dy. */
  void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n);
}
