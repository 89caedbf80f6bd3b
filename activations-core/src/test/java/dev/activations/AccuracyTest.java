package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.oracle.Oracle;
import dev.activations.oracle.Oracle.Exact;
import dev.activations.oracle.Oracle.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every element-wise function, value and derivative, {@code float} and {@code double}, scalar
 * and array, against the correctly rounded result of an arbitrary-precision oracle, at 100,000
 * inputs per function: uniform over [−10, 10], log-uniform magnitudes, the tails where results
 * underflow or saturate, the neighbourhoods of kinks and special points, and random bit patterns.
 *
 * <p>The bars are those of {@link Activation}'s contract. Near a zero crossing of the derivative
 * of silu, swish, mish and gelu (on the monotone stretch of f' that holds the crossing, between
 * its neighbouring extrema) a derivative may instead be within its bar in ULPs of the
 * derivative's largest magnitude, because there it is a difference of two terms of that size.
 *
 * <p>With {@code -Daccuracy.report=FILE} the measured maxima are also written to FILE as a
 * Markdown table; {@code -Daccuracy.points=N} changes the number of inputs per function.
 */
class AccuracyTest {

  static final double FLOAT_VALUE_ULPS = 1;
  static final double FLOAT_DERIVATIVE_ULPS = 2;
  static final double DOUBLE_VALUE_ULPS = 2;
  static final double DOUBLE_DERIVATIVE_ULPS = 4;

  private static final int DEFAULT_POINTS = 100_000;
  private static final long SEED = 0x5EED_ACC0_2024L;

  /**
   * The parameter sets worth a sweep of their own beside each function's defaults and the other
   * values of its choice parameters: other slopes, scales and thresholds, and threshold, whose
   * parameters are required.
   */
  private static final List<String> VARIANTS =
      List.of(
          "leaky_relu(negative_slope=0.2)",
          "elu(alpha=0.5)",
          "celu(alpha=2.0)",
          "softplus(beta=2.0, threshold=10.0)",
          "softplus(beta=0.5)",
          "swish(beta=1.5)",
          "swish(beta=0.0)",
          "swish(beta=1.3, learnable=true)",
          "hardtanh(min_val=-2.0, max_val=3.0)",
          "softshrink(lambd=1.0)",
          "hardshrink(lambd=0.25)",
          "threshold(threshold=0.5, value=-2.0)");

  /**
   * Every element-wise function of the registry, in its order: its defaults (where it has
   * them), each other value of a choice parameter (gelu's tanh form), then its {@link #VARIANTS}.
   * A function added to the catalogue is swept without an edit here.
   */
  static final List<String> SPECS = specs();

  private static List<String> specs() {
    List<String> specs = new ArrayList<>();
    for (FunctionInfo info : Activations.all()) {
      if (info.kind() != FunctionInfo.Kind.ELEMENTWISE) {
        continue;
      }
      specs.addAll(info.kernelForms());
      VARIANTS.stream().filter(v -> name(v).equals(info.name())).forEach(specs::add);
    }
    return List.copyOf(specs);
  }

  /** The functions whose derivative is a difference of comparable terms at its zero crossing. */
  static final Set<String> CROSSING_RELAXED = Set.of("silu", "swish", "mish", "gelu");

  /**
   * Points every function is swept around (the set is shared: extra points cost nothing).
   * Kinks and thresholds: 0, ±0.25, ±0.5, ±1, ±1.5, ±2, ±3, 6, and softplus's βx = 20 at x = 20,
   * 5 (β = 2, threshold 10) and 40 (β = 0.5). Where e^x leaves the normal range and where it
   * underflows to 0 (and half of that): ln MIN_NORMAL and ln MIN_VALUE of double (−708.40,
   * −745.13, −744.44) and float (−87.34, −103.28, −102.59); where it overflows (±709.78,
   * ±88.72) and where e^2x does (354.89, 44.36). Where σ rounds to 1 (ln 2^24 = 16.64,
   * ln 2^53 = 36.74) and tanh does (9.01, 19.06). Where gelu underflows to 0 (about −14.2 in
   * float, −38.6 in double). And the small arguments of the issue: ±1e−4, ±1e−8, ±10.
   */
  private static final double[] SPECIAL_POINTS = {
    0, 1, -1, 0.5, -0.5, 0.25, -0.25, 1.5, -1.5, 2, -2, 3, -3, 5, -5, 6, -6, 10, -10, 20, -20,
    40, -40, 1e-4, -1e-4, 1e-8, -1e-8, -708.3964185322641, -745.1332191019411,
    -744.4400719213812, -87.33654475055310, -103.27892990343185, -102.58578, 88.72283905206835,
    -88.72283905206835, 709.782712893384, -709.782712893384, 354.891356446692, 44.361419526034176,
    16.635532333438686, 36.7368005696771, 9.010913347279288, 19.061547465398494, -14.2, -38.6
  };

