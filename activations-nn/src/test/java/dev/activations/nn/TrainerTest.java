package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The training loop: batches, progress callbacks, full batch, and shape checks. */
class TrainerTest {

  @Test
  void progressIsReportedPerBatchAndPerEpoch() {
    DataSet data = DataSets.xor(45, 0.1, 1);
    Network net = Network.builder(2).dense(4, "tanh").dense(2, "identity").seed(1).build();
    List<String> calls = new ArrayList<>();
    TrainingProgress p = new TrainingProgress() {
      @Override
      public void onBatch(int epoch, int batch, int batches) {
        calls.add(epoch + ":" + batch + "/" + batches);
      }

      @Override
      public void onEpoch(EpochReport report) {
        calls.add("epoch " + report.epoch() + ", " + report.steps() + " steps");
      }
    };
    TrainingResult r = new Trainer(TrainingConfig.defaults().withEpochs(2).withBatchSize(20))
        .withProgress(p).fit(net, data, data);
    assertThat(calls).containsExactly("1:1/3", "1:2/3", "1:3/3", "epoch 1, 3 steps",
        "2:1/3", "2:2/3", "2:3/3", "epoch 2, 3 steps");
    assertThat(r.epochs()).hasSize(2);
    Evaluation e = net.evaluate(data, Loss.CROSS_ENTROPY);
    assertThat(r.last().testLoss()).isEqualTo(e.loss());
    assertThat(r.last().testAccuracy()).isEqualTo(e.accuracy());
    assertThat(e.examples()).isEqualTo(45);
  }

  @Test
  void theFullBatchTakesOneStepPerEpoch() {
    DataSet data = DataSets.gauss(30, 0.1, 2);
    Network net = Network.builder(2).dense(2, "identity").seed(1).build();
    TrainingResult r = new Trainer(TrainingConfig.defaults().withEpochs(3)
        .withBatchSize(TrainingConfig.FULL_BATCH).withOptimizer(Sgd.of(0.5))).fit(net, data);
    assertThat(r.epochs()).allSatisfy(e -> assertThat(e.steps()).isEqualTo(1));
    assertThat(Double.isNaN(r.last().testLoss())).isTrue();
    // gradient descent on a convex loss with a small step: the loss falls every epoch
    assertThat(r.epochs().get(1).trainLoss()).isLessThan(r.epochs().get(0).trainLoss());
    assertThat(r.epochs().get(2).trainLoss()).isLessThan(r.epochs().get(1).trainLoss());
  }

  @Test
  void evaluationLossIsTheMeanOfThePerExampleLosses() {
    DataSet data = DataSets.moons(10, 0.1, 3);
    Network net = Network.builder(2).dense(3, "relu").dense(1, "identity").seed(2).build();
    float[] out = net.predict(data);
    double sum = 0;
    for (int i = 0; i < out.length; i++) {
      double x = out[i];
      double y = data.label(i);
      // bce with logits: softplus(x) − y·x, in the stable form max(x, 0) − y·x + log1p(e^−|x|)
      sum += Math.max(x, 0) - y * x + Math.log1p(Math.exp(-Math.abs(x)));
    }
    assertThat(net.evaluate(data, Loss.BCE_WITH_LOGITS).loss())
        .isCloseTo(sum / 10, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void shapesThatDoNotFitAreRejectedBeforeTraining() {
    Network net = Network.builder(2).dense(3, "identity").build();
    Trainer t = new Trainer(TrainingConfig.defaults());
    assertThatThrownBy(() -> t.fit(net, DataSets.iris()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes 2 features but iris has 4");
    assertThatThrownBy(() -> t.fit(net, DataSets.xor(10, 0, 1)))
        .hasMessageContaining("cross_entropy cannot learn 2 classes with 3 outputs");
    assertThatThrownBy(() -> TrainingConfig.defaults().withEpochs(0)).hasMessageContaining("epochs");
    assertThatThrownBy(() -> Network.builder(2).dense(3, "prelu(num_parameters=2)").build())
        .hasMessageContaining("does not divide");
    assertThatThrownBy(() -> Loss.of("hinge")).hasMessageContaining("cross_entropy");
  }
}
