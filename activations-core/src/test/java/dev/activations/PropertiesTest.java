package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The numerical property analysis against known facts: closed forms, published constants, and
 * each function's declared metadata.
 */
class PropertiesTest {

  /** Declared ranges quote their ends to five decimals. */
  private static final double DECLARED = 1e-5;
  /** Extrema located by bisection on f' and checked against closed forms. */
  private static final double LOCATED = 1e-9;
  /** Kinks located by bisection (f or f' jumps) or narrowed to about 10⁻⁸ (f'' jumps). */
  private static final double KINK = 1e-7;

  /** Analyses are deterministic and take a fraction of a second: share them across tests. */
  private static final Map<String, ActivationProperties> CACHE = new ConcurrentHashMap<>();

  private static ActivationProperties of(String spec) {
    return CACHE.computeIfAbsent(spec, Properties::of);
  }

  @Test
  void sigmoidSlopeIsLargestAtZeroWhereItIsAQuarter() {
    ActivationProperties p = of("sigmoid");
    assertThat(p.maxSlope()).isCloseTo(0.25, within(1e-16));
    assertThat(p.maxSlopeAt()).containsExactly(Interval.point(0));
    assertThat(p.derivativeAtZero()).isEqualTo(0.25);
    assertThat(p.valueAtZero()).isEqualTo(0.5);
  }

  @Test
  void tanhIsTheIdentityNearZero() {
    ActivationProperties p = of("tanh");
    assertThat(p.derivativeAtZero()).isEqualTo(1.0);
    assertThat(p.valueAtZero()).isZero();
    assertThat(p.identityNearZero()).isTrue();
    assertThat(p.zeroCentred()).isTrue();
    assertThat(of("sigmoid").identityNearZero()).isFalse();
    assertThat(of("sigmoid").zeroCentred()).isFalse();
    // relu'(0) = 0 by PyTorch's convention, so relu is not the identity near 0
    assertThat(of("relu").identityNearZero()).isFalse();
    assertThat(of("elu").identityNearZero()).isTrue();
    assertThat(of("softsign").identityNearZero()).isTrue();
    assertThat(of("hardtanh").identityNearZero()).isTrue();
  }

  @Test
  void reluZeroesHalfOfAStandardNormalInput() {
    assertThat(of("relu").sparsity()).isCloseTo(0.5, within(0.005));
    assertThat(of("relu6").sparsity()).isCloseTo(0.5, within(0.005));
    // hardshrink zeroes |z| ≤ 0.5: P = erf(0.5/√2) = 0.38292492254802624
    assertThat(of("hardshrink").sparsity()).isCloseTo(0.38292492254802624, within(0.005));
    // hardswish zeroes z ≤ −3: P = Φ(−3) = 0.0013498980316301
    assertThat(of("hardswish").sparsity()).isCloseTo(0.0013498980316301, within(0.0005));
    assertThat(of("sigmoid").sparsity()).isZero();
    assertThat(of("leaky_relu").sparsity()).isZero();
  }

  @Test
  void seluRangeIsOpenBelowAtMinusLambdaAlpha() {
    // Klambauer et al. (2017), the constants to 32 digits
    double lambdaAlpha = new BigDecimal("1.0507009873554804934193349852946")
        .multiply(new BigDecimal("1.6732632423543772848170429916717")).doubleValue();
    Interval r = of("selu").range();
    assertThat(r.lower()).isCloseTo(-lambdaAlpha, within(4 * Math.ulp(lambdaAlpha)));
    assertThat(r.lowerClosed()).isFalse();
    assertThat(r.upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("selu").saturation()).isEqualTo(Saturation.LEFT);
  }

