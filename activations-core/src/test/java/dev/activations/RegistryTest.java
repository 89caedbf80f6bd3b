package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

  static Stream<String> elementwiseDefaults() {
    return Activations.all().stream()
        .filter(f -> f.kind() == FunctionInfo.Kind.ELEMENTWISE)
        .filter(f -> f.parameters().stream().noneMatch(ParameterInfo::required))
        .map(FunctionInfo::defaultSpec);
  }

  /**
   * The rows of README's "Functions" table: name → the "parameters (defaults)" cell, one entry
   * per row (gelu has two rows, one per form: the entry holds both cells).
   */
  private static Map<String, List<String>> readmeFunctions() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
    int heading = lines.indexOf("## Functions");
    assertThat(heading).as("README.md has a '## Functions' section").isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : lines.subList(heading + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      String[] cells = line.split("(?<!\\\\)\\|", -1);
      String name = cells[1].strip();
      if (name.equals("name") || name.startsWith("---")) {
        continue;
      }
      rows.computeIfAbsent(name, k -> new ArrayList<>()).add(cells[2].strip());
    }
    return rows;
  }

  @Test
  void knowsExactlyTheFunctionsReadmeLists() throws IOException {
    List<String> names = Activations.all().stream().map(FunctionInfo::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(readmeFunctions().keySet()).containsExactlyElementsOf(names);
  }

  /** Each README row states the defaults the registry has (required parameters as such). */
  @Test
  void readmeStatesEachFunctionsDefaults() throws IOException {
    Map<String, List<String>> readme = readmeFunctions();
    for (FunctionInfo f : Activations.all()) {
      List<String> cells = readme.get(f.name());
      assertThat(cells).as(f.name()).isNotNull();
      if (f.parameters().isEmpty()) {
        assertThat(cells).as(f.name()).containsOnly("");
      } else if (f.parameters().stream().anyMatch(ParameterInfo::required)) {
        for (ParameterInfo p : f.parameters()) {
          assertThat(cells.get(0)).as(f.name()).contains(p.name());
        }
        assertThat(cells.get(0)).as(f.name()).contains("required");
      } else {
        String defaults = f.defaultSpec().substring(f.name().length() + 1,
            f.defaultSpec().length() - 1);
        assertThat(cells).as(f.name()).contains(defaults);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("elementwiseDefaults")
  void specRoundTrips(String spec) {
    Activation f = Activations.of(spec);
    Activation again = Activations.of(f.spec());
    assertThat(again.spec()).isEqualTo(f.spec());
    assertThat(again).isEqualTo(f);
    assertThat(f.spec()).startsWith(f.name());
  }

  @Test
  void kernelFormsAreTheNameThenEachOtherChoice() {
    assertThat(Activations.describe("gelu").kernelForms())
        .containsExactly("gelu", "gelu(approximate=tanh)");
    assertThat(Activations.describe("sigmoid").kernelForms()).containsExactly("sigmoid");
    assertThat(Activations.describe("leaky_relu").kernelForms()).containsExactly("leaky_relu");
    // a required parameter leaves no defaults to run
    assertThat(Activations.describe("threshold").kernelForms()).isEmpty();
    assertThat(Activations.describe("softmax").kernelForms()).containsExactly("softmax");
    for (FunctionInfo f : Activations.all()) {
      for (String form : f.kernelForms()) {
        assertThat(Spec.parse(form).name()).isEqualTo(f.name());
      }
    }
  }

  @Test
  void usesPyTorchDefaults() {
    assertThat(Activations.of("leaky_relu").spec()).isEqualTo("leaky_relu(negative_slope=0.01)");
    assertThat(Activations.of("elu").spec()).isEqualTo("elu(alpha=1.0)");
    assertThat(Activations.of("softplus").spec()).isEqualTo("softplus(beta=1.0, threshold=20.0)");
    assertThat(Activations.of("gelu").spec()).isEqualTo("gelu(approximate=none)");
    assertThat(Activations.describe("gelu").parameters().get(0).choices())
        .containsExactly("none", "tanh");
    assertThat(Activations.describe("elu").parameters().get(0).choices()).isEmpty();
    assertThat(Activations.of("prelu").spec()).isEqualTo("prelu(num_parameters=1, init=0.25)");
    assertThat(Activations.of("hardtanh").spec()).isEqualTo("hardtanh(min_val=-1.0, max_val=1.0)");
    assertThat(Activations.of("softshrink").spec()).isEqualTo("softshrink(lambd=0.5)");
    assertThat(Activations.of("hardshrink").spec()).isEqualTo("hardshrink(lambd=0.5)");
    assertThat(Activations.of("celu").spec()).isEqualTo("celu(alpha=1.0)");
    assertThat(Activations.of("swish").spec()).isEqualTo("swish(beta=1.0, learnable=false)");
    assertThat(Activations.of("rrelu").spec())
        .isEqualTo("rrelu(lower=0.125, upper=0.3333333333333333, training=false, seed=0)");
    assertThat(Activations.of("leaky_relu").derivative(-1.0)).isEqualTo(0.01);
    assertThat(Activations.of("prelu").derivative(-1.0)).isEqualTo(0.25);
    assertThat(Activations.of("rrelu").derivative(-1.0)).isEqualTo((1.0 / 8 + 1.0 / 3) / 2);
  }

  @Test
  void acceptsPositionalQuotedFractionAndBlankForms() {
    assertThat(Activations.of("leaky_relu(0.1)").spec()).isEqualTo("leaky_relu(negative_slope=0.1)");
    assertThat(Activations.of(" gelu( approximate = 'tanh' ) ").spec())
        .isEqualTo("gelu(approximate=tanh)");
    assertThat(Activations.of("rrelu(lower=1/8, upper=1/3)").spec())
        .isEqualTo("rrelu(lower=0.125, upper=0.3333333333333333, training=false, seed=0)");
    assertThat(Activations.of("hardtanh(-2, max_val=3)").spec())
        .isEqualTo("hardtanh(min_val=-2.0, max_val=3.0)");
    assertThat(Activations.of("threshold(0.5, -1e3)").spec())
        .isEqualTo("threshold(threshold=0.5, value=-1000.0)");
  }

  @Test
  void unknownNameListsClosestMatches() {
    assertThatThrownBy(() -> Activations.of("leaky_rel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown activation 'leaky_rel'")
        .hasMessageContaining("closest: leaky_relu")
        .hasMessageContaining("valid names: identity, sigmoid");
    assertThatThrownBy(() -> Activations.of("sigmod"))
        .hasMessageContaining("closest: sigmoid");
    assertThatThrownBy(() -> Activations.describe("gelu2")).hasMessageContaining("gelu");
  }

  @Test
  void unknownParameterListsValidOnes() {
    assertThatThrownBy(() -> Activations.of("leaky_relu(slope=0.1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown parameter 'slope' for leaky_relu")
        .hasMessageContaining("negative_slope");
    assertThatThrownBy(() -> Activations.of("relu(inplace=true)"))
        .hasMessageContaining("relu has no parameters");
    assertThatThrownBy(() -> Activations.of("elu(alpa=2)"))
        .hasMessageContaining("did you mean alpha");
  }

  static Stream<Arguments> outOfDomain() {
    return Stream.of(
        Arguments.of("leaky_relu(negative_slope=nan)", "negative_slope must be finite"),
        Arguments.of("elu(alpha=inf)", "alpha must be finite"),
        Arguments.of("celu(alpha=0)", "alpha must be finite, ≠ 0"),
        Arguments.of("hardtanh(min_val=1, max_val=1)", "min_val < max_val"),
        Arguments.of("hardtanh(min_val=2, max_val=1)", "min_val < max_val"),
        Arguments.of("softshrink(lambd=-0.1)", "lambd must be finite, ≥ 0"),
        Arguments.of("hardshrink(lambd=-1)", "lambd must be finite, ≥ 0"),
        Arguments.of("rrelu(lower=0.5, upper=0.25)", "lower ≤ upper"),
        Arguments.of("softplus(beta=0)", "beta must be finite, > 0"),
        Arguments.of("softplus(threshold=nan)", "threshold"),
        Arguments.of("prelu(num_parameters=0)", "num_parameters must be an integer ≥ 1"),
        Arguments.of("prelu(num_parameters=1.5)", "not an integer"),
        Arguments.of("gelu(approximate=fast)", "approximate must be one of none, tanh"),
        Arguments.of("swish(learnable=yes)", "not a boolean"),
        Arguments.of("threshold(threshold=1)", "threshold needs parameter value"),
        Arguments.of("threshold", "threshold needs parameter threshold"),
        Arguments.of("elu(alpha=abc)", "is not a number"),
        Arguments.of("elu(alpha=1, alpha=2)", "given twice"),
        Arguments.of("elu(1, 2)", "elu takes 1 parameter"),
        Arguments.of("elu(alpha=1, 2)", "positional argument '2' follows a keyword"),
        Arguments.of("elu(alpha=1", "missing closing parenthesis"),
        Arguments.of("elu(alpha=)", "needs key=value"),
        Arguments.of("", "specification is empty"),
        Arguments.of("elu alpha=1", "parameters go in parentheses"),
        Arguments.of("el-u", "a function name has only letters"));
  }

  @ParameterizedTest
  @MethodSource("outOfDomain")
  void rejectsInvalidSpecificationsNamingTheProblem(String spec, String message) {
    assertThatThrownBy(() -> Activations.of(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsNullSpecification() {
    assertThatThrownBy(() -> Activations.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void rowwiseFunctionsAreBuiltByRowwise(String name) {
    assertThat(Activations.rowwise(name).name()).isEqualTo(name);
    assertThatThrownBy(() -> Activations.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row-wise")
        .hasMessageContaining("Activations.rowwise");
  }

  @Test
  void elementwiseFunctionsAreNotRowwise() {
    assertThatThrownBy(() -> Activations.rowwise("relu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("element-wise");
  }

  @Test
  void describesEveryFunction() {
    for (FunctionInfo f : Activations.all()) {
      assertThat(f.formula()).as(f.name()).isNotBlank();
      assertThat(f.derivative()).as(f.name()).isNotBlank();
      assertThat(f.range()).as(f.name()).isNotBlank();
      assertThat(f.conventions()).as(f.name()).isNotEmpty();
      assertThat(Activations.describe(f.name())).isEqualTo(f);
    }
    FunctionInfo leaky = Activations.describe("leaky_relu");
    assertThat(leaky.parameters()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("negative_slope");
      assertThat(p.defaultValue()).isEqualTo("0.01");
      assertThat(p.required()).isFalse();
    });
  }
}
