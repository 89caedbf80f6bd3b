package dev.activations.experiments;

import dev.activations.plot.Cell;
import java.util.Arrays;

/**
 * Wall-clock time per epoch as a rough figure: the first {@link #WARM_UP} epochs are left out
 * (the JIT compiles the activation's kernels while they run, and their times measure the
 * compiler), and the median of the others is given with its quartiles as the spread.
 *
 * @param median the median time in milliseconds of the epochs after the warm-up
 * @param lower the lower quartile
 * @param upper the upper quartile
 * @param timed how many epochs were timed
 */
record EpochTimes(double median, double lower, double upper, int timed) {
  /** Epochs left out before timing. */
  static final int WARM_UP = 2;

  /** What the figure is, for a table's notes. */
  static final String NOTE = "the wall-clock time of a digits epoch after " + WARM_UP
      + " warm-up epochs: the median of the remaining epochs, with the quartiles in brackets."
      + " A rough figure for this machine at this moment (another network trains on the other"
      + " core); the benchmarks module measures speed.";

  /**
   * The figure for these epoch times (nanoseconds, in epoch order); with no more than
   * {@link #WARM_UP} epochs, every epoch is timed.
   */
  static EpochTimes of(long[] nanos) {
    int skip = nanos.length > WARM_UP ? WARM_UP : 0;
    double[] ms = new double[nanos.length - skip];
    for (int i = skip; i < nanos.length; i++) {
      ms[i - skip] = nanos[i] / 1e6;
    }
    Arrays.sort(ms);
    return new EpochTimes(quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), ms.length);
  }

  /** Linear interpolation between order statistics. */
  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int i = (int) Math.floor(at);
    int j = Math.min(i + 1, sorted.length - 1);
    return sorted[i] + (sorted[j] - sorted[i]) * (at - i);
  }

  /** {@code 11.6 (10.9–12.3)}. */
  String text() {
    return Cell.number(median, 3).text() + " (" + Cell.number(lower, 3).text() + "–"
        + Cell.number(upper, 3).text() + ")";
  }
}
