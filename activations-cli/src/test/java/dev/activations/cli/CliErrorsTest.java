package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad usage and bad input: exit status 2 and one line on stderr; internal failure: 1. */
class CliErrorsTest {
  private static final String PREFIX = "activations: error: ";

  private static String oneErrorLine(CliRunner.Result r, int expectedStatus) {
    assertThat(r.exitCode()).isEqualTo(expectedStatus);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    return r.errLines().get(0);
  }

  @Test
  void unknownFunctionPrintsTheLibrarysMessageWithTheClosestNames() {
    String line = oneErrorLine(CliRunner.run("eval", "rleu", "1"), 2);
    assertThat(line).startsWith(PREFIX + "unknown activation 'rleu'").contains("relu");
  }

  @Test
  void unknownParameterIsBadInput() {
    String line = oneErrorLine(CliRunner.run("eval", "leaky_relu(slope=0.1)", "1"), 2);
    assertThat(line).startsWith(PREFIX).contains("slope").contains("negative_slope");
  }

  @Test
  void gluHasNoValuePerInput() {
    String line = oneErrorLine(CliRunner.run("eval", "glu", "1", "2"), 2);
    assertThat(line).startsWith(PREFIX + "glu ");
  }

  @Test
  void inputsTheFunctionCannotTakeAreBadInput() {
    // three channels need a multiple of three elements
    String line = oneErrorLine(CliRunner.run("eval", "prelu(num_parameters=3)", "1", "2"), 2);
    assertThat(line).startsWith(PREFIX + "prelu(num_parameters=3) cannot take 2 inputs: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1f", "0x10", "1,5", "1e", "infinite"})
  void unreadableArgumentIsBadInput(String input) {
    String line = oneErrorLine(CliRunner.run("eval", "relu", "1", input), 2);
    assertThat(line).startsWith(PREFIX + "cannot read '" + input + "' as a number");
  }

  @Test
  void unreadableStdinTokenNamesItsLine() {
    String line = oneErrorLine(CliRunner.runWithStdin("1 2\n3\n  4 x5\n", "eval", "relu"), 2);
    assertThat(line).startsWith(PREFIX + "cannot read 'x5' as a number (standard input, line 3)");
  }

  @Test
  void garbageOnStdinFailsWithoutEchoingIt() {
    String line = oneErrorLine(CliRunner.runWithStdin("z".repeat(50_000), "eval", "relu"), 2);
    assertThat(line).startsWith(PREFIX + "cannot read 'zzzz").hasSizeLessThan(300);
  }

  @Test
  void mistypedOptionOfEvalIsAnUnknownOption() {
    String line = oneErrorLine(CliRunner.run("eval", "relu", "1", "--dtyp", "float64"), 2);
    assertThat(line).startsWith(PREFIX + "unknown option '--dtyp'");
    line = oneErrorLine(CliRunner.run("eval", "--bogus", "relu", "1"), 2);
    assertThat(line).startsWith(PREFIX + "unknown option '--bogus'");
  }

  @Test
  void numberInPlaceOfTheSpecSaysTheSpecIsMissing() {
    String line = oneErrorLine(CliRunner.run("eval", "-1", "relu"), 2);
    assertThat(line).startsWith(PREFIX + "missing SPEC");
  }

  @Test
  void badDtypeIsBadUsage() {
    String line = oneErrorLine(CliRunner.run("eval", "relu", "1", "--dtype", "float16"), 2);
    assertThat(line).startsWith(PREFIX).contains("float16").contains("float32 or float64");
  }

  @Test
  void missingSpecIsBadUsage() {
    String line = oneErrorLine(CliRunner.run("eval"), 2);
    assertThat(line).startsWith(PREFIX).contains("SPEC");
  }

  @Test
  void unknownOptionOfListIsBadUsage() {
    String line = oneErrorLine(CliRunner.run("list", "--formt", "tsv"), 2);
    assertThat(line).startsWith(PREFIX).contains("--formt").contains("activations list --help");
  }

  @Test
  void badFormatIsBadUsage() {
    String line = oneErrorLine(CliRunner.run("list", "--format", "csv"), 2);
    assertThat(line).startsWith(PREFIX).contains("csv");
  }

  @Test
  void unknownCommandIsBadUsage() {
    String line = oneErrorLine(CliRunner.run("evaluate", "relu"), 2);
    assertThat(line).startsWith(PREFIX).contains("evaluate");
  }

  @Test
  void noCommandIsBadUsage() {
    String line = oneErrorLine(CliRunner.run(), 2);
    assertThat(line).startsWith(PREFIX + "missing command");
  }

  @Test
  void unknownNameForDescribeIsBadInput() {
    String line = oneErrorLine(CliRunner.run("describe", "sigmoud"), 2);
    assertThat(line).startsWith(PREFIX + "unknown activation 'sigmoud'").contains("sigmoid");
  }

  @Test
  void failureToReadStdinIsInternalWithOneLine() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    };
    CliRunner.Result r = CliRunner.runWithStdin(broken, "eval", "relu");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(
        "activations: internal error: java.io.IOException: device gone");
  }
}
