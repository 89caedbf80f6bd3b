package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** swish_β between x/2 and relu, on the reduced grid (step 0.01). */
class SwishInterpolationTest {
  @TempDir Path dir;

  @Test
  void theDistancesMoveMonotonicallyToTheirLimits() throws IOException {
    ExperimentResult r = new SwishInterpolation().run(Reduced.options(dir));
    int n = 22;
    assertThat(r.measurement("beta0.beta")).isZero();
    assertThat(r.measurement("beta0.to_linear")).isZero();
    assertThat(r.measurement("beta0.to_relu")).isEqualTo(3.0);
    for (int b = 1; b < n; b++) {
      assertThat(r.measurement("beta" + b + ".to_linear"))
          .isGreaterThanOrEqualTo(r.measurement("beta" + (b - 1) + ".to_linear"));
      assertThat(r.measurement("beta" + b + ".to_relu"))
          .isLessThanOrEqualTo(r.measurement("beta" + (b - 1) + ".to_relu"));
    }
    assertThat(r.measurement("beta1.beta")).isEqualTo(0.001);
    assertThat(r.measurement("beta1.to_linear")).isLessThan(0.01);
    assertThat(r.measurement("beta" + (n - 1) + ".beta")).isEqualTo(100.0);
    assertThat(r.measurement("beta" + (n - 1) + ".to_relu")).isLessThan(0.01);
    assertThat(r.holds()).isTrue();
  }

  @Test
  void theRatesAreTheAnalyticOnes() throws IOException {
    ExperimentResult r = new SwishInterpolation().run(Reduced.options(dir));
    // d_lin ≈ β·6²/4 for small β; d_relu ≈ 0.27846/β for large β (max of t·σ(−t), reached at
    // x = 1.278/β, which the reduced grid of step 0.01 resolves at β = 10)
    assertThat(r.measurement("beta1.to_linear") / 0.001).isCloseTo(9, within(0.01));
    assertThat(r.measurement("beta17.beta")).isEqualTo(10.0);
    assertThat(r.measurement("beta17.to_relu") * 10).isCloseTo(0.27846, within(0.001));
  }
}
