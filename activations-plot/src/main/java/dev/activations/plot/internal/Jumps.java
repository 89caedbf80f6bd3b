package dev.activations.plot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The jumps of a function sampled on a grid, so that a chart can break the line there instead of
 * drawing a vertical stroke, and mark the value at the point (relu′(0) = 0) apart from the limits
 * on either side.
 *
 * <p>A step between neighbouring grid points whose rise is more than {@link #RISE} of the curve's
 * span is narrowed by bisection to a width of 10⁻¹² of the grid step; if the rise is still more
 * than half of what it was, the function jumps there. A steep but continuous piece (a narrow
 * sigmoid) flattens out under bisection and is drawn as a line.
 */
public final class Jumps {
  private Jumps() {}

  /** The rise, as a fraction of the curve's span, that is looked at. */
  static final double RISE = 0.05;

  /**
   * One jump.
   *
   * @param at where
   * @param left the limit from the left
   * @param value the function's value at the point
   * @param right the limit from the right
   */
  public record Jump(double at, double left, double value, double right) {}

  /**
   * The jumps of f between the points of the grid x (increasing), with f's values y there.
   */
  public static List<Jump> find(double[] x, double[] y, DoubleUnaryOperator f) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    List<Jump> jumps = new ArrayList<>();
    double span = hi - lo;
    if (!(span > 0)) {
      return jumps;
    }
    for (int i = 0; i + 1 < x.length; i++) {
      double rise = Math.abs(y[i + 1] - y[i]);
      if (!(rise > RISE * span)) {
        continue;
      }
      double a = x[i];
      double b = x[i + 1];
      double fa = y[i];
      double fb = y[i + 1];
      double width = (b - a) * 1e-12;
      // keep the half where the rise is larger, until the interval is tiny
      while (b - a > width) {
        double m = a + (b - a) / 2;
        if (m <= a || m >= b) {
          break;
        }
        double fm = f.applyAsDouble(m);
        if (Math.abs(fm - fa) >= Math.abs(fb - fm)) {
          b = m;
          fb = fm;
        } else {
          a = m;
          fa = fm;
        }
      }
      if (Math.abs(fb - fa) > rise / 2) {
        double at = roundish(a, b);
        double value = f.applyAsDouble(at);
        double left = f.applyAsDouble(Math.nextDown(at));
        double right = f.applyAsDouble(Math.nextUp(at));
        jumps.add(new Jump(at, left, value, right));
      }
    }
    return jumps;
  }

  /** A short number in [a, b] (0 where the interval holds it): where the jump is drawn. */
  private static double roundish(double a, double b) {
    if (a <= 0 && b >= 0) {
      return 0;
    }
    for (double scale = 1; scale < 1e15; scale *= 10) {
      double r = Math.round(b * scale) / scale;
      if (r >= a && r <= b) {
        return r;
      }
    }
    return b;
  }
}
