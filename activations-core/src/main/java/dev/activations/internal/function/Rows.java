package dev.activations.internal.function;

import dev.activations.RowwiseActivation;

/**
 * Base of the row-wise functions. Subclasses give one row's forward and backward pass in double
 * precision; this class checks every argument before anything is written, then walks the rows.
 *
 * <p>The {@code double} path runs the row kernels directly on the caller's arrays, so each kernel
 * must stay correct when its output is one of its inputs (same array, same offset): it reads an
 * element, or a row-wide sum, before it writes the element of the same index. The {@code float}
 * path widens each row into scratch arrays, runs the same double kernel and rounds each result
 * once, so float sums are accumulated in double and aliasing cannot matter.
 */
public abstract class Rows implements RowwiseActivation {
  private final String name;

  Rows(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String spec() {
    return name;
  }

  @Override
  public final String toString() {
    return name;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass();
  }

  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  @Override
  public int outputColumns(int columns) {
    checkColumns(columns);
    return columns;
  }

  /** Whether the outputs may be the same arrays as the inputs; glu's output row is narrower. */
  boolean inPlaceAllowed() {
    return true;
  }

  /** One row: {@code y[yo, yo + outputColumns(n))} from {@code x[xo, xo + n)}. */
  abstract void forwardRow(double[] x, int xo, double[] y, int yo, int n);

  /** One row of the backward pass: {@code dx[dxo, dxo + n)} from the row's x, y and dy. */
  abstract void backwardRow(double[] x, int xo, double[] y, int yo, double[] dy, int dyo,
      double[] dx, int dxo, int n);

  @Override
  public final void forward(float[] x, float[] y, int rows, int columns) {
    int out = checkForward(x, y, rows, columns);
    double[] in = new double[columns];
    double[] res = new double[out];
    for (int r = 0; r < rows; r++) {
      widen(x, r * columns, in, columns);
      forwardRow(in, 0, res, 0, columns);
      narrow(res, y, r * out, out);
    }
  }

  @Override
  public final void forward(double[] x, double[] y, int rows, int columns) {
    int out = checkForward(x, y, rows, columns);
    for (int r = 0; r < rows; r++) {
      forwardRow(x, r * columns, y, r * out, columns);
    }
  }

  @Override
  public final void backward(float[] x, float[] y, float[] dy, float[] dx, int rows,
      int columns) {
    int out = checkBackward(x, y, dy, dx, rows, columns);
    double[] bx = new double[columns];
    double[] by = new double[out];
    double[] bdy = new double[out];
    double[] bdx = new double[columns];
    for (int r = 0; r < rows; r++) {
      widen(x, r * columns, bx, columns);
      widen(y, r * out, by, out);
      widen(dy, r * out, bdy, out);
      backwardRow(bx, 0, by, 0, bdy, 0, bdx, 0, columns);
      narrow(bdx, dx, r * columns, columns);
    }
  }

  @Override
  public final void backward(double[] x, double[] y, double[] dy, double[] dx, int rows,
      int columns) {
    int out = checkBackward(x, y, dy, dx, rows, columns);
    for (int r = 0; r < rows; r++) {
      backwardRow(x, r * columns, y, r * out, dy, r * out, dx, r * columns, columns);
    }
  }

  // The in-place checks come before the shape checks of the outputs, so that passing x as y to
  // glu is reported as what it is rather than as a length mismatch.
  private int checkForward(Object x, Object y, int rows, int columns) {
    ArgumentChecks.matrix("x", x, rows, columns);
    int out = outputColumns(columns);
    if (!inPlaceAllowed() && x == y) {
      throw new IllegalArgumentException(name + " cannot run in place: y must not be the array x,"
          + " because an output row is narrower than an input row");
    }
    ArgumentChecks.matrix("y", y, rows, out);
    return out;
  }

  private int checkBackward(Object x, Object y, Object dy, Object dx, int rows, int columns) {
    ArgumentChecks.matrix("x", x, rows, columns);
    int out = outputColumns(columns);
    if (!inPlaceAllowed() && dx != null && (dx == dy || dx == y)) {
      throw new IllegalArgumentException(name + " cannot run in place: dx must not be the array "
          + (dx == dy ? "dy" : "y") + ", because an input row is wider than an output row");
    }
    ArgumentChecks.matrix("y", y, rows, out);
    ArgumentChecks.matrix("dy", dy, rows, out);
    ArgumentChecks.matrix("dx", dx, rows, columns);
    return out;
  }

  static void checkColumns(int columns) {
    if (columns < 0) {
      throw new IllegalArgumentException("columns must be non-negative, got " + columns);
    }
  }

  private static void widen(float[] from, int offset, double[] to, int n) {
    for (int i = 0; i < n; i++) {
      to[i] = from[offset + i];
    }
  }

  private static void narrow(double[] from, float[] to, int offset, int n) {
    for (int i = 0; i < n; i++) {
      to[offset + i] = (float) from[i];
    }
  }

  // Shared row kernels, also used by the losses.

  /**
   * The largest of {@code sign·x[o, o + n)}, NaN if any element is NaN (Math.max propagates it),
   * −∞ for an empty row.
   */
  public static double max(double[] x, int o, int n, double sign) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      m = Math.max(m, sign * x[o + i]);
    }
    return m;
  }

  /**
   * Σ e^(sign·x_i − m) over the row, leaving out the term of the (first) maximum, which is exactly
   * 1. The whole sum is 1 + this, and log of the whole sum is log1p(this): full relative accuracy
   * when one element dominates, where log of a sum just above 1 would keep only its absolute
   * accuracy (log_softmax of the largest element, and a confident cross-entropy, are then tiny).
   * NaN when m is not finite: a row of all −∞, or one containing +∞ or NaN.
   */
  public static double sumExpOthers(double[] x, int o, int n, double sign, double m) {
    if (!Double.isFinite(m)) {
      return Double.NaN;
    }
    double sum = 0;
    boolean skipped = false;
    for (int i = 0; i < n; i++) {
      double v = sign * x[o + i];
      if (!skipped && v == m) {
        skipped = true;
        continue;
      }
      sum += StrictMath.exp(v - m);
    }
    return sum;
  }

  /**
   * softmax(sign·x) of one row into y. Stores the exponentials in y first so that each is computed
   * once; then divides (one rounding, where multiplying by 1/sum would add a second).
   */
  static void softmaxRow(double[] x, int xo, double[] y, int yo, int n, double sign) {
    double m = max(x, xo, n, sign);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double e = StrictMath.exp(sign * x[xo + i] - m);
      y[yo + i] = e;
      sum += e;
    }
    for (int i = 0; i < n; i++) {
      y[yo + i] = y[yo + i] / sum;
    }
  }

  /** Σ dy_i·y_i over one row, the projection that the softmax Jacobian subtracts. */
  static double dot(double[] a, int ao, double[] b, int bo, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += a[ao + i] * b[bo + i];
    }
    return s;
  }
}
