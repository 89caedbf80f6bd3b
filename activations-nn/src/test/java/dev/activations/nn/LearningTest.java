package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Networks learn: the synthetic xor and circle sets and the digits (8×8) to at least 95 % test
 * accuracy. Seeds are fixed, so the accuracies are reproducible numbers, not chances.
 */
class LearningTest {
  private static final double REQUIRED_ACCURACY = 0.95;

  @Test
  void aSmallTanhNetworkLearnsXorWithOneLogit() {
    Split s = DataSets.xor(400, 0.05, 1).split(0.25, 2);
    Network net = Network.builder(2).dense(8, "tanh").dense(1, "identity")
        .initializer(Initializer.XAVIER_NORMAL).seed(3).build();
    TrainingConfig c = TrainingConfig.defaults().withLoss(Loss.BCE_WITH_LOGITS)
        .withOptimizer(Adam.of(0.05)).withEpochs(60).withBatchSize(16).withSeed(4);
    TrainingResult r = new Trainer(c).fit(net, s.train(), s.test());
    assertThat(r.last().testAccuracy()).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    assertThat(net.evaluate(s.test(), Loss.BCE_WITH_LOGITS).accuracy())
        .isEqualTo(r.last().testAccuracy());
  }

  @Test
  void aReluNetworkLearnsTheCircleWithCrossEntropy() {
    Split s = DataSets.circle(400, 0.05, 5).split(0.25, 6);
    Network net = Network.builder(2).dense(16, "relu").dense(2, "identity")
        .initializer(Initializer.HE_NORMAL).seed(7).build();
    TrainingConfig c = TrainingConfig.defaults().withOptimizer(Sgd.of(0.1).withMomentum(0.9))
        .withEpochs(60).withBatchSize(16).withSeed(8);
    TrainingResult r = new Trainer(c).fit(net, s.train(), s.test());
    assertThat(r.last().testAccuracy()).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
  }

  @Test
  void sixtyFourReluUnitsLearnTheDigits() {
    Split s = DataSets.digits().split(0.2, 1);
    Standardizer z = Standardizer.fit(s.train());
    DataSet train = z.apply(s.train());
    DataSet test = z.apply(s.test());
    Network net = Network.builder(64).dense(64, "relu").dense(10, "identity")
        .initializer(Initializer.HE_NORMAL).seed(1).build();
    TrainingConfig c = TrainingConfig.defaults().withOptimizer(Adam.of(0.001)).withEpochs(20)
        .withBatchSize(32).withSeed(2);
    TrainingResult r = new Trainer(c).fit(net, train, test);
    assertThat(r.last().testAccuracy()).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    assertThat(r.last().trainLoss()).isLessThan(r.epochs().get(0).trainLoss());
  }
}
