package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The statistics a {@link StepListener} receives, each against an independent computation: the
 * gradient norms against the double reference network, the activation moments against a direct
 * two-pass sum, dead and saturated units against networks built to have them.
 */
class InstrumentationTest {
  /** Float gradients against the double reference: see GradientCheckTest.FLOAT_TOLERANCE. */
  private static final double FLOAT_TOLERANCE = 1e-4;

  @Test
  void everyStepReportsEveryLayer() {
    DataSet data = DataSets.moons(50, 0.1, 1);
    Network net = Network.builder(2).dense(6, "relu").dense(2, "identity").seed(1).build();
    List<StepStatistics> steps = new ArrayList<>();
    new Trainer(TrainingConfig.defaults().withEpochs(2).withBatchSize(20))
        .withStepListener(steps::add).fit(net, data);
    assertThat(steps).hasSize(6);
    assertThat(steps).extracting(StepStatistics::step).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(steps).extracting(StepStatistics::epoch).containsExactly(1, 1, 1, 2, 2, 2);
    assertThat(steps).extracting(StepStatistics::examples).containsExactly(20, 20, 10, 20, 20, 10);
    for (StepStatistics s : steps) {
      assertThat(s.layers()).hasSize(2);
      assertThat(s.layers().get(0).activations().histogram().total())
          .isEqualTo(6L * s.examples());
    }
  }

  @Test
  void gradientNormsAreThoseOfTheReferenceGradient() {
    DataSet data = DataSets.circle(40, 0.1, 2);
    Network net = Network.builder(2).dense(5, "sigmoid").dense(4, "prelu(num_parameters=4)")
        .dense(2, "identity").seed(3).build();
    ReferenceNetwork ref = new ReferenceNetwork(net);
    ReferenceNetwork.Gradient g = ref.gradient(ReferenceNetwork.widen(data.features()),
        data.rows(), data.labels(), Loss.CROSS_ENTROPY);
    List<StepStatistics> steps = new ArrayList<>();
    // one full batch in the data set's order: the first step sees exactly the reference's batch
    new Trainer(TrainingConfig.defaults().withEpochs(1).withBatchSize(TrainingConfig.FULL_BATCH)
        .withShuffle(false)).withStepListener(steps::add).fit(net, data);
    StepStatistics s = steps.get(0);
    assertThat(s.loss()).isCloseTo(g.loss(), Offset.offset(FLOAT_TOLERANCE));
    for (int l = 0; l < 3; l++) {
      LayerStatistics ls = s.layers().get(l);
      assertThat(ls.layer()).isEqualTo(l);
      double w = norm(g.weights()[l]);
      double b = norm(g.bias()[l]);
      assertThat(ls.weightGradientNorm()).isCloseTo(w, Offset.offset(FLOAT_TOLERANCE * w));
      assertThat(ls.biasGradientNorm()).isCloseTo(b, Offset.offset(FLOAT_TOLERANCE * b));
      assertThat(ls.activationParameters()).containsExactly(ref.theta[l]);
      double[] gt = ls.activationParameterGradient();
      for (int i = 0; i < gt.length; i++) {
        assertThat(gt[i]).isCloseTo(g.theta()[l][i],
            Offset.offset(FLOAT_TOLERANCE * norm(g.theta()[l])));
      }
    }
    assertThat(s.layers().get(1).activationParameters()).containsExactly(0.25, 0.25, 0.25, 0.25);
  }

  @Test
  void momentsAndHistogramMatchADirectComputationOverManyChunks() {
    // 1300 rows: the data-set statistics merge three chunks of at most 512
    DataSet data = DataSets.spiral(1300, 0.2, 3);
    Network one = Network.builder(2).dense(7, "elu").seed(4).build();
    float[] a = one.predict(data);
    double mean = 0;
    for (float v : a) {
      mean += v;
    }
    mean /= a.length;
    double m2 = 0;
    for (float v : a) {
      m2 += (v - mean) * (v - mean);
    }
    ProbeSettings settings = new ProbeSettings(10, -1, 1, 0.5);
    ActivationStatistics s = one.activationStatistics(data, settings).get(0);
    assertThat(s.examples()).isEqualTo(1300);
    assertThat(s.units()).isEqualTo(7);
    assertThat(s.mean()).isCloseTo(mean, Offset.offset(1e-12));
    assertThat(s.deviation()).isCloseTo(Math.sqrt(m2 / a.length), Offset.offset(1e-12));
    long[] counts = new long[10];
    long below = 0;
    long above = 0;
    long saturated = 0;
    for (float v : a) {
      if (v < -1) {
        below++;
      } else if (v > 1) {
        above++;
      } else {
        counts[Math.min(9, (int) (((double) v + 1) / 2 * 10))]++;
      }
      // elu'(z) = 1 for z > 0, e^z = a + 1 otherwise: below 0.5 exactly where a < −0.5
      if (v < -0.5f) {
        saturated++;
      }
    }
    assertThat(s.histogram().below()).isEqualTo(below);
    assertThat(s.histogram().above()).isEqualTo(above);
    assertThat(s.histogram().counts()).containsExactly(counts);
    assertThat(s.saturatedFraction()).isEqualTo((double) saturated / a.length);
  }

  @Test
  void deadUnitsAreThoseSilentForEveryExample() {
    // units 0 and 2 have bias −100: relu gives 0 for every input in [−1, 1]²; the others live
    float[] w = {1, 1, 1, 1, -1, 1, 1, -1};
    float[] b = {-100, 0.5f, -100, 0.5f};
    Network net = new Network(List.of(new Dense(2, 4, Activations.of("relu"), w, b)));
    DataSet data = DataSets.gauss(200, 0, 5);
    float[] a = net.predict(data);
    long zeros = 0;
    for (float v : a) {
      if (v == 0) {
        zeros++;
      }
    }
    ActivationStatistics s = net.activationStatistics(data, ProbeSettings.DEFAULT).get(0);
    assertThat(s.deadFraction()).isEqualTo(0.5);
    assertThat(s.zeroFraction()).isEqualTo((double) zeros / a.length);
    // relu'(z) = 0 exactly where relu gives 0 (z ≤ 0): saturation and zeros coincide
    assertThat(s.saturatedFraction()).isEqualTo(s.zeroFraction());
  }

  @Test
  void sigmoidSaturatesWithLargeWeightsOnly() {
    DataSet data = DataSets.gauss(200, 0, 6);
    float[] big = new float[2 * 3];
    Arrays.fill(big, 100f);
    float[] small = new float[2 * 3];
    Arrays.fill(small, 0.01f);
    Network saturated = new Network(List.of(
        new Dense(2, 3, Activations.of("sigmoid"), big, new float[3])));
    Network linear = new Network(List.of(
        new Dense(2, 3, Activations.of("sigmoid"), small, new float[3])));
    // gauss points sit near ±(0.5, 0.5), so |z| ≈ 100 and σ' ≈ e^−100 for (almost) all of them
    assertThat(saturated.activationStatistics(data, ProbeSettings.DEFAULT).get(0)
        .saturatedFraction()).isGreaterThan(0.99);
    assertThat(linear.activationStatistics(data, ProbeSettings.DEFAULT).get(0)
        .saturatedFraction()).isZero();
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
