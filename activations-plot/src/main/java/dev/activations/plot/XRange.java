package dev.activations.plot;

/**
 * The interval of x over which functions are plotted.
 *
 * @param lo the left end, finite
 * @param hi the right end, finite, &gt; lo
 */
public record XRange(double lo, double hi) {

  /**
   * Checks the ends.
   *
   * @param lo the left end, finite
   * @param hi the right end, finite, &gt; lo
   * @throws IllegalArgumentException unless both ends are finite and lo &lt; hi
   */
  public XRange {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
      throw new IllegalArgumentException("invalid range [" + lo + ", " + hi
          + "]: the ends must be finite numbers with lo < hi");
    }
  }

  /**
   * Parses {@code LO:HI}, as on the command line: {@code -6:6}, {@code -1e1:10}, {@code 0:0.5}.
   *
   * @param text {@code LO:HI}; white space around the numbers is ignored and − is read as -
   * @return the range
   * @throws IllegalArgumentException with the expected form when the text is not a range
   */
  public static XRange parse(String text) {
    String t = text == null ? "" : text.strip().replace('−', '-');
    int colon = t.indexOf(':', 1);
    if (colon < 0 || colon != t.lastIndexOf(':')) {
      throw new IllegalArgumentException("invalid range '" + text
          + "': expected LO:HI, for example -6:6");
    }
    try {
      return new XRange(Double.parseDouble(t.substring(0, colon).strip()),
          Double.parseDouble(t.substring(colon + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid range '" + text
          + "': expected LO:HI with two numbers, for example -6:6");
    }
  }

  /**
   * {@code points} evenly spaced values from lo to hi, both included: x_i = lo + (hi − lo)·i/(n − 1),
   * the last exactly hi.
   *
   * @param points how many values, 2 to {@link Charts#MAX_POINTS}
   * @return a new array of {@code points} increasing values
   * @throws IllegalArgumentException unless 2 ≤ points ≤ {@link Charts#MAX_POINTS}
   */
  public double[] grid(int points) {
    if (points < 2 || points > Charts.MAX_POINTS) {
      throw new IllegalArgumentException("points must be between 2 and " + Charts.MAX_POINTS
          + ", got " + points);
    }
    double[] x = new double[points];
    for (int i = 0; i < points; i++) {
      x[i] = lo + (hi - lo) * i / (points - 1);
    }
    x[points - 1] = hi;
    return x;
  }

  /** {@code LO:HI} with the shortest exact numbers, parsable by {@link #parse(String)}. */
  @Override
  public String toString() {
    return lo + ":" + hi;
  }
}
