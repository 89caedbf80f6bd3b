package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SELU's self-normalisation on the reduced net (16 layers of 64) and its map g. */
class SelfNormalisationTest {
  @TempDir Path dir;

  @Test
  void seluStaysNearZeroMeanUnitStdAndTheOthersDrift() throws IOException {
    ExperimentResult r = new SelfNormalisation().run(Reduced.options(dir));
    assertThat(r.measurement("selu.max_abs_mean")).isLessThan(0.1);
    assertThat(r.measurement("selu.max_abs_std_minus_1")).isLessThan(0.1);
    assertThat(r.measurement("relu.max_abs_mean")).isGreaterThan(0.1);
    assertThat(r.measurement("sigmoid.max_abs_mean")).isGreaterThan(0.1);
    assertThat(r.measurement("tanh.max_abs_std_minus_1")).isGreaterThan(0.1);
    assertThat(r.holds()).isTrue();
  }

  @Test
  void theMapHasItsFixedPointAtZeroOneAndAttractsTheGrid() throws IOException {
    ExperimentResult r = new SelfNormalisation().run(Reduced.options(dir));
    assertThat(r.measurement("map.fixed_point_mean")).isCloseTo(0, within(1e-9));
    assertThat(r.measurement("map.fixed_point_variance")).isCloseTo(1, within(1e-9));
    assertThat(r.measurement("map.worst_distance_after_100")).isLessThan(1e-6);
  }

  @Test
  void theMapMatchesTheClosedFormMeanOfSeluOnAStandardNormal() {
    // E[selu(z)], z ~ N(0, ν): λ(√(ν/2π) + α(e^(ν/2)Φ(−√ν) − ½)), by the normal's moment formulas
    double lambda = 1.0507009873554805;
    double alpha = 1.6732632423543772;
    double nu = 2;
    double phiMinus = 0.5 * erfc(Math.sqrt(nu) / Math.sqrt(2));
    double expected = lambda * (Math.sqrt(nu / (2 * Math.PI))
        + alpha * (Math.exp(nu / 2) * phiMinus - 0.5));
    assertThat(new SeluMap(0, 1).apply(0.3, nu)[0]).isCloseTo(expected, within(1e-9));
  }

  /** erfc by its continued fraction-free series form, good to 1e-12 for x in [0, 3]. */
  private static double erfc(double x) {
    double sum = 0;
    double term = x;
    for (int n = 0; n < 200; n++) {
      sum += term / (2 * n + 1);
      term *= -x * x / (n + 1);
    }
    return 1 - 2 / Math.sqrt(Math.PI) * sum;
  }
}
