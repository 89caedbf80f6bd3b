package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code train --data csv:FILE} on an ordinary CSV file, the iris data as people download it
 * (a header of column names, the species as text), and on malformed files.
 */
class TrainCsvTest {
  private static final String PREFIX = "activations: error: ";
  private static final String SUFFIX = "; see 'activations train --help'";

  @TempDir Path dir;

  private Path iris() throws IOException {
    Path file = dir.resolve("iris.csv");
    try (InputStream in = TrainCsvTest.class.getResourceAsStream("data/iris.csv")) {
      assertThat(in).as("test resource data/iris.csv").isNotNull();
      Files.copy(in, file);
    }
    return file;
  }

  /** The lines of the final table that do not name the data set or depend on the clock. */
  private static List<String> results(CliRunner.Result r) {
    return r.outLines().stream().filter(l -> !l.startsWith("data:") && !l.startsWith("time "))
        .toList();
  }

  @Test
  void theDownloadedIrisTrainsExactlyAsTheBundledOne() throws IOException {
    Path file = iris();
    CliRunner.Result csv = CliRunner.run("train", "--data", "csv:" + file, "--epochs", "5",
        "--lr", "0.003");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    // sorted species names are the bundled set's class order, so the classes agree
    assertThat(csv.errLines().get(0))
        .isEqualTo("classes: setosa → 0, versicolor → 1, virginica → 2");
    assertThat(csv.out()).contains("data:      csv:" + file + ", 120 training and 30 test"
        + " examples, 4 features, 3 classes");
    // the same numbers, split, initial weights and order: the same losses and accuracies (the
    // learning rate is given because the bundled iris has a default of its own)
    CliRunner.Result bundled = CliRunner.run("train", "--data", "iris", "--epochs", "5",
        "--lr", "0.003");
    assertThat(bundled.exitCode()).isZero();
    assertThat(results(csv)).isEqualTo(results(bundled)).anyMatch(l -> l.startsWith("test "));
  }

  @Test
  void aLabelColumnIsChosenByName() throws IOException {
    // the same file with the species first
    Path file = dir.resolve("species-first.csv");
    List<String> lines = Files.readAllLines(iris());
    Files.write(file, lines.stream().map(l -> {
      int cut = l.lastIndexOf(',');
      return l.substring(cut + 1) + "," + l.substring(0, cut);
    }).toList());
    CliRunner.Result named = CliRunner.run("train", "--data", "csv:" + file, "--label",
        "species", "--epochs", "5", "--lr", "0.003");
    assertThat(named.exitCode()).as(named.err()).isZero();
    CliRunner.Result bundled = CliRunner.run("train", "--data", "iris", "--epochs", "5",
        "--lr", "0.003");
    assertThat(results(named)).isEqualTo(results(bundled));
    // without --label the last column, petal_width, would be the label: 22 numeric classes
    CliRunner.Result last = CliRunner.run("train", "--data", "csv:" + file, "--epochs", "1");
    assertThat(last.exitCode()).isEqualTo(2);
    assertThat(last.errLines()).hasSize(1);
    assertThat(last.errLines().get(0)).isEqualTo(PREFIX + file + ": line 2, column 'species':"
        + " not a number: 'setosa'" + SUFFIX);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ragged row|x,y,label\\n1,2,a\\n3,b\\n|: line 3: expected 3 fields (as the header has),"
          + " found 2",
      "text feature|x,y,label\\n1,2,a\\n3,four,b\\n|: line 3, column 'y': not a number: 'four'",
      "empty file|''|: empty file, expected a header row of column names and a row per example",
      "header only|x,label\\n|: no data rows after the header (line 1)",
      "one class|x,label\\n1,a\\n2,a\\n3,a\\n4,a\\n5,a\\n|' has 1 class (a); training needs at"
          + " least 2'",
      "open quote|x,label\\n1,\"a\\n|: line 2: not valid CSV: EOF reached before encapsulated"
          + " token finished",
  })
  void aMalformedFileIsOneLineNamingFileLineAndProblem(String what, String text, String problem)
      throws IOException {
    Path file = Files.writeString(dir.resolve(what.replace(' ', '-') + ".csv"),
        text.replace("\\n", "\n"));
    CliRunner.Result r = CliRunner.run("train", "--data", "csv:" + file, "--epochs", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    String name = what.equals("one class") ? "csv:" + file : file.toString();
    assertThat(r.errLines().get(0)).isEqualTo(PREFIX + name + problem + SUFFIX);
  }

  @Test
  void aMissingLabelColumnIsNamedWithTheColumnsThereAre() throws IOException {
    Path file = iris();
    CliRunner.Result r = CliRunner.run("train", "--data", "csv:" + file, "--label", "class");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(PREFIX + file + ": line 1: no column named 'class'"
        + " for the label; the columns are sepal_length, sepal_width, petal_length,"
        + " petal_width, species" + SUFFIX);
  }

  @Test
  void aLabelForADataSetThatIsNotACsvFileIsBadUsage() {
    CliRunner.Result r = CliRunner.run("train", "--data", "iris", "--label", "species");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX).contains("only for csv:FILE");
  }
}
