package dev.activations.experiments;

import java.util.SplittableRandom;

/**
 * Standard normal variates by Marsaglia's polar method, from a caller's generator only, with
 * {@link StrictMath} so that the numbers depend on nothing but the seed.
 */
final class Gauss {
  private Gauss() {}

  /** One N(0, 1) variate; the polar method's second variate is dropped. */
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

  /** {@code n} N(0, σ²) variates as floats. */
  static float[] floats(int n, double deviation, SplittableRandom random) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) (next(random) * deviation);
    }
    return v;
  }
}
