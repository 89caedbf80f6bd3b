package dev.activations.plot;

import java.util.Arrays;

/**
 * One named line of an experiment chart: y over x (epochs, layers, steps). Immutable: the arrays
 * are copied in and out.
 *
 * @param name the legend label; a function name (relu, sigmoid…) gets that function's colour
 * @param x the abscissae, finite and increasing
 * @param y the values, one per x; NaN leaves a gap
 */
public record Series(String name, double[] x, double[] y) {

  /**
   * Checks and copies the data.
   *
   * @param name the legend label, not blank
   * @param x the abscissae, finite and strictly increasing, at least one; copied
   * @param y the values, one per x; NaN leaves a gap; copied
   * @throws IllegalArgumentException on a null or blank name, null arrays, lengths that differ,
   *     no point, or x that is not finite and increasing
   */
  public Series {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a series needs a name");
    }
    if (x == null || y == null) {
      throw new IllegalArgumentException("series " + name + ": x and y must not be null");
    }
    if (x.length != y.length) {
      throw new IllegalArgumentException("series " + name + ": x has " + x.length
          + " values but y has " + y.length);
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("series " + name + " has no point");
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
        throw new IllegalArgumentException("series " + name + ": x must be finite and increasing,"
            + " but x[" + i + "] = " + x[i]);
      }
    }
    x = x.clone();
    y = y.clone();
  }

  /**
   * y over 1, 2, …, n: a value per epoch or per layer, counted from 1.
   *
   * @param name the legend label, not blank
   * @param y the values, at least one; NaN leaves a gap; copied
   * @return a series with x = 1, 2, …, y.length
   */
  public static Series of(String name, double... y) {
    double[] x = new double[y == null ? 0 : y.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i + 1;
    }
    return new Series(name, x, y);
  }

  /**
   * A copy of the abscissae.
   *
   * @return a fresh copy of the abscissae
   */
  @Override
  public double[] x() {
    return x.clone();
  }

  /**
   * A copy of the values.
   *
   * @return a fresh copy of the values, one per x
   */
  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.x, x)
        && Arrays.equals(s.y, y);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + x.length + " points]";
  }
}
