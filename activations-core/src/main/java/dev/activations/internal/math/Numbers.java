package dev.activations.internal.math;

import java.util.Locale;

/** Number text in specifications: parsing (decimal, inf, fractions) and canonical printing. */
public final class Numbers {
  private Numbers() {}

  /**
   * Parses a decimal number, {@code inf}/{@code -inf}/{@code Infinity}, {@code nan}, or a
   * fraction {@code a/b} of two decimals.
   *
   * @param what the subject of the error message
   */
  public static double parse(String raw, String what) {
    String s = raw.strip();
    int slash = s.indexOf('/');
    if (slash > 0) {
      double a = parse(s.substring(0, slash), what);
      double b = parse(s.substring(slash + 1), what);
      if (b == 0) {
        throw new IllegalArgumentException(what + " = " + raw + " divides by zero");
      }
      return a / b;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "inf", "+inf", "infinity", "+infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "nan", "+nan", "-nan" -> {
        return Double.NaN;
      }
      default -> { }
    }
    // Double.parseDouble also takes hex, a trailing 'd'/'f' and surrounding blanks: accept only
    // plain decimal text so that a typo is an error rather than a surprise.
    if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new IllegalArgumentException(what + " = '" + raw + "' is not a number");
    }
    return Double.parseDouble(s);
  }

  /** Shortest text that parses back to the same double: 0.01, 1.0, inf, -inf, nan. */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return Double.toString(v);
  }
}
