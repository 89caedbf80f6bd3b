package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * celu(x) = x for x &gt; 0, else α(e^(x/α) − 1) (α = alpha ≠ 0, default 1). celu'(x) = 1 for
 * x &gt; 0, else e^(x/α), so celu'(0) = 1. The quotient x/α is carried with its remainder so that
 * the exponential keeps full accuracy for any α.
 */
final class Celu extends Elementwise {
  private final double alpha;

  Celu(double alpha, KernelProvider k) {
    super("celu", Specs.of("celu", "alpha", alpha), k.celu(alpha), k.celuDouble(alpha));
    this.alpha = alpha;
  }

  @Override
  protected double referenceValue(double x) {
    if (x > 0 || x != x) {
      return x;
    }
    double u = x / alpha;
    if (Math.abs(u) < 0x1p-60) {
      return x; // α(e^(x/α) − 1) = x(1 + x/(2α) + …) rounds to x; x/α itself may have underflowed
    }
    double m = StrictMath.expm1(u);
    double ul = lowPart(x, u);
    if (ul != 0) {
      m += StrictMath.exp(u) * ul;
    }
    return alpha * m;
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > 0) {
      return 1.0;
    }
    double u = x / alpha;
    double e = StrictMath.exp(u);
    double ul = lowPart(x, u);
    return ul == 0 ? e : e + e * ul;
  }

  /** (x − u·α)/α, the part of x/α that rounding dropped; 0 where it does not matter. */
  private double lowPart(double x, double u) {
    if (alpha == 1 || !Double.isFinite(u) || u == 0) {
      return 0;
    }
    return Math.fma(-u, alpha, x) / alpha;
  }
}
