package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;

/**
 * softsign(x) = x/(1 + |x|), range (−1, 1); softsign'(x) = 1/(1 + |x|)². softsign(±∞) = ±1,
 * softsign'(±∞) = 0. Both in double-double, rounded once; for huge |x| the derivative is
 * 1/|x|/|x|, which reaches its subnormal values instead of overflowing to 0.
 */
final class Softsign extends Elementwise {
  Softsign(KernelProvider k) {
    super("softsign", "softsign", k.softsign(), k.softsignDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (Double.isInfinite(x)) {
      return Math.copySign(1.0, x);
    }
    if (x == 0) {
      return x; // x/(1 + |x|) keeps the sign of a zero x
    }
    double[] d = new double[2];
    DoubleDouble.twoSum(1, Math.abs(x), 0, d);
    return DoubleDouble.divide(x, 0, d[0], d[1]);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x != x) {
      return x;
    }
    double a = Math.abs(x);
    if (a > 1e150) {
      // (1 + |x|)² would overflow; 1/|x|/|x| rounds once into the subnormal range
      return 1 / a / a;
    }
    double[] d = new double[2];
    DoubleDouble.twoSum(1, a, 0, d);
    DoubleDouble.multiply(d[0], d[1], d[0], d[1], d);
    return DoubleDouble.divide(1, 0, d[0], d[1]);
  }
}
