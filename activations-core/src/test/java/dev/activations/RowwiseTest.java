package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The row-wise functions (softmax, log_softmax, softmin, glu): values against BigDecimal,
 * identities, backward passes against central finite differences, and every edge convention of
 * {@link RowwiseActivation}.
 */
class RowwiseTest {
  private static final MathContext MC = new MathContext(40);

  /** Relative tolerance of double results against the BigDecimal oracle, inputs in [−10, 10]. */
  private static final double DOUBLE_RELATIVE = 1e-14;

  /** Tolerance of a backward pass against central differences (h ≈ 1e-6, O(h²) error). */
  private static final double GRADIENT_TOLERANCE = 1e-7;

  private static final int[][] SHAPES = {{1, 1}, {1, 2}, {3, 4}, {2, 7}, {5, 10}, {1, 64}};

  private static RowwiseActivation f(String name) {
    return Activations.rowwise(name);
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles

  private static BigDecimal exp(double x) {
    return BigDecimalMath.exp(new BigDecimal(x), MC);
  }

  /** softmax(sign·x) of one row in 40 digits. */
  private static double[] softmaxOracle(double[] x, int o, int n, int sign) {
    BigDecimal[] e = new BigDecimal[n];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      e[i] = exp(sign * x[o + i]);
      sum = sum.add(e[i]);
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = e[i].divide(sum, MC).doubleValue();
    }
    return y;
  }

