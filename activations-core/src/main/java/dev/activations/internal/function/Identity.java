package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/** identity(x) = x; identity'(x) = 1 (NaN for NaN). */
final class Identity extends Elementwise {
  Identity(KernelProvider k) {
    super("identity", "identity", k.identity(), k.identityDouble());
  }

  @Override
  protected double referenceValue(double x) {
    return x;
  }

  @Override
  protected double referenceDerivative(double x) {
    return x != x ? x : 1.0;
  }
}