  @Test
  void rangesHaveTheRightEnds() {
    assertThat(of("softplus").range()).isEqualTo(open(0, Double.POSITIVE_INFINITY));
    assertThat(of("sigmoid").range()).isEqualTo(open(0, 1));
    assertThat(of("tanh").range()).isEqualTo(open(-1, 1));
    assertThat(of("softsign").range()).isEqualTo(open(-1, 1));
    assertThat(of("elu").range()).isEqualTo(open(-1, Double.POSITIVE_INFINITY));
    assertThat(of("logsigmoid").range()).isEqualTo(open(Double.NEGATIVE_INFINITY, 0));
    assertThat(of("relu").range())
        .isEqualTo(new Interval(0, true, Double.POSITIVE_INFINITY, false));
    assertThat(of("hardtanh").range()).isEqualTo(new Interval(-1, true, 1, true));
    assertThat(of("relu6").range()).isEqualTo(new Interval(0, true, 6, true));
    assertThat(of("hardsigmoid").range()).isEqualTo(new Interval(0, true, 1, true));
    assertThat(of("leaky_relu").range())
        .isEqualTo(open(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    // β = 0: swish(x) = x/2
    assertThat(of("swish(beta=0)").range())
        .isEqualTo(open(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
  }

  @Test
  void hardswishMinimumIsMinusThreeEighthsAtMinusOneAndAHalf() {
    // d/dx x(x + 3)/6 = (2x + 3)/6 = 0 at x = −3/2, where x(x + 3)/6 = −3/8
    Extremum m = of("hardswish").minimum().orElseThrow();
    assertThat(m.x()).isEqualTo(-1.5);
    assertThat(m.value()).isEqualTo(-0.375);
    assertThat(of("hardswish").range())
        .isEqualTo(new Interval(-0.375, true, Double.POSITIVE_INFINITY, false));
  }

  @Test
  void swishMinimumIsLambertW() {
    // silu'(x) = 0 ⇔ x = −1 − W(1/e), where silu(x) = −W(1/e)
    double w = lambertWOfInverseE();
    for (String spec : List.of("silu", "swish")) {
      Extremum m = of(spec).minimum().orElseThrow();
      assertThat(m.x()).isCloseTo(-1 - w, within(LOCATED));
      assertThat(m.value()).isCloseTo(-w, within(1e-15));
      assertThat(of(spec).range().lowerClosed()).isTrue();
    }
    // swish(βx) scales as swish_β(x) = silu(βx)/β
    Extremum m10 = of("swish(beta=10)").minimum().orElseThrow();
    assertThat(m10.x()).isCloseTo((-1 - w) / 10, within(LOCATED));
    assertThat(m10.value()).isCloseTo(-w / 10, within(1e-15));
  }

  @Test
  void mishAndGeluMinimaMatchHighPrecisionValues() {
    // roots of the derivative found with mpmath at 30 digits: x·tanh(log(1 + e^x)) has its
    // minimum −0.308843413017250406628760229042 at −1.19243121451549521213758834042, and
    // x·Φ(x) has −0.169971207479903661693868470982 at −0.75179152469356445745790494678
    Extremum mish = of("mish").minimum().orElseThrow();
    assertThat(mish.value()).isCloseTo(-0.308843413017250406628760229042, within(1e-15));
    assertThat(mish.x()).isCloseTo(-1.19243121451549521213758834042, within(LOCATED));
    Extremum gelu = of("gelu").minimum().orElseThrow();
    assertThat(gelu.value()).isCloseTo(-0.169971207479903661693868470982, within(1e-15));
    assertThat(gelu.x()).isCloseTo(-0.75179152469356445745790494678, within(LOCATED));
    assertThat(of("relu").minimum()).isEmpty();
    assertThat(of("sigmoid").minimum()).isEmpty();
  }

  @Test
  void largestSlopesMatchClosedForms() {
    // gelu'' = φ(x)(2 − x²): the slope peaks at √2 with Φ(√2) + √2·φ(√2), erf(1) = 0.8427…
    double erf1 = 0.8427007929497148693412206350826;
    double peak = (1 + erf1) / 2 + Math.sqrt(2) * Math.exp(-1) / Math.sqrt(2 * Math.PI);
    ActivationProperties gelu = of("gelu");
    assertThat(gelu.maxSlope()).isCloseTo(peak, within(1e-14));
    assertThat(gelu.maxSlopeAt()).hasSize(1);
    assertThat(gelu.maxSlopeAt().get(0).lower()).isCloseTo(Math.sqrt(2), within(1e-6));
    // silu'' = σ'(x)(2 − x·tanh(x/2)): the slope peaks where x·tanh(x/2) = 2
    double xs = solveXTanhHalfXEqualsTwo();
    double sigma = 1 / (1 + Math.exp(-xs));
    ActivationProperties silu = of("silu");
    assertThat(silu.maxSlope()).isCloseTo(sigma * (1 + xs * (1 - sigma)), within(1e-14));
    assertThat(silu.maxSlopeAt().get(0).lower()).isCloseTo(xs, within(1e-6));
    // selu' peaks at its kink: selu'(0) = λα > λ
    assertThat(of("selu").maxSlopeAt()).containsExactly(Interval.point(0));
  }

  @Test
  void whereTheSlopeIsLargestHonoursTheKinkConventions() {
    double inf = Double.POSITIVE_INFINITY;
    // relu'(0) = 0: the slope 1 holds on (0, ∞) only; elu'(0) = α = 1 closes the end
    assertThat(of("relu").maxSlopeAt()).containsExactly(new Interval(0, false, inf, false));
    assertThat(of("elu").maxSlopeAt()).containsExactly(new Interval(0, true, inf, false));
    assertThat(of("hardtanh").maxSlopeAt()).containsExactly(new Interval(-1, false, 1, false));
    assertThat(of("identity").maxSlopeAt()).containsExactly(new Interval(-inf, false, inf, false));
    // σ(x) → 1 is only approached, and logsigmoid' = σ(−x) → 1 as x → −∞
    assertThat(of("softplus").maxSlopeAt()).containsExactly(Interval.approached(inf));
    assertThat(of("logsigmoid").maxSlopeAt()).containsExactly(Interval.approached(-inf));
    // hardswish' = (2x + 3)/6 → 3/2 as x → 3⁻, but hardswish'(3) = 1
    assertThat(of("hardswish").maxSlope()).isCloseTo(1.5, within(1e-9));
    assertThat(of("hardswish").maxSlopeAt()).containsExactly(Interval.approached(3));
  }

  @Test
  void saturationFollowsTheArticle() {
    // docs/articles.md M3: sigmoid and tanh saturate on both sides, relu on the left
    assertThat(of("sigmoid").saturation()).isEqualTo(Saturation.BOTH);
    assertThat(of("tanh").saturation()).isEqualTo(Saturation.BOTH);
    assertThat(of("relu").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("swish").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("silu").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("gelu").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("mish").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("elu").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("softplus").saturation()).isEqualTo(Saturation.LEFT);
    assertThat(of("softsign").saturation()).isEqualTo(Saturation.BOTH);
    assertThat(of("logsigmoid").saturation()).isEqualTo(Saturation.RIGHT);
    assertThat(of("leaky_relu").saturation()).isEqualTo(Saturation.NONE);
    assertThat(of("identity").saturation()).isEqualTo(Saturation.NONE);
    assertThat(of("swish(beta=0)").saturation()).isEqualTo(Saturation.NONE);
  }

  @Test
  void continuityOrderAndKinks() {
    assertThat(of("sigmoid").continuity()).isEqualTo(Continuity.C_INFINITY);
    assertThat(of("sigmoid").kinks()).isEmpty();
    assertThat(of("gelu").continuity()).isEqualTo(Continuity.C_INFINITY);
    // the threshold at 20 changes softplus by log1p(e^−20) ≈ 2·10⁻⁹ only: not a kink
    assertThat(of("softplus").continuity()).isEqualTo(Continuity.C_INFINITY);
    assertThat(of("relu").continuity()).isEqualTo(Continuity.C0);
    assertThat(kinkPoints("relu")).containsExactly(0.0);
    assertThat(kinkPoints("relu6")).containsExactly(0.0, 6.0);
    assertThat(kinkPoints("hardswish")).containsExactly(-3.0, 3.0);
    assertThat(of("selu").continuity()).isEqualTo(Continuity.C0);
    // elu with α = 1 and celu join with equal slopes but unequal curvature
    assertThat(of("elu").continuity()).isEqualTo(Continuity.C1);
    assertThat(of("elu(alpha=2)").continuity()).isEqualTo(Continuity.C0);
    assertThat(of("celu").continuity()).isEqualTo(Continuity.C1);
    // softsign'' = −2·sign(x)/(1 + |x|)³ jumps by 4 at 0
    assertThat(of("softsign").continuity()).isEqualTo(Continuity.C1);
    Kink k = of("softsign").kinks().get(0);
    assertThat(k.x()).isCloseTo(0, within(KINK));
    assertThat(k.curvatureJump()).isCloseTo(4, within(1e-6));
    assertThat(of("hardshrink").continuity()).isEqualTo(Continuity.DISCONTINUOUS);
    assertThat(kinkPoints("hardshrink")).containsExactly(-0.5, 0.5);
    assertThat(of("hardshrink").kinks().get(1).valueJump()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void monotonicityOfFunctionAndDerivative() {
    assertThat(of("relu").monotonic()).isTrue();
    assertThat(of("relu").derivativeMonotonic()).isTrue();
    assertThat(of("sigmoid").monotonic()).isTrue();
    assertThat(of("sigmoid").derivativeMonotonic()).isFalse();
    assertThat(of("softplus").derivativeMonotonic()).isTrue();
    assertThat(of("elu").derivativeMonotonic()).isTrue();
    assertThat(of("selu").derivativeMonotonic()).isFalse();
    assertThat(of("swish").monotonic()).isFalse();
    assertThat(of("gelu").monotonic()).isFalse();
    assertThat(of("hardswish").monotonic()).isFalse();
    assertThat(of("tanhshrink").monotonic()).isTrue();
  }

  @Test
  void learnableParametersAreCounted() {
    assertThat(of("prelu").learnableParameters()).isEqualTo(1);
    assertThat(of("swish(learnable=true)").learnableParameters()).isEqualTo(1);
    assertThat(of("swish").learnableParameters()).isZero();
    assertThat(of("relu").learnableParameters()).isZero();
  }

  @Test
  void declaredRangesAgreeWithTheAnalysis() {
    int checked = 0;
    for (FunctionInfo info : Activations.all()) {
      boolean buildable = info.parameters().stream().noneMatch(ParameterInfo::required);
      if (info.kind() != FunctionInfo.Kind.ELEMENTWISE || !buildable) {
        continue;
      }
      Interval computed = of(info.defaultSpec()).range();
      Matcher m = DECLARED_INTERVAL.matcher(info.range());
      String[] last = null;
      while (m.find()) {
        last = new String[] {m.group(1), m.group(2), m.group(3), m.group(4)};
      }
      assertThat(last).as("a parsable range for %s: %s", info.name(), info.range()).isNotNull();
      String what = info.name() + " declares " + info.range() + ", analysis finds " + computed;
      assertThat(computed.lowerClosed()).as(what).isEqualTo(last[0].equals("["));
      assertThat(computed.upperClosed()).as(what).isEqualTo(last[3].equals("]"));
      Double lower = number(last[1]);
      Double upper = number(last[2]);
      if (lower != null) {
        assertThat(computed.lower()).as(what).isCloseTo(lower, within(DECLARED));
      }
      if (upper != null) {
        assertThat(computed.upper()).as(what).isCloseTo(upper, within(DECLARED));
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void rejectsWhatItCannotAnalyse() {
    assertThatThrownBy(() -> Properties.of((Activation) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Properties.of("prelu(num_parameters=3)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 channels");
  }

  @Test
  void propertiesAreImmutable() {
    ActivationProperties p = of("relu");
    assertThatThrownBy(() -> p.kinks().add(p.kinks().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Properties.of("relu")).isEqualTo(p);
  }

  // ---------------------------------------------------------------------------------------------

  private static final Pattern DECLARED_INTERVAL =
      Pattern.compile("([\\[(])\\s*([^,\\[\\]()]+?)\\s*,\\s*([^,\\[\\]()]+?)\\s*([\\])])");

  /** A declared end as a number, or null when it is a name (min_val) or an expression. */
  private static Double number(String text) {
    String t = text.replace('−', '-').strip();
    if (t.equals("∞") || t.equals("+∞")) {
      return Double.POSITIVE_INFINITY;
    }
    if (t.equals("-∞")) {
      return Double.NEGATIVE_INFINITY;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Interval open(double lower, double upper) {
    return new Interval(lower, false, upper, false);
  }

  private static List<Double> kinkPoints(String spec) {
    List<Double> xs = new ArrayList<>();
    for (Kink k : of(spec).kinks()) {
      xs.add(k.x());
    }
    return xs;
  }

  /** W(1/e) by Newton's method on w + ln w + 1 = 0 (from w·e^w = 1/e). */
  private static double lambertWOfInverseE() {
    double w = 0.3;
    for (int i = 0; i < 50; i++) {
      w -= (w + Math.log(w) + 1) / (1 + 1 / w);
    }
    return w;
  }

  /** The positive root of x·tanh(x/2) = 2, by Newton's method. */
  private static double solveXTanhHalfXEqualsTwo() {
    double x = 2.4;
    for (int i = 0; i < 50; i++) {
      double t = Math.tanh(x / 2);
      x -= (x * t - 2) / (t + x * (1 - t * t) / 2);
    }
    return x;
  }
}