  private static double[] logSoftmaxOracle(double[] x, int o, int n) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.add(exp(x[o + i]));
    }
    BigDecimal log = BigDecimalMath.log(sum, MC);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = new BigDecimal(x[o + i]).subtract(log, MC).doubleValue();
    }
    return y;
  }

  private static double[] gluOracle(double[] x, int o, int n) {
    int h = n / 2;
    double[] y = new double[h];
    for (int j = 0; j < h; j++) {
      BigDecimal sigma = BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(-x[o + h + j])), MC);
      y[j] = new BigDecimal(x[o + j]).multiply(sigma, MC).doubleValue();
    }
    return y;
  }

  private static double[] oracle(String name, double[] x, int rows, int columns) {
    int out = name.equals("glu") ? columns / 2 : columns;
    double[] y = new double[rows * out];
    for (int r = 0; r < rows; r++) {
      int o = r * columns;
      double[] row = switch (name) {
        case "softmax" -> softmaxOracle(x, o, columns, 1);
        case "softmin" -> softmaxOracle(x, o, columns, -1);
        case "log_softmax" -> logSoftmaxOracle(x, o, columns);
        case "glu" -> gluOracle(x, o, columns);
        default -> throw new AssertionError(name);
      };
      System.arraycopy(row, 0, y, r * out, out);
    }
    return y;
  }

  private static double[] random(Random random, int n, double scale) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (2 * random.nextDouble() - 1) * scale;
    }
    return x;
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

  private static int columnsFor(String name, int columns) {
    return name.equals("glu") ? 2 * columns : columns;
  }

  // ---------------------------------------------------------------------------------------------
  // Identity of the functions

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void nameAndSpecAreThePyTorchName(String name) {
    RowwiseActivation f = f(name);
    assertThat(f.name()).isEqualTo(name);
    assertThat(f.spec()).isEqualTo(name);
    assertThat(Activations.rowwise(f.spec())).isEqualTo(f);
    assertThat(f.outputColumns(6)).isEqualTo(name.equals("glu") ? 3 : 6);
    assertThat(f.outputColumns(0)).isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // Values against BigDecimal

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void doubleValuesMatchBigDecimal(String name) {
    Random random = new Random(17 + name.hashCode());
    for (int[] shape : SHAPES) {
      int rows = shape[0];
      int columns = columnsFor(name, shape[1]);
      double[] x = random(random, rows * columns, 10);
      double[] y = new double[rows * f(name).outputColumns(columns)];
      f(name).forward(x, y, rows, columns);
      double[] expected = oracle(name, x, rows, columns);
      for (int i = 0; i < y.length; i++) {
        assertThat(y[i]).as("%s %s [%d]", name, Arrays.toString(shape), i)
            .isCloseTo(expected[i], within(DOUBLE_RELATIVE * Math.abs(expected[i]) + 1e-30));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void floatValuesAreWithinOneUlpOfBigDecimal(String name) {
    Random random = new Random(29 + name.hashCode());
    for (int[] shape : SHAPES) {
      int rows = shape[0];
      int columns = columnsFor(name, shape[1]);
      float[] x = toFloat(random(random, rows * columns, 10));
      float[] y = new float[rows * f(name).outputColumns(columns)];
      f(name).forward(x, y, rows, columns);
      double[] expected = oracle(name, toDouble(x), rows, columns);
      for (int i = 0; i < y.length; i++) {
        float e = (float) expected[i];
        assertThat(y[i]).as("%s %s [%d]", name, Arrays.toString(shape), i)
            .isCloseTo(e, within(Math.ulp(e)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void floatIsTheDoubleResultRoundedOnce(String name) {
    Random random = new Random(31 + name.hashCode());
    int rows = 4;
    int columns = 12;
    float[] x = toFloat(random(random, rows * columns, 30));
    float[] dy = toFloat(random(random, rows * f(name).outputColumns(columns), 1));
    float[] y = new float[dy.length];
    f(name).forward(x, y, rows, columns);
    double[] yd = new double[dy.length];
    f(name).forward(toDouble(x), yd, rows, columns);
    assertThat(y).containsExactly(toFloat(yd));

    float[] dx = new float[x.length];
    f(name).backward(x, y, dy, dx, rows, columns);
    double[] dxd = new double[x.length];
    f(name).backward(toDouble(x), toDouble(y), toDouble(dy), dxd, rows, columns);
    assertThat(dx).containsExactly(toFloat(dxd));
  }

  // ---------------------------------------------------------------------------------------------
  // Identities

  @Property(tries = 200)
  void softmaxRowsSumToOneAndLieInTheUnitInterval(
      @ForAll @Size(min = 1, max = 40) double[] row) {
    for (int i = 0; i < row.length; i++) {
      row[i] = Math.max(-700, Math.min(700, Double.isFinite(row[i]) ? row[i] : 0));
    }
    for (String name : new String[] {"softmax", "softmin"}) {
      double[] y = new double[row.length];
      f(name).forward(row, y, 1, row.length);
      double sum = 0;
      for (double v : y) {
        assertThat(v).isBetween(0.0, 1.0);
        sum += v;
      }
      assertThat(sum).isCloseTo(1, within(row.length * 0x1p-52));
    }
  }

  @Property(tries = 200)
  void logSoftmaxIsTheLogOfSoftmax(
      @ForAll @IntRange(min = 1, max = 20) int columns,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    double[] x = random(new Random(seed), columns, 20);
    double[] soft = new double[columns];
    double[] log = new double[columns];
    f("softmax").forward(x, soft, 1, columns);
    f("log_softmax").forward(x, log, 1, columns);
    for (int i = 0; i < columns; i++) {
      assertThat(log[i]).isLessThanOrEqualTo(0.0);
      assertThat(log[i]).isCloseTo(Math.log(soft[i]), within(1e-13 * (1 + Math.abs(log[i]))));
    }
  }

  @Property(tries = 200)
  void softminIsSoftmaxOfTheNegatedRowBitForBit(
      @ForAll @Size(min = 0, max = 30) double[] row) {
    double[] negated = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      negated[i] = -row[i];
    }
    double[] softmin = new double[row.length];
    double[] softmax = new double[row.length];
    f("softmin").forward(row, softmin, 1, row.length);
    f("softmax").forward(negated, softmax, 1, row.length);
    assertThat(softmin).containsExactly(softmax);
  }

  @Property(tries = 100)
  void softmaxIsInvariantUnderAShiftOfTheRow(
      @ForAll @IntRange(min = 1, max = 16) int columns,
      @ForAll @DoubleRange(min = -100, max = 100) double shift) {
    Random random = new Random(columns);
    double[] x = random(random, columns, 5);
    double[] shifted = new double[columns];
    for (int i = 0; i < columns; i++) {
      shifted[i] = x[i] + shift;
    }
    double[] a = new double[columns];
    double[] b = new double[columns];
    f("softmax").forward(x, a, 1, columns);
    f("softmax").forward(shifted, b, 1, columns);
    for (int i = 0; i < columns; i++) {
      // Adding the shift rounds x by up to ulp(100), which moves e^x by that relative amount.
      assertThat(b[i]).isCloseTo(a[i], within(1e-13 * a[i]));
    }
  }

  @Test
  void largeInputsNeitherOverflowNorLoseTheLogarithm() {
    double[] x = {1000, 1000, -1000};
    double[] y = new double[3];
    f("softmax").forward(x, y, 1, 3);
    assertThat(y).containsExactly(0.5, 0.5, 0.0);
    f("log_softmax").forward(x, y, 1, 3);
    double log2 = Math.log(2);
    assertThat(y[0]).isCloseTo(-log2, within(1e-16));
    assertThat(y[1]).isCloseTo(-log2, within(1e-16));
    // softmax underflows to 0 there, log_softmax keeps the value: −2000 − log 2.
    assertThat(y[2]).isCloseTo(-2000 - log2, within(Math.ulp(2000.0)));
    f("softmin").forward(x, y, 1, 3);
    assertThat(y).containsExactly(0.0, 0.0, 1.0);

    assertThat(forward("softmax", new double[] {-1e308, 1e308}, 1, 2)).containsExactly(0.0, 1.0);
  }

  @Test
  void logSoftmaxOfADominantElementKeepsItsRelativeAccuracy() {
    // y_0 = −log(1 + e^−40) = −e^−40 (1 − e^−40/2 + …): a log of the rounded sum would give 0.
    double[] y = forward("log_softmax", new double[] {0, -40}, 1, 2);
    double expected = -Math.exp(-40);
    assertThat(y[0]).isCloseTo(expected, within(1e-15 * Math.abs(expected)));
    float[] yf = new float[2];
    f("log_softmax").forward(new float[] {0, -40}, yf, 1, 2);
    assertThat(yf[0]).isEqualTo((float) expected);
  }

  @Test
  void uniformRowGivesOneOverColumns() {
    double[] x = new double[7];
    Arrays.fill(x, 3.25);
    double[] y = new double[7];
    f("softmax").forward(x, y, 1, 7);
    for (double v : y) {
      assertThat(v).isEqualTo(1.0 / 7);
    }
    f("log_softmax").forward(x, y, 1, 7);
    for (double v : y) {
      assertThat(v).isCloseTo(-Math.log(7), within(1e-15));
    }
  }

  @Test
  void gluAtKnownPoints() {
    // Rows [a | b]: σ(0) = 1/2, σ(+∞) = 1, σ(−∞) = 0.
    double[] x = {3, -2, 0, Double.POSITIVE_INFINITY, 5, 7, Double.NEGATIVE_INFINITY, 0};
    double[] y = new double[4];
    f("glu").forward(x, y, 2, 4);
    assertThat(y).containsExactly(1.5, -2.0, 0.0, 3.5);
  }

  // ---------------------------------------------------------------------------------------------
  // Backward against central differences

  /** L(x) = Σ dy ⊙ f(x); its gradient is the backward pass of f with that dy. */
  private static double weightedOutput(String name, double[] x, double[] dy, int rows,
      int columns) {
    double[] y = new double[dy.length];
    f(name).forward(x, y, rows, columns);
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += dy[i] * y[i];
    }
    return s;
  }

  static double[] centralDifferences(ToDoubleFunction<double[]> function, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[i]));
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[i] += h;
      minus[i] -= h;
      g[i] = (function.applyAsDouble(plus) - function.applyAsDouble(minus)) / (plus[i] - minus[i]);
    }
    return g;
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void backwardMatchesCentralDifferences(String name) {
    Random random = new Random(41 + name.hashCode());
    for (int[] shape : SHAPES) {
      int rows = shape[0];
      int columns = columnsFor(name, shape[1]);
      int out = f(name).outputColumns(columns);
      double[] x = random(random, rows * columns, 4);
      double[] dy = random(random, rows * out, 2);
      double[] y = new double[rows * out];
      f(name).forward(x, y, rows, columns);
      double[] dx = new double[x.length];
      f(name).backward(x, y, dy, dx, rows, columns);
      double[] numeric =
          centralDifferences(v -> weightedOutput(name, v, dy, rows, columns), x);
      for (int i = 0; i < dx.length; i++) {
        assertThat(dx[i]).as("%s %s dx[%d]", name, Arrays.toString(shape), i)
            .isCloseTo(numeric[i], within(GRADIENT_TOLERANCE * Math.max(1, Math.abs(dx[i]))));
      }
    }
  }

  @Test
  void backwardOfTheSoftmaxFamilyAtKnownPoints() {
    // Uniform row of 4: y = 1/4, dx = y(dy − Σ dy·y).
    double[] x = {0, 0, 0, 0};
    double[] y = {0.25, 0.25, 0.25, 0.25};
    double[] dy = {1, 0, 0, 0};
    double[] dx = new double[4];
    f("softmax").backward(x, y, dy, dx, 1, 4);
    assertThat(dx).containsExactly(0.1875, -0.0625, -0.0625, -0.0625);
    f("softmin").backward(x, y, dy, dx, 1, 4);
    assertThat(dx).containsExactly(-0.1875, 0.0625, 0.0625, 0.0625);
    // log_softmax: dx = dy − e^y·Σ dy; a one-column row has y = 0, so dx = dy − dy = 0.
    double[] one = new double[1];
    f("log_softmax").backward(new double[] {5}, new double[] {0}, new double[] {3}, one, 1, 1);
    assertThat(one).containsExactly(0.0);
    // The softmin dx of a row sums to zero, since the row's output sum is constant.
    assertThat(dx[0] + dx[1] + dx[2] + dx[3]).isZero();
  }

  @Test
  void gluBackwardAtKnownPoints() {
    // a = 3, b = 0: σ = 1/2, σ' = 1/4. da = dy/2, db = dy·3/4.
    double[] x = {3, 0};
    double[] dx = new double[2];
    f("glu").backward(x, new double[] {1.5}, new double[] {2}, dx, 1, 2);
    assertThat(dx).containsExactly(1.0, 1.5);
    // b = +∞: σ = 1, σ' = 0.
    f("glu").backward(new double[] {3, Double.POSITIVE_INFINITY}, new double[] {3},
        new double[] {2}, dx, 1, 2);
    assertThat(dx).containsExactly(2.0, 0.0);
  }

  // ---------------------------------------------------------------------------------------------
  // Edge conventions

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void emptyRowsAndNoRowsWriteNothing(String name) {
    RowwiseActivation f = f(name);
    // An empty matrix has empty outputs: the calls succeed and have nothing to write.
    f.forward(new double[0], new double[0], 5, 0);
    f.forward(new float[0], new float[0], 5, 0);
    f.forward(new double[0], new double[0], 0, 4);
    f.forward(new float[0], new float[0], 0, 4);
    f.backward(new double[0], new double[0], new double[0], new double[0], 3, 0);
    f.backward(new float[0], new float[0], new float[0], new float[0], 0, 6);
    // Outputs longer than the empty matrix needs are rejected, and none of their elements is
    // written: every sentinel survives.
    double sentinel = -1234.5;
    double[] y = {sentinel, sentinel, sentinel, sentinel};
    assertThatThrownBy(() -> f.forward(new double[0], y, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y has length 4");
    assertThat(y).containsOnly(sentinel);
    float[] yf = {(float) sentinel, (float) sentinel, (float) sentinel};
    assertThatThrownBy(() -> f.forward(new float[0], yf, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y has length 3");
    assertThat(yf).containsOnly((float) sentinel);
    double[] dx = {sentinel, sentinel};
    assertThatThrownBy(() -> f.backward(new double[0], new double[0], new double[0], dx, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dx has length 2");
    assertThat(dx).containsOnly(sentinel);
    float[] dxf = {(float) sentinel};
    assertThatThrownBy(() -> f.backward(new float[0], new float[0], new float[0], dxf, 0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dx has length 1");
    assertThat(dxf).containsOnly((float) sentinel);
  }

  private static double[] forward(String name, double[] x, int rows, int columns) {
    double[] y = new double[rows * f(name).outputColumns(columns)];
    f(name).forward(x, y, rows, columns);
    return y;
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin"})
  void aRowOfAllMinusInfinityIsNaNAndOtherRowsAreUnaffected(String name) {
    double inf = Double.POSITIVE_INFINITY;
    // softmin negates the row, so its degenerate row is all +∞.
    double fill = name.equals("softmin") ? inf : -inf;
    double[] x = {fill, fill, fill, 1, 2, 3};
    double[] y = forward(name, x, 2, 3);
    assertThat(Arrays.copyOfRange(y, 0, 3)).containsOnly(Double.NaN);
    assertThat(Arrays.copyOfRange(y, 3, 6))
        .containsExactly(forward(name, new double[] {1, 2, 3}, 1, 3));

    float[] xf = toFloat(x);
    float[] yf = new float[6];
    f(name).forward(xf, yf, 2, 3);
    assertThat(Arrays.copyOfRange(yf, 0, 3)).containsOnly(Float.NaN);
    assertThat(Arrays.copyOfRange(yf, 3, 6)).doesNotContain(Float.NaN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin"})
  void aRowContainingTheWrongInfinityOrNaNIsNaN(String name) {
    double wrong = name.equals("softmin") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    assertThat(forward(name, new double[] {1, wrong, 2}, 1, 3)).containsOnly(Double.NaN);
    assertThat(forward(name, new double[] {1, Double.NaN, 2}, 1, 3)).containsOnly(Double.NaN);
    assertThat(forward(name, new double[] {Double.NaN}, 1, 1)).containsOnly(Double.NaN);
    double[] mixed = forward(name, new double[] {0, Double.NaN, 0, 0}, 2, 2);
    assertThat(Arrays.copyOfRange(mixed, 0, 2)).containsOnly(Double.NaN);
    assertThat(Arrays.copyOfRange(mixed, 2, 4)).doesNotContain(Double.NaN);
  }

  @Test
  void minusInfinityAmongFiniteValuesIsAZeroProbability() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(forward("softmax", new double[] {0, -inf, 0}, 1, 3))
        .containsExactly(0.5, 0.0, 0.5);
    assertThat(forward("softmin", new double[] {0, inf, 0}, 1, 3))
        .containsExactly(0.5, 0.0, 0.5);
    double[] log = forward("log_softmax", new double[] {0, -inf, 0}, 1, 3);
    assertThat(log[1]).isEqualTo(-inf);
    assertThat(log[0]).isCloseTo(-Math.log(2), within(1e-16));
    // Its gradient: dx = dy − e^y·Σ dy, with e^−∞ = 0, so dx = dy there.
    double[] dx = new double[3];
    f("log_softmax").backward(new double[] {0, -inf, 0}, log, new double[] {1, 2, 3}, dx, 1, 3);
    assertThat(dx[1]).isEqualTo(2.0);
    assertThat(dx[0]).isCloseTo(1 - 0.5 * 6, within(1e-15));
  }

  @Test
  void gluFollowsIeeeArithmeticOnAtimesSigmaB() {
    double inf = Double.POSITIVE_INFINITY;
    double[] y = forward("glu", new double[] {Double.NaN, 0, 1, Double.NaN, inf, -inf}, 3, 2);
    assertThat(y[0]).isNaN();
    assertThat(y[1]).isNaN();
    assertThat(y[2]).isNaN(); // ∞·σ(−∞) = ∞·0
  }

  @Test
  void gluNeedsAnEvenWidth() {
    assertThatThrownBy(() -> f("glu").outputColumns(5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even")
        .hasMessageContaining("5");
    assertThatThrownBy(() -> f("glu").forward(new double[6], new double[3], 2, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
    assertThatThrownBy(() -> f("glu").backward(new float[3], new float[1], new float[1],
        new float[3], 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin"})
  void inPlaceGivesTheSameResult(String name) {
    Random random = new Random(5);
    double[] x = random(random, 12, 3);
    double[] dy = random(random, 12, 1);
    double[] y = forward(name, x, 3, 4);
    double[] dx = new double[12];
    f(name).backward(x, y, dy, dx, 3, 4);

    double[] inPlace = x.clone();
    f(name).forward(inPlace, inPlace, 3, 4);
    assertThat(inPlace).containsExactly(y);
    double[] g = dy.clone();
    f(name).backward(x, y, g, g, 3, 4);
    assertThat(g).containsExactly(dx);
    // After an in-place forward x is gone; the backward reads only y and dy.
    double[] gy = y.clone();
    f(name).backward(gy, gy, dy, gy, 3, 4);
    assertThat(gy).containsExactly(dx);

    float[] xf = toFloat(x);
    float[] yf = new float[12];
    f(name).forward(xf, yf, 3, 4);
    f(name).forward(xf, xf, 3, 4);
    assertThat(xf).containsExactly(yf);
  }

  @Test
  void gluRefusesToRunInPlaceExceptDxOverX() {
    double[] x = {1, 2, 3, 4};
    assertThatThrownBy(() -> f("glu").forward(x, x, 1, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in place");
    assertThat(x).containsExactly(1, 2, 3, 4);
    double[] y = forward("glu", x, 1, 4);
    double[] dy = {0.5, -1};
    double[] dx = new double[4];
    f("glu").backward(x, y, dy, dx, 1, 4);
    double[] same = x.clone();
    f("glu").backward(same, y, dy, same, 1, 4);
    assertThat(same).containsExactly(dx);
    double[] g = {0.5, -1, 0, 0};
    assertThatThrownBy(() -> f("glu").backward(x, y, g, g, 1, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in place")
        .hasMessageContaining("dy");
    assertThatThrownBy(() -> f("glu").backward(x, g, dy, g, 1, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in place");
    assertThat(g).containsExactly(0.5, -1, 0, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"softmax", "log_softmax", "softmin", "glu"})
  void argumentErrorsThrowBeforeAnythingIsWritten(String name) {
    RowwiseActivation f = f(name);
    double[] x = {1, 2, 3, 4};
    int out = f.outputColumns(2) * 2;
    double[] y = new double[out];
    Arrays.fill(y, 42);
    double[] dy = new double[out];
    double[] dx = new double[4];
    Arrays.fill(dx, 42);
    assertThatThrownBy(() -> f.forward(null, y, 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("x is null");
    assertThatThrownBy(() -> f.forward(x, null, 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("y is null");
    assertThatThrownBy(() -> f.forward(x, y, 1, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("x has length 4");
    assertThatThrownBy(() -> f.forward(x, new double[out + 1], 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("y has length");
    assertThatThrownBy(() -> f.forward(x, y, -2, -2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("non-negative");
    assertThatThrownBy(() -> f.forward(new float[4], new float[out], 2, -2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("non-negative");
    assertThatThrownBy(() -> f.backward(x, y, null, dx, 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("dy is null");
    assertThatThrownBy(() -> f.backward(x, y, dy, new double[3], 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("dx has length 3");
    assertThatThrownBy(() -> f.backward(x, new double[1], dy, dx, 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("y has length 1");
    assertThatThrownBy(() -> f.backward(x, y, dy, null, 2, 2)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("dx is null");
    assertThatThrownBy(() -> f.outputColumns(-1)).isInstanceOf(
        IllegalArgumentException.class).hasMessageContaining("non-negative");
    assertThat(y).containsOnly(42.0);
    assertThat(dx).containsOnly(42.0);
    assertThat(x).containsExactly(1, 2, 3, 4);
  }
}
