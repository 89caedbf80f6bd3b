package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a learner meets it: one number syntax, output paths checked before any
 * work, no silent wait, defaults that reach the known accuracy, one voice for every error.
 */
class CliPolishTest {
  private static final String PREFIX = "activations: error: ";

  @TempDir Path dir;

  private static String oneErrorLine(CliRunner.Result r) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.errLines()).as(r.err()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX);
    return r.errLines().get(0);
  }

  // one number syntax ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"nan", "NaN", "-nan"})
  void everySpellingOfNanGetsTheDomainMessage(String nan) {
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--lr", nan)))
        .isEqualTo(PREFIX + "--lr must be a finite number > 0, got NaN; see 'activations train"
            + " --help'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inf", "Infinity", "-inf"})
  void infinitiesReachTheDomainCheckOfMomentum(String inf) {
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--optimizer", "sgd",
        "--momentum", inf))).startsWith(PREFIX + "--momentum must be in [0, 1), got ")
        .contains("Infinity");
  }

  @Test
  void aRangeReadsInfinitiesAsEvalDoesThenChecksItsEnds() {
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--range", "-inf:inf", "--out",
        dir.resolve("x.png").toString()))).startsWith(PREFIX + "--range: invalid range"
            + " [-Infinity, Infinity]: the ends must be finite");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--range", "-1:abc", "--out",
        dir.resolve("x.png").toString()))).startsWith(PREFIX + "--range: 'abc' in '-1:abc' is"
            + " not a number");
  }

  @Test
  void aWordWhereANumberBelongsSaysSoInTheProjectsWords() {
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--lr", "fast")))
        .startsWith(PREFIX + "--lr: 'fast' is not a number");
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--epochs", "many")))
        .startsWith(PREFIX + "--epochs: 'many' is not a whole number");
  }

  // one voice ------------------------------------------------------------------------------

  @Test
  void picoclisOwnMessagesSpeakInTheProjectsStyle() {
    assertThat(oneErrorLine(CliRunner.run("train"))).startsWith(PREFIX
        + "missing required option '--data=DATA'");
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--colour")))
        .startsWith(PREFIX + "unknown option '--colour'");
    assertThat(ErrorHandlers.ourWords("Invalid value for option '--lr': 'x' is not a number"))
        .isEqualTo("--lr: 'x' is not a number");
    assertThat(ErrorHandlers.ourWords("--epochs must be at least 1, got 0"))
        .isEqualTo("--epochs must be at least 1, got 0");
  }

  @Test
  void aFileWithoutExtensionIsNamed() {
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--out",
        dir.resolve("x").toString()))).contains("x has no extension; use .png or .svg");
  }

  @Test
  void theExperimentsDefaultFolderIsNotCutInTwo() {
    CliRunner.Result r = CliRunner.run("experiment", "--help");
    assertThat(r.out()).contains("activations-experiments in the current folder");
  }

  // output paths checked before any work ------------------------------------------------

  @Test
  void aSaveFileUnderAFileIsRefusedBeforeTraining() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    CliRunner.Result r = CliRunner.run("train", "--data", "iris", "--save",
        file.resolve("net.json").toString());
    assertThat(oneErrorLine(r)).contains(file + " is a file, not a folder");
    // refused before any training: no epoch line was printed
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFolderThatTakesNoFileIsRefusedWithThatReason() {
    // /proc takes no new file, even for root
    assertThat(oneErrorLine(CliRunner.run("train", "--data", "iris", "--save",
        "/proc/x.json"))).contains("/proc is not writable");
    assertThat(oneErrorLine(CliRunner.run("experiment", "sparsity", "--out", "/proc/x")))
        .contains("/proc is not writable");
    assertThat(oneErrorLine(CliRunner.run("report", "--no-experiments", "--out", "/proc/x")))
        .contains("/proc is not writable");
    assertThat(oneErrorLine(CliRunner.run("plot", "relu", "--out", "/proc/x.png")))
        .contains("/proc is not writable");
  }

  @Test
  void aReportFolderThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThat(oneErrorLine(CliRunner.run("report", "--no-experiments", "--out",
        file.toString()))).contains("it is a file, not a folder");
  }

  // no silent waits ---------------------------------------------------------------------------

  @Test
  void evalAtATerminalSaysItReadsUntilEndOfInput() {
    CliRunner.Result r = CliRunner.runWithTerminalStdin("1\n", "eval", "relu");
    assertThat(r.exitCode()).isZero();
    assertThat(r.errLines()).containsExactly(EvalCommand.READING_HINT);
    assertThat(EvalCommand.READING_HINT).contains("Ctrl-D");
    // from a pipe it says nothing
    assertThat(CliRunner.runWithStdin("1\n", "eval", "relu").err()).isEmpty();
  }

  @Test
  void aDataSetTooSmallToSplitIsRefusedWithItsCounts() {
    // four rows, two classes: the 20 % test share rounds to no test example at all
    var tiny = dev.activations.nn.DataSet.of("tiny.csv", new float[] {1, 2, 3, 4}, 1,
        new int[] {0, 1, 0, 1}, List.of("a", "b"));
    String problem = TrainCommand.splitProblem("csv:tiny.csv", tiny, tiny.split(0.2, 1));
    assertThat(problem).startsWith("csv:tiny.csv is too small")
        .contains("4 examples").contains("to test with");
    var enough = dev.activations.nn.DataSet.of("ten", new float[20], 1,
        new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1},
        List.of("a", "b"));
    assertThat(TrainCommand.splitProblem("ten", enough, enough.split(0.2, 1))).isNull();
  }

  // defaults that teach ------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"iris, 95", "wine, 95", "breast_cancer, 95", "digits, 97"})
  void eachBundledDataSetReachesItsKnownAccuracyWithTheDefaults(String data, double percent) {
    CliRunner.Result r = CliRunner.run("train", "--data", data);
    assertThat(r.exitCode()).as(r.err()).isZero();
    String test = r.out().lines().filter(l -> l.startsWith("test ")).findFirst().orElseThrow();
    List<String> words = List.of(test.trim().split("\\s+"));
    double accuracy = Double.parseDouble(words.get(words.size() - 2));
    assertThat(accuracy).as(data + ": " + test).isGreaterThanOrEqualTo(percent);
  }

  @Test
  void theHelpOfTrainShowsTheDefaultsPerDataSet() {
    String help = CliRunner.run("train", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("iris 50, 0.003").contains("digits 20, 0.003");
  }
}
