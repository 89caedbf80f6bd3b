package dev.activations.nn;

/**
 * How activation statistics are gathered.
 *
 * @param bins the number of histogram bins, ≥ 1 (default 80)
 * @param histogramMin the lower edge of the histogram (default −4)
 * @param histogramMax the upper edge, &gt; histogramMin (default 4)
 * @param saturationThreshold a unit's output counts as saturated where |f'(z)| is below this
 *     (default 0.01: σ' falls under it for |z| &gt; 4.6, tanh' for |z| &gt; 3.0)
 */
public record ProbeSettings(int bins, double histogramMin, double histogramMax,
    double saturationThreshold) {

  /** 80 bins over [−4, 4], saturation below 0.01. */
  public static final ProbeSettings DEFAULT = new ProbeSettings(80, -4, 4, 0.01);

  /**
   * Checks the ranges above.
   *
   * @param bins the number of histogram bins, ≥ 1
   * @param histogramMin the lower edge of the histogram, finite
   * @param histogramMax the upper edge, finite and &gt; histogramMin
   * @param saturationThreshold the |f'| below which an output counts as saturated, ≥ 0
   */
  public ProbeSettings {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be ≥ 1, got " + bins);
    }
    if (!(histogramMin < histogramMax) || Double.isInfinite(histogramMin)
        || Double.isInfinite(histogramMax)) {
      throw new IllegalArgumentException("the histogram needs finite min < max, got ["
          + histogramMin + ", " + histogramMax + "]");
    }
    if (!(saturationThreshold >= 0)) {
      throw new IllegalArgumentException("saturationThreshold must be ≥ 0, got "
          + saturationThreshold);
    }
  }
}
