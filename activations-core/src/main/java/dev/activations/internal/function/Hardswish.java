package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;

/**
 * hardswish(x) = 0 for x ≤ −3, x for x ≥ 3, else x(x + 3)/6; minimum −3/8 at x = −3/2.
 * hardswish'(x) = 0 for x ≤ −3, (2x + 3)/6 for −3 &lt; x &lt; 3, 1 for x ≥ 3 (so
 * hardswish'(−3) = 0 and hardswish'(3) = 1, as PyTorch's backward). (2x + 3)/6 rather than
 * x/3 + 1/2 keeps the derivative exact to one rounding near its zero at −3/2.
 */
final class Hardswish extends Elementwise {
  Hardswish(KernelProvider k) {
    super("hardswish", "hardswish", k.hardswish(), k.hardswishDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (x <= -3) {
      return 0.0;
    }
    if (x >= 3) {
      return x;
    }
    if (x != x || x == 0) {
      return x; // x(x + 3)/6 keeps the sign of a zero x
    }
    // x(x + 3)/6 with one rounding: the sum and the product in double-double
    double[] r = new double[2];
    DoubleDouble.twoSum(x, 3, 0, r);
    DoubleDouble.multiply(r[0], r[1], x, 0, r);
    return DoubleDouble.divide(r[0], r[1], 6, 0);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x <= -3) {
      return 0.0;
    }
    if (x >= 3) {
      return 1.0;
    }
    return x != x ? x : (2 * x + 3) / 6;
  }
}
