package dev.activations.internal.kernel;

import dev.activations.Precision;

/**
 * An EXACT kernel serving a {@link Precision#FAST} request: for functions whose EXACT kernels
 * are already as fast as float lanes allow (the piecewise ones), or whose FAST bound float lanes
 * cannot keep. EXACT's results are within FAST's bound, so the guarantee holds.
 */
final class FastAlias implements FloatKernel {
  private final FloatKernel exact;

  FastAlias(FloatKernel exact) {
    this.exact = exact;
  }

  @Override
  public Precision precision() {
    return Precision.FAST;
  }

  @Override
  public float value(float x) {
    return exact.value(x);
  }

  @Override
  public float derivative(float x) {
    return exact.derivative(x);
  }

  @Override
  public void forward(float[] x, int xo, float[] y, int yo, int n) {
    exact.forward(x, xo, y, yo, n);
  }

  @Override
  public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
    exact.backward(x, xo, dy, dyo, dx, dxo, n);
  }
}
