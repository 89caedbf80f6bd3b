package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeCommandTest {

  @Test
  void headerNamesTheFunctionAndItsKind() {
    CliRunner.Result r = CliRunner.run("describe", "leaky_relu");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("leaky_relu (elementwise)");
    assertThat(lines).anyMatch(l -> l.matches("  spec: +leaky_relu\\(negative_slope=0\\.01\\)"));
    assertThat(lines).anyMatch(l -> l.matches("  formula: +\\S.*"));
    assertThat(lines).anyMatch(l -> l.matches("  derivative: +\\S.*"));
    assertThat(lines).anyMatch(l -> l.matches("  range: +\\S.*"));
  }

  @Test
  void parametersAreATableWithTypeDefaultConstraintAndDescription() {
    List<String> lines = CliRunner.run("describe", "leaky_relu").outLines();
    int at = lines.indexOf("parameters:");
    assertThat(at).isPositive();
    assertThat(lines.get(at + 1))
        .matches("  name +type +default +constraint +description");
    assertThat(lines.get(at + 2)).matches("  negative_slope +float +0\\.01 +\\S.*");
  }

  @Test
  void aFunctionWithoutParametersSaysSo() {
    List<String> lines = CliRunner.run("describe", "relu").outLines();
    assertThat(lines.get(0)).isEqualTo("relu (elementwise)");
    assertThat(lines).contains("parameters: none");
    assertThat(lines).anyMatch(l -> l.startsWith("conventions:"));
  }

  @Test
  void rowwiseFunctionsAreDescribedToo() {
    CliRunner.Result r = CliRunner.run("describe", "softmax");
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines().get(0)).isEqualTo("softmax (rowwise)");
  }

  @Test
  void requiredParametersAreMarked() {
    List<String> lines = CliRunner.run("describe", "threshold").outLines();
    assertThat(lines).anyMatch(l -> l.matches("  spec: +threshold\\(threshold=\\?, value=\\?\\)"));
    assertThat(lines).anyMatch(l -> l.matches("  threshold +float +\\(required\\) +.*"));
    assertThat(lines).anyMatch(l -> l.matches("  value +float +\\(required\\) +.*"));
  }

  @Test
  void aFullSpecificationShowsTheValuesItGives() {
    CliRunner.Result r = CliRunner.run("describe", "gelu(approximate=tanh)");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("gelu (elementwise)");
    assertThat(lines).anyMatch(l -> l.matches("  spec: +gelu\\(approximate=tanh\\)"));
    int at = lines.indexOf("parameters:");
    assertThat(lines.get(at + 1)).matches("  name +type +value +default +constraint +description");
    assertThat(lines.get(at + 2)).matches("  approximate +choice +tanh +none +\\S.*");
  }

  @Test
  void positionalAndDefaultValuesAreShownInCanonicalForm() {
    List<String> lines = CliRunner.run("describe", "softplus( 2 )").outLines();
    assertThat(lines).anyMatch(l -> l.matches("  spec: +softplus\\(beta=2\\.0, threshold=20\\.0\\)"));
    int at = lines.indexOf("parameters:");
    assertThat(lines.get(at + 2)).matches("  beta +float +2\\.0 +1\\.0 +\\S.*");
    assertThat(lines.get(at + 3)).matches("  threshold +float +20\\.0 +20\\.0 +\\S.*");
  }

  @Test
  void aBadParameterInASpecificationIsOneErrorLine() {
    CliRunner.Result r = CliRunner.run("describe", "gelu(aproximate=tanh)");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("activations: error: unknown parameter 'aproximate' for gelu")
        .contains("approximate");
  }
}