  /** Intervals where results saturate, underflow to subnormals, or cross a threshold. */
  private static final double[][] TAILS = {
    {-760, -700}, {-110, -80}, {80, 110}, {700, 760}, {-40, -20}, {-16, -8}, {8, 20}, {15, 25},
    {35, 45}, {3, 7}
  };

  private static final Map<String, Row> RESULTS = new ConcurrentHashMap<>();

  private static int points() {
    return Integer.getInteger("accuracy.points", DEFAULT_POINTS);
  }

  // -----------------------------------------------------------------------------------------
  // Checks of the instruments themselves

  @Test
  void sweepCoversEveryElementwiseFunctionAndEveryVariant() {
    assertThat(SPECS).containsAll(VARIANTS);
    Set<String> swept = SPECS.stream().map(AccuracyTest::name).collect(Collectors.toSet());
    List<String> elementwise =
        Activations.all().stream()
            .filter(info -> info.kind() == FunctionInfo.Kind.ELEMENTWISE)
            .map(FunctionInfo::name)
            .collect(Collectors.toList());
    assertThat(elementwise).isNotEmpty();
    assertThat(swept).containsAll(elementwise);
  }

  /** The oracle's own exp, log1p, expm1 and tanh series against big-math's functions. */
  @Test
  void oracleKernelsAgreeWithBigMath() {
    assertThat(Oracle.selfCheck()).isLessThan(BigDecimal.ONE.movePointLeft(Oracle.CORRECT_DIGITS));
  }

  /** Hand-computed distances, including a tie, the subnormal spacing and a binade edge. */
  @Test
  void ulpMeasureMatchesHandComputedDistances() {
    BigDecimal one = BigDecimal.ONE;
    BigDecimal halfUlpAboveOne =
        one.add(new BigDecimal(Math.ulp(1.0)).divide(BigDecimal.valueOf(2)));
    assertThat(Oracle.roundToDouble(halfUlpAboveOne)).isEqualTo(1.0);
    assertThat(Oracle.ulpsDouble(1.0, halfUlpAboveOne)).isEqualTo(0.5);
    assertThat(Oracle.ulpsDouble(Math.nextUp(1.0), halfUlpAboveOne)).isEqualTo(0.5);
    assertThat(Oracle.ulpsDouble(Math.nextUp(Math.nextUp(1.0)), one)).isEqualTo(2.0);
    BigDecimal threeHalvesTiny = new BigDecimal(Double.MIN_VALUE).multiply(new BigDecimal("1.5"));
    assertThat(Oracle.ulpsDouble(Double.MIN_VALUE, threeHalvesTiny)).isEqualTo(0.5);
    assertThat(Oracle.ulpsDouble(0.0, new BigDecimal("1e-400"))).isLessThan(1e-70);
    assertThat(Oracle.ulpsDouble(Double.MIN_VALUE, BigDecimal.ZERO)).isEqualTo(1.0);
    // 1 − 3·2^−55 is nearer 1 − 2^−53 (the top of the binade below 1) than 1, and measured in
    // that binade's spacing 2^−53 it is 0.75 ULP from 1.
    BigDecimal justBelowOne = one.subtract(new BigDecimal(3 * Math.scalb(1.0, -55)));
    assertThat(Oracle.roundToDouble(justBelowOne)).isEqualTo(Math.nextDown(1.0));
    assertThat(Oracle.ulpsDouble(1.0, justBelowOne)).isEqualTo(0.75);
    BigDecimal tieBelowOne = one.subtract(new BigDecimal(Math.scalb(1.0, -54)));
    assertThat(Oracle.roundToDouble(tieBelowOne)).isEqualTo(1.0);
    assertThat(Oracle.ulpsFloat(Math.nextUp(1f), one)).isEqualTo(1.0);
    assertThat(Oracle.ulpsFloat(Float.MIN_VALUE, BigDecimal.ZERO)).isEqualTo(1.0);
    assertThat(Oracle.roundToFloat(new BigDecimal(Float.MIN_VALUE).multiply(new BigDecimal("0.5"))))
        .isEqualTo(0f);
    assertThat(Oracle.ulpsFloat(Float.NaN, one)).isInfinite();
    assertThat(Oracle.ulpsDouble(Double.POSITIVE_INFINITY, one)).isInfinite();
  }

