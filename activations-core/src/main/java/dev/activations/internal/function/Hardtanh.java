package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * hardtanh(x) = clamp(x, min_val, max_val) (defaults −1 and 1; min_val &lt; max_val); relu6 is
 * hardtanh with bounds 0 and 6. The derivative is 1 strictly between the bounds and 0 at and
 * beyond them, as PyTorch's backward.
 */
final class Hardtanh extends Elementwise {
  private final double min;
  private final double max;

  Hardtanh(double min, double max, KernelProvider k) {
    super("hardtanh", Specs.of("hardtanh", "min_val", min, "max_val", max), k.hardtanh(min, max), k.hardtanhDouble(min, max));
    this.min = min;
    this.max = max;
  }

  /** relu6 = min(max(0, x), 6). */
  Hardtanh(KernelProvider k) {
    super("relu6", "relu6", k.hardtanh(0, 6), k.hardtanhDouble(0, 6));
    this.min = 0;
    this.max = 6;
  }

  @Override
  protected double referenceValue(double x) {
    if (x < min) {
      return min;
    }
    if (x > max) {
      return max;
    }
    return x;
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > min && x < max) {
      return 1.0;
    }
    return x != x ? x : 0.0;
  }
}
