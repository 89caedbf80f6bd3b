package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PReLU slopes and Swish β are trained (reduced: 500 digits, 25 epochs). */
class LearnableTest {
  @TempDir Path dir;

  @Test
  void slopesAndBetaMoveAndEveryNetworkLearns() throws IOException {
    ExperimentResult r = new Learnable().run(Reduced.options(dir));
    for (int l = 1; l <= Learnable.HIDDEN; l++) {
      assertThat(r.measurement("prelu.layer" + l + ".mean_slope")).isNotCloseTo(0.25,
          within(0.01));
      assertThat(r.measurement("prelu.layer" + l + ".min_slope"))
          .isLessThan(r.measurement("prelu.layer" + l + ".max_slope"));
      assertThat(r.measurement("swish.layer" + l + ".beta")).isNotCloseTo(1.0, within(0.01));
    }
    for (String n : new String[] {"relu", "prelu", "swish_fixed", "swish_learnable"}) {
      assertThat(r.measurement(n + ".test_accuracy")).as(n).isGreaterThan(0.8);
    }
  }
}
