package dev.activations.oracle;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reference erf and erfc in arbitrary precision, independent of the production code (nothing
 * here calls {@code dev.activations.internal}).
 *
 * <p>Two methods, each usable alone, so that a test can check one against the other:
 *
 * <ul>
 *   <li><b>Series</b> ({@link #erfSeries}, {@link #erfcSeries}): erf(z) = (2/√π)·e^(−z²)·Σ_{n≥0}
 *       2ⁿ·z^(2n+1)/(1·3·5···(2n+1)). Every term is positive, so the sum loses nothing to
 *       cancellation and needs only guard bits for the truncation of its terms. erfc(z) = 1 −
 *       erf(z) for z &gt; 0 cancels about log2(1/erfc(z)) ≈ (z² + ln(z√π))/ln 2 bits, which are
 *       added to the working precision; for z ≤ 0, erfc(z) = 1 + erf(|z|) cancels nothing.
 *   <li><b>Continued fraction</b> ({@link #erfcContinuedFraction}, z &gt; 0): the even
 *       contraction of Laplace's fraction, erfc(z) = (2z/√π)·e^(−z²) / (2z²+1 − 1·2/(2z²+5 −
 *       3·4/(2z²+9 − 5·6/(2z²+13 − …)))), evaluated backwards from a depth N. Its error after N
 *       levels behaves like e^(−c·z·√N) with c ≥ 3.4 for z ≥ 2 (measured against mpmath at 50
 *       and 70 digits), so N = (D·ln 10/(3.3·z))² + D/4 + 5 levels give D digits with margin
 *       (D = the requested digits plus the guard digits).
 * </ul>
 *
 * <p>{@link #erf} and {@link #erfc} pick the faster method: the continued fraction for |z| ≥
 * {@link #CF_FROM}, the series below. Results carry the requested precision (a unit or two in the
 * last of {@code mc.getPrecision()} digits at worst), relative, however small erfc(z) is.
 *
 * <p>For speed (the accuracy tests need hundreds of thousands of values) the arithmetic is binary
 * fixed point on {@link BigInteger} with {@code (digits + 5)·log2(10) + 24} fractional bits
 * rather than {@link BigDecimal} with a {@link MathContext} (whose every rounding is a division by
 * a power of ten). e^(−y) is 2^(−k)·e^r with r = k·ln 2 − y, |r| ≤ ln 2/2, and e^r is a Taylor
 * series at r/256 squared eight times. The constants ln 2 and 2/√π come from big-math ({@link
 * BigDecimalMath}), and {@link #expNeg} is checked against {@link BigDecimalMath#exp} by the
 * tests.
 */
public final class BigErf {
  private BigErf() {}

  /** From this |z| on the continued fraction is the cheaper method (measured at 40 digits). */
  public static final double CF_FROM = 4.5;

  /** Guard digits on top of the requested precision. */
  private static final int GUARD_DIGITS = 5;

  /** Guard bits on top of those, for the truncations of fixed-point steps. */
  private static final int GUARD_BITS = 24;

  /** The Taylor series of e^r is summed at r/2^SQUARINGS, then squared this many times. */
  private static final int SQUARINGS = 8;

  private static final double LN2 = Math.log(2);
  private static final double LN10 = Math.log(10);

  private static final ConcurrentHashMap<Integer, BigInteger> LN2_FIXED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Integer, BigInteger> TWO_OVER_SQRT_PI_FIXED =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Long, BigDecimal> POW2_NEG = new ConcurrentHashMap<>();
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** erf(z) to {@code mc}'s precision; erf(−z) = −erf(z), erf(0) = 0. */
  public static BigDecimal erf(BigDecimal z, MathContext mc) {
    z = z.round(extra(mc));
    if (z.signum() < 0) {
      return erf(z.negate(), mc).negate();
    }
    if (z.doubleValue() >= CF_FROM) {
      // erfc(z) < 2e−10 here, so its relative error reaches erf only shrunk by that factor.
      return BigDecimal.ONE.subtract(erfcContinuedFraction(z, mc), mc);
    }
    return erfSeries(z, mc);
  }

  /** erfc(z) = 1 − erf(z) to {@code mc}'s precision, relative, for every z. */
  public static BigDecimal erfc(BigDecimal z, MathContext mc) {
    z = z.round(extra(mc));
    if (z.signum() < 0) {
      // 2 − erfc(|z|) ∈ (1, 2]: no cancellation, and the fast method for |z|.
      return BigDecimal.valueOf(2).subtract(erfc(z.negate(), extra(mc)), mc);
    }
    if (z.doubleValue() >= CF_FROM) {
      return erfcContinuedFraction(z, mc);
    }
    return erfcSeries(z, mc);
  }

  /** erf(z) by the all-positive series, for any z (slow for large |z|: about 2z² terms). */
  public static BigDecimal erfSeries(BigDecimal z, MathContext mc) {
    z = z.round(extra(mc));
    if (z.signum() < 0) {
      return erfSeries(z.negate(), mc).negate();
    }
    if (z.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int bits = bits(mc);
    // erf(z) = z·Y·2^−k, Y = (2/√π)·e^r·S, S = Σ 2ⁿz²ⁿ/(2n+1)!! ≥ 1: z itself stays decimal so
    // that a tiny z keeps its relative precision.
    Scaled y = erfOverZ(z, bits);
    return z.multiply(toDecimal(y.mantissa, bits + y.exponent, extra(mc)), mc);
  }

  /**
   * erfc(z) = 1 − erf(z) by the series, with the bits that the subtraction cancels added to the
   * working precision (z &gt; 0), or as 1 + erf(|z|) (z ≤ 0).
   */
  public static BigDecimal erfcSeries(BigDecimal z, MathContext mc) {
    z = z.round(extra(mc));
    if (z.signum() <= 0) {
      return BigDecimal.ONE.add(erfSeries(z.negate(), extra(mc)), mc);
    }
    double zd = z.doubleValue();
    int lost = (int) Math.ceil((zd * zd + Math.log(zd * Math.sqrt(Math.PI) + 1)) / LN2) + 8;
    int bits = bits(mc) + lost;
    Scaled y = erfOverZ(z, bits);
    BigInteger erf = fixed(z, bits).multiply(y.mantissa).shiftRight(bits + y.exponent);
    return toDecimal(BigInteger.ONE.shiftLeft(bits).subtract(erf), bits, mc);
  }

  /**
   * erfc(z) by the continued fraction, z &gt; 0. Converges for every z &gt; 0 but needs many
   * levels below z ≈ 2 (about 900 for 50 digits at z = 1).
   */
  public static BigDecimal erfcContinuedFraction(BigDecimal z, MathContext mc) {
    z = z.round(extra(mc));
    if (z.signum() <= 0) {
      throw new IllegalArgumentException("continued fraction needs z > 0, got " + z);
    }
    int bits = bits(mc);
    BigInteger zf = fixed(z, bits);
    BigInteger z2 = zf.multiply(zf).shiftRight(bits);
    BigInteger twoZ2 = z2.shiftLeft(1);
    double zd = z.doubleValue();
    double digits = mc.getPrecision() + GUARD_DIGITS;
    int depth = (int) Math.ceil(Math.pow(digits * LN10 / (3.3 * zd), 2) + digits / 4 + 5);
    // Backwards: f_N = b_N, f_k = b_k + a_(k+1)/f_(k+1), b_k = 2z² + 4k − 3,
    // a_k = −(2k − 3)(2k − 2); every f_k ≥ 2z² + 1, so the divisions are well conditioned.
    BigInteger f = twoZ2.add(BigInteger.valueOf(4L * depth - 3).shiftLeft(bits));
    for (int k = depth - 1; k >= 1; k--) {
      BigInteger a = BigInteger.valueOf(-(2L * k - 1) * (2L * k)).shiftLeft(2 * bits);
      f = twoZ2.add(BigInteger.valueOf(4L * k - 3).shiftLeft(bits)).add(a.divide(f));
    }
    Scaled e = expNegFixed(z2, bits);
    BigInteger num = twoOverSqrtPi(bits).multiply(zf).shiftRight(bits).multiply(e.mantissa);
    // num carries 2^(2·bits); dividing by f (2^bits) leaves 2^bits.
    return toDecimal(num.divide(f), bits + e.exponent, mc);
  }

  /**
   * e^(−y) for y ≥ 0, to {@code mc}'s precision (the kernel of every method above). The cost
   * grows with y through the decimal conversion of 2^−k, k ≈ y/ln 2 (fine up to y ≈ 10⁴).
   */
  public static BigDecimal expNeg(BigDecimal y, MathContext mc) {
    y = y.round(extra(mc));
    if (y.signum() < 0) {
      throw new IllegalArgumentException("expNeg needs y >= 0, got " + y);
    }
    int bits = bits(mc);
    Scaled e = expNegFixed(fixed(y, bits), bits);
    return toDecimal(e.mantissa, bits + e.exponent, mc);
  }

  /** The value mantissa·2^−(bits + exponent), "bits" being the caller's fixed-point precision. */
  private record Scaled(BigInteger mantissa, int exponent) {}

  /** erf(z)/z = (2/√π)·e^(−z²)·Σ 2ⁿz²ⁿ/(2n+1)!!, z &gt; 0, as Y·2^−(bits + exponent). */
  private static Scaled erfOverZ(BigDecimal z, int bits) {
    BigInteger zf = fixed(z, bits);
    BigInteger z2 = zf.multiply(zf).shiftRight(bits);
    BigInteger twoZ2 = z2.shiftLeft(1);
    double z2d = z.doubleValue() * z.doubleValue();
    BigInteger term = BigInteger.ONE.shiftLeft(bits);
    BigInteger sum = term;
    for (long n = 1; ; n++) {
      term = term.multiply(twoZ2).shiftRight(bits).divide(BigInteger.valueOf(2 * n + 1));
      sum = sum.add(term);
      // Once 2z²/(2n+3) ≤ 1/2 the terms at least halve: the rest is below the last term, and
      // a term of at most one unit is below the precision.
      if (term.bitLength() <= 1 && 2.0 * n + 3 >= 4 * z2d) {
        break;
      }
    }
    Scaled e = expNegFixed(z2, bits);
    BigInteger y =
        twoOverSqrtPi(bits).multiply(e.mantissa).shiftRight(bits).multiply(sum).shiftRight(bits);
    return new Scaled(y, e.exponent);
  }

  /**
   * e^(−y) for y = yf·2^−bits ≥ 0, as E·2^−(bits + k) with E = e^r·2^bits, r = k·ln 2 − y,
   * |r| ≤ ln 2/2 (plus a hair from the double estimate of k).
   */
  private static Scaled expNegFixed(BigInteger yf, int bits) {
    int k = (int) Math.round(Math.scalb(yf.doubleValue(), -bits) / LN2);
    int inner = bits + 2 * SQUARINGS + 16;
    // r at 'inner' bits; read at inner + SQUARINGS bits it is r/2^SQUARINGS with no shift lost.
    BigInteger r =
        ln2(inner).multiply(BigInteger.valueOf(k)).subtract(yf.shiftLeft(inner - bits));
    int scale = inner + SQUARINGS;
    BigInteger one = BigInteger.ONE.shiftLeft(scale);
    BigInteger term = one;
    BigInteger sum = one;
    for (long n = 1; term.signum() != 0; n++) {
      term = term.multiply(r).shiftRight(scale).divide(BigInteger.valueOf(n));
      sum = sum.add(term);
    }
    for (int i = 0; i < SQUARINGS; i++) {
      sum = sum.multiply(sum).shiftRight(scale);
    }
    return new Scaled(sum.shiftRight(scale - bits), k);
  }

  /** Fractional bits for a precision: the requested digits, guard digits and guard bits. */
  private static int bits(MathContext mc) {
    return (int) Math.ceil((mc.getPrecision() + GUARD_DIGITS) * LN10 / LN2) + GUARD_BITS;
  }

  private static MathContext extra(MathContext mc) {
    return new MathContext(mc.getPrecision() + GUARD_DIGITS, RoundingMode.HALF_EVEN);
  }

  /** round(x·2^bits). */
  private static BigInteger fixed(BigDecimal x, int bits) {
    return x.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(bits)))
        .setScale(0, RoundingMode.HALF_EVEN)
        .toBigInteger();
  }

  /** m·2^−shift rounded to mc, through a cached 2^−shift = 5^shift·10^−shift of 5 more digits. */
  private static BigDecimal toDecimal(BigInteger m, int shift, MathContext mc) {
    if (shift <= 0) {
      return new BigDecimal(m.shiftLeft(-shift)).round(mc);
    }
    int digits = mc.getPrecision() + 5;
    BigDecimal scale =
        POW2_NEG.computeIfAbsent(
            ((long) shift << 32) | digits,
            key ->
                new BigDecimal(FIVE.pow(shift), shift)
                    .round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    return new BigDecimal(m).multiply(scale, mc);
  }

  private static BigInteger ln2(int bits) {
    return LN2_FIXED.computeIfAbsent(
        bits, b -> fixed(BigDecimalMath.log(BigDecimal.valueOf(2), digitsFor(b)), b));
  }

  private static BigInteger twoOverSqrtPi(int bits) {
    return TWO_OVER_SQRT_PI_FIXED.computeIfAbsent(
        bits,
        b -> {
          MathContext m = digitsFor(b);
          return fixed(
              BigDecimal.valueOf(2).divide(BigDecimalMath.sqrt(BigDecimalMath.pi(m), m), m), b);
        });
  }

  private static MathContext digitsFor(int bits) {
    return new MathContext((int) Math.ceil(bits * LN2 / LN10) + 10, RoundingMode.HALF_EVEN);
  }
}
