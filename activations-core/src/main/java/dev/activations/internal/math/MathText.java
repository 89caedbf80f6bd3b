package dev.activations.internal.math;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as people read them in tables and interval notation: −0.375, 0.25, ∞, 1.7581. */
public final class MathText {
  private MathText() {}

  /** Significant digits shown by {@link #number(double)}. */
  public static final int DIGITS = 6;

  /**
   * The number rounded to {@link #DIGITS} significant digits, without trailing zeros, with a
   * true minus sign and ∞; −0 prints as 0, and exponents as {@code 1e−12}.
   */
  public static String number(double v) {
    return number(v, DIGITS);
  }

  /** As {@link #number(double)} with the given number of significant digits (≥ 1). */
  public static String number(double v, int digits) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
    int exponent = d.precision() - d.scale() - 1;
    String text;
    if (exponent < -4 || exponent >= 9) {
      BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
      text = mantissa.toPlainString() + "e" + exponent;
    } else {
      text = d.toPlainString();
    }
    return text.replace('-', '−');
  }
}
