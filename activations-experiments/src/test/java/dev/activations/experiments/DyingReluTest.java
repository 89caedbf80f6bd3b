package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dead units on the reduced size (500 digits, 5 further epochs). */
class DyingReluTest {
  @TempDir static Path dir;
  private static ExperimentResult result;

  private static final List<String> OTHERS =
      List.of("leaky_relu", "prelu", "elu", "selu", "gelu");

  @BeforeAll
  static void run() throws IOException {
    result = new DyingRelu().run(Reduced.options(dir));
  }

  private static double max(String scenario, String activation, String what) {
    double m = 0;
    for (int l = 1; l <= DyingRelu.HIDDEN; l++) {
      m = Math.max(m, result.measurement(scenario + "." + activation + ".layer" + l + "." + what));
    }
    return m;
  }

  @Test
  void bothPerturbationsKillReluUnitsAndNoOtherActivationLosesAny() {
    for (String scenario : List.of("large_rate", "bias_shift")) {
      assertThat(max(scenario, "relu", "dead_after")).as(scenario).isGreaterThanOrEqualTo(0.05);
      for (String other : OTHERS) {
        assertThat(max(scenario, other, "dead_after")).as(scenario + " " + other).isZero();
        assertThat(max(scenario, other, "dead_end")).as(scenario + " " + other).isZero();
      }
    }
  }

  @Test
  void reluUnitsDeadThroughoutNeverChangeTheirWeights() {
    for (String scenario : List.of("large_rate", "bias_shift")) {
      for (int l = 1; l <= DyingRelu.HIDDEN; l++) {
        String key = scenario + ".relu.layer" + l;
        assertThat(result.measurement(key + ".unchanged"))
            .isEqualTo(result.measurement(key + ".dead_throughout"));
      }
      // the first hidden layer sees fixed inputs: its dead units cannot come back
      assertThat(result.measurement(scenario + ".relu.layer1.revived")).isZero();
    }
  }

  @Test
  void unitsDeadBeforeEveryStepKeepTheirWeightsForOtherSeedsToo() throws IOException {
    // with the dead units checked only at the epochs' ends, seed 3 counted units that had come
    // alive between two checks (their weights had moved) as dead throughout
    for (long seed : new long[] {2, 3}) {
      ExperimentResult r = new DyingRelu().run(Reduced.options(dir.resolve("seed" + seed))
          .withSeed(seed));
      for (String scenario : List.of("large_rate", "bias_shift")) {
        for (int l = 1; l <= DyingRelu.HIDDEN; l++) {
          String key = scenario + ".relu.layer" + l;
          assertThat(r.measurement(key + ".unchanged")).as(seed + " " + key)
              .isEqualTo(r.measurement(key + ".dead_throughout"));
        }
      }
    }
  }

  @Test
  void theRefinedClaimSaysWhichLayersRevivedAndHowMany() {
    String refined = DyingRelu.refinedClaim(0.25, 7, 0, 3,
        List.of("learning rate too large (layer 2: 1 of 19, layer 3: 0 of 11)",
            "negative bias shift (layer 2: 2 of 20, layer 3: 0 of 26)"),
        new double[] {0, 0.00390625});
    assertThat(refined).isEqualTo("relu leaves dead units after both perturbations (up to 0.25"
        + " of a hidden layer). Dead units of the first hidden layer, whose inputs never change,"
        + " never revive (7 dead, 0 revived). Deeper units can revive when the layers below"
        + " them change: 3 did (revived of dead, by layer: learning rate too large (layer 2: 1"
        + " of 19, layer 3: 0 of 11); negative bias shift (layer 2: 2 of 20, layer 3: 0 of 26))."
        + " The other activations lose at most 0.00391 of a layer.");
    assertThat(DyingRelu.refinedClaim(0.25, 7, 0, 0, List.of("a", "b"), new double[] {0, 0}))
        .contains("No deeper unit revived either (a; b).")
        .endsWith("The other activations lose no unit.");
  }

  @Test
  void aVerdictThatDoesNotHoldCarriesTheRefinedClaimComputedFromTheRun() {
    if (!result.holds()) {
      assertThat(result.verdict().refined()).contains("first hidden layer");
    } else {
      assertThat(result.verdict().refined()).isNull();
    }
  }

  @Test
  void theDeadUnitsAgreeWithTheLabsOwnStatistics() {
    var data = Data.standardised(dev.activations.nn.DataSets.digits());
    var built = dev.activations.nn.Network.builder(64).dense(32, "relu").dense(32, "relu")
        .dense(10, "identity").initializer(dev.activations.nn.Initializer.HE_NORMAL).seed(4)
        .build();
    List<Networks.Layer> layers = new java.util.ArrayList<>(Networks.layers(built));
    for (int l = 0; l < 2; l++) {
      float[] b = layers.get(l).bias();
      for (int j = 0; j < b.length; j++) {
        b[j] -= 6f;
      }
      layers.set(l, new Networks.Layer(layers.get(l).activation(), layers.get(l).weights(), b));
    }
    var net = Networks.build(64, layers);
    DeadUnits mine = DeadUnits.of(net, data);
    var lab = net.activationStatistics(data, dev.activations.nn.ProbeSettings.DEFAULT);
    for (int l = 0; l < 2; l++) {
      assertThat(DeadUnits.fraction(mine.dead()[l])).isEqualTo(lab.get(l).deadFraction());
    }
    assertThat(lab.get(0).deadFraction()).isGreaterThan(0);
  }
}
