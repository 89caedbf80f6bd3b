package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sigmoid saturation against the weight scale, on 200 digits. */
class SaturationTest {
  @TempDir Path dir;

  @Test
  void saturationGrowsWithTheScaleAndSaturatedUnitsPassBackAlmostNothing() throws IOException {
    ExperimentResult r = new Saturation().run(Reduced.options(dir));
    int n = 8;
    assertThat(r.measurement("scale0.scale")).isEqualTo(0.25);
    assertThat(r.measurement("scale0.saturated")).isZero();
    for (int i = 1; i < n; i++) {
      assertThat(r.measurement("scale" + i + ".saturated"))
          .isGreaterThanOrEqualTo(r.measurement("scale" + (i - 1) + ".saturated"));
    }
    assertThat(r.measurement("scale7.scale")).isEqualTo(32.0);
    assertThat(r.measurement("scale7.saturated")).isGreaterThan(0.5);
    assertThat(r.measurement("worst_delta_ratio")).isLessThan(0.1);
    assertThat(r.holds()).isTrue();
  }

  @Test
  void theDeltasAgreeWithTheLabsBiasGradient() {
    // the mean over the examples of δ¹ is ∂C/∂b¹, which the lab reports as a norm
    var data = Data.standardised(Data.first(dev.activations.nn.DataSets.digits(), 100));
    var net = dev.activations.nn.Network.builder(64).dense(8, "sigmoid").dense(10, "identity")
        .initializer(dev.activations.nn.Initializer.XAVIER_NORMAL).seed(2).build();
    double[][] delta = Deltas.of(net, data, Forward.run(net, data));
    double[] mean = new double[8];
    for (int r = 0; r < data.rows(); r++) {
      for (int j = 0; j < 8; j++) {
        mean[j] += delta[0][r * 8 + j] / data.rows();
      }
    }
    double norm = 0;
    for (double v : mean) {
      norm += v * v;
    }
    double[] lab = new double[1];
    new dev.activations.nn.Trainer(new dev.activations.nn.TrainingConfig(
        dev.activations.nn.Loss.CROSS_ENTROPY, dev.activations.nn.Sgd.of(1e-9), 1,
        dev.activations.nn.TrainingConfig.FULL_BATCH, false, 1))
        .withStepListener(s -> lab[0] = s.layers().get(0).biasGradientNorm()).fit(net, data);
    assertThat(Math.sqrt(norm)).isCloseTo(lab[0], org.assertj.core.data.Percentage.withPercentage(0.01));
  }
}
