package dev.activations.internal.analysis;

import dev.activations.Continuity;
import dev.activations.Kink;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the points of the fine grid's span where f, f' or f'' jumps, and measures each jump.
 *
 * <p>Flagging: on a grid of step h, a smooth f' has third differences of order h³·f''''; a jump
 * J of f'' inside a window makes them of order J·h, and a jump of f' of order J. A jump of f
 * shows up as a mismatch between f's increment over a step and the trapezoid rule on f'. Each
 * cluster of flagged steps is narrowed by subdividing it into 32 and keeping the window that
 * stands out most, then confirmed (or dropped, for a merely steep smooth function) by one-sided
 * extrapolations of f and f' from both sides.
 */
final class KinkFinder {
  private KinkFinder() {}

  /** Third difference of f' that flags a window, relative to max(1, max |f'|). */
  static final double FLAG_SLOPE = 1e-5;
  /** Trapezoid mismatch that flags a step, relative to max(1, |f|). */
  static final double FLAG_VALUE = 1e-6;
  /** Subdivisions per narrowing step (each keeps 3 of them: about ten-fold narrower). */
  static final int SUBDIVISIONS = 32;
  /** Width, relative to max(1, |x|), at which narrowing stops. */
  static final double LOCATED = 1e-8;
  /** Distance of the one-sided probes, relative to max(1, |x|). */
  static final double PROBE = 1e-5;
  /** Smallest jumps that count, relative to max(1, |one-sided value|): f, f', f''. */
  static final double VALUE_JUMP = 1e-7;
  static final double SLOPE_JUMP = 1e-6;
  static final double CURVATURE_JUMP = 1e-4;

  static List<Kink> find(Probe p, Samples s) {
    int from = s.fineFrom;
    int n = s.fineTo - from;
    double[] x = slice(s.x, from, n);
    double[] f = slice(s.f, from, n);
    double[] d = slice(s.d, from, n);
    boolean[] flagged = flag(x, f, d);
    List<Kink> kinks = new ArrayList<>();
    int k = 0;
    while (k < n - 1) {
      if (!flagged[k]) {
        k++;
        continue;
      }
      int end = k;
      // a cluster: flagged steps with gaps of at most two steps
      while (end + 1 < n - 1 && (flagged[end + 1] || (end + 2 < n - 1 && flagged[end + 2])
          || (end + 3 < n - 1 && flagged[end + 3]))) {
        end++;
      }
      double a = x[Math.max(0, k - 1)];
      double b = x[Math.min(n - 1, end + 2)];
      Kink kink = locateAndMeasure(p, a, b);
      if (kink != null && (kinks.isEmpty() || kinks.get(kinks.size() - 1).x() != kink.x())) {
        kinks.add(kink);
      }
      k = end + 1;
    }
    return kinks;
  }

  private static boolean[] flag(double[] x, double[] f, double[] d) {
    int n = x.length;
    double slopeScale = 1;
    for (double v : d) {
      slopeScale = Math.max(slopeScale, Math.abs(v));
    }
    boolean[] flagged = new boolean[Math.max(0, n - 1)];
    for (int w = 1; w + 2 < n; w++) {
      if (thirdDifference(d, w) > FLAG_SLOPE * slopeScale) {
        flagged[w - 1] = true;
        flagged[w] = true;
        flagged[w + 1] = true;
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      double scale = Math.max(1, Math.max(Math.abs(f[i]), Math.abs(f[i + 1])));
      if (trapezoidMismatch(x, f, d, i) > FLAG_VALUE * scale) {
        flagged[i] = true;
      }
    }
    return flagged;
  }

  /** |d[w+2] − 3d[w+1] + 3d[w] − d[w−1]|: about h³f'''' where f is smooth. */
  private static double thirdDifference(double[] d, int w) {
    return Math.abs(d[w + 2] - 3 * d[w + 1] + 3 * d[w] - d[w - 1]);
  }

  /** |f(x[i+1]) − f(x[i]) − trapezoid of f'|: about h³f'''/12 where f is smooth. */
  private static double trapezoidMismatch(double[] x, double[] f, double[] d, int i) {
    return Math.abs(f[i + 1] - f[i] - (x[i + 1] - x[i]) * (d[i] + d[i + 1]) / 2);
  }

  /** Narrows [a, b] to the jump it holds and measures it; null if nothing jumps after all. */
  private static Kink locateAndMeasure(Probe p, double a, double b) {
    for (int iteration = 0; iteration < 60; iteration++) {
      double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
      if (b - a <= LOCATED * scale) {
        break;
      }
      double[] xs = new double[SUBDIVISIONS + 1];
      double[] fs = new double[xs.length];
      double[] ds = new double[xs.length];
      for (int i = 0; i <= SUBDIVISIONS; i++) {
        xs[i] = i == SUBDIVISIONS ? b : a + (b - a) * i / SUBDIVISIONS;
        fs[i] = p.value(xs[i]);
        ds[i] = p.derivative(xs[i]);
      }
      int best = 1;
      double bestScore = -1;
      for (int w = 1; w + 2 <= SUBDIVISIONS; w++) {
        double score = thirdDifference(ds, w)
            + Math.max(trapezoidMismatch(xs, fs, ds, w - 1),
                Math.max(trapezoidMismatch(xs, fs, ds, w), trapezoidMismatch(xs, fs, ds, w + 1)));
        if (score > bestScore) {
          bestScore = score;
          best = w;
        }
      }
      a = xs[best - 1];
      b = xs[best + 2];
    }
    double c = pinpoint(p, a, b);
    return measure(p, c);
  }

  /** Adjacent doubles around a jump of f or f', else the simplest number in [a, b]. */
  private static double pinpoint(Probe p, double a, double b) {
    double fa = p.value(a);
    double fb = p.value(b);
    double da = p.derivative(a);
    double db = p.derivative(b);
    double[] bracket = null;
    if (Math.abs(fb - fa) > VALUE_JUMP * Math.max(1, Math.abs(fa))) {
      bracket = Search.jump(p::value, a, b);
    } else if (Math.abs(db - da) > SLOPE_JUMP * Math.max(1, Math.abs(da))) {
      bracket = Search.jump(p::derivative, a, b);
    }
    return bracket == null ? Search.simplest(a, b) : Search.simplest(bracket[0], bracket[1]);
  }

  /** One-sided limits of f, f' and f'' at c; a Kink if any of them jumps. */
  private static Kink measure(Probe p, double c) {
    double h = PROBE * Math.max(1, Math.abs(c));
    double[] left = new double[4];
    double[] right = new double[4];
    double[] leftSlope = new double[4];
    double[] rightSlope = new double[4];
    for (int k = 1; k <= 3; k++) {
      left[k] = p.value(c - k * h);
      right[k] = p.value(c + k * h);
      leftSlope[k] = p.derivative(c - k * h);
      rightSlope[k] = p.derivative(c + k * h);
    }
    // linear extrapolation to c from each side: error h²·f''
    double fl = 2 * left[1] - left[2];
    double fr = 2 * right[1] - right[2];
    double dl = 2 * leftSlope[1] - leftSlope[2];
    double dr = 2 * rightSlope[1] - rightSlope[2];
    // derivative at c of the parabola through three one-sided values of f': error h²·f''''
    double cl = (5 * leftSlope[1] - 8 * leftSlope[2] + 3 * leftSlope[3]) / (2 * h);
    double cr = -(5 * rightSlope[1] - 8 * rightSlope[2] + 3 * rightSlope[3]) / (2 * h);
    double valueJump = Math.abs(fr - fl);
    double slopeJump = Math.abs(dr - dl);
    double curvatureJump = Math.abs(cr - cl);
    Continuity order;
    if (valueJump > VALUE_JUMP * Math.max(1, Math.max(Math.abs(fl), Math.abs(fr)))) {
      order = Continuity.DISCONTINUOUS;
    } else if (slopeJump > SLOPE_JUMP * Math.max(1, Math.max(Math.abs(dl), Math.abs(dr)))) {
      order = Continuity.C0;
    } else if (curvatureJump > CURVATURE_JUMP * Math.max(1, Math.max(Math.abs(cl),
        Math.abs(cr)))) {
      order = Continuity.C1;
    } else {
      return null;
    }
    return new Kink(c, order, valueJump, slopeJump, curvatureJump);
  }

  private static double[] slice(double[] v, int from, int n) {
    double[] out = new double[n];
    System.arraycopy(v, from, out, 0, n);
    return out;
  }
}
