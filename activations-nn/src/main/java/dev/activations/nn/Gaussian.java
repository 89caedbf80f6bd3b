package dev.activations.nn;

import java.util.SplittableRandom;

/**
 * Standard normal variates by Marsaglia's polar method, from a caller's generator only.
 *
 * <p>Written here rather than taken from {@code RandomGenerator.nextGaussian()} so that the
 * numbers depend on nothing but the seed: the algorithm is fixed, and {@link StrictMath} gives
 * the same log on every JVM and CPU.
 */
final class Gaussian {
  private Gaussian() {}

  /** One N(0, 1) variate. The polar method's second variate is dropped to keep no state. */
  static double next(SplittableRandom random) {
    while (true) {
      double u = 2 * random.nextDouble() - 1;
      double v = 2 * random.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
      }
    }
  }
}
