package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Names}: edit distance and the closest-name rule shared by every look-up. */
class NamesTest {

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("same", "same")).isZero();
  }

  @Test
  void closeNamesComeBestFirstAtMostThree() {
    List<String> names = List.of("relu", "elu", "selu", "celu", "gelu", "sigmoid");
    // "rellu": relu at distance 1, then elu, celu, gelu, selu at 2 (alphabetical among ties)
    assertThat(Names.closest("rellu", names)).containsExactly("relu", "celu", "elu");
    assertThat(Names.closest("sigmod", names)).containsExactly("sigmoid");
    assertThat(Names.closest("transformer", names)).isEmpty();
  }

  @Test
  void caseAndHyphenOrUnderscoreDoNotCount() {
    List<String> names = List.of("leaky_relu", "vanishing-gradient", "dying-relu");
    assertThat(Names.closest("Leaky-ReLU", names)).first().isEqualTo("leaky_relu");
    assertThat(Names.closest("vanishing_gradients", names)).containsExactly("vanishing-gradient");
  }

  @Test
  void aNameInsideAnotherIsClose() {
    assertThat(Names.closest("softmax", List.of("log_softmax", "softmin", "tanh")))
        .containsExactly("log_softmax", "softmin");
  }
}
