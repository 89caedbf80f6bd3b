package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.Gauss;

/**
 * gelu(approximate=none) = x·Φ(x), Φ the standard normal CDF; gelu'(x) = Φ(x) + x·φ(x). The
 * minimum is about −0.16997 at x ≈ −0.7518. gelu(−∞) = −0, gelu(+∞) = +∞, gelu'(−∞) = −0,
 * gelu'(+∞) = 1. The tails are exact down to subnormal results (see {@link Gauss}).
 */
final class Gelu extends Elementwise {
  Gelu(KernelProvider k) {
    super("gelu", "gelu(approximate=none)", k.gelu(), k.geluDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return Gauss.gelu(x);
  }

  @Override
  protected double referenceDerivative(double x) {
    return Gauss.geluDerivative(x);
  }
}
