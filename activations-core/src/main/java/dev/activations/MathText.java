package dev.activations;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as people read them in tables, charts and interval notation: −0.375, 0.25, ∞, 1.7581.
 *
 * <p>Display text only: it is rounded (to {@link #DIGITS} significant digits by default) and
 * uses the true minus sign U+2212 and ∞, so it does not parse back with
 * {@link Double#parseDouble}. For text that parses back to the same value, use
 * {@link Double#toString(double)} or an {@link Activation#spec()}.
 */
public final class MathText {
  private MathText() {}

  /** Significant digits shown by {@link #number(double)}. */
  public static final int DIGITS = 6;

  /**
   * The number rounded to {@link #DIGITS} significant digits, without trailing zeros, with a
   * true minus sign and ∞; −0 prints as 0, and exponents as {@code 1e−12}.
   *
   * @param v the number; NaN prints as {@code NaN}
   * @return the text, with U+2212 for the minus sign and ∞ for infinities
   */
  public static String number(double v) {
    return number(v, DIGITS);
  }

  /**
   * As {@link #number(double)} with the given number of significant digits.
   *
   * @param v the number; NaN prints as {@code NaN}
   * @param digits significant digits, at least 1
   * @return the text, with U+2212 for the minus sign and ∞ for infinities
   * @throws IllegalArgumentException if {@code digits < 1}
   */
  public static String number(double v, int digits) {
    return number(v, digits, -4, 8);
  }

  /**
   * As {@link #number(double, int)}, written in plain decimals when the rounded number's decimal
   * exponent lies in {@code lowestPlain..highestPlain} and with an exponent ({@code 2.5e6},
   * {@code 1e−4}) otherwise; {@link #number(double, int)} uses −4..8.
   *
   * @param v the number; NaN prints as {@code NaN}
   * @param digits significant digits, at least 1
   * @param lowestPlain the smallest decimal exponent written without an exponent
   * @param highestPlain the largest decimal exponent written without an exponent
   * @return the text, with U+2212 for the minus sign and ∞ for infinities
   * @throws IllegalArgumentException if {@code digits < 1}
   */
  public static String number(double v, int digits, int lowestPlain, int highestPlain) {
    if (digits < 1) {
      throw new IllegalArgumentException("digits = " + digits + ": it must be at least 1");
    }
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
    if (exponent < lowestPlain || exponent > highestPlain) {
      BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
      text = mantissa.toPlainString() + "e" + exponent;
    } else {
      text = d.toPlainString();
    }
    return text.replace('-', '−');
  }
}
