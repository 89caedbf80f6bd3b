package dev.activations.plot.internal;

import dev.activations.MathText;

/**
 * Axis tick labels in one style for every chart: plain decimals with a leading zero
 * ({@code 0.05}, {@code −0.5}, {@code 250}) between 10⁻³ and 10⁴, and {@code 1e-4},
 * {@code 2.5e6} outside it, never Java's {@code 1E-4} or DecimalFormat's {@code .05}. The minus
 * sign is U+2212, as in the page's text.
 */
public final class TickLabels {
  private TickLabels() {}

  /**
   * The label of a tick value: plain from 10⁻³ up to below 10⁴, with an exponent outside. The
   * value is first rounded to 10 significant digits, which removes the binary noise of tick
   * arithmetic (0.30000000000000004 reads 0.3).
   */
  public static String of(double v) {
    return MathText.number(v, 10, -3, 3);
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
