package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nielsen's vanishing gradient on the reduced size (200 digits, 5 epochs). */
class VanishingGradientTest {
  @TempDir Path dir;

  @Test
  void sigmoidLayersLearnSlowerTheEarlierTheyAreAndReluAndSeluDoNot() throws IOException {
    ExperimentResult r = new VanishingGradient().run(Reduced.options(dir));
    for (int depth = 2; depth <= 4; depth++) {
      for (int l = 1; l < depth; l++) {
        assertThat(r.measurement("sigmoid." + depth + ".layer" + l))
            .as("sigmoid, %d hidden layers, layer %d", depth, l)
            .isLessThan(r.measurement("sigmoid." + depth + ".layer" + (l + 1)));
      }
    }
    assertThat(r.measurement("sigmoid.4.ratio")).isGreaterThanOrEqualTo(10);
    assertThat(r.measurement("relu.4.ratio")).isLessThan(r.measurement("sigmoid.4.ratio") / 5);
    assertThat(r.measurement("selu.4.ratio")).isLessThan(r.measurement("sigmoid.4.ratio") / 5);
    assertThat(r.holds()).isTrue();
    assertThat(r.verdictLine()).endsWith("— holds");
  }

  @Test
  void theTablesCarryTheBooksNumbersAndTheFilesAreWritten() throws IOException {
    ExperimentResult r = new VanishingGradient().run(Reduced.options(dir));
    assertThat(r.tables()).hasSize(2);
    assertThat(r.tables().get(0).rows()).hasSize(5 * 4);
    assertThat(r.tables().get(0).rows().get(1).get(8).text()).isEqualTo("0.07, 0.31");
    assertThat(r.tables().get(0).rows().get(2).get(8).text()).isEqualTo("0.012, 0.060, 0.283");
    assertThat(r.files()).isNotEmpty().allMatch(Files::isRegularFile)
        .anyMatch(p -> p.getFileName().toString().equals("vanishing-gradient-initial.tsv"))
        .anyMatch(p -> p.getFileName().toString()
            .equals("vanishing-gradient-training-sigmoid-4.png"));
    String tsv = Files.readString(dir.resolve("vanishing-gradient-initial.tsv"));
    assertThat(tsv.lines().count()).isEqualTo(1 + 5 * 4);
    assertThat(tsv.lines().findFirst().orElseThrow()).startsWith("activation\tinitializer\t");
  }

  @Test
  void otherDataIsRejectedWithTheValidForms() {
    assertThatThrownBy(() -> new VanishingGradient().run(Reduced.options(dir).withData("iris")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits or idx:DIR");
  }
}
