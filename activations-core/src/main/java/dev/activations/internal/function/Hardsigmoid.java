package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;

/**
 * hardsigmoid(x) = 0 for x ≤ −3, 1 for x ≥ 3, else x/6 + 1/2 (computed as (x + 3)/6 with one rounding).
 * hardsigmoid'(x) = 1/6 strictly inside (−3, 3) and 0 elsewhere, at ±3 included.
 */
final class Hardsigmoid extends Elementwise {
  Hardsigmoid(KernelProvider k) {
    super("hardsigmoid", "hardsigmoid", k.hardsigmoid(), k.hardsigmoidDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (x <= -3) {
      return 0.0;
    }
    if (x >= 3) {
      return 1.0;
    }
    if (x != x) {
      return x;
    }
    double[] s = new double[2];
    DoubleDouble.twoSum(x, 3, 0, s);
    return DoubleDouble.divide(s[0], s[1], 6, 0);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > -3 && x < 3) {
      return 1.0 / 6;
    }
    return x != x ? x : 0.0;
  }
}
