package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.Logistic;

/**
 * tanh(x), range (−1, 1); tanh'(x) = sech²(x) = 4e/(1+e)² with e = e^(−2|x|), which keeps full
 * relative accuracy where 1 − tanh² would cancel. tanh'(±∞) = 0. Both in double-double, see
 * {@link Logistic}.
 */
final class Tanh extends Elementwise {
  Tanh(KernelProvider k) {
    super("tanh", "tanh", k.tanh(), k.tanhDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return Logistic.tanh(x);
  }

  @Override
  protected double referenceDerivative(double x) {
    return Logistic.sech2(x);
  }
}
