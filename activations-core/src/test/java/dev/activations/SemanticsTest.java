package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions of docs/semantics.md: NaN propagation, the limits at ±∞, the kinks (PyTorch's
 * backward), and exact values at special points. Expected values are closed forms.
 */
class SemanticsTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double LAMBDA = 1.0507009873554804934193349852946;
  /** λα = 1.75809934084737685994…, correctly rounded. */
  private static final double LAMBDA_ALPHA = 1.7580993408473768;

  static Stream<String> everyElementwiseSpec() {
    return Stream.concat(RegistryTest.elementwiseDefaults(), Stream.of(
        "threshold(threshold=0.5, value=-2.0)", "gelu(approximate=tanh)",
        "rrelu(training=true, seed=7)", "swish(beta=0.0)", "swish(beta=-1.5)",
        "leaky_relu(negative_slope=0.0)", "softplus(beta=2.0, threshold=5.0)",
        "celu(alpha=-2.0)", "prelu(num_parameters=1, init=-0.5)"));
  }

  @ParameterizedTest
  @MethodSource("everyElementwiseSpec")
  void nanInGivesNanOut(String spec) {
    Activation f = Activations.of(spec);
    assertThat(f.value(Double.NaN)).as("value").isNaN();
    assertThat(f.derivative(Double.NaN)).as("derivative").isNaN();
    assertThat(f.value(Float.NaN)).as("float value").isNaN();
    assertThat(f.derivative(Float.NaN)).as("float derivative").isNaN();
    float[] x = {Float.NaN, 1f};
    float[] y = new float[2];
    f.forward(x, y);
    assertThat(y[0]).isNaN();
    float[] dx = new float[2];
    f.backward(x, y, new float[] {1f, 1f}, dx);
    assertThat(dx[0]).isNaN();
    double[] xd = {Double.NaN};
    double[] yd = new double[1];
    f.forward(xd, yd);
    assertThat(yd[0]).isNaN();
    double[] dxd = new double[1];
    f.backward(xd, yd, new double[] {1}, dxd);
    assertThat(dxd[0]).isNaN();
  }

  @ParameterizedTest
  @MethodSource("everyElementwiseSpec")
  void infinitiesNeverGiveNan(String spec) {
    Activation f = Activations.of(spec);
    for (double x : new double[] {INF, -INF, Double.MAX_VALUE, -Double.MAX_VALUE}) {
      assertThat(f.value(x)).as("f(%s)", x).isNotNaN();
      assertThat(f.derivative(x)).as("f'(%s)", x).isNotNaN();
      assertThat(f.value((float) x)).as("float f(%s)", x).isNotNaN();
      assertThat(f.derivative((float) x)).as("float f'(%s)", x).isNotNaN();
    }
  }

  /** spec, x, f(x), f'(x): limits at ±∞ and values at special points, from closed forms. */
  static Stream<Arguments> exactPoints() {
    double la = LAMBDA_ALPHA;
    return Stream.of(
        // limits at ±∞
        Arguments.of("sigmoid", INF, 1.0, 0.0),
        Arguments.of("sigmoid", -INF, 0.0, 0.0),
        Arguments.of("tanh", INF, 1.0, 0.0),
        Arguments.of("tanh", -INF, -1.0, 0.0),
        Arguments.of("relu", INF, INF, 1.0),
        Arguments.of("relu", -INF, 0.0, 0.0),
        Arguments.of("leaky_relu", -INF, -INF, 0.01),
        Arguments.of("leaky_relu(negative_slope=0.0)", -INF, 0.0, 0.0),
        Arguments.of("elu", -INF, -1.0, 0.0),
        Arguments.of("elu(alpha=2.5)", -INF, -2.5, 0.0),
        Arguments.of("selu", -INF, -la, 0.0),
        Arguments.of("selu", INF, INF, LAMBDA),
        Arguments.of("celu(alpha=2.0)", -INF, -2.0, 0.0),
        Arguments.of("softplus", INF, INF, 1.0),
        Arguments.of("softplus", -INF, 0.0, 0.0),
        Arguments.of("silu", -INF, -0.0, 0.0),
        Arguments.of("silu", INF, INF, 1.0),
        Arguments.of("swish", -INF, -0.0, 0.0),
        Arguments.of("swish(beta=0.0)", INF, INF, 0.5),
        Arguments.of("swish(beta=-1.0)", INF, 0.0, 0.0),
        Arguments.of("swish(beta=-1.0)", -INF, -INF, 1.0),
        Arguments.of("mish", -INF, -0.0, 0.0),
        Arguments.of("mish", INF, INF, 1.0),
        Arguments.of("gelu", -INF, -0.0, 0.0),
        Arguments.of("gelu", INF, INF, 1.0),
        Arguments.of("gelu(approximate=tanh)", -INF, -0.0, 0.0),
        Arguments.of("gelu(approximate=tanh)", INF, INF, 1.0),
        Arguments.of("softsign", INF, 1.0, 0.0),
        Arguments.of("softsign", -INF, -1.0, 0.0),
        Arguments.of("logsigmoid", -INF, -INF, 1.0),
        Arguments.of("logsigmoid", INF, -0.0, 0.0),
        Arguments.of("tanhshrink", INF, INF, 1.0),
        Arguments.of("tanhshrink", -INF, -INF, 1.0),
        Arguments.of("hardsigmoid", INF, 1.0, 0.0),
        Arguments.of("hardswish", -INF, 0.0, 0.0),
        Arguments.of("hardswish", INF, INF, 1.0),
        Arguments.of("hardtanh", INF, 1.0, 0.0),
        Arguments.of("relu6", INF, 6.0, 0.0),
        Arguments.of("softshrink", INF, INF, 1.0),
        Arguments.of("softshrink", -INF, -INF, 1.0),
        Arguments.of("threshold(threshold=0.5, value=-2.0)", -INF, -2.0, 0.0),
        // kinks: PyTorch's backward conventions
        Arguments.of("relu", 0.0, 0.0, 0.0),
        Arguments.of("leaky_relu", 0.0, 0.0, 0.01),
        Arguments.of("leaky_relu(negative_slope=0.2)", 0.0, 0.0, 0.2),
        Arguments.of("prelu", 0.0, 0.0, 0.25),
        Arguments.of("elu", 0.0, 0.0, 1.0),
        Arguments.of("elu(alpha=0.5)", 0.0, 0.0, 0.5),
        Arguments.of("selu", 0.0, 0.0, la),
        Arguments.of("celu(alpha=3.0)", 0.0, 0.0, 1.0),
        Arguments.of("hardtanh", -1.0, -1.0, 0.0),
        Arguments.of("hardtanh", 1.0, 1.0, 0.0),
        Arguments.of("hardtanh(min_val=-2.0, max_val=3.0)", 3.0, 3.0, 0.0),
        Arguments.of("relu6", 0.0, 0.0, 0.0),
        Arguments.of("relu6", 6.0, 6.0, 0.0),
        Arguments.of("hardsigmoid", -3.0, 0.0, 0.0),
        Arguments.of("hardsigmoid", 3.0, 1.0, 0.0),
        Arguments.of("hardswish", -3.0, 0.0, 0.0),
        Arguments.of("hardswish", 3.0, 3.0, 1.0),
        Arguments.of("softshrink", 0.5, 0.0, 0.0),
        Arguments.of("softshrink", -0.5, 0.0, 0.0),
        Arguments.of("hardshrink", 0.5, 0.0, 0.0),
        Arguments.of("hardshrink", -0.5, 0.0, 0.0),
        Arguments.of("threshold(threshold=0.5, value=-2.0)", 0.5, -2.0, 0.0),
        Arguments.of("rrelu", 0.0, 0.0, (0.125 + 1.0 / 3) / 2),
        // special points
        Arguments.of("sigmoid", 0.0, 0.5, 0.25),
        Arguments.of("tanh", 0.0, 0.0, 1.0),
        Arguments.of("silu", 0.0, 0.0, 0.5),
        Arguments.of("gelu", 0.0, 0.0, 0.5),
        Arguments.of("gelu(approximate=tanh)", 0.0, 0.0, 0.5),
        Arguments.of("softsign", 0.0, 0.0, 1.0),
        Arguments.of("softplus", 0.0, Math.log(2), 0.5),
        Arguments.of("logsigmoid", 0.0, -Math.log(2), 0.5),
        Arguments.of("hardsigmoid", 0.0, 0.5, 1.0 / 6),
        Arguments.of("hardswish", -1.5, -0.375, 0.0),
        Arguments.of("hardswish", 0.0, 0.0, 0.5),
        Arguments.of("swish(beta=0.0)", 3.0, 1.5, 0.5),
        Arguments.of("identity", -INF, -INF, 1.0),
        Arguments.of("softplus", 25.0, 25.0, 1.0),
        Arguments.of("softplus(beta=2.0, threshold=5.0)", 2.6, 2.6, 1.0),
        Arguments.of("tanhshrink", 0.0, 0.0, 0.0),
        Arguments.of("sigmoid", Double.MIN_VALUE, 0.5, 0.25),
        Arguments.of("tanh", Double.MIN_VALUE, Double.MIN_VALUE, 1.0),
        Arguments.of("tanh", -Double.MIN_VALUE, -Double.MIN_VALUE, 1.0),
        Arguments.of("elu", -Double.MIN_VALUE, -Double.MIN_VALUE, 1.0),
        Arguments.of("softsign", Double.MIN_NORMAL, Double.MIN_NORMAL, 1.0),
        Arguments.of("relu", Double.MAX_VALUE, Double.MAX_VALUE, 1.0),
        Arguments.of("sigmoid", -Double.MAX_VALUE, 0.0, 0.0),
        Arguments.of("silu", -Double.MAX_VALUE, -0.0, 0.0),
        Arguments.of("softsign", Double.MAX_VALUE, 1.0, 0.0));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("exactPoints")
  void exactValuesAndConventions(String spec, double x, double fx, double dfx) {
    Activation f = Activations.of(spec);
    same(f.value(x), fx, spec + "(" + x + ")");
    same(f.derivative(x), dfx, spec + "'(" + x + ")");
    float xf = (float) x;
    if (xf == x || Double.isInfinite(x)) {
      same(f.value(xf), (float) fx, "float " + spec + "(" + x + ")");
      same(f.derivative(xf), (float) dfx, "float " + spec + "'(" + x + ")");
    }
  }

  /** Equality where an expected −0.0 also pins the sign, and an expected +0.0 takes either. */
  private static void same(double actual, double expected, String what) {
    if (expected == 0) {
      assertThat(actual).as(what).isZero();
      if (Double.doubleToRawLongBits(expected) != 0) {
        assertThat(Double.doubleToRawLongBits(actual)).as(what + " is −0").isNegative();
      }
    } else {
      assertThat(actual).as(what).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("everyElementwiseSpec")
  void signedZeroIsAZero(String spec) {
    Activation f = Activations.of(spec);
    for (double z : new double[] {0.0, -0.0}) {
      double v = f.value(z);
      assertThat(Double.isFinite(v)).as("%s(%s)", spec, z).isTrue();
    }
  }
}
