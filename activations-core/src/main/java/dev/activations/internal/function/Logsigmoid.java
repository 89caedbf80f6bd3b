package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.Logistic;

/**
 * logsigmoid(x) = log σ(x) = −softplus(−x) = min(x, 0) − log1p(e^−|x|); logsigmoid'(x) = σ(−x).
 * logsigmoid(−∞) = −∞ with derivative 1; logsigmoid(+∞) = −0 with derivative 0.
 */
final class Logsigmoid extends Elementwise {
  Logsigmoid(KernelProvider k) {
    super("logsigmoid", "logsigmoid", k.logsigmoid(), k.logsigmoidDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return Logistic.logSigmoid(x);
  }

  @Override
  protected double referenceDerivative(double x) {
    return Logistic.sigmoid(-x);
  }
}
