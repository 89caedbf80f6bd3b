package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrainingRunTest {
  private static final double H = 1e-6;

  private static DataSet data() {
    float[] x = {0.5f, -1f, 1.5f, 0.25f, -0.75f, 2f, 1f, 1f, -2f, 0.5f};
    int[] y = {0, 1, 1, 0, 1};
    return DataSet.of("five", x, 2, y, DataSet.numberedClasses(2));
  }

  /** ∂C/∂b of layer l, unit j, by central differences of the double reference network. */
  private static double biasSlope(Network net, DataSet d, int l, int j) {
    ReferenceNetwork ref = new ReferenceNetwork(net);
    double[] x = new double[d.rows() * d.columns()];
    for (int i = 0; i < x.length; i++) {
      x[i] = d.feature(i / d.columns(), i % d.columns());
    }
    int[] labels = d.labels();
    double b = ref.bias[l][j];
    ref.bias[l][j] = b + H;
    double up = ref.loss(x, d.rows(), labels, Loss.CROSS_ENTROPY);
    ref.bias[l][j] = b - H;
    double down = ref.loss(x, d.rows(), labels, Loss.CROSS_ENTROPY);
    ref.bias[l][j] = b;
    return (up - down) / (2 * H);
  }

  @Test
  void oneFullBatchSgdStepMovesEveryBiasAgainstItsFiniteDifferenceGradient() {
    Network net = Network.builder(2).dense(3, "tanh").dense(2, "identity").seed(7).build();
    DataSet d = data();
    double lr = 0.5;
    double[][] expected = new double[2][];
    double norm0 = 0;
    for (int l = 0; l < 2; l++) {
      float[] b = net.layers().get(l).bias();
      expected[l] = new double[b.length];
      for (int j = 0; j < b.length; j++) {
        double g = biasSlope(net, d, l, j);
        expected[l][j] = b[j] - lr * g;
        if (l == 0) {
          norm0 += g * g;
        }
      }
    }
    TrainingConfig config = TrainingConfig.defaults().withOptimizer(Sgd.of(lr))
        .withBatchSize(TrainingConfig.FULL_BATCH);
    TrainingRun run = new Trainer(config).start(net, d);
    StepStatistics s = run.measuredStep();
    assertThat(s.layers().get(0).biasGradientNorm()).isCloseTo(Math.sqrt(norm0), within(1e-5));
    for (int l = 0; l < 2; l++) {
      float[] b = net.layers().get(l).bias();
      for (int j = 0; j < b.length; j++) {
        assertThat((double) b[j]).as("layer %d unit %d", l, j).isCloseTo(expected[l][j],
            within(1e-5));
      }
    }
    assertThat(run.steps()).isEqualTo(1);
    assertThat(run.epoch()).isEqualTo(2);
  }

  @Test
  void epochsAdvanceAfterCeilOfRowsOverBatchSteps() {
    Network net = Network.builder(2).dense(2, "identity").seed(1).build();
    TrainingRun run = new Trainer(TrainingConfig.defaults().withBatchSize(2)).start(net, data());
    assertThat(run.stepsPerEpoch()).isEqualTo(3);
    run.step();
    run.step();
    assertThat(run.epoch()).isEqualTo(1);
    run.step();
    assertThat(run.epoch()).isEqualTo(2);
    assertThat(run.steps()).isEqualTo(3);
  }

  @Test
  void twoRunsFromEqualStartsTakeBitIdenticalSteps() {
    TrainingConfig config = TrainingConfig.defaults().withBatchSize(2).withSeed(3);
    Network a = Network.builder(2).dense(4, "relu").dense(2, "identity").seed(5).build();
    Network b = a.copy();
    TrainingRun ra = new Trainer(config).start(a, data());
    TrainingRun rb = new Trainer(config).start(b, data());
    for (int i = 0; i < 7; i++) {
      assertThat(ra.step()).isEqualTo(rb.step());
    }
    assertThat(a).isEqualTo(b);
  }
}
