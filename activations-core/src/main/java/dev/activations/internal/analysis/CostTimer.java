package dev.activations.internal.analysis;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.RelativeCost;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;

/** The short timing run behind {@code Properties.relativeCost}. */
public final class CostTimer {
  private CostTimer() {}

  private static final int N = 1 << 16;
  // enough untimed runs that C2 has compiled both passes: what is timed is the compiled code
  static final int WARM_UP = 200;
  static final int ROUNDS = 31;

  /** Time(f)/time(relu) for a forward pass over 2^16 seeded N(0, 1) floats. */
  public static RelativeCost relativeToRelu(Activation f) {
    Activation relu = Activations.of("relu");
    float[] x = new float[N];
    Random r = new Random(1);
    for (int i = 0; i < N; i++) {
      x[i] = (float) r.nextGaussian();
    }
    float[] y = new float[N];
    return ratio(() -> f.forward(x, y), () -> relu.forward(x, y), WARM_UP, ROUNDS,
        System::nanoTime);
  }

  /**
   * The time of task over the time of base: warmUp untimed runs of each, then rounds timed runs
   * of each, alternating, read from the clock; the median ratio with its quartiles.
   */
  static RelativeCost ratio(Runnable task, Runnable base, int warmUp, int rounds,
      LongSupplier clock) {
    for (int i = 0; i < warmUp; i++) {
      task.run();
      base.run();
    }
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = clock.getAsLong();
      task.run();
      long t1 = clock.getAsLong();
      base.run();
      long t2 = clock.getAsLong();
      ratios[i] = (double) (t1 - t0) / Math.max(1, t2 - t1);
    }
    Arrays.sort(ratios);
    return new RelativeCost(quantile(ratios, 0.5), quantile(ratios, 0.25),
        quantile(ratios, 0.75), warmUp, rounds);
  }

  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int i = (int) Math.floor(at);
    int j = Math.min(i + 1, sorted.length - 1);
    return sorted[i] + (sorted[j] - sorted[i]) * (at - i);
  }
}
