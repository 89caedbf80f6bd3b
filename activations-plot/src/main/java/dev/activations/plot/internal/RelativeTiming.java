package dev.activations.plot.internal;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.plot.Cell;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * How long one task takes relative to another, as a rough figure for tables: both are first run
 * {@link #WARM_UP} times each without timing (so that the JIT has compiled them and what is timed
 * is the compiled code, not the compiler), then timed alternately {@link #ROUNDS} times; the
 * result is the median ratio with its quartiles as the spread. Careful numbers come from the
 * JMH benchmarks; this is what a table can afford in a second.
 */
public final class RelativeTiming {
  private RelativeTiming() {}

  /** Untimed runs of each task before timing starts. */
  public static final int WARM_UP = 200;
  /** Timed runs of each task. */
  public static final int ROUNDS = 31;
  /** Inputs per forward pass. */
  static final int N = 1 << 16;

  /**
   * A ratio with its spread.
   *
   * @param median the median of the ratios
   * @param lower the lower quartile
   * @param upper the upper quartile
   */
  public record Ratio(double median, double lower, double upper) {
    /** {@code 3.1 (2.9–3.4)}. */
    public String text() {
      return Cell.number(median, 2).text() + " (" + Cell.number(lower, 2).text() + "–"
          + Cell.number(upper, 2).text() + ")";
    }
  }

  /** The time of f's float forward pass relative to relu's, over 2^16 seeded N(0, 1) inputs. */
  public static Ratio relativeToRelu(Activation f) {
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
   * of each, alternating, read from the clock.
   */
  static Ratio ratio(Runnable task, Runnable base, int warmUp, int rounds, LongSupplier clock) {
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
    return new Ratio(quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
  }

  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int i = (int) Math.floor(at);
    int j = Math.min(i + 1, sorted.length - 1);
    return sorted[i] + (sorted[j] - sorted[i]) * (at - i);
  }
}
