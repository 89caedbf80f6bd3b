package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * elu(x) = x for x &gt; 0, else α(e^x − 1) (α = alpha, default 1), with expm1 so that small |x|
 * keeps full accuracy. elu'(x) = 1 for x &gt; 0, else αe^x, so elu'(0) = α. elu(−∞) = −α.
 */
final class Elu extends Elementwise {
  private final double alpha;

  Elu(double alpha, KernelProvider k) {
    super("elu", Specs.of("elu", "alpha", alpha), k.elu(alpha), k.eluDouble(alpha));
    this.alpha = alpha;
  }

  @Override
  protected double referenceValue(double x) {
    return x > 0 ? x : alpha * StrictMath.expm1(x);
  }

  @Override
  protected double referenceDerivative(double x) {
    return x > 0 ? 1.0 : alpha * StrictMath.exp(x);
  }
}
