package dev.activations.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
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
 * {@link Erf#erf} and {@link Erf#erfc} against the correctly rounded values of the BigDecimal
 * reference {@link BigErf} (40 digits), and the reference against itself, against published
 * values and against big-math.
 */
class ErfTest {

  /** Largest error allowed, in ULPs of the correctly rounded result. */
  private static final long ERF_MAX_ULP = 1;

  private static final long ERFC_MAX_ULP = 1;

  /** Random points, each checked for both erf and erfc. */
  private static final int POINTS = 100_000;

  private static final long SEED = 0x5EED_E4F1L;

  /** Reference precision: 40 significant digits, far beyond what rounding to double needs. */
  private static final MathContext ORACLE = new MathContext(40, RoundingMode.HALF_EVEN);

  /** erf + erfc = 1 to within this, where both are moderate (|x| ≤ 2). */
  private static final double SUM_TOLERANCE = 0x1p-52;

  /** erfc(−x) = 2 − erfc(x) to within this (both sides rounded once near 2). */
  private static final double REFLECTION_TOLERANCE = 0x1p-51;

  /** The reference matches 40-digit published values to this relative difference. */
  private static final BigDecimal PUBLISHED_AGREE = new BigDecimal("1e-38");

  /** Series and continued fraction agree to this relative difference at 50 digits. */
  private static final BigDecimal METHODS_AGREE = new BigDecimal("1e-48");

  private static double[] xs;
  private static long[] erfUlps;
  private static long[] erfcUlps;

  @BeforeAll
  static void measure() {
    xs = points(POINTS, new SplittableRandom(SEED));
    erfUlps = new long[POINTS];
    erfcUlps = new long[POINTS];
    IntStream.range(0, POINTS)
        .parallel()
        .forEach(
            i -> {
              double x = xs[i];
              BigDecimal bx = new BigDecimal(x);
              BigDecimal erf;
              BigDecimal erfc;
              // One reference value per point; the other follows without cancellation.
              if (Math.abs(x) < 0.5) {
                erf = BigErf.erf(bx, ORACLE);
                erfc = BigDecimal.ONE.subtract(erf, ORACLE);
              } else {
                erfc = BigErf.erfc(bx, ORACLE);
                erf = BigDecimal.ONE.subtract(erfc, ORACLE);
              }
              erfUlps[i] = Ulps.between(Erf.erf(x), erf.doubleValue());
              erfcUlps[i] = Ulps.between(Erf.erfc(x), erfc.doubleValue());
            });
  }

  /**
   * Weighted towards where the approximation changes (piece ends 0.5, 1, 2, 4, 6), towards
   * [−6, 6], the right tail of erfc to its underflow near 27.23, 0 and the subnormals.
   */
  static double[] points(int n, SplittableRandom r) {
    double[] ends = {0.5, 1, 2, 4, 6, 27.2};
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(100);
      double x;
      if (kind < 40) {
        x = r.nextDouble(-6, 6);
      } else if (kind < 52) {
        x = r.nextDouble(-40, 40);
      } else if (kind < 67) {
        x = r.nextDouble(6, 27.5);
      } else if (kind < 72) {
        x = r.nextDouble(26, 27.3);
      } else if (kind < 82) {
        x = Math.scalb(1 + r.nextDouble(), -r.nextInt(1, 31));
      } else if (kind < 87) {
        x = Math.scalb(r.nextDouble(), -r.nextInt(31, 1075));
      } else {
        double end = ends[r.nextInt(ends.length)];
        x = r.nextBoolean()
            ? end + r.nextInt(-64, 65) * Math.ulp(end)
            : end + r.nextDouble(-1e-3, 1e-3);
      }
      out[i] = r.nextBoolean() ? x : -x;
    }
    return out;
  }

  @Test
  void erfIsWithinOneUlpOfCorrectlyRounded() {
    int worst = Ulps.argMax(erfUlps);
    assertThat(erfUlps[worst])
        .as("max erf error %d ULP at x = %s", erfUlps[worst], xs[worst])
        .isLessThanOrEqualTo(ERF_MAX_ULP);
  }

  @Test
  void erfcIsWithinOneUlpOfCorrectlyRoundedIncludingTailAndNegatives() {
    int worst = Ulps.argMax(erfcUlps);
    assertThat(erfcUlps[worst])
        .as("max erfc error %d ULP at x = %s", erfcUlps[worst], xs[worst])
        .isLessThanOrEqualTo(ERFC_MAX_ULP);
  }

  @Test
  void pointsCoverTheTailsAndSubnormals() {
    long subnormalResults =
        IntStream.range(0, POINTS)
            .filter(i -> Erf.erfc(xs[i]) > 0 && Erf.erfc(xs[i]) < Double.MIN_NORMAL)
            .count();
    long subnormalArguments =
        IntStream.range(0, POINTS).filter(i -> Math.abs(xs[i]) < Double.MIN_NORMAL).count();
    assertThat(subnormalResults).as("subnormal erfc results checked").isGreaterThan(1000);
    assertThat(subnormalArguments).as("subnormal arguments checked").isGreaterThan(100);
  }

  @ParameterizedTest(name = "erf({0}) = {1}, erfc({0}) = {2}")
  @CsvSource({
    "NaN, NaN, NaN",
    "0.0, 0.0, 1.0",
    "-0.0, -0.0, 1.0",
    "Infinity, 1.0, 0.0",
    "-Infinity, -1.0, 2.0",
    "-6.0, -1.0, 2.0",
    "1.7976931348623157e308, 1.0, 0.0",
    "-1.7976931348623157e308, -1.0, 2.0",
    "27.5, 1.0, 0.0",
    "4.9e-324, 4.9e-324, 1.0",
    "-4.9e-324, -4.9e-324, 1.0",
  })
  void specialValues(double x, double erf, double erfc) {
    // Boxed, so that NaN equals NaN and the sign of a zero counts.
    assertThat(Double.valueOf(Erf.erf(x))).isEqualTo(Double.valueOf(erf));
    assertThat(Double.valueOf(Erf.erfc(x))).isEqualTo(Double.valueOf(erfc));
  }

  @Test
  void erfcReachesSubnormalsAndUnderflowsNear27() {
    assertThat(Erf.erfc(27.0)).isGreaterThan(0).isLessThan(Double.MIN_NORMAL);
    assertThat(Ulps.between(Erf.erfc(27.0), 5.237048923789255685016067682849547e-319))
        .isLessThanOrEqualTo(ERFC_MAX_ULP);
    assertThat(Erf.erfc(27.3)).isZero();
  }

  @Test
  void erfIsOdd() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (double x : points(20_000, r)) {
      assertThat(Erf.erf(-x)).as("erf(-%s)", x).isEqualTo(-Erf.erf(x));
    }
  }

  @Test
  void erfPlusErfcIsOneWhereBothAreModerate() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int i = 0; i < 20_000; i++) {
      double x = r.nextDouble(-2, 2);
      assertThat(Erf.erf(x) + Erf.erfc(x)).as("x = %s", x).isCloseTo(1.0, within(SUM_TOLERANCE));
    }
  }

  @Test
  void erfcOfNegativeIsTwoMinusErfc() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    for (int i = 0; i < 20_000; i++) {
      double x = r.nextDouble(0, 7);
      assertThat(Erf.erfc(-x))
          .as("x = %s", x)
          .isCloseTo(2 - Erf.erfc(x), within(REFLECTION_TOLERANCE));
    }
  }

  // ---- the reference itself ----

  @ParameterizedTest(name = "erf({0})")
  @CsvSource({
    // mpmath 1.3, 50 digits, rounded to 40
    "0.5, 0.5204998778130465376827466538919645287365",
    "1, 0.8427007929497148693412206350826092592961",
    "2, 0.9953222650189527341620692563672529286109",
    "1e-10, 1.128379167095512573892397639231226796442e-10",
  })
  void referenceErfMatchesPublishedValues(String z, String expected) {
    assertThat(relativeDifference(BigErf.erf(new BigDecimal(z), ORACLE), new BigDecimal(expected)))
        .isLessThan(PUBLISHED_AGREE);
  }

  @ParameterizedTest(name = "erfc({0})")
  @CsvSource({
    "3, 0.00002209049699858544137277612958232037984771",
    "5, 1.537459794428034850188343485383378890118e-12",
    "10, 2.088487583762544757000786294957788611561e-45",
    "27, 5.237048923789255685016067682849547090934e-319",
    "-2, 1.995322265018952734162069256367252928611",
  })
  void referenceErfcMatchesPublishedValues(String z, String expected) {
    assertThat(relativeDifference(BigErf.erfc(new BigDecimal(z), ORACLE), new BigDecimal(expected)))
        .isLessThan(PUBLISHED_AGREE);
  }

  @Test
  void referenceSeriesAndContinuedFractionAgree() {
    MathContext mc = new MathContext(50, RoundingMode.HALF_EVEN);
    for (String z : new String[] {"2", "2.5", "3", "3.7", "4.25", "5", "6"}) {
      BigDecimal bz = new BigDecimal(z);
      BigDecimal series = BigErf.erfcSeries(bz, mc);
      BigDecimal fraction = BigErf.erfcContinuedFraction(bz, mc);
      assertThat(relativeDifference(series, fraction)).as("z = %s", z).isLessThan(METHODS_AGREE);
    }
  }

  @Test
  void referenceExponentialMatchesBigMath() {
    MathContext mc = new MathContext(50, RoundingMode.HALF_EVEN);
    for (String y : new String[] {"0", "1e-30", "0.3465", "1", "7.123456789", "100.5", "745.25"}) {
      BigDecimal by = new BigDecimal(y);
      BigDecimal expected = BigDecimalMath.exp(by.negate(), mc);
      assertThat(relativeDifference(BigErf.expNeg(by, mc), expected))
          .as("e^-%s", y)
          .isLessThan(METHODS_AGREE);
    }
  }

  private static BigDecimal relativeDifference(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().divide(b.abs(), MathContext.DECIMAL64);
  }

  private static Offset<Double> within(double tolerance) {
    return Offset.offset(tolerance);
  }

  /** Distances in ULPs, counted as the number of doubles between two values (±0 are one). */
  static final class Ulps {
    private Ulps() {}

    /** |ord(a) − ord(b)| where ord maps doubles monotonically onto the longs. */
    static long between(double a, double b) {
      if (Double.isNaN(a) || Double.isNaN(b)) {
        return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
      }
      return Math.abs(ordinal(a) - ordinal(b));
    }

    private static long ordinal(double v) {
      long bits = Double.doubleToRawLongBits(v);
      return bits >= 0 ? bits : Long.MIN_VALUE - bits;
    }

    /** The first index of the largest element. */
    static int argMax(long[] values) {
      int best = 0;
      for (int i = 1; i < values.length; i++) {
        if (values[i] > values[best]) {
          best = i;
        }
      }
      return best;
    }
  }
}
