package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.SHIFT;

/**
 * The constants of the double kernels' transcendental cores: e^x, e^x − 1, the logistic σ(t),
 * ln(1 + u) and tanh, to double precision, from our own polynomials. The cores are definitions in
 * {@code tools/panama_kernels.py} ({@code dexp}, {@code dexpm1}, {@code logistic},
 * {@code dlog1p}, {@code dtanh}, {@code scaled_tail}), written into every vector kernel and, as
 * scalar twins, into {@link DoubleFormulas}, so both paths agree bit for bit.
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>{@code exp}: x = k·ln 2 + r, |r| ≤ ln 2 / 2 (Cody–Waite, ln 2 in two parts), e^r − 1 =
 *       r·P(r) with P the Taylor polynomial through r^12/13! (truncation below 2e−17 relative),
 *       then 2^k applied in two halves so that results down to the smallest subnormal are
 *       scaled once: within about 1 ULP. x is clamped to [−746, 710], past which e^x is 0 and
 *       ∞ in double.
 *   <li>{@code logistic}: σ(t) = 1/(1 + e^−t) for t ≥ 0 and e^t/(1 + e^t) below, from
 *       e = e^(−|t|) kept as a sum of two doubles (the rounding error of the last step of exp,
 *       and tl, the error of a rounded argument t = th + tl, carried along), 1 + e kept as a
 *       sum of two doubles, and one Newton correction of the quotient: within about 1 ULP
 *       whatever the magnitude of t. The complement σ(−t) comes from the same sums.
 *   <li>{@code log1p}: as the float cores' log1p, with the atanh series through s^20 (below
 *       1e−18 relative), the quotient s carrying its rounding error and the leading term 2s
 *       added last, plus a second input word ul: ln(1 + u + ul).
 *   <li>{@code tanh}: for |x| &lt; 1/2, x + x³·T(x²) with T of degree 10 fitted by us at
 *       Chebyshev nodes of [0, 1/4] (within 5e−18 relative of (tanh x − x)/x³); above,
 *       1 − 2σ(−2|x|) with the logistic above; within about 1 ULP.
 *   <li>{@code scaledTail}: f·e^x where the product is subnormal, e^x taken times 2^512 and
 *       the product scaled back once.
 * </ul>
 * The bounds of the functions built on these are measured against 40-digit values by
 * AccuracyTest (value within 2 ULP, derivative within 4, the contract for double).
 */
final class DoubleCores {
  private DoubleCores() {}

  /** (e^r − 1)/r = Σ r^n/(n + 1)!, n = 0 … 12, ascending. */
  static final double[] EXPM1_P = {
    1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320,
    1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800L,
  };
  /** (2·atanh(s)/s − 2)/s² = Σ 2s^(2n)/(2n + 3), n = 0 … 9, ascending in z = s². */
  static final double[] LOG_P1 = {
    2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15, 2.0 / 17, 2.0 / 19, 2.0 / 21,
  };
  /** T(z) ≈ (tanh x − x)/x³ with z = x², ascending, on [0, 1/4]. */
  static final double[] TANH_T = {
    -0.3333333333333333, 0.1333333333333323, -0.053968253968089755, 0.0218694885258676,
    -0.008863235198659135, 0.0035921217969498704, -0.0014557608138655873,
    0.0005894667419101905, -0.00023635364294136244, 8.819580305745065e-05,
    -2.295330465333733e-05,
  };
  /** Below this |x|, tanh is its polynomial. */
  static final double TANH_SERIES = 0.5;
  /** e^x is 0 in double below this and ∞ above {@link #EXP_MAX}. */
  static final double EXP_MIN = -746;
  static final double EXP_MAX = 710;
  /** e^x − 1 rounds to −1 below this. */
  static final double EXPM1_MIN = -40;
  static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
  /** Below this, products f·e^x go through {@code scaledTail}. */
  static final double TAIL = -700;
  static final double TAIL_MIN = -1500;
  /** 512·ln 2 as a sum of two doubles. */
  static final double TAIL_SHIFT_HI = 354.891356446692;
  static final double TAIL_SHIFT_LO = 1.1873519686893054e-14;
}
