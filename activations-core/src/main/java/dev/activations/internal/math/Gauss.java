package dev.activations.internal.math;

/**
 * The standard normal distribution and the exact GELU built on it, in double precision:
 *
 * <ul>
 *   <li>Φ(x) = erfc(−x/√2)/2 ({@link #cdf}), φ(x) = e^(−x²/2)/√(2π) ({@link #pdf});
 *   <li>gelu(x) = x·Φ(x) ({@link #gelu}), gelu'(x) = Φ(x) + x·φ(x) ({@link #geluDerivative}).
 * </ul>
 *
 * <h2>Why not just call {@link Erf#erfc}(−x/√2)</h2>
 *
 * <p>Three things would each cost accuracy in the negative tail:
 *
 * <ol>
 *   <li>Rounding z = −x/√2 to a double: a relative error δ in z moves erfc(z) by about 2z²δ
 *       relatively (100 ULP at x = −10). So z is carried as a double-double, z = zh + zl with
 *       zl from {@link Math#fma} and a double-double 1/√2, and the erfc kernel ({@link
 *       Erf#expNegSquareTimes}) takes both parts: e^(−z²) from z² = zh² + 2·zh·zl exactly
 *       enough, and G(z) = e^(z²)·erfc(z) from y = 1/(1 + zh + zl).
 *   <li>Underflow of Φ before the multiplication: Φ(−38) ≈ 2.9e−316 keeps only 26 significant
 *       bits and Φ(−38.5) ≈ 1.4e−324 rounds to the least subnormal, while gelu(−38.5) ≈
 *       −5.4e−323 is eleven least subnormals. So the factor x/2 is folded into the kernel's
 *       multiplier and the product e^(−z²)·(x/2)·G(z) is rounded once, at the end.
 *   <li>Cancellation in gelu'(x) = Φ(x) + x·φ(x) for x &lt; 0, where both terms are of the same
 *       size and opposite sign: with Φ(x) = e^(−z²)·G(z)/2 and x·φ(x) = −e^(−z²)·|x|/√(2π), the
 *       kernel forms e^(−z²)·(G(z)/2 − |x|/√(2π)) with the bracket in double-double.
 * </ol>
 *
 * <p>For |x| &lt; 1/√2 (|z| &lt; 1/2) there is no tail: Φ(x) = (1 + erf(z))/2 with erf(z) = zh +
 * {@link Erf#erfExcess}, 1 + zh split exactly; gelu(x) = x·(1 + erf(z))/2; and gelu'(x) = 1/2 +
 * x·K(x²), where K(u) = K₀ + R₀·u + u²·R₁(u) is the power series of (gelu'(x) − 1/2)/x (K₀ =
 * √(2/π), R₀ = −(2/3)/√(2π), R₁ a degree-8 Chebyshev fit on u ∈ [0, 1/2], error below 2^−63),
 * summed in double-double so that the cancellation near the zero of gelu' (x ≈ −0.7518) costs
 * nothing but absolute error. For x ≥ 1/√2, Φ = 1 − erfc(z)/2, gelu = x − x·erfc(z)/2 by one
 * fma, and gelu' = 1 + e^(−z²)·(x/√(2π) − G(z)/2).
 *
 * <h2>Accuracy (measured)</h2>
 *
 * <p>Against the correctly rounded value of a 40-digit BigDecimal reference on 1,000,000 points
 * of {@code GaussTest}'s distribution ([−40, 40], weighted towards [−8, 8], the negative tail to
 * the subnormal results, the zero of gelu', the ends of the erfc pieces, 0 and the subnormal
 * arguments), and on a dense grid around the zero of gelu':
 *
 * <ul>
 *   <li>gelu: at most 1 ULP (for example at x = −0.5244);
 *   <li>gelu': at most 1 ULP outside [−0.762, −0.689], at most 4 ULP outside [−0.7553,
 *       −0.7476]; around its zero x₀ ≈ −0.75179 the relative error grows without bound (9012 ULP
 *       at x = −0.7517929, 1.4e−6 from x₀) as for any method, but the absolute error stays below
 *       0.07 ULP of gelu''s largest value 1.129 (about 1.6e−17);
 *   <li>Φ and φ: at most 1 ULP.
 * </ul>
 *
 * <p>{@code GaussTest} re-measures this on 100,000 points on every build, against the bars 2
 * ULP (gelu), 4 ULP or, within 0.25 of x₀, 4 ULP of 1.129 absolute (gelu'), 1 ULP (Φ, φ).
 *
 * <h2>Edge conventions</h2>
 *
 * <p>NaN → NaN everywhere. gelu(±0) = ±0, gelu(+∞) = +∞, gelu(−∞) = −0, and gelu(x) = −0 below
 * x ≈ −38.58 where the true value is under half the least subnormal; gelu(x) = x for x ≥ 6√2.
 * gelu'(0) = 1/2, gelu'(+∞) = 1, gelu'(−∞) = −0 (gelu' approaches 0 from below; it is −0 below
 * x ≈ −38.67), gelu'(x) = 1 for x ≥ 7.5√2. Φ(−∞) = 0, Φ(+∞) = 1, φ(±∞) = 0, φ(x) = 0 beyond
 * |x| ≈ 38.58. Subnormal x: gelu(x) = x/2 correctly rounded (a tie goes up, as x² &gt; 0),
 * gelu'(x) = Φ(x) = 1/2. Only +, −, ×, ÷ and {@link Math#fma}, all exactly specified, so the
 * results are bit-identical on every JDK.
 */
