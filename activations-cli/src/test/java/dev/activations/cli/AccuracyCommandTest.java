package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.activations.Activations;
import dev.activations.Vectorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** accuracy: the report in each format, its errors, and the ULP measure behind it. */
class AccuracyCommandTest {
  private static final String PREFIX = "activations: error: ";

  /** A prime stride: about 65,500 inputs per function, spread over every binade and sign. */
  private static final String STRIDE = "65521";

  private static final long INPUTS = AccuracySweep.patterns(65521)
      + AccuracySweep.SPECIALS.length;

  private static final List<String> COLUMNS = List.of("spec", "kind", "inputs", "max ulp",
      "worst input", "> 0.5 ulp", "bar", "over bar", "NaN mismatches", "∞ mismatches",
      "seconds");

  private static String oneErrorLine(CliRunner.Result r) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX);
    return r.errLines().get(0);
  }

  private static List<String[]> tsvRows(CliRunner.Result r) {
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String[]> rows = new ArrayList<>();
    for (String line : r.outLines()) {
      rows.add(line.split("\t", -1));
    }
    assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
    return rows.subList(1, rows.size());
  }

  @Test
  void tsvHasBothKindsOfEverySpecWithinTheBars() {
    List<String[]> rows = tsvRows(CliRunner.run(
        "accuracy", "sigmoid", "relu", "gelu", "--stride", STRIDE, "--format", "tsv"));
    assertThat(rows).hasSize(6);
    List<String> specs = List.of("sigmoid", "relu", "gelu");
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String where = String.join(" ", row);
      assertThat(row).as(where).hasSize(COLUMNS.size());
      assertThat(row[0]).as(where).isEqualTo(specs.get(i / 2));
      assertThat(row[1]).as(where).isEqualTo(i % 2 == 0 ? "value" : "derivative");
      assertThat(Long.parseLong(row[2])).as(where).isEqualTo(INPUTS);
      double maxUlp = Double.parseDouble(row[3]);
      assertThat(maxUlp).as(where).isBetween(0.0, i % 2 == 0 ? 1.0 : 2.0);
      if (maxUlp > 0) {
        // the worst input reads back as a float
        Float.parseFloat(row[4]);
      } else {
        assertThat(row[4]).as(where).isEqualTo("-");
      }
      assertThat(row[6]).as(where).isEqualTo(i % 2 == 0 ? "1" : "2");
      assertThat(row[7]).as(where).isEqualTo("0");
      assertThat(row[8]).as(where).isEqualTo("0");
      assertThat(row[9]).as(where).isEqualTo("0");
      assertThat(Double.parseDouble(row[10])).as(where).isGreaterThanOrEqualTo(0);
    }
    // relu is exact in float: its value and derivative are the reference itself
    assertThat(rows.get(2)[3]).isEqualTo("0.000");
    assertThat(rows.get(3)[3]).isEqualTo("0.000");
  }

  @Test
  void textNamesThePathTheInputsAndTheThreadsAndEndsWithTheVerdict() {
    CliRunner.Result r = CliRunner.run(
        "accuracy", "sigmoid", "gelu", "--stride", STRIDE, "--threads", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    String path = Vectorization.path().name().toLowerCase(java.util.Locale.ROOT);
    assertThat(lines.get(0)).contains(path + " path").contains(INPUTS + " inputs per function")
        .contains("2 threads");
    assertThat(lines.get(1)).contains("relaxed");
    assertThat(lines.get(2)).startsWith("spec").contains("max ulp").contains("over bar");
    assertThat(lines.subList(3, 7)).allSatisfy(line -> assertThat(line).matches(
        "(sigmoid|gelu) +(value|derivative) +\\d+ +\\d+\\.\\d{3} .*"));
    // gelu' changes sign near x = -0.75: the stretch between its extrema at ±√2 is relaxed
    assertThat(lines.get(7)).startsWith("derivative relaxed").contains("gelu on [-1.41, 1.41]")
        .doesNotContain("sigmoid");
    assertThat(lines.get(8)).isEqualTo("all within the bars");
    assertThat(lines).hasSize(9);
  }

  @Test
  void markdownIsOneTableWithTheColumns() {
    CliRunner.Result r = CliRunner.run(
        "accuracy", "relu", "--stride", STRIDE, "--format", "md");
    assertThat(r.exitCode()).isZero();
    List<String> table = r.outLines().stream().filter(l -> l.startsWith("|")).toList();
    assertThat(table).hasSize(4);
    List<String> header = cells(table.get(0));
    assertThat(header).containsExactlyElementsOf(COLUMNS);
    assertThat(table.get(1)).matches("\\|(---:?\\|){11}");
    assertThat(cells(table.get(2))).startsWith("relu", "value", Long.toString(INPUTS));
    assertThat(cells(table.get(3))).startsWith("relu", "derivative", Long.toString(INPUTS));
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("all within the bars");
  }

  private static List<String> cells(String mdRow) {
    String inner = mdRow.substring(1, mdRow.length() - 1);
    return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
  }

  @Test
  void fastIsComparedWithExactAgainstItsOwnBars() {
    CliRunner.Result r = CliRunner.run(
        "accuracy", "sigmoid", "relu", "--precision", "fast", "--stride", STRIDE, "--format",
        "tsv");
    assertThat(r.exitCode()).isZero();
    List<String[]> rows = r.outLines().stream().skip(1).map(l -> l.split("\t")).toList();
    assertThat(rows).hasSize(4);
    // the bar column: 3 ULP for values, 4 for derivatives
    assertThat(rows).extracting(row -> row[6]).containsExactly("3", "4", "3", "4");
    for (String[] row : rows) {
      assertThat(Double.parseDouble(row[3])).as(String.join(" ", row)).isLessThanOrEqualTo(
          row[1].equals("value") ? 3 : 4);
      assertThat(row[7]).isEqualTo("0");
    }
    // relu runs its EXACT kernel under the FAST label: no difference at all
    assertThat(rows.get(2)[3]).isEqualTo("0.000");
    CliRunner.Result text = CliRunner.run(
        "accuracy", "sigmoid", "--precision", "fast", "--stride", STRIDE);
    assertThat(text.outLines().get(0)).startsWith("fast float kernels")
        .contains("against the exact float kernels");
    assertThat(text.outLines().get(text.outLines().size() - 1))
        .isEqualTo("all within the bars");
  }

  @Test
  void theScalarPathCanBeChosen() {
    CliRunner.Result r = CliRunner.run(
        "accuracy", "tanh", "--stride", STRIDE, "--path", "scalar");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines().get(0)).contains("scalar path");
    assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("all within the bars");
  }

  @Test
  void thePanamaPathRunsWhereAvailableAndIsBadUsageElsewhere() {
    String problem = Vectorization.unavailable(Vectorization.Path.PANAMA);
    CliRunner.Result r = CliRunner.run(
        "accuracy", "relu", "--stride", STRIDE, "--path", "panama");
    if (problem == null) {
      assertThat(r.exitCode()).isZero();
      assertThat(r.outLines().get(0)).contains("panama path");
    } else {
      assertThat(oneErrorLine(r)).startsWith(PREFIX + "the panama path is unavailable: "
          + problem);
    }
  }

  @Test
  void theFiguresDoNotDependOnTheThreadCount() {
    List<String> one = withoutSeconds(tsvRows(CliRunner.run(
        "accuracy", "silu", "--stride", STRIDE, "--format", "tsv", "--threads", "1")));
    List<String> three = withoutSeconds(tsvRows(CliRunner.run(
        "accuracy", "silu", "--stride", STRIDE, "--format", "tsv", "--threads", "3")));
    assertThat(three).isEqualTo(one);
  }

  private static List<String> withoutSeconds(List<String[]> rows) {
    return rows.stream().map(r -> String.join("\t", Arrays.copyOf(r, r.length - 1))).toList();
  }

  @Test
  void unknownSpecIsTheLibrarysMessage() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "sigmod", "--stride", STRIDE)))
        .startsWith(PREFIX + "unknown activation 'sigmod'").contains("sigmoid");
  }

  @Test
  void rowwiseFunctionIsBadInput() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "softmax", "--stride", STRIDE)))
        .startsWith(PREFIX + "softmax is row-wise");
  }

  @Test
  void rreluInTrainingModeIsBadInput() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "rrelu(training=true)")))
        .startsWith(PREFIX + "rrelu(training=true) draws a random slope");
  }

  @Test
  void preluWithSeveralChannelsHasNoScalarReference() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "prelu(num_parameters=3)")))
        .startsWith(PREFIX + "prelu(num_parameters=3): ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "4294967296", "x"})
  void badStrideIsBadUsage(String stride) {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "--stride", stride)))
        .contains(stride);
  }

  @Test
  void exhaustiveTakesNoStride() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "--exhaustive", "--stride", "7")))
        .contains("--exhaustive");
  }

  @Test
  void badThreadsPathOrFormatIsBadUsage() {
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "--threads", "0")))
        .contains("--threads");
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "--path", "simd")))
        .contains("simd").contains("scalar or panama");
    assertThat(oneErrorLine(CliRunner.run("accuracy", "relu", "--format", "csv")))
        .contains("csv").contains("text, md or tsv");
  }

  @Test
  void defaultSpecsAreEveryElementwiseFunctionAndGeluTanh() {
    List<String> specs = ElementwiseSpecs.defaults();
    assertThat(specs).contains("identity", "sigmoid", "relu", "prelu", "rrelu", "gelu",
        "gelu(approximate=tanh)", "hardshrink").doesNotContain("softmax", "glu");
    assertThat(specs.indexOf("gelu(approximate=tanh)")).isEqualTo(specs.indexOf("gelu") + 1);
    assertThat(specs).anySatisfy(s -> assertThat(s).startsWith("threshold("));
    // every one builds, and rrelu's default is evaluation mode
    for (String spec : specs) {
      Activations.of(spec);
    }
    assertThat(Activations.of("rrelu").spec()).contains("training=false");
  }

  // -------------------------------------------------------------------------------------------
  // The ULP measure

  @Test
  void oneFloatAboveOneIsOneUlp() {
    assertThat(AccuracySweep.ulpError(1.0000001192092896f, 1.0)).isEqualTo(1.0);
    assertThat(AccuracySweep.ulpError(1.0f, 1.0)).isZero();
  }

  @Test
  void aMidpointIsHalfAnUlpFromEitherNeighbour() {
    double midpoint = 1 + 0x1p-24;
    assertThat(AccuracySweep.ulpError(1.0f, midpoint)).isEqualTo(0.5);
    assertThat(AccuracySweep.ulpError(1.0000001192092896f, midpoint)).isEqualTo(0.5);
  }

  @Test
  void theUlpBelowAPowerOfTwoIsTheLowerBinadesSpacing() {
    // just below 2 floats are 2^-23 apart; the float below 2 against 2 − 2^-24 is half of that
    assertThat(AccuracySweep.ulpError(Math.nextDown(2f), 2 - 0x1p-24)).isEqualTo(0.5);
    // at 2 itself the spacing doubles
    assertThat(AccuracySweep.ulpError(2f, 2 + 0x1p-22)).isEqualTo(1.0);
  }

  @Test
  void subnormalsAreMeasuredInTheSmallestSpacing() {
    assertThat(AccuracySweep.ulpError(Float.MIN_VALUE, 1.5 * Float.MIN_VALUE)).isEqualTo(0.5);
    assertThat(AccuracySweep.ulpError(0f, 3 * (double) Float.MIN_VALUE)).isEqualTo(3.0);
    assertThat(AccuracySweep.ulpError(0f, 0.25 * Float.MIN_VALUE)).isEqualTo(0.25);
    assertThat(AccuracySweep.ulp(0.0)).isEqualTo(0x1p-149);
    assertThat(AccuracySweep.ulp(Float.MIN_NORMAL)).isEqualTo(0x1p-149);
    assertThat(AccuracySweep.ulp(-1e-300)).isEqualTo(0x1p-149);
  }

  @Test
  void negativeResultsMeasureLikePositiveOnes() {
    assertThat(AccuracySweep.ulpError(-1.0000001192092896f, -1.0)).isEqualTo(1.0);
    assertThat(AccuracySweep.ulpError(-0f, 0.0)).isZero();
  }

  @Test
  void overflowThatRoundsToInfinityIsExact() {
    assertThat(AccuracySweep.ulpError(Float.POSITIVE_INFINITY, 3.5e38)).isZero();
    assertThat(AccuracySweep.ulpError(Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY))
        .isZero();
    // FLT_MAX + a quarter ULP rounds to FLT_MAX, not to infinity
    double belowHalfway = Float.MAX_VALUE + 0x1p102;
    assertThat(AccuracySweep.ulpError(Float.POSITIVE_INFINITY, belowHalfway))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(AccuracySweep.ulpError(Float.MAX_VALUE, belowHalfway)).isEqualTo(0.25);
  }

  @Test
  void infinitiesThatDisagreeAreInfiniteMismatches() {
    assertThat(AccuracySweep.ulpError(Float.MAX_VALUE, Double.POSITIVE_INFINITY))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(AccuracySweep.ulpError(Float.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(AccuracySweep.ulpError(Float.POSITIVE_INFINITY, 1.0))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void nanAgainstNanIsExactAndAgainstANumberIsAMismatch() {
    assertThat(AccuracySweep.ulpError(Float.NaN, Double.NaN)).isZero();
    assertThat(AccuracySweep.ulpError(Float.NaN, 1.0)).isNaN();
    assertThat(AccuracySweep.ulpError(1f, Double.NaN)).isNaN();
    assertThat(AccuracySweep.ulpError(Float.POSITIVE_INFINITY, Double.NaN)).isNaN();
  }

  @Test
  void statsCountAgainstTheBarAndKeepTheSmallestWorstInputOnTies() {
    AccuracySweep.Stats a = new AccuracySweep.Stats(AccuracySweep.Kind.VALUE);
    a.add(Float.floatToRawIntBits(3f), 1.5);
    a.add(Float.floatToRawIntBits(1f), 0.75);
    a.add(Float.floatToRawIntBits(2f), Double.NaN);
    AccuracySweep.Stats b = new AccuracySweep.Stats(AccuracySweep.Kind.VALUE);
    b.add(Float.floatToRawIntBits(-4f), 1.5);
    b.add(Float.floatToRawIntBits(5f), Double.POSITIVE_INFINITY);
    a.merge(b);
    assertThat(a.inputs).isEqualTo(5);
    assertThat(a.maxUlp).isEqualTo(1.5);
    // -4f has the smaller (signed) bit pattern
    assertThat(a.worstInput()).isEqualTo("-4.0");
    assertThat(a.overHalf).isEqualTo(3);
    assertThat(a.overBar).isEqualTo(2);
    assertThat(a.nanMismatches).isEqualTo(1);
    assertThat(a.infMismatches).isEqualTo(1);
    assertThat(a.overTheBar()).isTrue();

    AccuracySweep.Stats exact = new AccuracySweep.Stats(AccuracySweep.Kind.DERIVATIVE);
    exact.add(0, 0);
    exact.add(1, 1.9);
    assertThat(exact.overBar).isZero();
    assertThat(exact.overTheBar()).isFalse();
  }

  @Test
  void relaxationCoversTheStretchAroundEachZeroCrossingOfTheDerivative() {
    AccuracySweep.Relaxation gelu = AccuracySweep.relaxation(Activations.of("gelu"));
    // gelu' = Φ(x) + xφ(x) crosses zero at x ≈ −0.7518; its extrema are at ±√2
    assertThat(gelu.lo()).hasSize(1);
    assertThat(gelu.lo()[0]).isCloseTo(-Math.sqrt(2), within(0.01));
    assertThat(gelu.hi()[0]).isCloseTo(Math.sqrt(2), within(0.01));
    assertThat(gelu.largest()).isCloseTo(1.1289, within(1e-3));
    assertThat(gelu.covers(-0.7518)).isTrue();
    assertThat(gelu.covers(3)).isFalse();

    assertThat(AccuracySweep.relaxation(Activations.of("relu")).isEmpty()).isTrue();
    assertThat(AccuracySweep.relaxation(Activations.of("sigmoid")).isEmpty()).isTrue();
    // hardswish' = (2x + 3)/6 on (−3, 3) crosses zero at −1.5
    AccuracySweep.Relaxation hardswish =
        AccuracySweep.relaxation(Activations.of("hardswish"));
    assertThat(hardswish.covers(-1.5)).isTrue();
    assertThat(hardswish.covers(-3.5)).isFalse();
  }
}
