package dev.activations.plot;

import dev.activations.Activation;
import dev.activations.Activations;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A quick accuracy check for the report: for every element-wise function, the largest error of
 * the float path (value and derivative, through the array kernels users call) in float ULPs of
 * the double-precision result at the same input. The double path is itself within 2 ULP (value)
 * and 4 ULP (derivative) of the correctly rounded result, so it serves as the reference at float
 * precision; the full comparison against a 40-digit oracle is in docs/accuracy.md.
 *
 * <p>Inputs (seeded, so the table is the same on every run): uniform on [−10, 10], log-uniform
 * magnitudes from 1e−30 to 1e3 of both signs, and random float bit patterns.
 */
public final class AccuracyTable {
  private AccuracyTable() {}

  /** Inputs per function in {@link #quick()}. */
  public static final int POINTS = 20_000;

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("function", "points",
      "float value max ULP", "float derivative max ULP", "bar (value / derivative)");

  /**
   * The table over every element-wise function of the registry.
   *
   * @return one row per default specification, {@link #COLUMNS} as its columns
   */
  public static Table quick() {
    List<List<Cell>> rows = new ArrayList<>();
    for (String spec : PropertyTable.defaultSpecs()) {
      Activation f = Activations.of(spec);
      float[] x = inputs(spec.hashCode());
      float[] y = new float[x.length];
      float[] dx = new float[x.length];
      float[] ones = new float[x.length];
      java.util.Arrays.fill(ones, 1f);
      f.forward(x, y);
      f.backward(x, y, ones, dx);
      double value = 0;
      double derivative = 0;
      for (int i = 0; i < x.length; i++) {
        value = Math.max(value, ulps(y[i], f.value((double) x[i])));
        derivative = Math.max(derivative, ulps(dx[i], f.derivative((double) x[i])));
      }
      rows.add(List.of(Cell.text(spec), Cell.integer(x.length), Cell.number(value, 3),
          Cell.number(derivative, 3), Cell.text("1 / 2")));
    }
    return new Table("Accuracy of the float kernels (quick check at report time)", COLUMNS,
        rows, List.of("Errors in float ULPs against the double-precision result at the same"
            + " input, " + POINTS + " seeded inputs per function. The complete measurement,"
            + " both dtypes against a 40-digit BigDecimal oracle, is in docs/accuracy.md."));
  }

  private static float[] inputs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[POINTS];
    for (int i = 0; i < x.length; i++) {
      switch (i % 3) {
        case 0 -> x[i] = (float) r.nextDouble(-10, 10);
        case 1 -> x[i] = (float) ((r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-30, 3)));
        default -> {
          float v = Float.intBitsToFloat(r.nextInt());
          x[i] = Float.isNaN(v) ? 0f : v;
        }
      }
    }
    return x;
  }

  /** |computed − reference| in ULPs of the reference rounded to float; 0 when both agree. */
  static double ulps(float computed, double reference) {
    if (Double.isNaN(reference) || Double.isInfinite(reference)) {
      return Double.compare(computed, (float) reference) == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    float rounded = (float) reference;
    if (Float.isInfinite(rounded)) {
      // beyond Float.MAX_VALUE the correctly rounded float is the infinity itself
      return computed == rounded ? 0 : Double.POSITIVE_INFINITY;
    }
    double unit = Math.ulp(rounded);
    return Math.abs(computed - reference) / unit;
  }
}
