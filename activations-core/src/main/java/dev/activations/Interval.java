package dev.activations;


/**
 * An interval of the extended real line with open or closed ends, as a property analysis
 * reports it: the range of a function, or where its slope is largest.
 *
 * <p>An infinite end is always open. A degenerate interval [x, x] is a single point; the
 * degenerate open interval (x, x) stands for "approached as the argument tends to x, never
 * attained", which is how a supremum at ±∞ (or at one side of a kink) is reported.
 *
 * @param lower the lower end, −∞ allowed; never NaN
 * @param lowerClosed whether the lower end belongs to the interval
 * @param upper the upper end, ≥ lower, +∞ allowed; never NaN
 * @param upperClosed whether the upper end belongs to the interval
 */
public record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

  /**
   * Checks the ends.
   *
   * @param lower the lower end, −∞ allowed; −0 is stored as +0
   * @param lowerClosed whether the lower end belongs to the interval; false for −∞
   * @param upper the upper end, ≥ lower, +∞ allowed; −0 is stored as +0
   * @param upperClosed whether the upper end belongs to the interval; false for +∞
   * @throws IllegalArgumentException if an end is NaN, lower &gt; upper, or an infinite end is
   *     marked closed
   */
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("invalid interval ends: " + lower + ", " + upper);
    }
    if ((lowerClosed && Double.isInfinite(lower)) || (upperClosed && Double.isInfinite(upper))) {
      throw new IllegalArgumentException("an infinite end cannot be closed: " + lower + ", "
          + upper);
    }
    // −0 and +0 are the same end: keep equals() and the notation free of the sign of zero
    lower += 0.0;
    upper += 0.0;
  }

  /**
   * The single point {x}, or for an infinite x the limit point, as {@link #approached}.
   *
   * @param x the point; ±∞ gives the limit point; NaN is rejected
   * @return [x, x] for a finite x, (x, x) for an infinite one
   */
  public static Interval point(double x) {
    boolean finite = Double.isFinite(x);
    return new Interval(x, finite, x, finite);
  }

  /**
   * The limit point x, approached but not attained: the degenerate open interval (x, x).
   *
   * @param x the limit point, ±∞ allowed; NaN is rejected
   * @return the degenerate open interval (x, x)
   */
  public static Interval approached(double x) {
    return new Interval(x, false, x, false);
  }

  /**
   * Whether this is one point, attained or only approached.
   *
   * @return true when lower = upper
   */
  public boolean isPoint() {
    return lower == upper;
  }

  /**
   * Whether this is a limit point that is approached but not attained.
   *
   * @return true for a degenerate open interval (x, x)
   */
  public boolean isApproached() {
    return isPoint() && !lowerClosed;
  }

  /**
   * Whether v lies in the interval, ends included only where they are closed.
   *
   * @param v the value to test; NaN is in no interval
   * @return true when v is inside, or on a closed end
   */
  public boolean contains(double v) {
    boolean aboveLower = lowerClosed ? v >= lower : v > lower;
    boolean belowUpper = upperClosed ? v <= upper : v < upper;
    return aboveLower && belowUpper;
  }

  /**
   * Mathematical notation with six significant digits: {@code (0, 1)}, {@code [−0.375, ∞)},
   * {@code {0}} for a point, {@code x → +∞} or {@code x → 3} for a limit point.
   */
  @Override
  public String toString() {
    if (isApproached()) {
      return "x → " + (lower == Double.POSITIVE_INFINITY ? "+∞" : MathText.number(lower));
    }
    if (isPoint()) {
      return "{" + MathText.number(lower) + "}";
    }
    return (lowerClosed ? "[" : "(") + MathText.number(lower) + ", " + MathText.number(upper)
        + (upperClosed ? "]" : ")");
  }
}
