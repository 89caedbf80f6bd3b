package dev.activations.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.activations.internal.math.ErfTest.Ulps;
import dev.activations.oracle.BigErf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Gauss}: gelu(x) = x·Φ(x), gelu'(x) = Φ(x) + x·φ(x), Φ and φ, against the correctly
 * rounded values of a 40-digit reference built on {@link BigErf} (Φ(x) = erfc(−x/√2)/2, with
 * x/√2 carried to 50 digits) and {@link BigErf#expNeg} (φ). 40 digits leave gelu'(x) = Φ + x·φ
 * more than 20 correct digits even where its two terms cancel, except right at its zero, where
 * only its absolute error is checked.
 */
class GaussTest {

  /** Largest errors allowed, in ULPs of the correctly rounded result. */
  private static final long GELU_MAX_ULP = 2;

  private static final long GELU_PRIME_MAX_ULP = 4;
  private static final long CDF_MAX_ULP = 1;
  private static final long PDF_MAX_ULP = 1;

  /**
   * Near its zero crossing (x ≈ −0.7518) gelu' is allowed GELU_PRIME_MAX_ULP ULPs of its largest
   * value instead of its own: its relative error is unbounded there for any method.
   */
  private static final double GELU_PRIME_PEAK = 1.1289;

  private static final double GELU_PRIME_ZERO = -0.7517915241;

  /** Half-width of the window around the zero crossing where that absolute bar applies. */
  private static final double GELU_PRIME_ZERO_WINDOW = 0.25;

  private static final double ABSOLUTE_BAR = GELU_PRIME_MAX_ULP * Math.ulp(GELU_PRIME_PEAK);

  private static final int POINTS = 100_000;
  private static final long SEED = 0x6E1_0DE4L;

  private static final MathContext ORACLE = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final MathContext WIDE = new MathContext(50, RoundingMode.HALF_EVEN);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal INV_SQRT2 =
      BigDecimal.ONE.divide(BigDecimalMath.sqrt(BigDecimal.valueOf(2), WIDE), WIDE);
  private static final BigDecimal INV_SQRT_2PI =
      BigDecimal.ONE.divide(
          BigDecimalMath.sqrt(BigDecimalMath.pi(WIDE).multiply(BigDecimal.valueOf(2)), WIDE),
          WIDE);

  /** Central differences: step and tolerance (truncation h²·|f'''|/6 plus rounding ε/h). */
  private static final double DIFF_STEP = 0x1p-17;

  private static final double DIFF_TOLERANCE = 1e-8;

  /** gelu'(x) + gelu'(−x) = 1 to within this (each side within a few ULP, the sum rounded). */
  private static final double SYMMETRY_TOLERANCE = 0x1p-51;

  private static double[] xs;
  private static long[] geluUlps;
  private static long[] primeUlps;
  private static double[] primeAbsolute;
  private static long[] cdfUlps;
  private static long[] pdfUlps;

  @BeforeAll
  static void measure() {
    xs = points(POINTS, new SplittableRandom(SEED));
    geluUlps = new long[POINTS];
    primeUlps = new long[POINTS];
    primeAbsolute = new double[POINTS];
    cdfUlps = new long[POINTS];
    pdfUlps = new long[POINTS];
    IntStream.range(0, POINTS)
        .parallel()
        .forEach(
            i -> {
              double x = xs[i];
              BigDecimal bx = new BigDecimal(x).round(WIDE);
              BigDecimal cdf = cdf(bx);
              BigDecimal pdf = BigErf.expNeg(bx.multiply(bx).multiply(HALF), ORACLE)
                  .multiply(INV_SQRT_2PI, WIDE);
              BigDecimal gelu = bx.multiply(cdf, ORACLE);
              BigDecimal prime = cdf.add(bx.multiply(pdf), ORACLE);
              double primeValue = Gauss.geluDerivative(x);
              geluUlps[i] = Ulps.between(Gauss.gelu(x), gelu.doubleValue());
              primeUlps[i] = Ulps.between(primeValue, prime.doubleValue());
              primeAbsolute[i] =
                  new BigDecimal(primeValue).subtract(prime).abs().doubleValue();
              cdfUlps[i] = Ulps.between(Gauss.cdf(x), cdf.doubleValue());
              pdfUlps[i] = Ulps.between(Gauss.pdf(x), pdf.doubleValue());
            });
  }

  /**
   * Φ(x) to 40 digits: (1 + erf(x/√2))/2 near 0, erfc(|x|/√2)/2 or 1 − that in the tails; x/√2
   * is formed to 50 digits so that its rounding is far below the 40.
   */
  private static BigDecimal cdf(BigDecimal x) {
    BigDecimal z = x.multiply(INV_SQRT2, WIDE);
    if (z.abs().compareTo(HALF) < 0) {
      return BigDecimal.ONE.add(BigErf.erf(z, ORACLE)).multiply(HALF);
    }
    BigDecimal tail = BigErf.erfc(z.abs(), ORACLE).multiply(HALF);
    return x.signum() < 0 ? tail : BigDecimal.ONE.subtract(tail, WIDE);
  }

  /**
   * Weighted towards [−8, 8] (|x/√2| &lt; 6, where erfc is not yet negligible), the ends of the
   * erfc pieces in x = √2·z, the negative tail down to gelu's subnormal results (x ≈ −38.9), the
   * zero crossing of gelu', 0 and the subnormals.
   */
  static double[] points(int n, SplittableRandom r) {
    double sqrt2 = Math.sqrt(2);
    double[] ends = {0.5 * sqrt2, sqrt2, 2 * sqrt2, 4 * sqrt2, 6 * sqrt2, 7.5 * sqrt2};
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(100);
      double x;
      if (kind < 35) {
        x = r.nextDouble(-8, 8);
      } else if (kind < 47) {
        x = r.nextDouble(-40, 40);
      } else if (kind < 62) {
        x = r.nextDouble(-39.5, -8);
      } else if (kind < 67) {
        x = r.nextDouble(-39, -37);
      } else if (kind < 72) {
        x = r.nextDouble(-1, -0.5);
      } else if (kind < 82) {
        x = Math.copySign(Math.scalb(1 + r.nextDouble(), -r.nextInt(1, 31)), r.nextInt(2) - 0.5);
      } else if (kind < 87) {
        x = Math.copySign(Math.scalb(r.nextDouble(), -r.nextInt(31, 1075)), r.nextInt(2) - 0.5);
      } else {
        double end = ends[r.nextInt(ends.length)] * (r.nextBoolean() ? 1 : -1);
        x = r.nextBoolean()
            ? end + r.nextInt(-64, 65) * Math.ulp(end)
            : end + r.nextDouble(-1e-3, 1e-3);
      }
      out[i] = x;
    }
    return out;
  }

  @Test
  void geluIsWithinTwoUlpsEverywhereIncludingTheSubnormalTail() {
    int worst = Ulps.argMax(geluUlps);
    assertThat(geluUlps[worst])
        .as("max gelu error %d ULP at x = %s", geluUlps[worst], xs[worst])
        .isLessThanOrEqualTo(GELU_MAX_ULP);
  }

  @Test
  void geluDerivativeIsWithinFourUlpsOrAbsolutelyNearItsZero() {
    long[] effective = new long[POINTS];
    for (int i = 0; i < POINTS; i++) {
      boolean nearZero = Math.abs(xs[i] - GELU_PRIME_ZERO) < GELU_PRIME_ZERO_WINDOW;
      effective[i] = nearZero && primeAbsolute[i] <= ABSOLUTE_BAR ? 0 : primeUlps[i];
    }
    int worst = Ulps.argMax(effective);
    assertThat(effective[worst])
        .as("max gelu' error %d ULP at x = %s", effective[worst], xs[worst])
        .isLessThanOrEqualTo(GELU_PRIME_MAX_ULP);
  }

  @Test
  void cdfAndPdfAreWithinOneUlp() {
    int worstCdf = Ulps.argMax(cdfUlps);
    assertThat(cdfUlps[worstCdf])
        .as("max Φ error %d ULP at x = %s", cdfUlps[worstCdf], xs[worstCdf])
        .isLessThanOrEqualTo(CDF_MAX_ULP);
    int worstPdf = Ulps.argMax(pdfUlps);
    assertThat(pdfUlps[worstPdf])
        .as("max φ error %d ULP at x = %s", pdfUlps[worstPdf], xs[worstPdf])
        .isLessThanOrEqualTo(PDF_MAX_ULP);
  }

  @Test
  void pointsCoverTheSubnormalTail() {
    long subnormal =
        IntStream.range(0, POINTS)
            .filter(i -> Gauss.gelu(xs[i]) < 0 && Gauss.gelu(xs[i]) > -Double.MIN_NORMAL)
            .filter(i -> xs[i] < -30)
            .count();
    assertThat(subnormal).as("subnormal gelu results checked").isGreaterThan(1000);
  }

  @Test
  void geluOfMinus38IsTheRightSubnormal() {
    // gelu(−38) ≈ −1.1e−314 is subnormal; forming Φ(−38) ≈ 2.9e−316 first would round twice.
    BigDecimal x = BigDecimal.valueOf(-38);
    double expected = x.multiply(cdf(x), ORACLE).doubleValue();
    assertThat(expected).isLessThan(-1e-315).isGreaterThan(-1e-313);
    assertThat(Ulps.between(Gauss.gelu(-38), expected)).isLessThanOrEqualTo(GELU_MAX_ULP);
  }

  @ParameterizedTest(name = "x = {0}")
  @CsvSource({
    "NaN, NaN, NaN, NaN, NaN",
    "0.0, 0.0, 0.5, 0.5, 0.3989422804014327",
    "-0.0, -0.0, 0.5, 0.5, 0.3989422804014327",
    "Infinity, Infinity, 1.0, 1.0, 0.0",
    "-Infinity, -0.0, -0.0, 0.0, 0.0",
    "1.7976931348623157e308, 1.7976931348623157e308, 1.0, 1.0, 0.0",
    "-1.7976931348623157e308, -0.0, -0.0, 0.0, 0.0",
    "-39.0, -0.0, -0.0, 0.0, 0.0",
    "9.0, 9.0, 1.0, 1.0, 1.0279773571668915e-18",
    "20.0, 20.0, 1.0, 1.0, 5.520948362159764e-88",
    "1e-300, 5e-301, 0.5, 0.5, 0.3989422804014327",
    "4.9e-324, 4.9e-324, 0.5, 0.5, 0.3989422804014327",
    "-4.9e-324, -0.0, 0.5, 0.5, 0.3989422804014327",
    "1.0e-323, 4.9e-324, 0.5, 0.5, 0.3989422804014327",
  })
  void specialValues(double x, double gelu, double prime, double cdf, double pdf) {
    // Boxed, so that NaN equals NaN and the sign of a zero counts.
    assertThat(Double.valueOf(Gauss.gelu(x))).as("gelu").isEqualTo(Double.valueOf(gelu));
    assertThat(Double.valueOf(Gauss.geluDerivative(x)))
        .as("gelu'")
        .isEqualTo(Double.valueOf(prime));
    assertThat(Double.valueOf(Gauss.cdf(x))).as("cdf").isEqualTo(Double.valueOf(cdf));
    assertThat(Double.valueOf(Gauss.pdf(x))).as("pdf").isEqualTo(Double.valueOf(pdf));
  }

  @Test
  void derivativeMatchesCentralDifferences() {
    for (double x = -12; x <= 12; x += 0.0625) {
      double h = DIFF_STEP;
      double numeric = (Gauss.gelu(x + h) - Gauss.gelu(x - h)) / (2 * h);
      assertThat(Gauss.geluDerivative(x))
          .as("gelu'(%s)", x)
          .isCloseTo(numeric, Offset.offset(DIFF_TOLERANCE));
    }
  }

  @Test
  void geluDerivativesOfOppositeArgumentsAddToOne() {
    // Φ(x) + Φ(−x) = 1 and xφ(x) is odd, so gelu'(x) + gelu'(−x) = 1.
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 20_000; i++) {
      double x = r.nextDouble(0, 12);
      assertThat(Gauss.geluDerivative(x) + Gauss.geluDerivative(-x))
          .as("x = %s", x)
          .isCloseTo(1.0, Offset.offset(SYMMETRY_TOLERANCE));
    }
  }
}
