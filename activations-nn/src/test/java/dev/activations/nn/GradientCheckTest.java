package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.LossResult;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole network's gradient (weights, biases, learnable activation parameters) for every
 * element-wise activation of the registry and every loss, in two steps: (1) the double-precision
 * {@link ReferenceNetwork} against central finite differences in double; (2) the float network's
 * backward pass against that reference, to float accuracy.
 */
class GradientCheckTest {

  /**
   * Step of the central differences. Their truncation error is h²·|C'''|/6 ≈ 10⁻¹³ and their
   * rounding error ε·|C|/h ≈ 10⁻¹⁶/10⁻⁶ = 10⁻¹⁰, both far below the tolerance.
   */
  private static final double H = 1e-6;

  /** |analytic − numeric| ≤ FD_ABSOLUTE + FD_RELATIVE·|numeric|, ~1000× the errors above. */
  private static final double FD_ABSOLUTE = 1e-7;
  private static final double FD_RELATIVE = 1e-6;

  /**
   * Float gradients against the double reference, relative to the largest gradient of the same
   * block: float rounds each operation to 6·10⁻⁸, and a gradient element is a chain of some ten
   * sums and products of a few terms each, so its error stays within ~10⁻⁶ of the block's scale;
   * 10⁻⁴ leaves a margin of 100 and still catches any wrong formula (an error of order 1).
   */
  private static final double FLOAT_TOLERANCE = 1e-4;

  private static final int ROWS = 6;
  private static final int[] HIDDEN = {4, 4};
  private static final int INPUTS = 3;
  private static final int CLASSES = 3;

  /** Values for the parameters that have no default. */
  private static final Map<String, String> REQUIRED = Map.of(
      "threshold", "threshold(threshold=0.1, value=20.0)");

  static Stream<String> specifications() {
    List<String> specs = new ArrayList<>();
    for (FunctionInfo info : Activations.all()) {
      if (info.kind() != FunctionInfo.Kind.ELEMENTWISE) {
        continue;
      }
      boolean required = info.parameters().stream().anyMatch(ParameterInfo::required);
      if (required && !REQUIRED.containsKey(info.name())) {
        fail(info.name() + " has a required parameter: add a specification to REQUIRED");
      }
      specs.add(required ? REQUIRED.get(info.name()) : info.name());
    }
    // learnable parameters, and a random training mode
    specs.add("prelu(num_parameters=4, init=0.2)");
    specs.add("swish(beta=1.5, learnable=true)");
    specs.add("rrelu(training=true, seed=3)");
    return specs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specifications")
  void everyActivationHasTheGradientOfItsNetwork(String spec) {
    check(spec, Loss.CROSS_ENTROPY, CLASSES);
  }

  @ParameterizedTest
  @EnumSource(Loss.class)
  void everyLossHasTheGradientOfItsNetwork(Loss loss) {
    check("tanh", loss, CLASSES);
    if (loss != Loss.CROSS_ENTROPY) {
      check("prelu(num_parameters=4)", loss, 1); // one output for two classes
    }
  }

  private static void check(String spec, Loss loss, int outputs) {
    Activation f = Activations.of(spec);
    // Nielsen's initialiser (biases N(0, 1)) spreads the pre-activations over the kinks.
    Network net = Network.builder(INPUTS).dense(HIDDEN[0], f).dense(HIDDEN[1], f)
        .dense(outputs, Activations.of("identity")).initializer(Initializer.NIELSEN).seed(11)
        .build();
    SplittableRandom random = new SplittableRandom(5);
    float[] x = new float[ROWS * INPUTS];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (1.5 * Gaussian.next(random));
    }
    int classes = outputs == 1 ? 2 : outputs;
    int[] labels = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      labels[i] = i % classes;
    }
    double[] xd = ReferenceNetwork.widen(x);

    // (1) the reference against finite differences, in double
    ReferenceNetwork ref = new ReferenceNetwork(net);
    ReferenceNetwork.Gradient g = ref.gradient(xd, ROWS, labels, loss);
    for (int l = 0; l < ref.layers; l++) {
      checkBlock(spec, "W" + l, ref.weights[l], g.weights()[l], ref, xd, labels, loss);
      checkBlock(spec, "b" + l, ref.bias[l], g.bias()[l], ref, xd, labels, loss);
      checkBlock(spec, "θ" + l, ref.theta[l], g.theta()[l], ref, xd, labels, loss);
    }

    // (2) the float network against the reference
    Workspace ws = new Workspace(net, ROWS);
    net.forward(ws, x, ROWS);
    LossResult r = loss.compute(ws.output(), ROWS, outputs, labels);
    assertThat(r.loss()).as("%s loss", spec)
        .isCloseTo(g.loss(), org.assertj.core.data.Offset.offset(FLOAT_TOLERANCE * (1 + g.loss())));
    Gradients fg = new Gradients(net);
    net.backward(ws, x, r.floatGradient(), fg);
    for (int l = 0; l < ref.layers; l++) {
      compare(spec, "W" + l, ReferenceNetwork.widen(fg.layers[l].weights), g.weights()[l]);
      compare(spec, "b" + l, ReferenceNetwork.widen(fg.layers[l].bias), g.bias()[l]);
      compare(spec, "θ" + l, fg.layers[l].theta, g.theta()[l]);
    }
  }

  private static void checkBlock(String spec, String block, double[] params, double[] analytic,
      ReferenceNetwork ref, double[] x, int[] labels, Loss loss) {
    for (int i = 0; i < params.length; i++) {
      double saved = params[i];
      params[i] = saved + H;
      double up = ref.loss(x, ROWS, labels, loss);
      params[i] = saved - H;
      double down = ref.loss(x, ROWS, labels, loss);
      params[i] = saved;
      double numeric = (up - down) / (2 * H);
      assertThat(Math.abs(analytic[i] - numeric))
          .as("%s, %s, %s[%d]: analytic %s, central difference %s", spec, loss, block, i,
              analytic[i], numeric)
          .isLessThanOrEqualTo(FD_ABSOLUTE + FD_RELATIVE * Math.abs(numeric));
    }
  }

  private static void compare(String spec, String block, double[] actual, double[] expected) {
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      assertThat(Math.abs(actual[i] - expected[i]))
          .as("%s, %s[%d]: float %s, double reference %s", spec, block, i, actual[i], expected[i])
          .isLessThanOrEqualTo(FLOAT_TOLERANCE * scale);
    }
  }
}
