package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/** relu(x) = max(0, x); relu'(x) = 1 for x &gt; 0, else 0 (relu'(0) = 0, as PyTorch). */
final class Relu extends Elementwise {
  Relu(KernelProvider k) {
    super("relu", "relu", k.relu(), k.reluDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return x > 0 ? x : (x != x ? x : 0.0);
  }

  @Override
  protected double referenceDerivative(double x) {
    return x > 0 ? 1.0 : (x != x ? x : 0.0);
  }
}
