package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ListCommandTest {
  /** The functions of the team's specification (functions.md), with PyTorch's defaults. */
  private static final List<String> ELEMENTWISE = List.of(
      "identity", "sigmoid", "tanh", "relu", "leaky_relu", "prelu", "rrelu", "elu", "selu",
      "celu", "softplus", "swish", "silu", "mish", "gelu", "relu6", "hardsigmoid", "hardswish",
      "hardtanh", "softsign", "logsigmoid", "tanhshrink", "softshrink", "hardshrink",
      "threshold");
  private static final List<String> ROWWISE = List.of("softmax", "log_softmax", "softmin", "glu");

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
  void everyFunctionOfTheSpecificationIsListedWithItsKind() {
    Map<String, String[]> byName = tsvByName();
    for (String name : ELEMENTWISE) {
      assertThat(byName).containsKey(name);
      assertThat(byName.get(name)[1]).as(name).isEqualTo("elementwise");
    }
    for (String name : ROWWISE) {
      assertThat(byName).containsKey(name);
      assertThat(byName.get(name)[1]).as(name).isEqualTo("rowwise");
    }
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
