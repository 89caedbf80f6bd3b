package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Each initialiser draws from the distribution its formula names: sample moments of a large layer
 * against the closed forms, with margins of several standard errors.
 */
class InitializerTest {
  private static final int FAN_IN = 400;
  private static final int FAN_OUT = 100;
  private static final int N = FAN_IN * FAN_OUT;

  /**
   * The sample deviation of N = 40,000 draws has a relative standard error of about 1/√(2N) =
   * 0.35 % (normal) or less (uniform); 2 % is more than five of them.
   */
  private static final double DEVIATION_TOLERANCE = 0.02;

  @Test
  void weightsHaveTheDeviationOfTheirFormula() {
    check(Initializer.UNIFORM, 1 / Math.sqrt(FAN_IN) / Math.sqrt(3), 1 / Math.sqrt(FAN_IN));
    check(Initializer.XAVIER_UNIFORM, Math.sqrt(6.0 / (FAN_IN + FAN_OUT)) / Math.sqrt(3),
        Math.sqrt(6.0 / (FAN_IN + FAN_OUT)));
    check(Initializer.XAVIER_NORMAL, Math.sqrt(2.0 / (FAN_IN + FAN_OUT)), Double.NaN);
    check(Initializer.HE_UNIFORM, Math.sqrt(6.0 / FAN_IN) / Math.sqrt(3), Math.sqrt(6.0 / FAN_IN));
    check(Initializer.HE_NORMAL, Math.sqrt(2.0 / FAN_IN), Double.NaN);
    check(Initializer.LECUN_NORMAL, Math.sqrt(1.0 / FAN_IN), Double.NaN);
    check(Initializer.NIELSEN, Math.sqrt(1.0 / FAN_IN), Double.NaN);
  }

  /** For U(−a, a) the deviation is a/√3 and every value lies inside ±a. */
  private static void check(Initializer init, double deviation, double limit) {
    float[] w = new float[N];
    float[] b = new float[FAN_OUT];
    init.initialize(w, b, FAN_IN, FAN_OUT, new SplittableRandom(1));
    double mean = 0;
    for (float v : w) {
      mean += v;
    }
    mean /= N;
    double m2 = 0;
    for (float v : w) {
      m2 += (v - mean) * (v - mean);
      if (!Double.isNaN(limit)) {
        assertThat(Math.abs(v)).as(init.id()).isLessThanOrEqualTo((float) limit);
      }
    }
    assertThat(mean).as(init.id()).isCloseTo(0, Offset.offset(5 * deviation / Math.sqrt(N)));
    assertThat(Math.sqrt(m2 / N)).as(init.id())
        .isCloseTo(deviation, Offset.offset(DEVIATION_TOLERANCE * deviation));
  }

  @Test
  void biasesAreZeroExceptForUniformAndNielsen() {
    for (Initializer init : Initializer.values()) {
      float[] w = new float[4 * 2000];
      float[] b = new float[2000];
      init.initialize(w, b, 4, 2000, new SplittableRandom(2));
      double sq = 0;
      for (float v : b) {
        sq += v * v;
      }
      double deviation = Math.sqrt(sq / b.length);
      switch (init) {
        case UNIFORM -> assertThat(deviation).isCloseTo(0.5 / Math.sqrt(3), Offset.offset(0.02));
        case NIELSEN -> assertThat(deviation).isCloseTo(1, Offset.offset(0.05));
        default -> assertThat(b).as(init.id()).containsOnly(0f);
      }
    }
  }

  @Test
  void theSameGeneratorGivesTheSameNumbers() {
    float[] a = new float[50];
    float[] b = new float[50];
    Initializer.HE_NORMAL.initialize(a, new float[5], 10, 5, new SplittableRandom(3));
    Initializer.HE_NORMAL.initialize(b, new float[5], 10, 5, new SplittableRandom(3));
    assertThat(a).containsExactly(b);
  }

  @Test
  void idsAndAliasesAreRecognised() {
    assertThat(Initializer.of("kaiming_normal")).isEqualTo(Initializer.HE_NORMAL);
    assertThat(Initializer.of("Glorot_Uniform")).isEqualTo(Initializer.XAVIER_UNIFORM);
    assertThat(Initializer.of("nielsen")).isEqualTo(Initializer.NIELSEN);
    assertThatThrownBy(() -> Initializer.of("zeros")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lecun_normal");
  }

  @Test
  void gaussianVariatesAreStandardNormal() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 100_000;
    double sum = 0;
    double sq = 0;
    int tails = 0;
    for (int i = 0; i < n; i++) {
      double g = Gaussian.next(r);
      sum += g;
      sq += g * g;
      if (Math.abs(g) > 1.959963984540054) {
        tails++;
      }
    }
    // standard errors: 1/√n = 0.003 for the mean, √(2/n) = 0.0045 for the variance,
    // √(0.05·0.95/n) = 0.0007 for the two-sided 5 % tail
    assertThat(sum / n).isCloseTo(0, Offset.offset(0.015));
    assertThat(sq / n).isCloseTo(1, Offset.offset(0.025));
    assertThat((double) tails / n).isCloseTo(0.05, Offset.offset(0.004));
  }

  @Test
  void eachActivationIsPairedAsTheInitialisationPapersDo() {
    // LeCun et al. (and Klambauer et al. for selu), Glorot and Bengio, He et al.
    assertThat(Initializer.pairedWith("selu")).isEqualTo(Initializer.LECUN_NORMAL);
    for (String glorot : new String[] {"sigmoid", "tanh", "softsign", "identity", "threshold"}) {
      assertThat(Initializer.pairedWith(glorot)).as(glorot).isEqualTo(Initializer.XAVIER_NORMAL);
    }
    for (String he : new String[] {"relu", "leaky_relu", "elu", "gelu", "silu", "mish"}) {
      assertThat(Initializer.pairedWith(he)).as(he).isEqualTo(Initializer.HE_NORMAL);
    }
  }
}
