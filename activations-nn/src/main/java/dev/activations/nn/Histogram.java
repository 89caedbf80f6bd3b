package dev.activations.nn;

/**
 * Counts of values in equal bins over [min, max): bin i holds min + i·w ≤ v &lt; min + (i+1)·w,
 * w = (max − min)/bins, and the value max itself goes in the last bin. Values below min, above
 * max, and NaNs are counted apart.
 *
 * @param min the lower edge of the first bin
 * @param max the upper edge of the last bin
 * @param counts one count per bin (a copy is returned)
 * @param below values &lt; min (−∞ included)
 * @param above values &gt; max (+∞ included)
 * @param nan NaN values
 */
public record Histogram(double min, double max, long[] counts, long below, long above, long nan) {

  /**
   * Copies the counts.
   *
   * @param min the lower edge of the first bin
   * @param max the upper edge of the last bin
   * @param counts one count per bin, not {@code null}; copied
   * @param below the number of values &lt; min
   * @param above the number of values &gt; max
   * @param nan the number of NaN values
   */
  public Histogram {
    counts = counts.clone();
  }

  /**
   * A copy of the counts, one per bin.
   *
   * @return a fresh array, one count per bin
   */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /**
   * Number of bins.
   *
   * @return the length of {@link #counts()}
   */
  public int bins() {
    return counts.length;
  }

  /**
   * Every value counted, in bins or not.
   *
   * @return the sum of the bin counts, {@code below}, {@code above} and {@code nan}
   */
  public long total() {
    long t = below + above + nan;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  /** The bin of a value in [min, max]; −1 below, {@code bins} above or NaN. */
  static int bin(double v, double min, double max, int bins) {
    if (!(v >= min)) {
      return v < min ? -1 : bins;
    }
    if (v > max) {
      return bins;
    }
    int b = (int) ((v - min) / (max - min) * bins);
    return Math.min(b, bins - 1);
  }
}
