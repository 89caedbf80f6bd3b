package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.FloatRange;
import org.junit.jupiter.api.Test;

/**
 * The identities and constants of the articles (docs/articles.md M4, M6, M9, M10, M16, M17) checked
 * on the library's own values: each side computed by the library, compared within the error
 * that the accuracy bars allow, or exactly where the identity is exact in floating point.
 */
class IdentitiesTest {

  private static final Activation SIGMOID = Activations.of("sigmoid");
  private static final Activation TANH = Activations.of("tanh");
  private static final Activation SOFTPLUS = Activations.of("softplus");
  private static final Activation SOFTPLUS_BETA_2 =
      Activations.of("softplus(beta=2.0, threshold=10.0)");
  private static final Activation SWISH_0 = Activations.of("swish(beta=0.0)");
  private static final Activation SWISH_1 = Activations.of("swish(beta=1.0)");
  private static final Activation SILU = Activations.of("silu");
  private static final Activation SELU = Activations.of("selu");
  private static final Activation GELU = Activations.of("gelu");
  private static final Activation GELU_TANH = Activations.of("gelu(approximate=tanh)");

  private static final double DOUBLE_VALUE_ULPS = AccuracyTest.DOUBLE_VALUE_ULPS;
  private static final double DOUBLE_DERIVATIVE_ULPS = AccuracyTest.DOUBLE_DERIVATIVE_ULPS;
  private static final double FLOAT_VALUE_ULPS = AccuracyTest.FLOAT_VALUE_ULPS;

  // -----------------------------------------------------------------------------------------
  // M4: σ' = σ(1 − σ), σ'(0) = 1/4 is its maximum

  /**
   * Both sides approximate σ(x)(1 − σ(x)). The bound adds the derivative's bar, the propagated
   * error of σ (its bar, times σ + (1 − σ) = 1) and the roundings of 1 − s and of the product.
   */
  @Property(tries = 3000, seed = "4")
  void sigmoidDerivativeIsSigmaTimesOneMinusSigma(
      @ForAll @DoubleRange(min = -40, max = 40) double x) {
    double s = SIGMOID.value(x);
    double oneMinus = 1 - s;
    double product = s * oneMinus;
    double d = SIGMOID.derivative(x);
    double bound =
        DOUBLE_DERIVATIVE_ULPS * Math.ulp(d)
            + DOUBLE_VALUE_ULPS * Math.ulp(s)
            + 0.5 * Math.ulp(oneMinus)
            + 0.5 * Math.ulp(product);
    assertThat(d).as("σ'(%s) vs σ(1−σ)", x).isCloseTo(product, within(bound));
  }

  @Test
  void sigmoidDerivativeAtZeroIsExactlyAQuarter() {
    assertThat(SIGMOID.derivative(0.0)).isEqualTo(0.25);
    assertThat(SIGMOID.derivative(-0.0)).isEqualTo(0.25);
    assertThat(SIGMOID.derivative(0f)).isEqualTo(0.25f);
  }

  /** A scan of [−20, 20]: σ' never exceeds 1/4, and is below it once x² / 16 is resolvable. */
  @Test
  void aQuarterIsTheMaximumOfTheSigmoidDerivative() {
    double step = 1e-4;
    double max = 0;
    double argMax = Double.NaN;
    for (int i = -200_000; i <= 200_000; i++) {
      double x = i * step;
      double d = SIGMOID.derivative(x);
      assertThat(d).as("σ'(%s)", x).isLessThanOrEqualTo(0.25);
      if (d > max) {
        max = d;
        argMax = x;
      }
      if (Math.abs(x) >= 1e-3) {
        assertThat(d).as("σ'(%s)", x).isLessThan(0.25);
      }
    }
    assertThat(max).isEqualTo(0.25);
    assertThat(argMax).isEqualTo(0.0);
  }

  @Property(tries = 2000, seed = "4")
  void sigmoidDerivativeNeverExceedsAQuarter(@ForAll double x) {
    if (!Double.isNaN(x)) {
      assertThat(SIGMOID.derivative(x)).isLessThanOrEqualTo(0.25);
    }
  }

  // -----------------------------------------------------------------------------------------
  // M6: tanh(x) = 2σ(2x) − 1