public final class Gauss {
  private Gauss() {}

  /** From here on (z = |x|/√2), Φ(x) for x &gt; 0 rounds to 1 and gelu(x) to x. */
  private static final double CDF_IS_ONE = Erf.ERF_IS_ONE;

  /** From here on (z = x/√2 ≈ 10.6), gelu'(x) − 1 ≈ φ(x)·x is below 1e−24: gelu' rounds to 1. */
  private static final double GELU_PRIME_IS_ONE = 7.5;

  /** Below this |x|, x/2 may be inexact while x² is below 2^−2000. */
  private static final double TINY = 0x1p-1020;

  /** Above this |x|, φ(x) = e^(−x²/2)/√(2π) is below half the least subnormal. */
  private static final double PDF_UNDERFLOW = 40;

  /** K₀ = √(2/π) as a double-double: the value at 0 of (gelu'(x) − 1/2)/x. */
  private static final double K0 = 0.7978845608028654;

  private static final double K0_LO = -4.98465440455546e-17;

  /** −(2/3)/√(2π) as a double-double. */
  private static final double R0 = -0.26596152026762176;

  private static final double R0_LO = -2.0391919472320352e-17;

  /** R₁(u) on u ∈ [0, 1/2], ascending powers of u. */
  private static final double[] R1 = {
    0.0598413420602149, -0.009498625723843614, 0.0011543468761603573, -0.00011333587508946333,
    9.323570669506449e-06, -6.596253180004786e-07, 4.091852782436044e-08,
    -2.250238498730023e-09, 1.0161721386121893e-10
  };

  /** Φ(x), the standard normal CDF, within 1 ULP; Φ(−∞) = 0, Φ(+∞) = 1, Φ(NaN) = NaN. */
  public static double cdf(double x) {
    double a = Math.abs(x);
    double zh = a * Erf.INV_SQRT2;
    if (zh < Erf.SMALL) {
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      double sh = Math.copySign(zh, x);
      double sl = x < 0 ? -zl : zl;
      double s = 1 + sh;
      double e = (1 - s) + sh;
      return 0.5 * (s + (e + Erf.erfExcess(sh, sl)));
    }
    if (x < 0) {
      if (zh >= Erf.TAIL_UNDERFLOW) {
        return 0.0;
      }
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      return Erf.expNegSquareTimes(zh, zl, 0.5, 0, 0);
    }
    if (zh < CDF_IS_ONE) {
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      return 1 - Erf.expNegSquareTimes(zh, zl, 0.5, 0, 0);
    }
    return x == x ? 1.0 : x;
  }

