package dev.activations.internal.analysis;

import java.util.Random;

/**
 * The 10⁶ standard normal draws on which sparsity is measured, made once per JVM. The JDK
 * specifies the algorithm of {@link Random#nextGaussian()} (the polar method on its linear
 * congruential generator), so the draws are the same everywhere.
 */
final class NormalSample {
  private NormalSample() {}

  static final int SIZE = 1_000_000;
  static final long SEED = 1;

  private static final double[] DRAWS = draw();

  private static double[] draw() {
    Random random = new Random(SEED);
    double[] z = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      z[i] = random.nextGaussian();
    }
    return z;
  }

  /** The fraction of draws z with f(z) == 0 (+0 or −0). */
  static double zeroFraction(Probe f) {
    int zeros = 0;
    for (double z : DRAWS) {
      if (f.value(z) == 0) {
        zeros++;
      }
    }
    return (double) zeros / SIZE;
  }
}
