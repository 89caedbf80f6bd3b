package dev.activations.nn;

import dev.activations.Activation;
import java.util.Arrays;

/**
 * Statistics of one layer's outputs a = f(z) over a batch or a data set of E examples and U
 * units (N = E·U values):
 *
 * @param mean (1/N) Σ a
 * @param deviation the population standard deviation √((1/N) Σ (a − mean)²)
 * @param histogram the distribution of the a over {@link ProbeSettings}' range
 * @param zeroFraction the fraction of the N values that are exactly ±0
 * @param deadFraction the fraction of the U units whose output is zero for every one of the E
 *     examples (the "dying relu" of the articles, M8)
 * @param saturatedFraction the fraction of the N values where |f'(z)| is below the
 *     {@link ProbeSettings#saturationThreshold()} (for relu: every z ≤ 0, its left saturation)
 * @param examples E
 * @param units U
 */
public record ActivationStatistics(double mean, double deviation, Histogram histogram,
    double zeroFraction, double deadFraction, double saturatedFraction, long examples,
    int units) {

  /**
   * Gathers the statistics batch by batch: exact two-pass moments within a batch, merged across
   * batches with Chan et al.'s pairwise update, so nothing cancels when the mean is large.
   */
  static final class Accumulator {
    private final int units;
    private final ProbeSettings settings;
    private final long[] counts;
    private final boolean[] alive;
    private long below;
    private long above;
    private long nan;
    private long n;
    private double mean;
    private double m2;
    private long zeros;
    private long saturated;
    private long examples;
    private float[] ones = new float[0];
    private float[] derivative = new float[0];

    Accumulator(int units, ProbeSettings settings) {
      this.units = units;
      this.settings = settings;
      this.counts = new long[settings.bins()];
      this.alive = new boolean[units];
    }

    /** Adds a batch: z and a are rows × units, not modified. */
    void add(Activation f, float[] z, float[] a, int rows) {
      int size = rows * units;
      if (size == 0) {
        return;
      }
      double sum = 0;
      for (int i = 0; i < size; i++) {
        sum += a[i];
      }
      double batchMean = sum / size;
      double batchM2 = 0;
      for (int i = 0; i < size; i++) {
        double d = a[i] - batchMean;
        batchM2 += d * d;
      }
      long total = n + size;
      double delta = batchMean - mean;
      mean += delta * size / total;
      m2 += batchM2 + delta * delta * ((double) n * size / total);
      n = total;
      examples += rows;

      double lo = settings.histogramMin();
      double hi = settings.histogramMax();
      int bins = counts.length;
      for (int r = 0; r < rows; r++) {
        int row = r * units;
        for (int j = 0; j < units; j++) {
          float v = a[row + j];
          if (v == 0f) {
            zeros++;
          } else {
            alive[j] = true;
          }
          int b = Histogram.bin(v, lo, hi, bins);
          if (b < 0) {
            below++;
          } else if (b < bins) {
            counts[b]++;
          } else if (v != v) {
            nan++;
          } else {
            above++;
          }
        }
      }

      // f'(z) through the array backward with dy = 1, which works for per-channel PReLU too
      if (ones.length != size) {
        ones = new float[size];
        Arrays.fill(ones, 1f);
        derivative = new float[size];
      }
      f.backward(z, 0, a, 0, ones, 0, derivative, 0, size);
      double t = settings.saturationThreshold();
      for (int i = 0; i < size; i++) {
        if (Math.abs(derivative[i]) < t) {
          saturated++;
        }
      }
    }

    ActivationStatistics result() {
      int dead = 0;
      for (boolean b : alive) {
        if (!b) {
          dead++;
        }
      }
      double size = n;
      Histogram h = new Histogram(settings.histogramMin(), settings.histogramMax(), counts,
          below, above, nan);
      return new ActivationStatistics(n == 0 ? Double.NaN : mean,
          n == 0 ? Double.NaN : Math.sqrt(m2 / size), h, zeros / size,
          examples == 0 ? Double.NaN : (double) dead / units, saturated / size, examples, units);
    }
  }
}
