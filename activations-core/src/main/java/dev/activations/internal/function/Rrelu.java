package dev.activations.internal.function;

/**
 * rrelu in training mode: x for x &gt; 0, else r_k·x, where the slope r_k of element k of a call
 * (counted from its offset) is drawn uniformly from [lower, upper] by a counter-based generator
 * keyed by (seed, k). There is no hidden state: the same seed and index give the same slope in
 * forward and backward, on every call and thread. The derivative is 1 for x &gt; 0, else r_k.
 * The scalar methods are element k = 0. (In evaluation mode rrelu is leaky_relu with slope
 * (lower + upper)/2; see {@link LeakyRelu}.)
 */
final class Rrelu extends Elementwise {
  private final double lower;
  private final double width;
  private final long seed;

  Rrelu(String spec, double lower, double upper, long seed) {
    super("rrelu", spec);
    this.lower = lower;
    this.width = upper - lower;
    this.seed = seed;
  }

  /** The slope of element k: lower + (upper − lower)·u, u ∈ [0, 1) from SplitMix64(seed, k). */
  double slope(long k) {
    long z = seed + (k + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    double u = (z >>> 11) * 0x1.0p-53;
    return lower + width * u;
  }

  @Override
  protected double referenceValue(double x) {
    return LeakyRelu.leaky(x, slope(0));
  }

  @Override
  protected double referenceDerivative(double x) {
    return x > 0 ? 1.0 : (x != x ? x : slope(0));
  }

  @Override
  public void forward(float[] x, int xOffset, float[] y, int yOffset, int length) {
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = (float) LeakyRelu.leaky(x[xOffset + i], slope(i));
    }
  }

  @Override
  public void forward(double[] x, int xOffset, double[] y, int yOffset, int length) {
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = LeakyRelu.leaky(x[xOffset + i], slope(i));
    }
  }

  @Override
  public void backward(float[] x, int xOffset, float[] y, int yOffset, float[] dy, int dyOffset,
      float[] dx, int dxOffset, int length) {
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double d = xi > 0 ? 1.0 : (xi != xi ? xi : slope(i));
      dx[dxOffset + i] = (float) (dy[dyOffset + i] * d);
    }
  }

  @Override
  public void backward(double[] x, int xOffset, double[] y, int yOffset, double[] dy,
      int dyOffset, double[] dx, int dxOffset, int length) {
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double d = xi > 0 ? 1.0 : (xi != xi ? xi : slope(i));
      dx[dxOffset + i] = dy[dyOffset + i] * d;
    }
  }
}
