package dev.activations.internal;

/**
 * softsign(x) = x/(1 + |x|), range (−1, 1); softsign'(x) = 1/(1 + |x|)². softsign(±∞) = ±1,
 * softsign'(±∞) = 0; the derivative is divided twice rather than squared so that huge |x| give
 * their subnormal derivative instead of 0.
 */
final class Softsign extends Elementwise {
  Softsign() {
    super("softsign", "softsign");
  }

  @Override
  public double value(double x) {
    if (Double.isInfinite(x)) {
      return Math.copySign(1.0, x);
    }
    return x / (1 + Math.abs(x));
  }

  @Override
  public double derivative(double x) {
    double d = 1 + Math.abs(x);
    return 1 / d / d;
  }
}
