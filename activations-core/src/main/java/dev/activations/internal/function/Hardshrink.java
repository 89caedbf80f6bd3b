package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * hardshrink(x) = x for |x| &gt; λ, else 0 (λ = lambd ≥ 0, default 0.5). hardshrink'(x) = 1 for
 * |x| &gt; λ and 0 on the closed band [−λ, λ].
 */
final class Hardshrink extends Elementwise {
  private final double lambd;

  Hardshrink(double lambd, KernelProvider k) {
    super("hardshrink", Specs.of("hardshrink", "lambd", lambd), k.hardshrink(lambd), k.hardshrinkDouble(lambd));
    this.lambd = lambd;
  }

  @Override
  protected double referenceValue(double x) {
    return x >= -lambd && x <= lambd ? 0.0 : x;
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > lambd || x < -lambd) {
      return 1.0;
    }
    return x != x ? x : 0.0;
  }
}