  /**
   * 2σ(2x) − 1 cancels near 0, so the bound is in ULPs of σ(2x) as well as of tanh x: tanh's
   * bar, twice σ's bar (the doubling), and half an ULP for the subtraction's rounding.
   */
  @Property(tries = 3000, seed = "6")
  void tanhIsTwiceSigmaOfTwiceXMinusOne(@ForAll @DoubleRange(min = -40, max = 40) double x) {
    double t = TANH.value(x);
    double s = SIGMOID.value(2 * x);
    double rhs = 2 * s - 1;
    double bound =
        DOUBLE_VALUE_ULPS * Math.ulp(t) + 2 * DOUBLE_VALUE_ULPS * Math.ulp(s) + 0.5 * Math.ulp(rhs);
    assertThat(t).as("tanh(%s) vs 2σ(2x) − 1", x).isCloseTo(rhs, within(bound));
  }

  @Property(tries = 3000, seed = "6")
  void tanhIsTwiceSigmaOfTwiceXMinusOneInFloat(
      @ForAll @FloatRange(min = -20, max = 20) float x) {
    float t = TANH.value(x);
    float s = SIGMOID.value(2 * x);
    float rhs = 2 * s - 1;
    float bound =
        (float)
            (FLOAT_VALUE_ULPS * Math.ulp(t)
                + 2 * FLOAT_VALUE_ULPS * Math.ulp(s)
                + 0.5 * Math.ulp(rhs));
    assertThat(t).as("tanh(%s) vs 2σ(2x) − 1", x).isCloseTo(rhs, within(bound));
  }

  /** The identity is not vacuous: a different S-shaped curve (σ itself) is far outside it. */
  @Test
  void tanhIdentityTellsTanhFromSigmoid() {
    double rhs = 2 * SIGMOID.value(2.0) - 1;
    assertThat(Math.abs(SIGMOID.value(1.0) - rhs)).isGreaterThan(0.01);
    assertThat(Math.abs(TANH.value(1.0) - rhs)).isLessThan(1e-15);
  }

  // -----------------------------------------------------------------------------------------
  // M9: softplus' = σ

  @Property(tries = 3000, seed = "9")
  void softplusDerivativeIsTheLogisticFunction(
      @ForAll @DoubleRange(min = -60, max = 20) double x) {
    double d = SOFTPLUS.derivative(x);
    double s = SIGMOID.value(x);
    double bound = DOUBLE_DERIVATIVE_ULPS * Math.ulp(d) + DOUBLE_VALUE_ULPS * Math.ulp(s);
    assertThat(d).as("softplus'(%s) vs σ(x)", x).isCloseTo(s, within(bound));
  }

  /** With β = 2 the derivative is σ(2x) (2x is exact), up to the threshold βx = 10. */
  @Property(tries = 3000, seed = "9")
  void softplusDerivativeIsTheLogisticOfBetaX(@ForAll @DoubleRange(min = -30, max = 5) double x) {
    double d = SOFTPLUS_BETA_2.derivative(x);
    double s = SIGMOID.value(2 * x);
    double bound = DOUBLE_DERIVATIVE_ULPS * Math.ulp(d) + DOUBLE_VALUE_ULPS * Math.ulp(s);
    assertThat(d).as("softplus_2'(%s) vs σ(2x)", x).isCloseTo(s, within(bound));
  }

  /** Above PyTorch's threshold softplus is the identity, exactly. */
  @Property(tries = 1000, seed = "9")
  void softplusIsTheIdentityAboveItsThreshold(
      @ForAll @DoubleRange(min = 20, minIncluded = false, max = 1e300) double x) {
    assertThat(SOFTPLUS.value(x)).isEqualTo(x);
    assertThat(SOFTPLUS.derivative(x)).isEqualTo(1.0);
  }

  // -----------------------------------------------------------------------------------------
  // M10: swish interpolates between x/2 (β = 0) and relu (β → ∞)

  @Property(tries = 2000, seed = "10")
  void swishWithBetaZeroIsExactlyHalfX(@ForAll double x) {
    assertThat(Double.compare(SWISH_0.value(x), x * 0.5)).as("swish_0(%s)", x).isZero();
    if (!Double.isNaN(x)) {
      assertThat(SWISH_0.derivative(x)).isEqualTo(0.5);
    }
  }

  @Property(tries = 2000, seed = "10")
  void swishWithBetaZeroIsExactlyHalfXInFloat(@ForAll float x) {
    assertThat(Float.compare(SWISH_0.value(x), x * 0.5f)).as("swish_0(%s)", x).isZero();
    if (!Float.isNaN(x)) {
      assertThat(SWISH_0.derivative(x)).isEqualTo(0.5f);
    }
  }

  /**
   * The largest gap |x·σ(βx) − relu(x)| is (1/β)·max_t t·σ(−t) = (t* − 1)/β, where t* solves
   * t = 1 + e^−t (setting the derivative of t/(1 + e^t) to zero): computed here by fixed-point
   * iteration. The gap over [−6, 6] must shrink as β grows, in that proportion.
   */
  /** Relative tolerance of the sampled peak gap: the sampling step 1e−4/β misses ≈ 1e−9 of it. */
  private static final double GAP_TOLERANCE = 1e-6;

