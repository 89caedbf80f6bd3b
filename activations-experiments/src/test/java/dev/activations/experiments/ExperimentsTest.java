package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: names, look-up, and the message for a mistyped name. */
class ExperimentsTest {

  @Test
  void everyExperimentHasAUniqueHyphenatedNameAndAClaim() {
    List<Experiment> all = Experiments.list();
    assertThat(all).isNotEmpty();
    assertThat(new HashSet<>(Experiments.names())).hasSize(all.size());
    for (Experiment e : all) {
      assertThat(e.name()).matches("[a-z]+(-[a-z]+)*");
      assertThat(e.claim()).isNotBlank();
      assertThat(e.description()).isNotBlank();
      assertThat(e.mission()).isNotEmpty().allMatch(m -> m.matches("M[0-9]+"));
      assertThat(Experiments.byName(e.name())).isSameAs(e);
    }
  }

  @Test
  void namesAreReadCaseInsensitivelyWithUnderscoresAsHyphens() {
    assertThat(Experiments.byName(" Vanishing_Gradient ").name()).isEqualTo("vanishing-gradient");
  }

  @Test
  void anUnknownNameNamesTheClosestAndListsAll() {
    assertThatThrownBy(() -> Experiments.byName("vanishing-gradients"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown experiment 'vanishing-gradients'")
        .hasMessageContaining("did you mean vanishing-gradient?")
        .hasMessageContaining(String.join(", ", Experiments.names()));
  }

  @Test
  void optionsRejectMissingParts() {
    assertThatThrownBy(() -> ExperimentOptions.defaults().withData(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentOptions.defaults().withOutputDir(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ExperimentOptions.defaults().withSize(ExperimentSize.FULL).full()).isTrue();
  }
}
