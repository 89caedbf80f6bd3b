package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** pairing: the M5 table and the BCE worked example. */
class PairingCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();


  @Test
  void markdownPairsTheOutputLayersWithTheirLosses() {
    CliRunner.Result r = CliRunner.run("pairing");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String out = r.out();
    assertThat(out).contains("bce_with_logits").contains("sigmoid").contains("softmax")
        .contains("CrossEntropyLoss").contains("BCEWithLogitsLoss");
    // two tables: the pairing, then the worked example
    assertThat(r.outLines()).filteredOn(l -> l.startsWith("### ")).hasSize(2);
  }

  @Test
  void theWorkedExampleCoversEachLogitForBothTargets() throws IOException {
    CliRunner.Result r = CliRunner.run("pairing", "--format", "json");
    assertThat(r.exitCode()).isZero();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tables = JSON.readValue(r.out(), List.class);
    assertThat(tables).hasSize(2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) tables.get(1).get("rows");
    // x = ±10, ±30, ±100, each with target 1 and target 0
    assertThat(rows).hasSize(12);
    assertThat(rows).extracting(row -> ((Double) row.get("x")).doubleValue())
        .containsOnly(-100.0, -30.0, -10.0, 10.0, 30.0, 100.0);
  }

  @Test
  void csvSeparatesTheTablesWithAnEmptyLine() {
    CliRunner.Result r = CliRunner.run("pairing", "--format", "csv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines().get(0)).startsWith("problem,");
    assertThat(r.outLines()).contains("");
  }

  @Test
  void aBadFormatExitsTwo() {
    CliRunner.Result r = CliRunner.run("pairing", "--format", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("activations: error: ").contains("yaml");
  }
}
