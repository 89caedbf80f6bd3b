package dev.activations.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.activations.oracle.BigErf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The float kernels' cores meet the relative errors documented in {@link Cores}, against
 * 40-digit values from big-math (exp, log) and an independent erfc (series and continued
 * fraction).
 */
class CoresTest {
  private static final MathContext MC = new MathContext(40);
  private static final int POINTS = 20_000;

  /** Documented bounds (Cores' Javadoc), with the double rounding of the result on top. */
  private static final double EXP_BOUND = 1e-11;
  private static final double EXPM1_BOUND = 2e-11;
  private static final double LOG1P_BOUND = 2e-12;
  private static final double ERFC_BOUND = 1.5e-11;

  private static double relativeError(double computed, BigDecimal exact) {
    if (exact.signum() == 0) {
      return computed == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return new BigDecimal(computed).subtract(exact).divide(exact, MC).abs().doubleValue();
  }

  @Test
  void expWithinItsBound() {
    SplittableRandom r = new SplittableRandom(1);
    double worst = 0;
    for (int i = 0; i < POINTS; i++) {
      double x = i % 2 == 0 ? r.nextDouble(-708, 709) : r.nextDouble(-2, 2);
      BigDecimal exact = BigDecimalMath.exp(new BigDecimal(x), MC);
      worst = Math.max(worst, relativeError(Formulas.exp(x), exact));
    }
    assertThat(worst).isLessThan(EXP_BOUND);
  }

  @Test
  void expm1WithinItsBoundAndKeepsTheSignOfZero() {
    SplittableRandom r = new SplittableRandom(2);
    double worst = 0;
    for (int i = 0; i < POINTS; i++) {
      double x = switch (i % 3) {
        case 0 -> r.nextDouble(-40, 40);
        case 1 -> r.nextDouble(-1, 1);
        default -> Math.scalb(r.nextDouble(-1, 1), -r.nextInt(60));
      };
      BigDecimal exact = BigDecimalMath.exp(new BigDecimal(x), MC).subtract(BigDecimal.ONE);
      worst = Math.max(worst, relativeError(Formulas.expm1(x), exact));
    }
    assertThat(worst).isLessThan(EXPM1_BOUND);
    assertThat(Double.doubleToRawLongBits(Formulas.expm1(-0.0)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Formulas.expm1(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    assertThat(Formulas.expm1(Double.NaN)).isNaN();
  }

  @Test
  void log1pWithinItsBound() {
    SplittableRandom r = new SplittableRandom(3);
    double worst = 0;
    for (int i = 0; i < POINTS; i++) {
      double u = switch (i % 3) {
        case 0 -> r.nextDouble(0, 1);
        case 1 -> Math.scalb(r.nextDouble(), -r.nextInt(1000));
        default -> Math.exp(r.nextDouble(0, 40));
      };
      BigDecimal exact = u < 1e-6 ? log1pSeries(u)
          : BigDecimalMath.log(BigDecimal.ONE.add(new BigDecimal(u)), MC);
      worst = Math.max(worst, relativeError(Formulas.log1p(u), exact));
    }
    assertThat(worst).isLessThan(LOG1P_BOUND);
  }

  /** u − u²/2 + u³/3 − … through u^9: big-math would round 1 + u to 40 digits first. */
  private static BigDecimal log1pSeries(double u) {
    BigDecimal b = new BigDecimal(u);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal power = BigDecimal.ONE;
    for (int k = 1; k <= 9; k++) {
      power = power.multiply(b, MC);
      BigDecimal term = power.divide(BigDecimal.valueOf(k), MC);
      sum = k % 2 == 1 ? sum.add(term, MC) : sum.subtract(term, MC);
    }
    return sum;
  }

  @Test
  void erfcWithinItsBound() {
    SplittableRandom r = new SplittableRandom(4);
    double worst = 0;
    for (int i = 0; i < POINTS / 4; i++) {
      double a = i % 2 == 0 ? r.nextDouble(0, 10.5) : r.nextDouble(0, 1);
      BigDecimal exact = BigErf.erfc(new BigDecimal(a), MC);
      worst = Math.max(worst, relativeError(Formulas.erfc(a), exact));
    }
    assertThat(worst).isLessThan(ERFC_BOUND);
  }
}
