package dev.activations.nn;

import java.util.SplittableRandom;

/**
 * Standard normal variates by Marsaglia's polar method, from a caller's generator only: the lab's
 * one source of Gaussian numbers (initialisers, synthetic data sets, the experiments' inputs).
 *
 * <p>Written here rather than taken from {@code RandomGenerator.nextGaussian()} so that the
 * numbers depend on nothing but the seed: the algorithm is fixed, and {@link StrictMath} gives
 * the same log on every JVM and CPU.
 */
public final class Gaussian {
  private Gaussian() {}

  /**
   * One N(0, 1) variate: draws u, v uniform on (−1, 1) until s = u² + v² lies in (0, 1), then
   * returns u·√(−2 ln s / s). The polar method's second variate, v·√(−2 ln s / s), is dropped to
   * keep no state.
   *
   * @param random the generator, advanced by two or more draws
   * @return a standard normal variate, finite
   */
  public static double next(SplittableRandom random) {
    while (true) {
      double u = 2 * random.nextDouble() - 1;
      double v = 2 * random.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
      }
    }
  }

  /**
   * {@code n} variates of N(0, σ²), each {@link #next(SplittableRandom)}·σ rounded to float.
   *
   * @param n how many, ≥ 0
   * @param deviation σ
   * @param random the generator
   * @return a new array of length {@code n}
   */
  public static float[] floats(int n, double deviation, SplittableRandom random) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, got " + n);
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (next(random) * deviation);
    }
    return v;
  }
}