  // -----------------------------------------------------------------------------------------
  // The sweep

  @ParameterizedTest(name = "{0}")
  @FieldSource("SPECS")
  void withinTheBars(String spec) {
    Activation f = Activations.of(spec);
    Oracle oracle = Oracle.of(spec);
    Relaxation relaxation = relaxation(spec, oracle);
    Inputs in = inputs(spec, relaxation, points());
    int n = in.x.length;

    Target[] dValue = new Target[n];
    Target[] dDerivative = new Target[n];
    Target[] fValue = new Target[n];
    Target[] fDerivative = new Target[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              Exact e = oracle.evaluate(in.x[i]);
              dValue[i] = Oracle.doubleTarget(e.value());
              dDerivative[i] = Oracle.doubleTarget(e.derivative());
              if (in.isFloat[i]) {
                fValue[i] = Oracle.floatTarget(e.value());
                fDerivative[i] = Oracle.floatTarget(e.derivative());
              }
            });

    Measure m = new Measure(spec, relaxation);

    double[] x = in.x;
    double[] y = new double[n];
    double[] dx = new double[n];
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    f.forward(x, y);
    f.backward(x, y, ones, dx);
    for (int i = 0; i < n; i++) {
      m.record(Kind.DOUBLE_VALUE, "scalar", x[i], f.value(x[i]), dValue[i]);
      m.record(Kind.DOUBLE_VALUE, "array", x[i], y[i], dValue[i]);
      m.record(Kind.DOUBLE_DERIVATIVE, "scalar", x[i], f.derivative(x[i]), dDerivative[i]);
      m.record(Kind.DOUBLE_DERIVATIVE, "array", x[i], dx[i], dDerivative[i]);
    }

    int[] floatIndex = IntStream.range(0, n).filter(i -> in.isFloat[i]).toArray();
    int nf = floatIndex.length;
    float[] xf = new float[nf];
    for (int k = 0; k < nf; k++) {
      xf[k] = (float) x[floatIndex[k]];
    }
    float[] yf = new float[nf];
    float[] dxf = new float[nf];
    float[] onesF = new float[nf];
    Arrays.fill(onesF, 1f);
    f.forward(xf, yf);
    f.backward(xf, yf, onesF, dxf);
    for (int k = 0; k < nf; k++) {
      int i = floatIndex[k];
      m.record(Kind.FLOAT_VALUE, "scalar", xf[k], f.value(xf[k]), fValue[i]);
      m.record(Kind.FLOAT_VALUE, "array", xf[k], yf[k], fValue[i]);
      m.record(Kind.FLOAT_DERIVATIVE, "scalar", xf[k], f.derivative(xf[k]), fDerivative[i]);
      m.record(Kind.FLOAT_DERIVATIVE, "array", xf[k], dxf[k], fDerivative[i]);
    }

    RESULTS.put(spec, new Row(m, n, nf));
    String failures = m.failures(oracle);
    assertThat(failures).as("accuracy of %s", spec).isEmpty();