  /** φ(x) = e^(−x²/2)/√(2π), within 1 ULP down to its subnormal results; φ(±∞) = 0. */
  public static double pdf(double x) {
    double a = Math.abs(x);
    if (!(a < PDF_UNDERFLOW)) {
      return a == a ? 0.0 : x;
    }
    double hh = a * a;
    double hl = Math.fma(a, a, -hh);
    return Erf.mulExpNeg(0.5 * hh, 0.5 * hl, Erf.INV_SQRT_2PI, Erf.INV_SQRT_2PI_LO);
  }

  /**
   * gelu(x) = x·Φ(x), within 2 ULP (1 measured) for every double, including the negative tail
   * to its subnormal results. gelu(±0) = ±0, gelu(+∞) = +∞, gelu(−∞) = −0, gelu(NaN) = NaN.
   */
  public static double gelu(double x) {
    double a = Math.abs(x);
    double zh = a * Erf.INV_SQRT2;
    if (zh < Erf.SMALL) {
      if (a < TINY) {
        // x/2 + x²/√(2π) with the square far below the subnormal spacing: x/2, but a tie is
        // broken upwards since the square is positive (gelu(MIN_VALUE) = MIN_VALUE, not 0).
        double h = 0.5 * x;
        return 2 * h < x ? Math.nextUp(h) : h;
      }
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      double sh = Math.copySign(zh, x);
      double sl = x < 0 ? -zl : zl;
      double s = 1 + sh;
      double e = (1 - s) + sh;
      return 0.5 * Math.fma(x, s, x * (e + Erf.erfExcess(sh, sl)));
    }
    if (x < 0) {
      if (zh >= Erf.TAIL_UNDERFLOW) {
        return -0.0;
      }
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      return Erf.expNegSquareTimes(zh, zl, 0.5 * x, 0, 0);
    }
    if (zh < CDF_IS_ONE) {
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      return Math.fma(-x, Erf.expNegSquareTimes(zh, zl, 0.5, 0, 0), x);
    }
    return x;
  }

  /**
   * gelu'(x) = Φ(x) + x·φ(x), within 4 ULP (1 measured outside [−0.762, −0.689]), or near its
   * zero crossing at x ≈ −0.7518 within 4 ULP of its largest value 1.129 (0.07 measured), and
   * within 1 ULP down to its subnormal results in the negative tail. gelu'(0) = 1/2, gelu'(+∞) =
   * 1, gelu'(−∞) = −0, gelu'(NaN) = NaN.
   */
  public static double geluDerivative(double x) {
    double a = Math.abs(x);
    double zh = a * Erf.INV_SQRT2;
    if (zh < Erf.SMALL) {
      double u = x * x;
      double ue = Math.fma(x, x, -u);
      double p = u * R0;
      double pe = Math.fma(u, R0, -p);
      double kh = K0 + p;
      double ke = (K0 - kh) + p;
      double kl = ke + pe + K0_LO + u * R0_LO + ue * R0 + u * u * horner(R1, u);
      double xh = x * kh;
      double xl = Math.fma(x, kh, -xh) + x * kl;
      double s = 0.5 + xh;
      double sv = s - 0.5;
      double se = (0.5 - (s - sv)) + (xh - sv);
      return s + (se + xl);
    }
    if (x < 0) {
      if (zh >= Erf.TAIL_UNDERFLOW) {
        return -0.0;
      }
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      double bh = a * Erf.INV_SQRT_2PI;
      double bl = Math.fma(a, Erf.INV_SQRT_2PI, -bh) + a * Erf.INV_SQRT_2PI_LO;
      return Erf.expNegSquareTimes(zh, zl, 0.5, -bh, -bl);
    }
    if (zh < GELU_PRIME_IS_ONE) {
      double zl = Math.fma(a, Erf.INV_SQRT2, -zh) + a * Erf.INV_SQRT2_LO;
      double bh = a * Erf.INV_SQRT_2PI;
      double bl = Math.fma(a, Erf.INV_SQRT_2PI, -bh) + a * Erf.INV_SQRT_2PI_LO;
      return 1 + Erf.expNegSquareTimes(zh, zl, -0.5, bh, bl);
    }
    return x == x ? 1.0 : x;
  }

  private static double horner(double[] c, double x) {
    double acc = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      acc = Math.fma(acc, x, c[i]);
    }
    return acc;
  }
}
