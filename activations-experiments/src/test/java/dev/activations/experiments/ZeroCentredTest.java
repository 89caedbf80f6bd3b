package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sigmoid against tanh on 500 digits, 40 epochs. */
class ZeroCentredTest {
  @TempDir Path dir;

  @Test
  void tanhLearnsFasterAndSigmoidsGradientsShareOneSign() throws IOException {
    ExperimentResult r = new ZeroCentred().run(Reduced.options(dir));
    double tanh = r.measurement("tanh.epochs_to_target");
    double sigmoid = r.measurement("sigmoid.epochs_to_target");
    assertThat(tanh).isPositive();
    assertThat(sigmoid == 0 || sigmoid > tanh).as("sigmoid %s, tanh %s", sigmoid, tanh).isTrue();
    // one example: a_k > 0 for every k, so every gradient a_k·δ_j has the sign of δ_j
    assertThat(r.measurement("sigmoid.same_sign_single")).isEqualTo(1.0);
    assertThat(r.measurement("tanh.same_sign_single")).isLessThan(0.01);
    assertThat(r.measurement("sigmoid.same_sign_batch"))
        .isGreaterThan(5 * r.measurement("tanh.same_sign_batch"));
    assertThat(r.holds()).isTrue();
  }
}
