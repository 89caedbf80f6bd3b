package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReLU sparsity at He initialisation on the reduced size (4 layers of 64, 500 digits). */
class SparsityTest {
  @TempDir Path dir;

  @Test
  void aboutHalfOfReluOutputsAreZeroAtEveryLayerAndTheOthersAlmostNone() throws IOException {
    ExperimentResult r = new Sparsity().run(Reduced.options(dir));
    for (int l = 1; l <= 4; l++) {
      assertThat(r.measurement("relu.layer" + l + ".zeros")).as("layer %d", l)
          .isCloseTo(0.5, within(0.05));
    }
    assertThat(r.measurement("leaky_relu.zeros")).isZero();
    assertThat(r.measurement("softplus.zeros")).isZero();
    assertThat(r.holds()).isTrue();
    assertThat(r.files()).allMatch(Files::isRegularFile).hasSize(3);
  }

  @Test
  void anotherSeedDrawsOtherNetworks() throws IOException {
    ExperimentResult a = new Sparsity().run(Reduced.options(dir).withSeed(1));
    ExperimentResult b = new Sparsity().run(Reduced.options(dir).withSeed(2));
    assertThat(b.measurements()).isNotEqualTo(a.measurements());
  }
}
