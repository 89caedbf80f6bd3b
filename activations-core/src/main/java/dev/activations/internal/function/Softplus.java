package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;
import dev.activations.internal.math.Logistic;

/**
 * softplus(x) = log(1 + e^(βx))/β (β = beta &gt; 0, default 1), except that where βx &gt; threshold
 * (default 20) it is exactly x, as PyTorch defines it. softplus'(x) = σ(βx), and 1 above the
 * threshold. Stable form: x + log1p(e^−βx)/β for βx &gt; 0, log1p(e^βx)/β otherwise, in
 * double-double with βx carried with its rounding error. softplus(−∞) = 0, softplus(+∞) = +∞.
 */
final class Softplus extends Elementwise {
  private final double beta;
  private final double threshold;

  Softplus(double beta, double threshold, KernelProvider k) {
    super("softplus", Specs.of("softplus", "beta", beta, "threshold", threshold), k.softplus(beta, threshold), k.softplusDouble(beta, threshold));
    this.beta = beta;
    this.threshold = threshold;
  }

  @Override
  protected double referenceValue(double x) {
    if (x != x) {
      return x;
    }
    double t = beta * x;
    if (t > threshold) {
      return x;
    }
    if (beta == 1) {
      return Logistic.softplus(x);
    }
    double tl = lowPart(x, t);
    double[] l = new double[2];
    Logistic.log1pExp(-Math.abs(t), l);
    // d/dt log(1 + e^−|t|) = −sign(t)·σ(−|t|): fold in the rounding error tl of βx
    double slope = Logistic.sigmoid(-Math.abs(t));
    l[1] += t > 0 ? -slope * tl : slope * tl;
    DoubleDouble.divide(l[0], l[1], beta, 0, l);
    if (t > 0) {
      DoubleDouble.twoSum(x, l[0], l[1], l);
    }
    return l[0];
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x != x) {
      return x;
    }
    double t = beta * x;
    if (t > threshold) {
      return 1.0;
    }
    double tl = lowPart(x, t);
    double s = Logistic.sigmoid(t);
    return tl == 0 ? s : s + Logistic.sigmoidDerivative(t) * tl;
  }

  private double lowPart(double x, double t) {
    return beta == 1 || !Double.isFinite(t) ? 0 : Math.fma(beta, x, -t);
  }
}