  @Test
  void swishApproachesReluAsBetaGrows() {
    double t = 1;
    for (int i = 0; i < 200; i++) {
      t = 1 + Math.exp(-t);
    }
    double peak = t - 1;
    double[] betas = {1, 10, 100, 1000};
    double previous = Double.POSITIVE_INFINITY;
    for (double beta : betas) {
      Activation swish = Activations.of("swish(beta=" + beta + ")");
      double gap = 0;
      for (int i = -6000; i <= 6000; i++) {
        gap = Math.max(gap, reluGap(swish, i * 1e-3));
      }
      // The peak sits at |x| = t*/β, which the coarse grid misses for large β.
      for (int i = 0; i <= 50_000; i++) {
        double x = i * 1e-4 / beta;
        gap = Math.max(gap, Math.max(reluGap(swish, x), reluGap(swish, -x)));
      }
      assertThat(gap).as("max gap for β = %s", beta).isLessThan(previous);
      assertThat(gap)
          .as("max gap for β = %s", beta)
          .isCloseTo(peak / beta, within(GAP_TOLERANCE * peak / beta));
      previous = gap;
    }
    assertThat(previous).isLessThan(1e-3);
  }

  private static double reluGap(Activation swish, double x) {
    return Math.abs(swish.value(x) - Math.max(0, x));
  }

  // -----------------------------------------------------------------------------------------
  // M16: SELU's constants and its fixed point

  /** Klambauer et al. (2017), to 32 digits. */
  private static final double LAMBDA = 1.0507009873554804934193349852946;

  private static final double ALPHA = 1.6732632423543772848170429916717;

  /** The article's rounded figures. */
  private static final double LAMBDA_ROUNDED = 1.0507;

  private static final double ALPHA_ROUNDED = 1.6733;
  private static final double ROUNDED_TOLERANCE = 5e-5;

  @Test
  void seluConstantsAreKlambauers() {
    double lambda = SELU.derivative(1.0);
    double lambdaAlpha = SELU.derivative(0.0);
    double alpha = lambdaAlpha / lambda;
    assertThat(lambda).isGreaterThan(1.0);
    assertThat(lambda).isCloseTo(LAMBDA_ROUNDED, within(ROUNDED_TOLERANCE));
    assertThat(alpha).isCloseTo(ALPHA_ROUNDED, within(ROUNDED_TOLERANCE));
    assertThat(lambda).isCloseTo(LAMBDA, within(DOUBLE_DERIVATIVE_ULPS * Math.ulp(LAMBDA)));
    assertThat(lambdaAlpha)
        .isCloseTo(LAMBDA * ALPHA, within(DOUBLE_DERIVATIVE_ULPS * Math.ulp(LAMBDA * ALPHA)));
    // selu'(0) = λα: the convention at 0 is the left limit.
    assertThat(SELU.derivative(-Double.MIN_VALUE))
        .isCloseTo(lambdaAlpha, within(DOUBLE_DERIVATIVE_ULPS * Math.ulp(lambdaAlpha)));
    assertThat(SELU.derivative(-1e-12))
        .isCloseTo(LAMBDA * ALPHA, within(1e-11 * LAMBDA * ALPHA));
    // The saturation value is −λα (e^−1000 is far below the last digit).
    assertThat(SELU.value(-1000.0))
        .isCloseTo(-LAMBDA * ALPHA, within(DOUBLE_VALUE_ULPS * Math.ulp(LAMBDA * ALPHA)));
  }

  /** Tolerance of the moments: Simpson's error here is ≈ 1e−13, the rounding ≈ 1e−15. */
  private static final double MOMENT_TOLERANCE = 1e-9;

  private static final double QUADRATURE_HALF_WIDTH = 12;
  private static final int QUADRATURE_INTERVALS = 24_000;

