package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.Logistic;

/**
 * sigmoid(x) = σ(x) = 1/(1+e^−x), range (0, 1); σ'(x) = σ(x)σ(−x), largest at 0 where it is 1/4.
 * Evaluated by sign (see {@link Logistic}); σ(−∞) = 0, σ(+∞) = 1, σ'(±∞) = 0.
 */
final class Sigmoid extends Elementwise {
  Sigmoid(KernelProvider k) {
    super("sigmoid", "sigmoid", k.sigmoid(), k.sigmoidDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return Logistic.sigmoid(x);
  }

  @Override
  protected double referenceDerivative(double x) {
    return Logistic.sigmoidDerivative(x);
  }
}
