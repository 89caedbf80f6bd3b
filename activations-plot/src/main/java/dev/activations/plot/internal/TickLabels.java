package dev.activations.plot.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Axis tick labels in one style for every chart: plain decimals with a leading zero
 * ({@code 0.05}, {@code −0.5}, {@code 250}) between 10⁻³ and 10⁴, and {@code 1e-4},
 * {@code 2.5e6} outside it, never Java's {@code 1E-4} or DecimalFormat's {@code .05}. The minus
 * sign is U+2212, as in the page's text.
 */
public final class TickLabels {
  private TickLabels() {}

  /** Below this magnitude (and above zero) a label is written with an exponent. */
  static final double SMALL = 1e-3;
  /** From this magnitude on a label is written with an exponent. */
  static final double LARGE = 1e4;

  /**
   * The label of a tick value. The value is first rounded to 10 significant digits, which
   * removes the binary noise of tick arithmetic (0.30000000000000004 reads 0.3).
   */
  public static String of(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
    double a = Math.abs(v);
    String text;
    if (a < SMALL || a >= LARGE) {
      int exponent = d.precision() - d.scale() - 1;
      BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
      text = mantissa.toPlainString() + "e" + exponent;
    } else {
      text = d.toPlainString();
    }
    return text.replace('-', '−');
  }

  /**
   * The label of a tick on a logarithmic axis drawn as log10(y): the decade 10^v where v is a
   * whole number ({@code 1e−4}, {@code 0.01}, {@code 1}, {@code 100}), nothing between decades.
   */
  public static String decade(double v) {
    double r = Math.rint(v);
    if (Math.abs(v - r) > 1e-9) {
      return "";
    }
    return of(Math.pow(10, r));
  }
}