  /**
   * For z ~ N(0, 1), E[selu(z)] = 0 and E[selu(z)²] = 1: the map of (mean, variance) has the
   * fixed point (0, 1). Composite Simpson's rule on [−12, 0] and [0, 12] separately (the kink
   * at 0 would cost accuracy inside a panel); the mass beyond ±12 is below 1e−32.
   */
  @Test
  void seluMapsStandardNormalInputToMeanZeroAndVarianceOne() {
    double mean = 0;
    double second = 0;
    for (int side : new int[] {-1, 1}) {
      double h = QUADRATURE_HALF_WIDTH / QUADRATURE_INTERVALS;
      for (int i = 0; i <= QUADRATURE_INTERVALS; i++) {
        double z = side * i * h;
        double weight = (i == 0 || i == QUADRATURE_INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
        double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        double y = SELU.value(z);
        mean += weight * h / 3 * y * density;
        second += weight * h / 3 * y * y * density;
      }
    }
    assertThat(mean).as("E[selu(z)]").isCloseTo(0.0, within(MOMENT_TOLERANCE));
    assertThat(second).as("E[selu(z)²]").isCloseTo(1.0, within(MOMENT_TOLERANCE));
  }

  /** The same quadrature is sharp enough to see λ rounded to float: the test can fail. */
  @Test
  void momentQuadratureResolvesAFloatRoundedLambda() {
    double lambda = (float) LAMBDA;
    double second = 0;
    double h = QUADRATURE_HALF_WIDTH / QUADRATURE_INTERVALS;
    for (int side : new int[] {-1, 1}) {
      for (int i = 0; i <= QUADRATURE_INTERVALS; i++) {
        double z = side * i * h;
        double weight = (i == 0 || i == QUADRATURE_INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
        double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        double y = z > 0 ? lambda * z : lambda * ALPHA * Math.expm1(z);
        second += weight * h / 3 * y * y * density;
      }
    }
    assertThat(Math.abs(second - 1)).isGreaterThan(MOMENT_TOLERANCE);
  }

  // -----------------------------------------------------------------------------------------
  // M17: GELU and its tanh approximation

  private static final double GELU_TANH_TOLERANCE = 1e-3;

  @Test
  void tanhFormOfGeluIsWithinAThousandthOfExactGelu() {
    double largest = 0;
    for (int i = -20_000; i <= 20_000; i++) {
      double x = i * 5e-4;
      double gap = Math.abs(GELU_TANH.value(x) - GELU.value(x));
      assertThat(gap).as("|gelu_tanh − gelu| at %s", x).isLessThan(GELU_TANH_TOLERANCE);
      largest = Math.max(largest, gap);
    }
    // Two different functions: were the tanh form the exact one, the gap would vanish.
    assertThat(largest).isGreaterThan(1e-5);
  }

  @Property(tries = 2000, seed = "17")
  void tanhFormOfGeluStaysCloseEverywhere(@ForAll @DoubleRange(min = -1e4, max = 1e4) double x) {
    assertThat(GELU_TANH.value(x)).isCloseTo(GELU.value(x), within(GELU_TANH_TOLERANCE));
  }

  // -----------------------------------------------------------------------------------------
  // silu is swish with β = 1, bit for bit

  @Property(tries = 3000, seed = "1")
  void siluIsSwishWithBetaOneBitForBit(@ForAll double x) {
    assertThat(Double.doubleToLongBits(SILU.value(x)))
        .isEqualTo(Double.doubleToLongBits(SWISH_1.value(x)));
    assertThat(Double.doubleToLongBits(SILU.derivative(x)))
        .isEqualTo(Double.doubleToLongBits(SWISH_1.derivative(x)));
  }

  @Property(tries = 3000, seed = "1")
  void siluIsSwishWithBetaOneBitForBitInFloat(@ForAll float x) {
    assertThat(Float.floatToIntBits(SILU.value(x)))
        .isEqualTo(Float.floatToIntBits(SWISH_1.value(x)));
    assertThat(Float.floatToIntBits(SILU.derivative(x)))
        .isEqualTo(Float.floatToIntBits(SWISH_1.derivative(x)));
  }

  @Test
  void siluIsSwishWithBetaOneBitForBitOnArrays() {
    SplittableRandom random = new SplittableRandom(1);
    int n = 4099;
    double[] x = new double[n];
    float[] xf = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = i % 7 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble(-50, 50);
      xf[i] = (float) x[i];
    }
    double[] dy = new double[n];
    Arrays.fill(dy, 1.0);
    float[] dyf = new float[n];
    Arrays.fill(dyf, 1f);

    double[] a = new double[n];
    double[] b = new double[n];
    SILU.forward(x, a);
    SWISH_1.forward(x, b);
    assertThat(a).isEqualTo(b);
    SILU.backward(x, null, dy, a);
    SWISH_1.backward(x, null, dy, b);
    assertThat(a).isEqualTo(b);

    float[] af = new float[n];
    float[] bf = new float[n];
    SILU.forward(xf, af);
    SWISH_1.forward(xf, bf);
    assertThat(af).isEqualTo(bf);
    SILU.backward(xf, null, dyf, af);
    SWISH_1.backward(xf, null, dyf, bf);
    assertThat(af).isEqualTo(bf);
  }
}
