package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Spec}: the parsed, validated, canonical form of a specification. */
class SpecTest {

  @Test
  void canonicalTextListsEveryParameterInDeclarationOrder() {
    Spec s = Spec.parse("softplus(threshold = 10, beta=2)");
    assertThat(s.name()).isEqualTo("softplus");
    assertThat(s.kind()).isEqualTo(FunctionInfo.Kind.ELEMENTWISE);
    assertThat(s.parameters()).containsExactly(Map.entry("beta", "2.0"),
        Map.entry("threshold", "10.0"));
    assertThat(s.text()).isEqualTo("softplus(beta=2.0, threshold=10.0)");
    assertThat(s).hasToString("softplus(beta=2.0, threshold=10.0)");
  }

  @Test
  void aFunctionWithoutParametersIsItsName() {
    Spec s = Spec.parse(" relu ");
    assertThat(s.text()).isEqualTo("relu");
    assertThat(s.parameters()).isEmpty();
    assertThat(Spec.parse("softmax").kind()).isEqualTo(FunctionInfo.Kind.ROWWISE);
  }

  @Test
  void positionalKeywordFractionAndDefaultFormsOfOneFunctionAreEqual() {
    Spec byDefault = Spec.parse("leaky_relu");
    List<Spec> same = List.of(Spec.parse("leaky_relu(0.01)"),
        Spec.parse("leaky_relu(negative_slope=1/100)"),
        Spec.parse("leaky_relu( negative_slope = 1e-2 )"));
    for (Spec s : same) {
      assertThat(s).isEqualTo(byDefault).hasSameHashCodeAs(byDefault);
    }
    assertThat(byDefault.text()).isEqualTo("leaky_relu(negative_slope=0.01)");
    assertThat(Spec.parse("leaky_relu(0.1)")).isNotEqualTo(byDefault);
    assertThat(Spec.parse("elu")).isNotEqualTo(Spec.parse("celu"));
  }

  @Test
  void nonDefaultParametersAreThoseThatDifferAndTheRequiredOnes() {
    assertThat(Spec.parse("softplus(beta=2)").nonDefaultParameters())
        .containsExactly(Map.entry("beta", "2.0"));
    assertThat(Spec.parse("softplus(beta=1)").nonDefaultParameters()).isEmpty();
    assertThat(Spec.parse("gelu(approximate='tanh')").nonDefaultParameters())
        .containsExactly(Map.entry("approximate", "tanh"));
    assertThat(Spec.parse("threshold(0.5, 0)").nonDefaultParameters())
        .containsExactly(Map.entry("threshold", "0.5"), Map.entry("value", "0.0"));
  }

  @Test
  void theParameterMapsCannotBeChanged() {
    Spec s = Spec.parse("elu");
    assertThatThrownBy(() -> s.parameters().put("alpha", "2.0"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.nonDefaultParameters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badTextIsOneClearError() {
    assertThatThrownBy(() -> Spec.parse("sigmod"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown activation 'sigmod'").hasMessageContaining("sigmoid");
    assertThatThrownBy(() -> Spec.parse("elu(alhpa=2)"))
        .hasMessageContaining("unknown parameter 'alhpa'").hasMessageContaining("alpha");
    assertThatThrownBy(() -> Spec.parse("threshold"))
        .hasMessageContaining("threshold needs parameter threshold");
    assertThatThrownBy(() -> Spec.parse("celu(alpha=0)")).hasMessageContaining("outside its domain");
    assertThatThrownBy(() -> Spec.parse("elu(alpha=nan)")).hasMessageContaining("outside its domain");
    assertThatThrownBy(() -> Spec.parse("hardtanh(min_val=2, max_val=1)"))
        .hasMessageContaining("min_val < max_val");
    assertThatThrownBy(() -> Spec.parse("relu(")).hasMessageContaining("missing closing");
    assertThatThrownBy(() -> Spec.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every function, with its defaults, or with an example value where a parameter is required. */
  static Stream<String> everyFunction() {
    List<String> specs = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      List<String> given = new ArrayList<>();
      for (ParameterInfo p : f.parameters()) {
        if (p.required()) {
          given.add(p.name() + "=0.5");
        }
      }
      specs.add(given.isEmpty() ? f.name() : f.name() + "(" + String.join(", ", given) + ")");
    }
    specs.add("gelu(approximate=tanh)");
    specs.add("rrelu(training=true, seed=7)");
    specs.add("swish(beta=1.5, learnable=true)");
    return specs.stream();
  }

  @ParameterizedTest
  @MethodSource("everyFunction")
  void theCanonicalTextIsTheBuiltFunctionsSpecAndParsesBackToAnEqualSpec(String text) {
    Spec s = Spec.parse(text);
    ActivationFunction f = Activations.build(text);
    assertThat(f.name()).isEqualTo(s.name());
    assertThat(f.spec()).isEqualTo(s.text());
    assertThat(Spec.parse(s.text())).isEqualTo(s);
    assertThat(f instanceof RowwiseActivation)
        .isEqualTo(s.kind() == FunctionInfo.Kind.ROWWISE);
  }

  @Test
  void buildGivesEitherKind() {
    assertThat(Activations.build("softmax")).isInstanceOf(RowwiseActivation.class);
    assertThat(Activations.build("relu")).isInstanceOf(Activation.class);
  }
}
