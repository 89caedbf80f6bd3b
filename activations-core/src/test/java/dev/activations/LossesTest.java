package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The losses: values against closed forms and BigDecimal, the identities that tie them together
 * (bce_with_logits = bce∘σ, cross_entropy = nll∘log_softmax, index targets = one-hot targets),
 * every gradient against central finite differences for every option and reduction, and the edge
 * conventions and argument checks of {@link Losses}.
 */
class LossesTest {
  private static final MathContext MC = new MathContext(40);

  /** Relative tolerance of a double loss against a BigDecimal oracle. */
  private static final double LOSS_RELATIVE = 1e-13;

  /** Tolerance of a gradient against central differences (h ≈ 1e-6, O(h²) truncation). */
  private static final double GRADIENT_TOLERANCE = 1e-6;

  private static final double INF = Double.POSITIVE_INFINITY;

  // ---------------------------------------------------------------------------------------------
  // Helpers and oracles

  private static BigDecimal exp(double x) {
    return BigDecimalMath.exp(new BigDecimal(x), MC);
  }

  private static double log(BigDecimal v) {
    return BigDecimalMath.log(v, MC).doubleValue();
  }

  /** log(1 + e^x) in 40 digits. */
  private static double softplus(double x) {
    return BigDecimalMath.log(BigDecimal.ONE.add(exp(x)), MC).doubleValue();
  }