    // the reference that the float sweeps measure against keeps the double bars too
    Activation reference = Vectorization.reference(spec);
    Measure r = new Measure(spec, relaxation);
    for (int i = 0; i < n; i += 4) {
      r.record(Kind.DOUBLE_VALUE, "reference", x[i], reference.value(x[i]), dValue[i]);
      r.record(Kind.DOUBLE_DERIVATIVE, "reference", x[i], reference.derivative(x[i]),
          dDerivative[i]);
    }
    assertThat(r.failures(oracle)).as("accuracy of the reference %s", spec).isEmpty();
  }

  // -----------------------------------------------------------------------------------------
  // Measuring

  enum Kind {
    FLOAT_VALUE("float", "value", FLOAT_VALUE_ULPS),
    FLOAT_DERIVATIVE("float", "derivative", FLOAT_DERIVATIVE_ULPS),
    DOUBLE_VALUE("double", "value", DOUBLE_VALUE_ULPS),
    DOUBLE_DERIVATIVE("double", "derivative", DOUBLE_DERIVATIVE_ULPS);

    final String dtype;
    final String quantity;
    final double bar;

    Kind(String dtype, String quantity, double bar) {
      this.dtype = dtype;
      this.quantity = quantity;
      this.bar = bar;
    }

    boolean isFloat() {
      return this == FLOAT_VALUE || this == FLOAT_DERIVATIVE;
    }

    boolean isDerivative() {
      return this == FLOAT_DERIVATIVE || this == DOUBLE_DERIVATIVE;
    }
  }

  /** The worst error of one kind on one path, and how many inputs broke the bar. */
  static final class Worst {
    double ulps = -1;
    double x;
    double computed;
    int overBar;
    /** The worst finite error, so that a NaN or an overflow does not hide an accuracy problem. */
    double finiteUlps = -1;
    double finiteX;
    double finiteComputed;
    /** Values that round to zero but come back as a zero of the other sign. */
    int wrongSignedZeros;
    double wrongSignedZeroX;
  }

  static final class Measure {
    final String spec;
    final Relaxation relaxation;
    final Map<String, Worst> worst = new java.util.LinkedHashMap<>();

    Measure(String spec, Relaxation relaxation) {
      this.spec = spec;
      this.relaxation = relaxation;
    }

    void record(Kind kind, String path, double x, double computed, Target exact) {
      double ulps = exact.ulps(computed);
      if (kind.isDerivative() && relaxation.covers(x) && ulps > kind.bar) {
        double unit =
            kind.isFloat()
                ? Math.ulp((float) relaxation.largest)
                : Math.ulp(relaxation.largest);
        ulps = Math.min(ulps, exact.ulpsIn(computed, unit));
      }
      Worst w = worst.computeIfAbsent(kind + " " + path, k -> new Worst());
      if (ulps > kind.bar) {
        w.overBar++;
      }
      // A nonzero exact value that rounds to zero has the sign of the exact value (x·σ(βx) for
      // a huge negative x is −0); an exactly zero result may have either sign.
      if (!kind.isDerivative()
          && computed == 0
          && exact.rounded() == 0
          && exact.exactSign() != 0
          && Math.copySign(1.0, computed) != exact.exactSign()) {
        if (w.wrongSignedZeros++ == 0) {
          w.wrongSignedZeroX = x;
        }
      }
      if (ulps > w.ulps) {
        w.ulps = ulps;
        w.x = x;
        w.computed = computed;
      }
      if (Double.isFinite(ulps) && ulps > w.finiteUlps) {
        w.finiteUlps = ulps;
        w.finiteX = x;
        w.finiteComputed = computed;
      }
    }

    /** The worst of the scalar and array paths. */
    Worst max(Kind kind) {
      Worst a = worst.get(kind + " scalar");
      Worst b = worst.get(kind + " array");
      if (a == null) {
        return b;
      }
      return b == null || a.ulps >= b.ulps ? a : b;
    }

    String failures(Oracle oracle) {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, Worst> e : worst.entrySet()) {
        Kind kind = Kind.valueOf(e.getKey().substring(0, e.getKey().indexOf(' ')));
        String path = e.getKey().substring(e.getKey().indexOf(' ') + 1);
        Worst w = e.getValue();
        if (w.wrongSignedZeros > 0) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "%n%s %s %s (%s): %d results are zeros of the wrong sign, first at x = %s (%s)",
                  spec,
                  kind.dtype,
                  kind.quantity,
                  path,
                  w.wrongSignedZeros,
                  kind.isFloat()
                      ? Float.toHexString((float) w.wrongSignedZeroX)
                      : Double.toHexString(w.wrongSignedZeroX),
                  Double.toString(w.wrongSignedZeroX)));
        }
        if (w.overBar == 0) {
          continue;
        }
        sb.append(
            String.format(
                Locale.ROOT,
                "%n%s %s %s (%s): %d inputs over %s ULP; worst %s",
                spec,
                kind.dtype,
                kind.quantity,
                path,
                w.overBar,
                formatUlps(kind.bar),
                describe(kind, oracle, w.x, w.computed, w.ulps)));
        if (!Double.isFinite(w.ulps) && w.finiteUlps > kind.bar) {
          sb.append("; worst finite ")
              .append(describe(kind, oracle, w.finiteX, w.finiteComputed, w.finiteUlps));
        }
      }
      return sb.toString();
    }

    private static String describe(
        Kind kind, Oracle oracle, double x, double computed, double ulps) {
      Exact exact = oracle.evaluate(x);
      BigDecimal expected = kind.isDerivative() ? exact.derivative() : exact.value();
      return String.format(
          Locale.ROOT,
          "x = %s (%s): computed %s, exact %s, %.3f ULP",
          kind.isFloat() ? Float.toHexString((float) x) : Double.toHexString(x),
          kind.isFloat() ? Float.toString((float) x) : Double.toString(x),
          kind.isFloat() ? Float.toString((float) computed) : Double.toString(computed),
          expected.round(new MathContext(25)).toString(),
          ulps);
    }
  }

  record Row(Measure measure, int points, int floatPoints) {}

  // -----------------------------------------------------------------------------------------
  // Zero crossings of the derivative

  /** The stretches [lo, hi] of x where the relaxed derivative measure applies. */
  record Relaxation(double[] lo, double[] hi, double largest, double[] crossings) {
    static final Relaxation NONE = new Relaxation(new double[0], new double[0], 0, new double[0]);

    boolean covers(double x) {
      for (int k = 0; k < lo.length; k++) {
        if (x >= lo[k] && x <= hi[k]) {
          return true;
        }
      }
      return false;
    }
  }

  /** The scan for zero crossings; every extremum of these derivatives lies within ±3. */
  private static final double SCAN_FROM = -12;

  private static final double SCAN_TO = 12;
  private static final double SCAN_STEP = 0.01;

  /**
   * Finds, with the oracle, each zero crossing of f' in [−12, 12], the monotone stretch of f'
   * around it (bounded by the neighbouring extrema of f' on the scan grid), and max |f'|.
   */
  static Relaxation relaxation(String spec, Oracle oracle) {
    if (!CROSSING_RELAXED.contains(name(spec))) {
      return Relaxation.NONE;
    }
    int steps = (int) Math.round((SCAN_TO - SCAN_FROM) / SCAN_STEP);
    double[] grid = new double[steps + 1];
    double[] d = new double[steps + 1];
    IntStream.rangeClosed(0, steps)
        .parallel()
        .forEach(
            i -> {
              grid[i] = SCAN_FROM + i * SCAN_STEP;
              d[i] = oracle.evaluate(grid[i]).derivative().doubleValue();
            });
    double largest = 0;
    for (double v : d) {
      largest = Math.max(largest, Math.abs(v));
    }
    List<double[]> stretches = new ArrayList<>();
    List<Double> crossings = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      if (d[i] == 0 || d[i + 1] == 0 || Math.signum(d[i]) == Math.signum(d[i + 1])) {
        continue;
      }
      double a = grid[i];
      double b = grid[i + 1];
      for (int k = 0; k < 60; k++) {
        double mid = 0.5 * (a + b);
        double dm = oracle.evaluate(mid).derivative().doubleValue();
        if (Math.signum(dm) == Math.signum(d[i])) {
          a = mid;
        } else {
          b = mid;
        }
      }
      crossings.add(0.5 * (a + b));
      double direction = Math.signum(d[i + 1] - d[i]);
      int left = i;
      while (left > 0 && Math.signum(d[left] - d[left - 1]) == direction) {
        left--;
      }
      int right = i + 1;
      while (right < steps && Math.signum(d[right + 1] - d[right]) == direction) {
        right++;
      }
      stretches.add(new double[] {grid[left], grid[right]});
    }
    return new Relaxation(
        stretches.stream().mapToDouble(s -> s[0]).toArray(),
        stretches.stream().mapToDouble(s -> s[1]).toArray(),
        largest,
        crossings.stream().mapToDouble(Double::doubleValue).toArray());
  }

  // -----------------------------------------------------------------------------------------
  // Inputs

  record Inputs(double[] x, boolean[] isFloat) {}

  /**
   * The inputs of one function: first the special points themselves and extreme values, then a
   * fixed mix. Every other generated input is rounded to float, so that one oracle evaluation
   * serves both dtypes.
   */
  static Inputs inputs(String spec, Relaxation relaxation, int n) {
    SplittableRandom random = new SplittableRandom(SEED ^ spec.hashCode());
    double[] specials = specialPoints(spec, relaxation);
    double[] x = new double[n];
    boolean[] isFloat = new boolean[n];
    double[] fixed = fixedInputs(specials);
    int i = 0;
    for (; i < Math.min(n, fixed.length); i++) {
      x[i] = fixed[i];
      isFloat[i] = (double) (float) fixed[i] == fixed[i];
    }
    for (; i < n; i++) {
      boolean asFloat = (i & 1) == 0;
      double v;
      int bucket = (int) (i * 100L / n);
      if (bucket < 28) {
        v = random.nextDouble(-10, 10);
      } else if (bucket < 50) {
        v = Math.pow(10, random.nextDouble(-30, 3)) * (random.nextBoolean() ? 1 : -1);
      } else if (bucket < 66) {
        double[] tail = TAILS[random.nextInt(TAILS.length)];
        v = random.nextDouble(tail[0], tail[1]);
      } else if (bucket < 84) {
        v = nearSpecial(specials[random.nextInt(specials.length)], asFloat, random);
      } else {
        v = asFloat ? randomFloatBits(random) : randomDoubleBits(random);
      }
      if (asFloat) {
        v = (float) v;
      }
      if (!Double.isFinite(v)) {
        i--;
        continue;
      }
      x[i] = v;
      isFloat[i] = asFloat || (double) (float) v == v;
    }
    return new Inputs(x, isFloat);
  }

  private static double[] fixedInputs(double[] specials) {
    List<Double> list = new ArrayList<>();
    for (double s : specials) {
      list.add(s);
      list.add((double) (float) s);
    }
    double[] extremes = {
      0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Float.MIN_VALUE, Float.MIN_NORMAL,
      Float.MAX_VALUE, Double.MAX_VALUE, 1e-300, 1e300, 1e30, 1e-30, Math.ulp(1.0)
    };
    for (double e : extremes) {
      list.add(e);
      list.add(-e);
    }
    for (int k = -10; k <= 10; k++) {
      list.add((double) k);
      list.add(k + 0.5);
    }
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A point a few ULPs (of the dtype), or a small relative or absolute step, from p. */
  private static double nearSpecial(double p, boolean asFloat, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        {
          int k = random.nextInt(-8, 9);
          if (asFloat) {
            float v = (float) p;
            for (int j = 0; j < Math.abs(k); j++) {
              v = k > 0 ? Math.nextUp(v) : Math.nextDown(v);
            }
            return v;
          }
          double v = p;
          for (int j = 0; j < Math.abs(k); j++) {
            v = k > 0 ? Math.nextUp(v) : Math.nextDown(v);
          }
          return v;
        }
      case 1:
        return p * (1 + Math.pow(10, random.nextDouble(-15, -3)) * (random.nextBoolean() ? 1 : -1));
      case 2:
        return p + Math.pow(10, random.nextDouble(-12, -1)) * (random.nextBoolean() ? 1 : -1);
      default:
        return p + random.nextDouble(-0.5, 0.5);
    }
  }

  private static double randomFloatBits(SplittableRandom random) {
    while (true) {
      float v = Float.intBitsToFloat(random.nextInt());
      if (Float.isFinite(v)) {
        return v;
      }
    }
  }

  private static double randomDoubleBits(SplittableRandom random) {
    while (true) {
      double v = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(v)) {
        return v;
      }
    }
  }

  private static double[] specialPoints(String spec, Relaxation relaxation) {
    List<Double> list = new ArrayList<>();
    for (double s : SPECIAL_POINTS) {
      list.add(s);
    }
    for (double c : relaxation.crossings()) {
      list.add(c);
    }
    for (int k = 0; k < relaxation.lo().length; k++) {
      list.add(relaxation.lo()[k]);
      list.add(relaxation.hi()[k]);
    }
    return list.stream().mapToDouble(Double::doubleValue).distinct().toArray();
  }

  static String name(String spec) {
    return Spec.parse(spec).name();
  }

  // -----------------------------------------------------------------------------------------
  // The report

  @AfterAll
  static void writeReport() throws IOException {
    String file = System.getProperty("accuracy.report");
    // core's second surefire execution (the scalar path) leaves the report to the first
    if (file == null || file.isBlank() || Boolean.getBoolean("accuracy.report.skip")) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Accuracy of the element-wise functions\n\n");
    sb.append("Measured with\n\n    mvn -q -pl activations-core test -Dtest=AccuracyTest")
        .append(" -Daccuracy.report=$PWD/docs/accuracy.md");
    if (Integer.getInteger("accuracy.points") != null) {
      sb.append(" -Daccuracy.points=").append(points());
    }
    sb.append("\n\non ")
        .append(LocalDate.now())
        .append(" with Java ")
        .append(System.getProperty("java.version"))
        .append(" (")
        .append(System.getProperty("java.vm.name"))
        .append(", ")
        .append(System.getProperty("java.vendor"))
        .append(")");
    String vectorization = System.getProperty("activations.vectorization");
    if (vectorization != null) {
      sb.append(", activations.vectorization=").append(vectorization);
    }
    sb.append(", kernels on the ")
        .append(Vectorization.path().name().toLowerCase(Locale.ROOT))
        .append(" path for float and double (`activations info`)");
    sb.append(".\n\n");
    sb.append(
        "Errors are in ULPs of the correctly rounded result (the subnormal spacing below the"
            + " smallest normal), the worst over the scalar and the array path, against a"
            + " BigDecimal oracle with at least 40 correct digits (`dev.activations.oracle.Oracle`,"
            + " test scope). Bars: float value ")
        .append(formatUlps(FLOAT_VALUE_ULPS))
        .append(", float derivative ")
        .append(formatUlps(FLOAT_DERIVATIVE_ULPS))
        .append(", double value ")
        .append(formatUlps(DOUBLE_VALUE_ULPS))
        .append(", double derivative ")
        .append(formatUlps(DOUBLE_DERIVATIVE_ULPS))
        .append(
            ". On the monotone stretch of f' around a zero crossing of the derivative (silu,"
                + " swish, mish, gelu) a derivative's error is measured in ULPs of max |f'|"
                + " where that is the smaller figure. Inputs per function: uniform over"
                + " [−10, 10], log-uniform magnitudes 1e−30 to 1e3 of both signs, the tails"
                + " where results underflow or saturate, a few ULPs and small steps around"
                + " kinks and special points, and random bit patterns; every other one is a"
                + " float (checked in both dtypes). In the last column f and f′ are the float"
                + " inputs with the largest value and derivative error, d and d′ the double ones;"
                + " a zero of the wrong sign is a result that rounds to ±0 but comes back with"
                + " the other sign (a failure).\n\n");
    sb.append(
        "| function (spec) | float value max ULP | float derivative max ULP |"
            + " double value max ULP | double derivative max ULP | points | worst inputs |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (String spec : SPECS) {
      Row row = RESULTS.get(spec);
      if (row == null) {
        continue;
      }
      sb.append("| `").append(spec).append("` |");
      List<String> worst = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        Worst w = row.measure.max(kind);
        double ulps = w == null ? 0 : w.ulps;
        String cell = String.format(Locale.ROOT, " %.3f", ulps);
        if (ulps > kind.bar) {
          cell = " **" + cell.trim() + "**";
        }
        sb.append(cell).append(" |");
        if (w != null && w.ulps > 0) {
          worst.add(
              kind.dtype.charAt(0)
                  + (kind.isDerivative() ? "′" : "")
                  + ": "
                  + (kind.isFloat() ? Float.toString((float) w.x) : Double.toString(w.x)));
        }
      }
      for (Kind kind : Kind.values()) {
        int zeros = 0;
        for (String path : new String[] {"scalar", "array"}) {
          Worst w = row.measure.worst.get(kind + " " + path);
          zeros += w == null ? 0 : w.wrongSignedZeros;
        }
        if (zeros > 0) {
          worst.add(zeros + " " + kind.dtype + " zeros of the wrong sign");
        }
      }
      sb.append(' ')
          .append(row.points)
          .append(" (")
          .append(row.floatPoints)
          .append(" float) | ")
          .append(worst.isEmpty() ? "exact everywhere" : String.join("; ", worst))
          .append(" |\n");
    }
    Path path = Path.of(file);
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    // The exhaustive sweeps below the marker are run by hand (hours); keep them.
    if (Files.exists(path)) {
      String old = Files.readString(path, StandardCharsets.UTF_8);
      int kept = old.indexOf(KEPT_MARKER);
      if (kept >= 0) {
        sb.append('\n').append(old.substring(kept));
      }
    }
    Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Where the hand-run part of the report starts; the test rewrites only what is above it. */
  static final String KEPT_MARKER = "<!-- kept: written by hand from activations accuracy -->";

  private static String formatUlps(double ulps) {
    return ulps == Math.rint(ulps) ? Long.toString((long) ulps) : Double.toString(ulps);
  }
}
