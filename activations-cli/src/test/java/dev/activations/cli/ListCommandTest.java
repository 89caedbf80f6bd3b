package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ListCommandTest {
  private static Map<String, String[]> tsvByName() {
    CliRunner.Result r = CliRunner.run("list", "--format", "tsv");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Map<String, String[]> byName = new TreeMap<>();
    for (String line : r.outLines()) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(3);
      assertThat(byName.put(cells[0], cells)).as("listed twice: " + cells[0]).isNull();
    }
    return byName;
  }

  @Test
  void everyFunctionOfTheRegistryIsListedOnceWithItsKind() {
    Map<String, String[]> byName = tsvByName();
    assertThat(byName.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Activations.all().stream().map(FunctionInfo::name).toList());
    for (FunctionInfo f : Activations.all()) {
      assertThat(byName.get(f.name())[1]).as(f.name())
          .isEqualTo(f.kind() == FunctionInfo.Kind.ELEMENTWISE ? "elementwise" : "rowwise");
    }
    // the kinds of a few, stated independently of the registry
    assertThat(byName.get("sigmoid")[1]).isEqualTo("elementwise");
    assertThat(byName.get("softmax")[1]).isEqualTo("rowwise");
    assertThat(byName.get("glu")[1]).isEqualTo("rowwise");
  }

  @Test
  void parametersAreShownWithPyTorchDefaults() {
    Map<String, String[]> byName = tsvByName();
    assertThat(byName.get("relu")[2]).isEmpty();
    assertThat(byName.get("leaky_relu")[2]).isEqualTo("negative_slope=0.01");
    assertThat(byName.get("softplus")[2]).matches("beta=1(\\.0)?, threshold=20(\\.0)?");
    assertThat(byName.get("hardtanh")[2]).matches("min_val=-1(\\.0)?, max_val=1(\\.0)?");
    assertThat(byName.get("gelu")[2]).isEqualTo("approximate=none");
    assertThat(byName.get("threshold")[2])
        .isEqualTo("threshold=(required), value=(required)");
  }

  @Test
  void textIsTheDefaultWithAlignedColumns() {
    CliRunner.Result r = CliRunner.run("list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines()).hasSize(tsvByName().size());
    assertThat(CliRunner.run("list", "--format", "text").out()).isEqualTo(r.out());

    String leaky = r.outLines().stream().filter(l -> l.startsWith("leaky_relu "))
        .findFirst().orElseThrow();
    assertThat(leaky).matches("leaky_relu +elementwise  negative_slope=0\\.01");
    // the kind starts in the same column on every line
    int kindColumn = leaky.indexOf("elementwise");
    for (String line : r.outLines()) {
      assertThat(line).doesNotContain("\t").doesNotEndWith(" ");
      assertThat(line.substring(kindColumn)).as(line).matches("(elementwise|rowwise).*");
      assertThat(line.charAt(kindColumn - 1)).as(line).isEqualTo(' ');
      assertThat(line.charAt(kindColumn - 2)).as(line).isEqualTo(' ');
    }
  }
}
