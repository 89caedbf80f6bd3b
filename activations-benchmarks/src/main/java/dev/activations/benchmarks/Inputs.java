package dev.activations.benchmarks;

import java.util.SplittableRandom;

/**
 * The arrays every activation benchmark runs on, identical in every fork and for every
 * competitor (our library, the naive loop, PyTorch), so that ratios compare the same work.
 */
final class Inputs {
  private Inputs() {}

  /** Seed of every benchmark input. */
  static final long SEED = 20240601L;

  /**
   * Standard deviation of x. Pre-activations of a trained layer are of order 1; σ = 2 also puts
   * a good share of elements in the tails (|x| &gt; 3), where the piecewise functions switch
   * branch and the smooth ones saturate, so no single code path is favoured.
   */
  static final double X_SIGMA = 2;

  /** x ~ N(0, {@link #X_SIGMA}²), rounded to float. */
  static float[] x(int n) {
    SplittableRandom random = new SplittableRandom(SEED);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (X_SIGMA * random.nextGaussian());
    }
    return x;
  }

  /** dy ~ U(−1, 1): the incoming gradient of a backward pass (its own stream of the seed). */
  static float[] dy(int n) {
    SplittableRandom random = new SplittableRandom(SEED).split();
    float[] dy = new float[n];
    for (int i = 0; i < n; i++) {
      dy[i] = (float) random.nextDouble(-1, 1);
    }
    return dy;
  }
}
