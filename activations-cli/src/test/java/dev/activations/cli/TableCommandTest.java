package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.activations.Activations;
import dev.activations.FunctionInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** table: the property table in each format, and its errors. */
class TableCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PREFIX = "activations: error: ";

  /** The element-wise functions, as the registry lists them: the table has one row each. */
  private static final List<String> ELEMENTWISE = Activations.all().stream()
      .filter(f -> f.kind() == FunctionInfo.Kind.ELEMENTWISE)
      .map(FunctionInfo::name)
      .toList();

  private static String oneErrorLine(CliRunner.Result r) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith(PREFIX);
    return r.errLines().get(0);
  }

  /** The first cell of each body row of the first Markdown table in the text. */
  private static List<String> markdownFirstColumn(List<String> lines) {
    List<String> names = new ArrayList<>();
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("|---")) {
        inTable = true;
        continue;
      }
      if (inTable && !line.startsWith("| ")) {
        break;
      }
      if (inTable) {
        names.add(line.substring(2, line.indexOf(" |", 2)).strip());
      }
    }
    return names;
  }

  @Test
  void markdownByDefaultWithOneRowPerFunction() {
    CliRunner.Result r = CliRunner.run("table");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).startsWith("### ");
    List<String> names = markdownFirstColumn(r.outLines());
    // a function with parameters may carry them in its label, as threshold(…) does
    List<String> bare = names.stream().map(n -> n.replaceAll("\\(.*", "")).toList();
    assertThat(ELEMENTWISE).contains("relu", "sigmoid", "threshold");
    assertThat(bare).containsExactlyInAnyOrderElementsOf(ELEMENTWISE);
  }

  @Test
  void jsonParsesWithOneObjectPerRowAndKnownFacts() throws IOException {
    CliRunner.Result r = CliRunner.run("table", "sigmoid", "tanh", "relu", "--format", "json");
    assertThat(r.exitCode()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> table = JSON.readValue(r.out(), Map.class);
    assertThat(table).containsKeys("title", "columns", "rows", "notes");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
    assertThat(rows).extracting(row -> row.get("function"))
        .containsExactly("sigmoid", "tanh", "relu");
    // σ′(0) = 1/4 and tanh′(0) = 1; relu gives 0 for half of N(0, 1)
    assertThat((Double) rows.get(0).get("f′(0)")).isCloseTo(0.25, within(1e-12));
    assertThat((Double) rows.get(1).get("f′(0)")).isCloseTo(1.0, within(1e-12));
    assertThat((Double) rows.get(2).get("sparsity")).isCloseTo(0.5, within(0.005));
    assertThat(rows.get(1).get("zero-centred")).isEqualTo(Boolean.TRUE);
    assertThat(rows.get(0).get("zero-centred")).isEqualTo(Boolean.FALSE);
  }

  @Test
  void csvHasAHeaderAndOneLinePerFunction() {
    CliRunner.Result r = CliRunner.run("table", "relu", "elu(alpha=0.5)", "--format", "csv");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("function,");
    assertThat(lines.get(1)).startsWith("relu,");
    assertThat(lines.get(2)).startsWith("elu");
  }

  @Test
  void htmlIsATable() {
    CliRunner.Result r = CliRunner.run("table", "relu", "--format", "html");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("<table").contains("</table>").contains(">relu<");
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    assertThat(oneErrorLine(CliRunner.run("table", "rleu"))).contains("relu");
    assertThat(oneErrorLine(CliRunner.run("table", "log_softmax")))
        .startsWith(PREFIX + "log_softmax is row-wise");
    assertThat(oneErrorLine(CliRunner.run("table", "relu", "--format", "xml")))
        .contains("xml").contains("md, csv, html or json");
  }

  @Test
  void costAddsAColumnOfPositiveRatiosToRelu() {
    CliRunner.Result r = CliRunner.run("table", "relu", "sigmoid", "--cost", "--format", "csv");
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).endsWith("cost vs relu: median (quartiles)");
    for (String line : lines.subList(1, 3)) {
      String last = line.substring(line.lastIndexOf(',') + 1).replace("\"", "");
      // the median with its spread: 3.1 (2.9–3.4)
      assertThat(last).matches("[0-9.]+ \\([0-9.]+–[0-9.]+\\)");
      double ratio = Double.parseDouble(last.substring(0, last.indexOf(' ')));
      assertThat(ratio).isPositive().isFinite();
    }
  }
}
