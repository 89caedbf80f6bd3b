package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * threshold(x) = x for x &gt; threshold, else value (both parameters required, as in PyTorch).
 * threshold'(x) = 1 for x &gt; threshold, else 0 (0 at the threshold itself).
 */
final class Threshold extends Elementwise {
  private final double threshold;
  private final double replacement;

  Threshold(double threshold, double replacement, KernelProvider k) {
    super("threshold", Specs.of("threshold", "threshold", threshold, "value", replacement), k.threshold(threshold, replacement), k.thresholdDouble(threshold, replacement));
    this.threshold = threshold;
    this.replacement = replacement;
  }

  @Override
  protected double referenceValue(double x) {
    if (x > threshold || x != x) {
      return x;
    }
    return replacement;
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > threshold) {
      return 1.0;
    }
    return x != x ? x : 0.0;
  }
}
