package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.Precision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

  @Test
  void reluAtClosedFormPoints() {
    CliRunner.Result r = CliRunner.run("eval", "relu", "2", "0.5", "-3", "inf", "-inf", "nan");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "2.0\t2.0\t1.0",
        "0.5\t0.5\t1.0",
        "-3.0\t0.0\t0.0",
        "Infinity\tInfinity\t1.0",
        "-Infinity\t0.0\t0.0",
        "NaN\tNaN\tNaN");
  }

  @Test
  void reluDerivativeAtTheKinkIsZeroAsInPyTorch() {
    assertThat(CliRunner.run("eval", "relu", "0").outLines()).containsExactly("0.0\t0.0\t0.0");
  }

  @Test
  void sigmoidAtZeroIsOneHalfWithSlopeOneQuarterInBothDtypes() {
    assertThat(CliRunner.run("eval", "sigmoid", "0").outLines())
        .containsExactly("0.0\t0.5\t0.25");
    assertThat(CliRunner.run("eval", "sigmoid", "0", "--dtype", "float64").outLines())
        .containsExactly("0.0\t0.5\t0.25");
    assertThat(CliRunner.run("eval", "--dtype=float64", "sigmoid", "0").outLines())
        .containsExactly("0.0\t0.5\t0.25");
  }

  @Test
  void precisionFastUsesTheFastKernelsAndKeepsTheSpecials() {
    Activation fast = Activations.of("silu", Precision.FAST);
    float x = -1.942272f;
    CliRunner.Result r = CliRunner.run("eval", "silu", "--precision", "fast", "--",
        Float.toString(x), "-inf", "-0");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).containsExactly(
        x + "\t" + fast.value(x) + "\t" + fast.derivative(x),
        "-Infinity\t-0.0\t-0.0",
        "-0.0\t-0.0\t0.5");
    // gelu's derivative at −∞ is −0 in both dtypes (its limit is approached from below)
    assertThat(CliRunner.run("eval", "gelu", "--", "-inf").outLines())
        .containsExactly("-Infinity\t-0.0\t-0.0");
    assertThat(CliRunner.run("eval", "gelu", "--dtype", "float64", "--", "-inf").outLines())
        .containsExactly("-Infinity\t-0.0\t-0.0");
  }

  @Test
  void badPrecisionIsOneErrorLine() {
    CliRunner.Result r = CliRunner.run("eval", "sigmoid", "--precision", "quick", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("activations: error: ")
        .contains("expected exact or fast but was 'quick'");
  }

  @Test
  void parametersInTheSpecAreUsed() {
    // -2 · 0.1: exact doubling of the rounded slope, in either dtype
    assertThat(CliRunner.run("eval", "leaky_relu(negative_slope=0.1)", "-2", "3").outLines())
        .containsExactly("-2.0\t-0.2\t0.1", "3.0\t3.0\t1.0");
    assertThat(CliRunner.run("eval", "--dtype", "float64", "leaky_relu(0.25)", "-2").outLines())
        .containsExactly("-2.0\t-0.5\t0.25");
  }

  @Test
  void negativeNumbersAndSignedSpecialsAreInputsNotOptions() {
    CliRunner.Result r = CliRunner.run(
        "eval", "relu", "-1.5", "-inf", "-Infinity", "-nan", "+inf", "-1e-3", "-.5");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "-1.5\t0.0\t0.0",
        "-Infinity\t0.0\t0.0",
        "-Infinity\t0.0\t0.0",
        "NaN\tNaN\tNaN",
        "Infinity\tInfinity\t1.0",
        "-0.001\t0.0\t0.0",
        "-0.5\t0.0\t0.0");
  }

  @Test
  void optionsMayFollowTheInputs() {
    assertThat(CliRunner.run("eval", "relu", "-2", "--dtype", "float64", "3").outLines())
        .containsExactly("-2.0\t0.0\t0.0", "3.0\t3.0\t1.0");
  }

  @Test
  void doubleDashEndsTheOptions() {
    assertThat(CliRunner.run("eval", "relu", "--", "-2").outLines())
        .containsExactly("-2.0\t0.0\t0.0");
  }

  @Test
  void inputsComeFromStdinWhenThereAreNoArguments() {
    CliRunner.Result r = CliRunner.runWithStdin(
        "1\t-2\r\n\n   nan inf -inf\fNaN\u000BInfinity -Infinity +inf\n0.25", "eval", "relu");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(
        "1.0\t1.0\t1.0",
        "-2.0\t0.0\t0.0",
        "NaN\tNaN\tNaN",
        "Infinity\tInfinity\t1.0",
        "-Infinity\t0.0\t0.0",
        "NaN\tNaN\tNaN",
        "Infinity\tInfinity\t1.0",
        "-Infinity\t0.0\t0.0",
        "Infinity\tInfinity\t1.0",
        "0.25\t0.25\t1.0");
  }

  @Test
  void emptyStdinPrintsNothing() {
    CliRunner.Result r = CliRunner.runWithStdin(" \n\t", "eval", "tanh");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void argumentsWinOverStdin() {
    CliRunner.Result r = CliRunner.runWithStdin("7", "eval", "relu", "1");
    assertThat(r.outLines()).containsExactly("1.0\t1.0\t1.0");
  }

  @Test
  void float32InputsAreRoundedOnceNotThroughDouble() {
    // Just below the midpoint of 1 + 2^-23 and 1 + 2^-22; through double it would tie to the
    // upper float, 1.0000002.
    assertThat(CliRunner.run("eval", "identity", "1.000000178813934326171874999").outLines())
        .containsExactly("1.0000001\t1.0000001\t1.0");
  }

  @Test
  void inputsAreRoundedToTheDtype() {
    assertThat(CliRunner.run("eval", "identity", "16777217", "1e-46", "1e39").outLines())
        .containsExactly(
            "1.6777216E7\t1.6777216E7\t1.0",
            "0.0\t0.0\t1.0",
            "Infinity\tInfinity\t1.0");
    assertThat(CliRunner.run("eval", "--dtype", "float64", "identity", "16777217").outLines())
        .containsExactly("1.6777217E7\t1.6777217E7\t1.0");
  }

  @Test
  void printedInputsParseBackToTheIdenticalFloat() {
    SplittableRandom random = new SplittableRandom(7L);
    List<Float> values = new ArrayList<>(List.of(
        Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MIN_VALUE, 0.1f, -0f));
    for (int i = 0; i < 500; i++) {
      float v = Float.intBitsToFloat(random.nextInt());
      if (!Float.isNaN(v) && !Float.isInfinite(v)) {
        values.add(v);
      }
    }
    StringBuilder stdin = new StringBuilder();
    for (float v : values) {
      // the exact decimal value: an input that only a correct reader maps back to v
      stdin.append(new BigDecimal(v).toPlainString()).append('\n');
    }
    CliRunner.Result r = CliRunner.runWithStdin(stdin.toString(), "eval", "identity");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      String[] columns = lines.get(i).split("\t");
      int expected = Float.floatToRawIntBits(values.get(i));
      if (values.get(i) == 0f) {
        // BigDecimal has no negative zero; -0 reads as +0
        expected = 0;
      }
      assertThat(Float.floatToRawIntBits(Float.parseFloat(columns[0]))).as(lines.get(i))
          .isEqualTo(expected);
      assertThat(Float.floatToRawIntBits(Float.parseFloat(columns[1]))).as(lines.get(i))
          .isEqualTo(expected);
    }
  }

  @Test
  void printedValuesAreExactlyWhatTheArrayKernelsComputeInFloat32() {
    float[] x = {-20f, -3.5f, -1f, -0.1f, 0.3f, 1f, 2.5f, 9f};
    for (String spec : List.of("tanh", "sigmoid", "gelu", "softplus", "mish", "elu")) {
      Activation a = Activations.of(spec);
      float[] y = new float[x.length];
      float[] ones = new float[x.length];
      float[] dx = new float[x.length];
      Arrays.fill(ones, 1f);
      a.forward(x, y);
      a.backward(x, y, ones, dx);

      CliRunner.Result r = CliRunner.run(args("eval", spec, x));
      assertThat(r.exitCode()).as(spec).isZero();
      List<String> lines = r.outLines();
      assertThat(lines).as(spec).hasSize(x.length);
      for (int i = 0; i < x.length; i++) {
        String[] c = lines.get(i).split("\t");
        assertThat(c).as(spec).hasSize(3);
        assertThat(Float.floatToRawIntBits(Float.parseFloat(c[1]))).as(spec + " " + lines.get(i))
            .isEqualTo(Float.floatToRawIntBits(y[i]));
        assertThat(Float.floatToRawIntBits(Float.parseFloat(c[2]))).as(spec + " " + lines.get(i))
            .isEqualTo(Float.floatToRawIntBits(dx[i]));
      }
    }
  }

  @Test
  void printedValuesAreExactlyWhatTheArrayKernelsComputeInFloat64() {
    double[] x = {-20, -3.5, -1, -0.1, 0.3, 1, 2.5, 9};
    for (String spec : List.of("tanh", "sigmoid", "gelu(approximate=tanh)", "selu")) {
      Activation a = Activations.of(spec);
      double[] y = new double[x.length];
      double[] ones = new double[x.length];
      double[] dx = new double[x.length];
      Arrays.fill(ones, 1d);
      a.forward(x, y);
      a.backward(x, y, ones, dx);

      List<String> argv = new ArrayList<>(List.of("eval", "--dtype", "float64", spec));
      for (double v : x) {
        argv.add(Double.toString(v));
      }
      List<String> lines = CliRunner.run(argv.toArray(String[]::new)).outLines();
      assertThat(lines).as(spec).hasSize(x.length);
      for (int i = 0; i < x.length; i++) {
        String[] c = lines.get(i).split("\t");
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(c[1])))
            .as(spec + " " + lines.get(i)).isEqualTo(Double.doubleToRawLongBits(y[i]));
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(c[2])))
            .as(spec + " " + lines.get(i)).isEqualTo(Double.doubleToRawLongBits(dx[i]));
      }
    }
  }

  @Test
  void softmaxTakesTheInputsAsOneRowAndPrintsTheJacobianDiagonal() {
    // equal inputs: p = 1/n and dp_i/dx_i = p(1 - p), all exact in binary
    assertThat(CliRunner.run("eval", "softmax", "0", "0").outLines())
        .containsExactly("0.0\t0.5\t0.25", "0.0\t0.5\t0.25");
    assertThat(CliRunner.run("eval", "softmax", "3", "3", "3", "3").outLines())
        .containsExactly(
            "3.0\t0.25\t0.1875", "3.0\t0.25\t0.1875", "3.0\t0.25\t0.1875", "3.0\t0.25\t0.1875");
    // softmin = softmax(−x): the same probabilities, the diagonal negated
    assertThat(CliRunner.run("eval", "--dtype", "float64", "softmin", "-1", "-1").outLines())
        .containsExactly("-1.0\t0.5\t-0.25", "-1.0\t0.5\t-0.25");
  }

  @Test
  void softmaxOfTwoInputsMatchesTheLogisticClosedForm() {
    // softmax(a, b)_0 = σ(a − b) and its diagonal derivative σ(a − b)σ(b − a)
    List<String> lines = CliRunner.run("eval", "--dtype", "float64", "softmax", "1", "-1")
        .outLines();
    assertThat(lines).hasSize(2);
    double p = 1 / (1 + Math.exp(-2));
    String[] first = lines.get(0).split("\t");
    String[] second = lines.get(1).split("\t");
    assertThat(Double.parseDouble(first[1])).isCloseTo(p, within(1e-15));
    assertThat(Double.parseDouble(first[2])).isCloseTo(p * (1 - p), within(1e-15));
    assertThat(Double.parseDouble(second[1])).isCloseTo(1 - p, within(1e-15));
    assertThat(Double.parseDouble(second[2])).isCloseTo(p * (1 - p), within(1e-15));
  }

  @Test
  void logSoftmaxDiagonalIsOneMinusTheProbability() {
    List<String> lines = CliRunner.run("eval", "--dtype", "float64", "log_softmax", "0", "0")
        .outLines();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      String[] c = line.split("\t");
      assertThat(c[0]).isEqualTo("0.0");
      assertThat(Double.parseDouble(c[1])).isCloseTo(-Math.log(2), within(1e-15));
      assertThat(c[2]).isEqualTo("0.5");
    }
  }

  private static String[] args(String command, String spec, float[] x) {
    List<String> argv = new ArrayList<>(List.of(command, spec));
    for (float v : x) {
      argv.add(Float.toString(v));
    }
    return argv.toArray(String[]::new);
  }
}
