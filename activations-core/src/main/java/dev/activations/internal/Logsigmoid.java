package dev.activations.internal;

import dev.activations.internal.kernel.KernelProvider;

/**
 * logsigmoid(x) = log σ(x) = −softplus(−x) = min(x, 0) − log1p(e^−|x|); logsigmoid'(x) = σ(−x).
 * logsigmoid(−∞) = −∞ with derivative 1; logsigmoid(+∞) = −0 with derivative 0.
 */
final class Logsigmoid extends Elementwise {
  Logsigmoid(KernelProvider k) {
    super("logsigmoid", "logsigmoid", k.logsigmoid());
  }

  @Override
  public double value(double x) {
    return Logistic.logSigmoid(x);
  }

  @Override
  public double derivative(double x) {
    return Logistic.sigmoid(-x);
  }
}