  /** Each row's log-softmax, from a BigDecimal log-sum-exp. */
  private static double[] logSoftmax(double[] x, int rows, int classes) {
    double[] out = new double[x.length];
    for (int r = 0; r < rows; r++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int c = 0; c < classes; c++) {
        sum = sum.add(exp(x[r * classes + c]));
      }
      BigDecimal lse = BigDecimalMath.log(sum, MC);
      for (int c = 0; c < classes; c++) {
        out[r * classes + c] =
            new BigDecimal(x[r * classes + c]).subtract(lse, MC).doubleValue();
      }
    }
    return out;
  }

  private static double[] random(Random random, int n, double low, double high) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = low + (high - low) * random.nextDouble();
    }
    return x;
  }

  private static double[] randomRows(Random random, int rows, int classes) {
    double[] t = new double[rows * classes];
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int c = 0; c < classes; c++) {
        t[r * classes + c] = random.nextDouble();
        s += t[r * classes + c];
      }
      for (int c = 0; c < classes; c++) {
        t[r * classes + c] /= s;
      }
    }
    return t;
  }

  private static float[] toFloat(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }

  private static double[] toDouble(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  /** Reduces per-element oracle losses as a {@link Reduction} says, given the mean's divisor. */
  private static double reduce(double[] losses, double denominator, Reduction reduction) {
    return reduction == Reduction.MEAN ? sum(losses) / denominator : sum(losses);
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(actual).as(what)
        .isCloseTo(expected, within(LOSS_RELATIVE * Math.abs(expected) + 1e-300));
  }

  private static void assertAllClose(double[] actual, double[] expected, String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertClose(actual[i], expected[i], what + " [" + i + "]");
    }
  }

  /** Checks LossResult.gradient() against central differences of LossResult.loss(). */
  private static void assertGradientMatchesCentralDifferences(
      Function<double[], LossResult> loss, double[] x, String what) {
    double[] gradient = loss.apply(x).gradient();
    assertThat(gradient).as(what).hasSameSizeAs(x);
    for (int i = 0; i < x.length; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[i]));
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric =
          (loss.apply(plus).loss() - loss.apply(minus).loss()) / (plus[i] - minus[i]);
      assertThat(gradient[i]).as("%s d/dx[%d]", what, i)
          .isCloseTo(numeric, within(GRADIENT_TOLERANCE * Math.max(1, Math.abs(numeric))));
    }
  }

  private static void assertRejected(ThrowingCallable call, String... fragments) {
    var assertion = assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
    for (String fragment : fragments) {
      assertion.hasMessageContaining(fragment);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // mse

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void mseIsTheClosedForm(Reduction reduction) {
    double[] x = {1, -2, 0.5, 3};
    double[] t = {0, 1, 0.5, -1};
    LossResult r = Losses.mse(x, t, reduction);
    assertThat(r.elementLosses()).containsExactly(1, 9, 0, 16);
    assertThat(r.loss()).isEqualTo(reduction == Reduction.MEAN ? 26.0 / 4 : 26.0);
    double scale = reduction == Reduction.MEAN ? 4 : 1;
    assertThat(r.gradient()).containsExactly(2 / scale, -6 / scale, 0, 8 / scale);
    assertThat(r.reduction()).isEqualTo(reduction);
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void mseGradientMatchesCentralDifferences(Reduction reduction) {
    Random random = new Random(1);
    double[] t = random(random, 9, -3, 3);
    assertGradientMatchesCentralDifferences(
        x -> Losses.mse(x, t, reduction), random(random, 9, -3, 3), "mse " + reduction);
  }

  @Test
  void mseOfNothing() {
    assertThat(Losses.mse(new double[0], new double[0]).loss()).isNaN();
    assertThat(Losses.mse(new double[0], new double[0], Reduction.SUM).loss()).isZero();
    assertThat(Losses.mse(new float[0], new float[0], Reduction.NONE).gradient()).isEmpty();
  }

  @Test
  void mseRejectsBadArguments() {
    assertRejected(() -> Losses.mse(new double[2], new double[3]), "input has length 2",
        "target has length 3");
    assertRejected(() -> Losses.mse(null, new double[3]), "input is null");
    assertRejected(() -> Losses.mse(new float[1], null), "target is null");
    assertRejected(() -> Losses.mse(new double[1], new double[1], null), "reduction is null");
  }

  // ---------------------------------------------------------------------------------------------
  // bce

  /** −w[t log p + (1 − t) log(1 − p)] in 40 digits, for p strictly inside (0, 1). */
  private static double bceOracle(double p, double t, double w) {
    BigDecimal bp = new BigDecimal(p);
    double logP = BigDecimalMath.log(bp, MC).doubleValue();
    double logQ = BigDecimalMath.log(BigDecimal.ONE.subtract(bp), MC).doubleValue();
    return -w * (t * logP + (1 - t) * logQ);
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void bceMatchesBigDecimalWithWeightsRepeatedOverRows(Reduction reduction) {
    Random random = new Random(2);
    double[] p = random(random, 12, 0.001, 0.999);
    double[] t = random(random, 12, 0, 1);
    t[0] = 0;
    t[1] = 1;
    double[] weight = {0.5, 2, 1.5}; // one per column of a 4 × 3 matrix
    LossResult r = Losses.bce(p, t, weight, reduction);
    double[] expected = new double[12];
    for (int i = 0; i < 12; i++) {
      expected[i] = bceOracle(p[i], t[i], weight[i % 3]);
    }
    assertAllClose(r.elementLosses(), expected, "bce losses");
    assertClose(r.loss(), reduce(expected, 12, reduction), "bce " + reduction);
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void bceGradientMatchesCentralDifferences(Reduction reduction) {
    Random random = new Random(3);
    double[] t = random(random, 8, 0, 1);
    t[2] = 1;
    t[5] = 0;
    double[] p = random(random, 8, 0.05, 0.95);
    assertGradientMatchesCentralDifferences(
        x -> Losses.bce(x, t, null, reduction), p, "bce " + reduction);
    double[] weight = random(random, 8, 0.1, 3);
    assertGradientMatchesCentralDifferences(
        x -> Losses.bce(x, t, weight, reduction), p, "weighted bce " + reduction);
    double[] columnWeight = {2, -0.5};
    assertGradientMatchesCentralDifferences(
        x -> Losses.bce(x, t, columnWeight, reduction), p, "column-weighted bce " + reduction);
  }

  @Test
  void bceClampsEachLogarithmAtMinusOneHundred() {
    double[] p = {0, 1, 0, 1, 1e-50};
    double[] t = {1, 0, 0, 1, 1};
    LossResult r = Losses.bce(p, t, null, Reduction.NONE);
    // log(1e-50) = −115.1, clamped too.
    assertThat(r.elementLosses()).containsExactly(100, 100, 0, 0, 100);
    // PyTorch's gradient (p − t)/max(p(1 − p), 1e-12).
    assertThat(r.gradient()).containsExactly(-1e12, 1e12, 0, 0, (1e-50 - 1) / 1e-12);
    assertThat(Losses.bce(new double[] {0.5}, new double[] {0.5}).gradient())
        .containsExactly(0.0);
    assertThat(Losses.bce(new double[] {0.5}, new double[] {1}).loss())
        .isCloseTo(Math.log(2), within(1e-16));
  }

  @Test
  void bceRejectsProbabilitiesAndTargetsOutsideTheUnitInterval() {
    assertRejected(() -> Losses.bce(new double[] {0.5, 1.5}, new double[] {0, 1}),
        "p[1] = 1.5", "[0, 1]");
    assertRejected(() -> Losses.bce(new float[] {-0.25f}, new float[] {0}), "p[0] = -0.25");
    assertRejected(() -> Losses.bce(new double[] {Double.NaN}, new double[] {0}), "p[0] = NaN");
    assertRejected(() -> Losses.bce(new double[] {0.5, 0.5, 0.5}, new double[] {0, 1, 2}),
        "target[2] = 2.0");
    assertRejected(() -> Losses.bce(new float[] {0.5f}, new float[] {1.1f}), "target[0] = 1.1");
    assertRejected(() -> Losses.bce(new double[4], new double[4], new double[3], Reduction.SUM),
        "weight has length 3", "4");
    assertRejected(() -> Losses.bce(new double[2], new double[3]), "p has length 2");
    assertRejected(() -> Losses.bce(new double[2], new double[2], null, null), "reduction");
  }

  // ---------------------------------------------------------------------------------------------
  // bce_with_logits

  /** w·[pw·y·log(1 + e^−x) + (1 − y)·log(1 + e^x)] in 40 digits. */
  private static double bceWithLogitsOracle(double x, double y, double w, double pw) {
    return w * (pw * y * softplus(-x) + (1 - y) * softplus(x));
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void bceWithLogitsMatchesBigDecimalWithWeightsAndPosWeight(Reduction reduction) {
    Random random = new Random(4);
    double[] x = random(random, 12, -30, 30);
    double[] y = random(random, 12, 0, 1);
    y[0] = 0;
    y[1] = 1;
    double[] weight = random(random, 12, 0.1, 2);
    double[] posWeight = {3, 0.5, 1, 2}; // PyTorch's pos_weight of shape [C], C = 4
    LossResult r = Losses.bceWithLogits(x, y, weight, posWeight, reduction);
    double[] expected = new double[12];
    for (int i = 0; i < 12; i++) {
      expected[i] = bceWithLogitsOracle(x[i], y[i], weight[i], posWeight[i % 4]);
    }
    assertAllClose(r.elementLosses(), expected, "bce_with_logits losses");
    assertClose(r.loss(), reduce(expected, 12, reduction), "bce_with_logits " + reduction);
  }

  @Property(tries = 200)
  void bceWithLogitsIsBceOfTheSigmoid(
      @ForAll @DoubleRange(min = -8, max = 8) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y) {
    double sigma = 1 / (1 + Math.exp(-x));
    double expected = Losses.bce(new double[] {sigma}, new double[] {y}).loss();
    double actual = Losses.bceWithLogits(new double[] {x}, new double[] {y}).loss();
    assertThat(actual).isCloseTo(expected, within(1e-12 * (1 + expected)));
  }

  @Test
  void bceWithLogitsAtHugeAndInfiniteLogits() {
    double[] x = {1e4, 1e4, -1e4, -1e4, INF, INF, -INF, -INF, INF, -INF};
    double[] y = {0, 1, 0, 1, 1, 0, 0, 1, 0.5, 0.5};
    LossResult r = Losses.bceWithLogits(x, y, null, null, Reduction.NONE);
    assertThat(r.elementLosses())
        .containsExactly(1e4, 0, 0, 1e4, 0, INF, 0, INF, INF, INF);
    assertThat(r.gradient()).containsExactly(1, 0, 0, -1, 0, 1, 0, -1, 0.5, -0.5);
    // With pos_weight the limits at −∞ scale: −pw·y.
    assertThat(Losses.bceWithLogits(new double[] {-INF}, new double[] {1}, null,
        new double[] {3}, Reduction.SUM).gradient()).containsExactly(-3.0);
  }

  @Test
  void bceWithLogitsKeepsFullAccuracyWhereTheTextbookFormCancels() {
    // (1 − y)·x + softplus(−x) at x = −30, y = 0 is −30 + 30.000000000000094: 4% error.
    double actual = Losses.bceWithLogits(new double[] {-30}, new double[] {0}).loss();
    double expected = softplus(-30);
    assertThat(actual).isCloseTo(expected, within(1e-15 * expected));
  }

  @Property(tries = 200)
  void bceWithLogitsGradientIsSigmoidMinusTarget(
      @ForAll @DoubleRange(min = -40, max = 40) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y) {
    double g = Losses.bceWithLogits(new double[] {x}, new double[] {y}).gradient()[0];
    double sigma = BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(-x)), MC).doubleValue();
    assertThat(g).isCloseTo(sigma - y, within(4 * Math.ulp(1.0)));
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void bceWithLogitsGradientMatchesCentralDifferences(Reduction reduction) {
    Random random = new Random(5);
    double[] y = random(random, 10, 0, 1);
    y[0] = 0;
    y[1] = 1;
    double[] x = random(random, 10, -6, 6);
    double[] weight = random(random, 10, 0.2, 2);
    double[] posWeight = {2.5, 0.25};
    assertGradientMatchesCentralDifferences(
        v -> Losses.bceWithLogits(v, y, null, null, reduction), x, "plain " + reduction);
    assertGradientMatchesCentralDifferences(
        v -> Losses.bceWithLogits(v, y, weight, null, reduction), x, "weight " + reduction);
    assertGradientMatchesCentralDifferences(
        v -> Losses.bceWithLogits(v, y, null, posWeight, reduction), x, "pos " + reduction);
    assertGradientMatchesCentralDifferences(
        v -> Losses.bceWithLogits(v, y, weight, posWeight, reduction), x, "both " + reduction);
  }

  @Test
  void bceWithLogitsPropagatesNaNAndChecksTargets() {
    LossResult r = Losses.bceWithLogits(new double[] {Double.NaN, 0}, new double[] {1, 0}, null,
        null, Reduction.NONE);
    assertThat(r.elementLosses()[0]).isNaN();
    assertThat(r.gradient()[0]).isNaN();
    assertThat(r.elementLosses()[1]).isCloseTo(Math.log(2), within(1e-16));
    assertRejected(() -> Losses.bceWithLogits(new double[2], new double[] {0, -1}),
        "target[1] = -1.0", "[0, 1]");
    assertRejected(() -> Losses.bceWithLogits(new double[6], new double[6], null,
        new double[4], Reduction.MEAN), "posWeight has length 4");
    assertRejected(() -> Losses.bceWithLogits(null, new float[1]), "logits is null");
  }

  // ---------------------------------------------------------------------------------------------
  // cross_entropy and nll

  /**
   * PyTorch's class-index cross-entropy, written from its definition: q = (1 − ε)·onehot + ε/C,
   * ℓ_r = −Σ_c w_c q_c log p_c (0 for an ignored row), mean over Σ w_t of the rows not ignored.
   */
  private static double[] crossEntropyOracle(double[] x, int rows, int classes, int[] targets,
      double[] w, int ignore, double eps) {
    double[] logp = logSoftmax(x, rows, classes);
    double[] losses = new double[rows];
    for (int r = 0; r < rows; r++) {
      if (targets[r] == ignore) {
        continue;
      }
      for (int c = 0; c < classes; c++) {
        double q = (1 - eps) * (c == targets[r] ? 1 : 0) + eps / classes;
        losses[r] -= (w == null ? 1 : w[c]) * q * logp[r * classes + c];
      }
    }
    return losses;
  }

  private static double denominator(int[] targets, double[] w, int ignore) {
    double d = 0;
    for (int t : targets) {
      if (t != ignore) {
        d += w == null ? 1 : w[t];
      }
    }
    return d;
  }

  @Test
  void crossEntropyOfUniformLogitsIsLogC() {
    double[] x = new double[3 * 5];
    Arrays.fill(x, 0.75);
    LossResult r = Losses.crossEntropy(x, 3, 5, new int[] {0, 4, 2});
    assertThat(r.loss()).isCloseTo(Math.log(5), within(1e-15));
    double[] g = r.gradient();
    for (int i = 0; i < g.length; i++) {
      boolean target = i == 0 || i == 9 || i == 12;
      assertThat(g[i]).isCloseTo(((target ? 0.2 - 1 : 0.2)) / 3, within(1e-16));
    }
  }

  @Test
  void crossEntropyAtHugeAndConfidentLogits() {
    double[] x = {1e4, 0, 1e4, 0, 40, 0};
    LossResult r = Losses.crossEntropy(x, 3, 2, new int[] {0, 1, 0}, null, -100, 0,
        Reduction.NONE);
    assertThat(r.elementLosses()[0]).isZero();
    assertThat(r.elementLosses()[1]).isEqualTo(1e4);
    // log(1 + e^−40) = e^−40 to full relative accuracy, not 0.
    assertThat(r.elementLosses()[2]).isCloseTo(softplus(-40), within(1e-15 * softplus(-40)));
    double[] g = r.gradient();
    assertThat(Arrays.copyOfRange(g, 0, 4)).containsExactly(0, 0, 1, -1);
    double tail = Math.exp(-40) / (1 + Math.exp(-40));
    assertThat(g[4]).isCloseTo(-tail, within(Math.ulp(1.0)));
    assertThat(g[5]).isCloseTo(tail, within(1e-15 * tail));
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void crossEntropyMatchesBigDecimalForEveryOption(Reduction reduction) {
    Random random = new Random(6);
    int rows = 6;
    int classes = 4;
    double[] x = random(random, rows * classes, -8, 8);
    int[] targets = {0, 3, 1, 1, 2, 0};
    int[] withIgnored = {0, -100, 1, 1, -100, 0};
    int[] ignoringClassOne = {0, 3, 1, 1, 2, 0};
    double[] w = {0.5, 2, 1, 3};
    Object[][] cases = {
        {targets, null, -100, 0.0}, {targets, w, -100, 0.0}, {withIgnored, null, -100, 0.0},
        {targets, null, -100, 0.2}, {withIgnored, w, -100, 0.1}, {ignoringClassOne, w, 1, 0.3},
        {targets, w, -100, 1.0}};
    for (Object[] c : cases) {
      int[] t = (int[]) c[0];
      double[] cw = (double[]) c[1];
      int ignore = (int) c[2];
      double eps = (double) c[3];
      String what = "ce weights=" + (cw != null) + " ignore=" + ignore + " ε=" + eps;
      LossResult r = Losses.crossEntropy(x, rows, classes, t, cw, ignore, eps, reduction);
      double[] expected = crossEntropyOracle(x, rows, classes, t, cw, ignore, eps);
      assertAllClose(r.elementLosses(), expected, what);
      assertClose(r.loss(), reduce(expected, denominator(t, cw, ignore), reduction), what);
    }
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void crossEntropyGradientMatchesCentralDifferencesForEveryOption(Reduction reduction) {
    Random random = new Random(7);
    int rows = 5;
    int classes = 3;
    double[] x = random(random, rows * classes, -4, 4);
    int[] targets = {2, 0, 1, 2, 1};
    int[] withIgnored = {2, 7, 1, 7, 1};
    double[] w = {1.5, 0.25, 2};
    for (double eps : new double[] {0, 0.1, 1}) {
      for (double[] cw : new double[][] {null, w}) {
        for (int[] t : new int[][] {targets, withIgnored}) {
          String what = "ce ε=" + eps + " weights=" + (cw != null) + " ignore=" + (t != targets)
              + " " + reduction;
          assertGradientMatchesCentralDifferences(
              v -> Losses.crossEntropy(v, rows, classes, t, cw, 7, eps, reduction), x, what);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void crossEntropyIsNllOfLogSoftmax(Reduction reduction) {
    Random random = new Random(8);
    int rows = 7;
    int classes = 5;
    double[] x = random(random, rows * classes, -5, 5);
    int[] targets = {4, -100, 0, 2, 2, -100, 1};
    double[] w = {1, 0.5, 2, 0.75, 3};
    RowwiseActivation logSoftmax = Activations.rowwise("log_softmax");
    double[] logp = new double[x.length];
    logSoftmax.forward(x, logp, rows, classes);
    for (double[] cw : new double[][] {null, w}) {
      LossResult ce = Losses.crossEntropy(x, rows, classes, targets, cw, -100, 0, reduction);
      LossResult nll = Losses.nll(logp, rows, classes, targets, cw, -100, reduction);
      assertThat(ce.loss()).isCloseTo(nll.loss(), within(1e-14 * Math.abs(nll.loss())));
      // Chain rule: the gradient of nll, back through log_softmax.
      double[] chained = new double[x.length];
      logSoftmax.backward(x, logp, nll.gradient(), chained, rows, classes);
      double[] fused = ce.gradient();
      for (int i = 0; i < x.length; i++) {
        assertThat(fused[i]).isCloseTo(chained[i], within(1e-14));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void indexTargetsAreOneHotProbabilityTargets(Reduction reduction) {
    Random random = new Random(9);
    int rows = 4;
    int classes = 3;
    double[] x = random(random, rows * classes, -3, 3);
    int[] targets = {2, 0, 0, 1};
    double[] oneHot = new double[rows * classes];
    for (int r = 0; r < rows; r++) {
      oneHot[r * classes + targets[r]] = 1;
    }
    double[] w = {2, 1, 0.5};
    for (double eps : new double[] {0, 0.3}) {
      for (double[] cw : new double[][] {null, w}) {
        LossResult index = Losses.crossEntropy(x, rows, classes, targets, cw, -100, eps,
            reduction == Reduction.MEAN ? Reduction.SUM : reduction);
        LossResult soft = Losses.crossEntropy(x, rows, classes, oneHot, cw, eps,
            reduction == Reduction.MEAN ? Reduction.SUM : reduction);
        assertThat(index.loss()).isCloseTo(soft.loss(), within(1e-14 * soft.loss()));
        double[] a = index.gradient();
        double[] b = soft.gradient();
        for (int i = 0; i < a.length; i++) {
          assertThat(a[i]).isCloseTo(b[i], within(1e-14));
        }
      }
    }
    // The means differ only in the divisor: Σ w_t for indices, the number of rows for
    // probabilities (PyTorch's rule).
    LossResult index = Losses.crossEntropy(x, rows, classes, targets, w, -100, 0, Reduction.MEAN);
    LossResult soft = Losses.crossEntropy(x, rows, classes, oneHot, w, 0, Reduction.MEAN);
    assertThat(index.loss() * (0.5 + 2 + 2 + 1)).isCloseTo(soft.loss() * rows,
        within(1e-13 * soft.loss() * rows));
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void probabilityTargetsMatchBigDecimalAndCentralDifferences(Reduction reduction) {
    Random random = new Random(10);
    int rows = 4;
    int classes = 3;
    double[] x = random(random, rows * classes, -5, 5);
    double[] t = randomRows(random, rows, classes);
    double[] w = {0.5, 1.25, 2};
    double[] logp = logSoftmax(x, rows, classes);
    for (double eps : new double[] {0, 0.25}) {
      for (double[] cw : new double[][] {null, w}) {
        String what = "soft ε=" + eps + " weights=" + (cw != null) + " " + reduction;
        double[] expected = new double[rows];
        for (int r = 0; r < rows; r++) {
          for (int c = 0; c < classes; c++) {
            double q = (1 - eps) * t[r * classes + c] + eps / classes;
            expected[r] -= (cw == null ? 1 : cw[c]) * q * logp[r * classes + c];
          }
        }
        LossResult result = Losses.crossEntropy(x, rows, classes, t, cw, eps, reduction);
        assertAllClose(result.elementLosses(), expected, what);
        assertClose(result.loss(), reduce(expected, rows, reduction), what);
        assertGradientMatchesCentralDifferences(
            v -> Losses.crossEntropy(v, rows, classes, t, cw, eps, reduction), x, what);
      }
    }
    // Unnormalised targets: the gradient (Σ q)·p − q still matches the loss.
    double[] loose = random(random, rows * classes, 0, 1);
    assertGradientMatchesCentralDifferences(
        v -> Losses.crossEntropy(v, rows, classes, loose, null, 0, reduction), x,
        "unnormalised " + reduction);
  }

  @Property(tries = 100)
  void crossEntropyGradientRowsSumToZero(
      @ForAll @IntRange(min = 1, max = 8) int classes,
      @ForAll @DoubleRange(min = 0, max = 1) double eps) {
    Random random = new Random(classes * 31L + Double.hashCode(eps));
    int rows = 3;
    double[] x = random(random, rows * classes, -20, 20);
    int[] targets = new int[rows];
    for (int r = 0; r < rows; r++) {
      targets[r] = random.nextInt(classes);
    }
    double[] g = Losses.crossEntropy(x, rows, classes, targets, null, -100, eps, Reduction.SUM)
        .gradient();
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int c = 0; c < classes; c++) {
        s += g[r * classes + c];
      }
      assertThat(s).isCloseTo(0, within(4 * classes * Math.ulp(1.0)));
    }
  }

  @Test
  void ignoredRowsAndEmptyMeans() {
    double[] x = {1, 2, 3, 4};
    int[] allIgnored = {-100, -100};
    LossResult mean = Losses.crossEntropy(x, 2, 2, allIgnored);
    assertThat(mean.loss()).isNaN();
    assertThat(mean.gradient()).containsOnly(0.0);
    assertThat(mean.elementLosses()).containsOnly(0.0);
    assertThat(Losses.crossEntropy(x, 2, 2, allIgnored, null, -100, 0.5, Reduction.SUM).loss())
        .isZero();
    assertThat(Losses.nll(x, 2, 2, allIgnored).loss()).isNaN();
    assertThat(Losses.nll(x, 2, 2, allIgnored).gradient()).containsOnly(0.0);
    assertThat(Losses.crossEntropy(new double[0], 0, 3, new int[0]).loss()).isNaN();
    assertThat(Losses.crossEntropy(new double[0], 0, 3, new double[0]).loss()).isNaN();
    assertThat(Losses.crossEntropy(new float[0], 0, 3, new int[0], null, -100, 0,
        Reduction.SUM).loss()).isZero();
    // ignore_index may be a valid class: rows with that target are left out.
    LossResult ignoreOne = Losses.crossEntropy(x, 2, 2, new int[] {1, 0}, null, 1, 0,
        Reduction.MEAN);
    assertThat(ignoreOne.elementLosses()[0]).isZero();
    assertThat(ignoreOne.loss()).isEqualTo(ignoreOne.elementLosses()[1]);
    assertThat(Arrays.copyOfRange(ignoreOne.gradient(), 0, 2)).containsOnly(0.0);
  }

  @Test
  void infiniteAndNaNLogitsInCrossEntropy() {
    double[] x = {0, -INF, 0, /* row 2 */ -INF, -INF, -INF, /* row 3 */ 1, Double.NaN, 2};
    LossResult r = Losses.crossEntropy(x, 3, 3, new int[] {0, 0, 2}, null, -100, 0,
        Reduction.NONE);
    assertThat(r.elementLosses()[0]).isCloseTo(Math.log(2), within(1e-16));
    assertThat(Arrays.copyOfRange(r.gradient(), 0, 3)).containsExactly(-0.5, 0, 0.5);
    assertThat(r.elementLosses()[1]).isNaN();
    assertThat(r.elementLosses()[2]).isNaN();
    assertThat(Arrays.copyOfRange(r.gradient(), 3, 9)).containsOnly(Double.NaN);
    // A masked logit with smoothing: its class still has target ε/C > 0, so the loss is +∞.
    assertThat(Losses.crossEntropy(new double[] {0, -INF}, 1, 2, new int[] {0}, null, -100, 0.1,
        Reduction.SUM).loss()).isEqualTo(INF);
    // With probability targets, a zero target annihilates the −∞ (0·log 0 = 0).
    assertThat(Losses.crossEntropy(new double[] {0, -INF}, 1, 2, new double[] {1, 0}).loss())
        .isZero();
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void nllIsTheClosedForm(Reduction reduction) {
    double[] logp = {-0.5, -1, -2, -3, -0.25, -4};
    double[] w = {2, 1, 0.5};
    // The same six numbers as 2 rows of 3 classes, with weights, and as 3 rows of 2, ignoring one.
    LossResult r = Losses.nll(logp, 2, 3, new int[] {2, 1}, w, -100, reduction);
    assertThat(r.elementLosses()).containsExactly(0.5 * 2, 1 * 0.25);
    double d = reduction == Reduction.MEAN ? 1.5 : 1;
    assertThat(r.loss()).isEqualTo(reduction == Reduction.MEAN ? 1.25 / 1.5 : 1.25);
    assertThat(r.gradient()).containsExactly(0, 0, -0.5 / d, 0, -1 / d, 0);
    LossResult ignoring = Losses.nll(logp, 3, 2, new int[] {1, -100, 0}, null, -100, reduction);
    assertThat(ignoring.elementLosses()).containsExactly(1, 0, 0.25);
    double e = reduction == Reduction.MEAN ? 2 : 1;
    assertThat(ignoring.gradient()).containsExactly(0, -1 / e, 0, 0, -1 / e, 0);
    assertGradientMatchesCentralDifferences(
        v -> Losses.nll(v, 2, 3, new int[] {2, 1}, w, -100, reduction), logp, "nll");
  }

  @Test
  void classIndexChecksNameTheArgumentIndexAndValue() {
    double[] x = new double[6];
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[] {0, 3}), "targets[1] = 3",
        "[0, 3)", "-100");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[] {-1, 0}), "targets[0] = -1");
    assertRejected(() -> Losses.nll(x, 2, 3, new int[] {0, 5}), "targets[1] = 5");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[] {0}), "targets has length 1");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, (int[]) null), "targets is null");
    assertRejected(() -> Losses.crossEntropy(x, 3, 3, new int[3]), "logits has length 6");
    assertRejected(() -> Losses.crossEntropy(x, -2, -3, new int[0]), "non-negative");
    assertRejected(() -> Losses.crossEntropy(new double[0], 0, 0, new int[0]),
        "classes must be at least 1");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[2], new double[2], -100, 0,
        Reduction.MEAN), "classWeights has length 2", "classes = 3");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[2], null, -100, Double.NaN,
        Reduction.MEAN), "labelSmoothing = NaN", "[0, 1]");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new int[2], null, -100, 1.5,
        Reduction.MEAN), "labelSmoothing = 1.5");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new double[6], null, -0.1,
        Reduction.MEAN), "labelSmoothing = -0.1");
    assertRejected(() -> Losses.crossEntropy(x, 2, 3, new double[] {0, 0, 1, 0.5, 0.25, 1.25}),
        "targets[5] = 1.25", "[0, 1]");
    assertRejected(() -> Losses.crossEntropy(new float[6], 2, 3, new float[5]),
        "targets has length 5");
    assertRejected(() -> Losses.crossEntropy((double[]) null, 2, 3, new int[2]),
        "logits is null");
    assertRejected(() -> Losses.nll(x, 2, 3, new int[2], null, -100, null), "reduction");
    assertRejected(() -> Losses.nll(new float[5], 2, 3, new int[2]), "logProbabilities");
  }

  // ---------------------------------------------------------------------------------------------
  // float forms and the result object

  @Test
  void floatFormsComputeInDoubleFromTheWidenedInput() {
    Random random = new Random(11);
    float[] x = toFloat(random(random, 12, -4, 4));
    float[] p = toFloat(random(random, 12, 0.01, 0.99));
    float[] t = toFloat(random(random, 12, 0, 1));
    float[] w = toFloat(random(random, 4, 0.5, 2));
    int[] targets = {3, 0, -100};
    float[] soft = toFloat(randomRows(random, 3, 4));
    LossResult[][] pairs = {
        {Losses.mse(x, t), Losses.mse(toDouble(x), toDouble(t))},
        {Losses.bce(p, t, w, Reduction.SUM),
            Losses.bce(toDouble(p), toDouble(t), toDouble(w), Reduction.SUM)},
        {Losses.bceWithLogits(x, t, null, w, Reduction.NONE),
            Losses.bceWithLogits(toDouble(x), toDouble(t), null, toDouble(w), Reduction.NONE)},
        {Losses.crossEntropy(x, 3, 4, targets, null, -100, 0.1, Reduction.MEAN),
            Losses.crossEntropy(toDouble(x), 3, 4, targets, null, -100, 0.1, Reduction.MEAN)},
        {Losses.crossEntropy(x, 3, 4, soft), Losses.crossEntropy(toDouble(x), 3, 4,
            toDouble(soft))},
        {Losses.nll(x, 3, 4, targets), Losses.nll(toDouble(x), 3, 4, targets)}};
    for (LossResult[] pair : pairs) {
      assertThat(pair[0]).isEqualTo(pair[1]);
      assertThat(pair[0].floatGradient()).containsExactly(toFloat(pair[1].gradient()));
    }
  }

  @Test
  void resultsAreImmutableAndNoneIsTheSum() {
    double[] x = {1, 2, 3};
    double[] t = {0, 0, 0};
    LossResult r = Losses.mse(x, t, Reduction.NONE);
    assertThat(r.loss()).isEqualTo(14.0);
    assertThat(r.elementLosses()).containsExactly(1, 4, 9);
    r.elementLosses()[0] = 99;
    r.gradient()[0] = 99;
    r.floatGradient()[0] = 99;
    assertThat(r.elementLosses()).containsExactly(1, 4, 9);
    assertThat(r.gradient()).containsExactly(2, 4, 6);
    assertThat(r.floatGradient()).containsExactly(2, 4, 6);
    assertThat(r).isEqualTo(Losses.mse(x, t, Reduction.NONE)).hasSameHashCodeAs(
        Losses.mse(x, t, Reduction.NONE));
    assertThat(r).isNotEqualTo(Losses.mse(x, t, Reduction.SUM));
    assertThat(r.toString()).contains("NONE");
    // Inputs are not modified.
    assertThat(x).containsExactly(1, 2, 3);
    assertThat(t).containsExactly(0, 0, 0);
  }

  @Test
  void argumentsAreNotModified() {
    Random random = new Random(12);
    double[] x = random(random, 6, -2, 2);
    double[] p = random(random, 6, 0.1, 0.9);
    double[] t = random(random, 6, 0, 1);
    double[] w = {1, 2, 3};
    int[] targets = {0, 2};
    double[][] before = {x.clone(), p.clone(), t.clone(), w.clone()};
    Losses.bce(p, t, w, Reduction.NONE);
    Losses.bceWithLogits(x, t, w, w, Reduction.MEAN);
    Losses.crossEntropy(x, 2, 3, targets, w, -100, 0.2, Reduction.MEAN);
    Losses.crossEntropy(x, 2, 3, t, w, 0.2, Reduction.MEAN);
    Losses.nll(x, 2, 3, targets, w, -100, Reduction.SUM);
    Losses.mse(x, t);
    assertThat(new double[][] {x, p, t, w}).isDeepEqualTo(before);
    assertThat(targets).containsExactly(0, 2);
  }
}
