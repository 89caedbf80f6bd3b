package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * softshrink(x) = x − λ for x &gt; λ, x + λ for x &lt; −λ, else 0 (λ = lambd ≥ 0, default 0.5).
 * softshrink'(x) = 1 outside the closed band [−λ, λ] and 0 inside it, at ±λ included.
 */
final class Softshrink extends Elementwise {
  private final double lambd;

  Softshrink(double lambd, KernelProvider k) {
    super("softshrink", Specs.of("softshrink", "lambd", lambd), k.softshrink(lambd), k.softshrinkDouble(lambd));
    this.lambd = lambd;
  }

  @Override
  protected double referenceValue(double x) {
    if (x > lambd) {
      return x - lambd;
    }
    if (x < -lambd) {
      return x + lambd;
    }
    return x != x ? x : 0.0;
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > lambd || x < -lambd) {
      return 1.0;
    }
    return x != x ? x : 0.0;
  }
}
