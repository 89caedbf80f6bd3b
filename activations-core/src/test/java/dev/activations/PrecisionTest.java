package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activations.Vectorization.Path;
import dev.activations.oracle.Oracle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Precision#FAST} keeps its bound against {@link Precision#EXACT} (whose float results
 * are correctly rounded) on a spread sample of float inputs, has EXACT's special values bit for
 * bit, and is chosen and reported as the API says. The proof over all 2^32 inputs is
 * {@code activations accuracy --precision fast --exhaustive} (docs/accuracy.md).
 */
class PrecisionTest {
  /** FAST's guarantee, in ULPs of the correctly rounded result. */
  private static final int VALUE_BOUND = 3;

  private static final int DERIVATIVE_BOUND = 4;

  static java.util.stream.Stream<String> specs() {
    return ArrayContractTest.specs();
  }

  /** Every 65,521st float bit pattern, the exp tails down to the subnormal range, specials. */
  static float[] sample() {
    List<Float> xs = new ArrayList<>();
    for (long b = Integer.MIN_VALUE; b <= Integer.MAX_VALUE; b += 65_521) {
      xs.add(Float.intBitsToFloat((int) b));
    }
    for (float x = -120f; x <= 120f; x += 0.0137f) {
      xs.add(x);
    }
    float[] specials = {
      0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL,
      Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
      Float.NaN, -87.3f, -88.7f, -103.9f, -104f, -109.9f, -110f, -111f, 88.7f, 20f, 20.000002f,
      -18f, -17.9f, 12f, 12.000001f, 1e-30f, -1e-30f, 0x1p-25f, -0x1p-25f,
    };
    for (float s : specials) {
      xs.add(s);
    }
    float[] x = new float[xs.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = xs.get(i);
    }
    return x;
  }

  /** The distance between two floats in ULPs of the second (0 for two NaNs). */
  static double ulps(float y, float exact) {
    if (Float.isNaN(y) || Float.isNaN(exact)) {
      return Float.isNaN(y) && Float.isNaN(exact) ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Float.isInfinite(y) || Float.isInfinite(exact)) {
      return y == exact ? 0 : Double.POSITIVE_INFINITY;
    }
    return Math.abs((double) y - exact) / Math.ulp(exact);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void fastIsWithinItsBoundOfExactOnEveryPath(String spec) {
    float[] x = sample();
    // near a zero crossing of f' the contract counts a derivative's error in ULPs of max |f'|
    AccuracyTest.Relaxation relaxation =
        AccuracyTest.CROSSING_RELAXED.contains(AccuracyTest.name(spec))
            ? AccuracyTest.relaxation(spec, Oracle.of(spec))
            : AccuracyTest.Relaxation.NONE;
    double relaxedUlp = Math.ulp((float) relaxation.largest());
    for (Path path : Path.values()) {
      if (Vectorization.unavailable(path) != null) {
        continue;
      }
      Activation exact = Vectorization.of(spec, path, Precision.EXACT);
      Activation fast = Vectorization.of(spec, path, Precision.FAST);
      float[] ye = new float[x.length];
      float[] yf = new float[x.length];
      exact.forward(x, ye);
      fast.forward(x, yf);
      float[] ones = new float[x.length];
      java.util.Arrays.fill(ones, 1f);
      float[] de = new float[x.length];
      float[] df = new float[x.length];
      exact.backward(x, ye, ones, de);
      fast.backward(x, yf, ones, df);
      for (int i = 0; i < x.length; i++) {
        assertThat(ulps(yf[i], ye[i]))
            .as("%s %s value at %s: fast %s, exact %s", spec, path, x[i], yf[i], ye[i])
            .isLessThanOrEqualTo(VALUE_BOUND);
        double derivativeError = ulps(df[i], de[i]);
        if (relaxation.covers(x[i]) && derivativeError < Double.POSITIVE_INFINITY) {
          derivativeError =
              Math.min(derivativeError, Math.abs((double) df[i] - de[i]) / relaxedUlp);
        }
        assertThat(derivativeError)
            .as("%s %s derivative at %s: fast %s, exact %s", spec, path, x[i], df[i], de[i])
            .isLessThanOrEqualTo(DERIVATIVE_BOUND);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void fastHasExactsSpecialValuesBitForBit(String spec) {
    float[] specials = {
      0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE,
      -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE,
    };
    Activation exact = Activations.of(spec, Precision.EXACT);
    Activation fast = Activations.of(spec, Precision.FAST);
    for (float x : specials) {
      assertThat(Float.floatToIntBits(fast.value(x)))
          .as("%s value at %s: fast %s, exact %s", spec, x, fast.value(x), exact.value(x))
          .isEqualTo(Float.floatToIntBits(exact.value(x)));
      assertThat(Float.floatToIntBits(fast.derivative(x)))
          .as("%s derivative at %s: fast %s, exact %s", spec, x, fast.derivative(x),
              exact.derivative(x))
          .isEqualTo(Float.floatToIntBits(exact.derivative(x)));
    }
  }

  @Test
  void theChoiceIsReportedAndTravels() {
    Activation exact = Activations.of("sigmoid");
    assertThat(Precision.defaultPrecision()).isEqualTo(Precision.EXACT);
    assertThat(exact.precision()).isEqualTo(Precision.EXACT);
    Activation fast = exact.with(Precision.FAST);
    assertThat(fast.precision()).isEqualTo(Precision.FAST);
    assertThat(fast.spec()).isEqualTo(exact.spec());
    assertThat(fast).isNotEqualTo(exact).isEqualTo(Activations.of("sigmoid", Precision.FAST));
    assertThat(fast.with(Precision.FAST)).isSameAs(fast);
    assertThat(fast.with(Precision.EXACT)).isEqualTo(exact);
    // a piecewise function runs its EXACT kernel under the FAST label
    assertThat(Activations.of("relu", Precision.FAST).precision()).isEqualTo(Precision.FAST);
    // double has one precision
    assertThat(fast.value(0.3)).isEqualTo(exact.value(0.3));
  }

  @Test
  void trainedParametersTravelToTheOtherPrecision() {
    ParametricActivation prelu =
        ((ParametricActivation) Activations.of("prelu(num_parameters=3)"))
            .withParameters(new double[] {0.1, 0.2, 0.3});
    Activation fast = prelu.with(Precision.FAST);
    assertThat(((ParametricActivation) fast).parameters()).containsExactly(0.1, 0.2, 0.3);
    ParametricActivation swish =
        ((ParametricActivation) Activations.of("swish(beta=1, learnable=true)"))
            .withParameters(new double[] {1.5});
    assertThat(((ParametricActivation) swish.with(Precision.FAST)).parameters())
        .containsExactly(1.5);
  }

  @Test
  void badChoicesAreOneClearError() {
    assertThatThrownBy(() -> Activations.of("sigmoid", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("precision is null");
    assertThatThrownBy(() -> Activations.of("sigmoid").with(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("precision is null");
    assertThatThrownBy(() -> Precision.parse("quick"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision 'quick' is not one of exact, fast");
    assertThat(Precision.parse(" FAST ")).isEqualTo(Precision.FAST);
    assertThat(Vectorization.checkPrecisionSetting("exact")).isNull();
    assertThat(Vectorization.checkPrecisionSetting("slow"))
        .isEqualTo("activations.precision = 'slow' is not one of exact, fast");
  }
}
