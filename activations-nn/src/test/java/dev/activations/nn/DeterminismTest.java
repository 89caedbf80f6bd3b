package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Vectorization;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seeds, same bits: initial parameters, trained parameters, losses and statistics. */
class DeterminismTest {

  private static Network network(long seed) {
    return Network.builder(2).dense(8, "prelu(num_parameters=8)").dense(6, "swish(learnable=true)")
        .dense(2, "identity").initializer(Initializer.HE_UNIFORM).seed(seed).build();
  }

  private static final TrainingConfig CONFIG = TrainingConfig.defaults()
      .withOptimizer(Sgd.of(0.05).withMomentum(0.9).withWeightDecay(1e-3)).withEpochs(3)
      .withBatchSize(10).withSeed(9);

  @Test
  void theSameSeedsGiveBitIdenticalTraining() {
    DataSet data = DataSets.spiral(100, 0.1, 4);
    List<StepStatistics> firstSteps = new ArrayList<>();
    List<StepStatistics> secondSteps = new ArrayList<>();
    Network a = network(1);
    Network b = network(1);
    assertThat(a).isEqualTo(b);
    TrainingResult ra = new Trainer(CONFIG).withStepListener(firstSteps::add).fit(a, data);
    TrainingResult rb = new Trainer(CONFIG).withStepListener(secondSteps::add).fit(b, data);
    assertThat(a).isEqualTo(b);
    for (int e = 0; e < ra.epochs().size(); e++) {
      assertThat(Double.doubleToRawLongBits(ra.epochs().get(e).trainLoss()))
          .isEqualTo(Double.doubleToRawLongBits(rb.epochs().get(e).trainLoss()));
    }
    assertThat(firstSteps).hasSize(30);
    for (int s = 0; s < firstSteps.size(); s++) {
      StepStatistics x = firstSteps.get(s);
      StepStatistics y = secondSteps.get(s);
      assertThat(x.loss()).isEqualTo(y.loss());
      for (int l = 0; l < x.layers().size(); l++) {
        LayerStatistics lx = x.layers().get(l);
        LayerStatistics ly = y.layers().get(l);
        assertThat(lx.weightGradientNorm()).isEqualTo(ly.weightGradientNorm());
        assertThat(lx.activations().mean()).isEqualTo(ly.activations().mean());
        assertThat(lx.activations().histogram().counts())
            .isEqualTo(ly.activations().histogram().counts());
        assertThat(lx.activationParameters()).isEqualTo(ly.activationParameters());
      }
    }
  }

  @Test
  void bothKernelPathsTrainBitIdentically() {
    String why = Vectorization.unavailable(Vectorization.Path.PANAMA);
    org.junit.jupiter.api.Assumptions.assumeTrue(why == null, "no Vector API here: " + why);
    DataSet data = DataSets.spiral(120, 0.1, 3);
    Network[] nets = new Network[2];
    Vectorization.Path[] paths = {Vectorization.Path.SCALAR, Vectorization.Path.PANAMA};
    for (int p = 0; p < 2; p++) {
      Vectorization.Path path = paths[p];
      nets[p] = Network.builder(2).dense(16, Vectorization.of("gelu", path))
          .dense(16, Vectorization.of("silu", path)).dense(8, Vectorization.of("tanh", path))
          .dense(2, Vectorization.of("identity", path)).seed(4).build();
      new Trainer(CONFIG).fit(nets[p], data);
    }
    assertThat(nets[1]).isEqualTo(nets[0]);
  }

  @Test
  void anotherSeedGivesOtherNumbers() {
    DataSet data = DataSets.spiral(100, 0.1, 4);
    assertThat(network(1)).isNotEqualTo(network(2));
    Network a = network(1);
    Network b = network(1);
    new Trainer(CONFIG).fit(a, data);
    new Trainer(CONFIG.withSeed(10)).fit(b, data);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void listeningDoesNotChangeTraining() {
    DataSet data = DataSets.moons(60, 0.1, 4);
    Network a = network(5);
    Network b = network(5);
    new Trainer(CONFIG).fit(a, data);
    new Trainer(CONFIG).withStepListener(s -> { }).fit(b, data);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aLayerAddedLaterLeavesTheEarlierLayersAsTheyWere() {
    Network two = Network.builder(3).dense(4, "relu").dense(2, "identity").seed(8).build();
    Network three = Network.builder(3).dense(4, "relu").dense(2, "identity")
        .dense(5, "identity").seed(8).build();
    assertThat(three.layers().get(0).weights()).isEqualTo(two.layers().get(0).weights());
    assertThat(three.layers().get(1).bias()).isEqualTo(two.layers().get(1).bias());
  }
}
