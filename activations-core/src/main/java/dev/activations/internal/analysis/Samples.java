package dev.activations.internal.analysis;

import java.util.Arrays;

/**
 * Where the property analysis looks at a function: x in increasing order with f(x) and f'(x),
 * from −∞ to +∞. The fine grid is a contiguous block of it, kept for the kink search.
 */
final class Samples {
  /** Half-width of the fine grid. */
  static final double FINE_HALF_WIDTH = 64;
  /** Step of the fine grid, a power of two so that grid points are exact. */
  static final double FINE_STEP = 1.0 / 128;
  /**
   * Offset of the fine grid in steps, (3 − √5)/2: irrational-looking, so that kinks at simple
   * numbers fall strictly between two grid points and show up as jumps between them.
   */
  static final double GRID_SHIFT = 0.3819660112501051;
  /** Points per octave of the geometric grid beyond the fine one. */
  static final int PER_OCTAVE = 4;

  final double[] x;
  final double[] f;
  final double[] d;
  /** The fine grid is x[fineFrom .. fineTo), in order. */
  final int fineFrom;
  final int fineTo;

  private Samples(double[] x, double[] f, double[] d, int fineFrom, int fineTo) {
    this.x = x;
    this.f = f;
    this.d = d;
    this.fineFrom = fineFrom;
    this.fineTo = fineTo;
  }

  /** −∞, the far negative grid, the fine grid, the far positive grid, +∞. */
  static Samples grid(Probe p) {
    int fine = (int) (2 * FINE_HALF_WIDTH / FINE_STEP);
    double[] far = farGrid();
    int n = 2 + 2 * far.length + fine;
    double[] x = new double[n];
    int k = 0;
    x[k++] = Double.NEGATIVE_INFINITY;
    for (int i = far.length - 1; i >= 0; i--) {
      x[k++] = -far[i];
    }
    int fineFrom = k;
    for (int i = 0; i < fine; i++) {
      x[k++] = -FINE_HALF_WIDTH + (i + GRID_SHIFT) * FINE_STEP;
    }
    int fineTo = k;
    for (double v : far) {
      x[k++] = v;
    }
    x[k] = Double.POSITIVE_INFINITY;
    return evaluate(p, x, fineFrom, fineTo);
  }

  /** (1 + j/4)·2^k for k = 6 .. 1023: from 64 up to 1.75·2¹⁰²³, just below Double.MAX_VALUE. */
  private static double[] farGrid() {
    int octaves = 1023 - 6 + 1;
    double[] v = new double[octaves * PER_OCTAVE];
    int k = 0;
    for (int e = 6; e <= 1023; e++) {
      for (int j = 0; j < PER_OCTAVE; j++) {
        v[k++] = Math.scalb(1 + (double) j / PER_OCTAVE, e);
      }
    }
    return v;
  }

  private static Samples evaluate(Probe p, double[] x, int fineFrom, int fineTo) {
    double[] f = new double[x.length];
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = p.value(x[i]);
      d[i] = p.derivative(x[i]);
    }
    return new Samples(x, f, d, fineFrom, fineTo);
  }

  /** These samples with more points merged in (duplicates dropped); the fine block is lost. */
  Samples with(Probe p, double[] more) {
    double[] extra = more.clone();
    Arrays.sort(extra);
    double[] mx = new double[x.length + extra.length];
    double[] mf = new double[mx.length];
    double[] md = new double[mx.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < x.length || j < extra.length) {
      boolean takeOld = j == extra.length || (i < x.length && x[i] <= extra[j]);
      if (takeOld) {
        if (j < extra.length && x[i] == extra[j]) {
          j++;
        }
        mx[k] = x[i];
        mf[k] = f[i];
        md[k++] = d[i++];
      } else {
        double v = extra[j++];
        if (k > 0 && mx[k - 1] == v) {
          continue;
        }
        mx[k] = v;
        mf[k] = p.value(v);
        md[k++] = p.derivative(v);
      }
    }
    return new Samples(Arrays.copyOf(mx, k), Arrays.copyOf(mf, k), Arrays.copyOf(md, k), 0, 0);
  }

  int size() {
    return x.length;
  }
}
