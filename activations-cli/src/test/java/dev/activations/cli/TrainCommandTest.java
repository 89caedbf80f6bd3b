package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** train, on the small synthetic sets: the final table, progress, saving, and bad options. */
class TrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PREFIX = "activations: error: ";

  /** A small quick run: 500 xor points, 5 epochs of a tanh layer of 8. */
  private static final String[] XOR = {"train", "--data", "xor", "--layers", "8", "--activation",
      "tanh", "--epochs", "5", "--seed", "3"};

  @TempDir Path dir;

  /** The row of the final table that starts with the word, split on runs of spaces. */
  private static String[] row(CliRunner.Result r, String first) {
    return r.outLines().stream().filter(l -> l.startsWith(first + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row '" + first + "' in\n" + r.out()))
        .split(" {2,}");
  }

  @Test
  void printsTheFinalTableOnStdoutAndOneLinePerEpochOnStderr() {
    CliRunner.Result r = CliRunner.run(XOR);
    assertThat(r.exitCode()).isZero();
    // the 500 points split 80/20
    String[] train = row(r, "train");
    String[] test = row(r, "test");
    assertThat(train[1]).isEqualTo("400");
    assertThat(test[1]).isEqualTo("100");
    for (String[] cells : List.of(train, test)) {
      assertThat(Double.parseDouble(cells[2])).isPositive();
      assertThat(cells[3]).matches("\\d{1,3}\\.\\d\\d %");
    }
    assertThat(r.outLines()).anyMatch(l -> l.matches("time per epoch: [0-9.]+ s .*"));
    assertThat(r.out()).contains("2 → 8 tanh → 1 logit").contains("bce_with_logits");
    assertThat(r.errLines()).hasSize(5);
    assertThat(r.errLines().get(0)).startsWith("epoch 1/5");
    assertThat(r.errLines().get(4)).startsWith("epoch 5/5");
    assertThat(r.err()).doesNotContain("\r");
  }

  @Test
  void aSeparableSetIsLearned() {
    // two Gaussian blobs about 6 standard deviations apart: a single logit separates them
    CliRunner.Result r = CliRunner.run("train", "--data", "gauss", "--layers", "none",
        "--epochs", "10", "--lr", "0.05");
    assertThat(r.exitCode()).isZero();
    String accuracy = row(r, "test")[3];
    assertThat(Double.parseDouble(accuracy.replace(" %", ""))).isGreaterThanOrEqualTo(95);
  }

  @Test
  void moreThanTwoClassesGetOneLogitEachAndCrossEntropy() {
    CliRunner.Result r = CliRunner.run("train", "--data", "iris", "--epochs", "2", "--layers",
        "4,4", "--optimizer", "sgd");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("4 → 4 relu → 4 relu → 3 logits").contains("cross_entropy")
        .contains("sgd");
    assertThat(row(r, "test")[1]).isEqualTo("30");
  }

  @Test
  void theSameSeedGivesTheSameNumbers() {
    CliRunner.Result a = CliRunner.run(XOR);
    CliRunner.Result b = CliRunner.run(XOR);
    assertThat(withoutTimes(a.out())).isEqualTo(withoutTimes(b.out()));
  }

  private static String withoutTimes(String out) {
    return out.replaceAll("(?m)^time per epoch.*$", "");
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlace() {
    CliRunner.Result r = CliRunner.runOnTerminal("train", "--data", "circle", "--epochs", "2",
        "--layers", "4");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("\r").contains("[####").contains("epoch 2/2  train loss");
    assertThat(r.err().split("\n")).hasSize(2);
  }

  @Test
  void saveWritesTheNetworkAsJson() throws IOException {
    Path model = dir.resolve("models/xor.json");
    String[] args = List.of("train", "--data", "xor", "--layers", "3", "--epochs", "1",
        "--save", model.toString()).toArray(String[]::new);
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).last().isEqualTo("saved: " + model);
    @SuppressWarnings("unchecked")
    Map<String, Object> json = JSON.readValue(
        Files.readString(model, StandardCharsets.UTF_8), Map.class);
    assertThat(json).containsKeys("format", "version", "layers");
    assertThat((List<?>) json.get("layers")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--data nope",
      "--epochs 3",
      "--data xor --layers 8,x",
      "--data xor --layers 0",
      "--data xor --activation rleu",
      "--data xor --activation softmax",
      "--data xor --init magic",
      "--data xor --optimizer rmsprop",
      "--data xor --lr 0",
      "--data xor --lr -1",
      "--data xor --lr abc",
      "--data xor --momentum 0.5",
      "--data xor --optimizer sgd --momentum 1",
      "--data xor --epochs 0",
      "--data xor --batch -1",
      "--data xor --layers 100000,100000",
      "--data idx:/no/such/folder",
      "--data xor --bogus"
  })
  void badOptionsExitTwoWithOneLine(String options) {
    String[] args = ("train " + options).split(" ");
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).as(options).isEqualTo(2);
    assertThat(r.out()).as(options).isEmpty();
    assertThat(r.errLines()).as(options).hasSize(1);
    assertThat(r.errLines().get(0)).as(options).startsWith(PREFIX)
        .endsWith("see 'activations train --help'");
  }

  @Test
  void aSaveThatCannotBeWrittenFailsBeforeTraining() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRunner.Result r = CliRunner.run("train", "--data", "xor", "--save",
        file.resolve("model.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    // no epoch ran: the only line is the error
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains(file + " is a file, not a folder");
  }

  @Test
  void aMalformedDataFileIsBadInputNamingTheFile() throws IOException {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "3,2,a,b\n1,2,0\n1,2\n");
    CliRunner.Result r = CliRunner.run("train", "--data", "csv:" + csv);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX).contains(csv.toString());
  }
}
