package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bench: the table's shape and its errors; never how fast anything is. */
class BenchCommandTest {
  private static final String PREFIX = "activations: error: ";

  private static final List<String> COLUMNS = List.of("spec", "pass",
      "ns/elem (default path)", "ns/elem (scalar path)", "× arraycopy", "speed-up over scalar");

  @Test
  void tsvHasTheColumnsAndPositiveNumbers() {
    CliRunner.Result r = CliRunner.run("bench", "relu", "sigmoid", "--size", "4096",
        "--seconds", "0.05", "--backward", "--format", "tsv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(COLUMNS);
    assertThat(lines).hasSize(5);
    String[][] expected = {
      {"relu", "forward"}, {"relu", "backward"}, {"sigmoid", "forward"}, {"sigmoid", "backward"}
    };
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t");
      assertThat(cells).as(lines.get(i)).hasSize(COLUMNS.size());
      assertThat(cells[0]).isEqualTo(expected[i - 1][0]);
      assertThat(cells[1]).isEqualTo(expected[i - 1][1]);
      for (int c = 2; c < cells.length; c++) {
        double v = Double.parseDouble(cells[c]);
        assertThat(v).as(lines.get(i)).isPositive().isFinite();
      }
    }
  }

  @Test
  void textNamesThePathAndSizeAndPointsToJmh() {
    CliRunner.Result r = CliRunner.run("bench", "tanh", "--size", "1000", "--seconds", "0.05");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).startsWith("default path ").contains("1000 elements per array")
        .contains("one thread");
    assertThat(lines.get(1)).startsWith("spec").contains("× arraycopy");
    assertThat(lines.get(2)).startsWith("tanh").contains("forward");
    assertThat(lines.get(lines.size() - 1)).contains("JMH").contains("activations-benchmarks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "16777217", "big"})
  void badSizeIsBadUsage(String size) {
    CliRunner.Result r = CliRunner.run("bench", "relu", "--size", size);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX).contains(size);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "NaN", "61"})
  void badSecondsIsBadUsage(String seconds) {
    CliRunner.Result r = CliRunner.run("bench", "relu", "--seconds", seconds);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX + "--seconds");
  }

  @Test
  void unknownOrRowwiseSpecIsBadInput() {
    CliRunner.Result r = CliRunner.run("bench", "rleu", "--size", "64");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX + "unknown activation 'rleu'");
    r = CliRunner.run("bench", "log_softmax", "--size", "64");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX + "log_softmax is row-wise");
  }

  @Test
  void aSizeTheFunctionCannotTakeIsBadInput() {
    CliRunner.Result r = CliRunner.run("bench", "prelu(num_parameters=3)", "--size", "64");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0))
        .startsWith(PREFIX + "prelu(num_parameters=3) cannot be timed on 64 elements: ");
  }
}
