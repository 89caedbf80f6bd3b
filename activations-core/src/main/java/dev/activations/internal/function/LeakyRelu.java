package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * leaky_relu(x) = x for x &gt; 0, else s·x (s = negative_slope, default 0.01); the derivative is 1
 * for x &gt; 0 and s otherwise, so leaky_relu'(0) = s. Also serves rrelu in evaluation mode.
 */
final class LeakyRelu extends Elementwise {
  private final double slope;

  LeakyRelu(double slope, KernelProvider k) {
    this("leaky_relu", Specs.of("leaky_relu", "negative_slope", slope), slope, k);
  }

  LeakyRelu(String name, String spec, double slope, KernelProvider k) {
    super(name, spec, k.leakyRelu(slope), k.leakyReluDouble(slope));
    this.slope = slope;
  }

  @Override
  protected double referenceValue(double x) {
    return leaky(x, slope);
  }

  @Override
  protected double referenceDerivative(double x) {
    return x > 0 ? 1.0 : (x != x ? x : slope);
  }

  /** x or s·x; a zero slope maps −∞ to −0 (the limit of 0·x from x &lt; 0), not to NaN. */
  static double leaky(double x, double s) {
    if (x > 0 || x != x) {
      return x;
    }
    double r = s * x;
    return r != r ? -s : r; // s = ±0 here, and s·x for a finite x < 0 is −s
  }
}
