package dev.activations.internal.analysis;

import java.util.function.DoubleUnaryOperator;

/** One-dimensional searches used by the property analysis: bisection, golden section, rounding. */
final class Search {
  private Search() {}

  /** Enough halvings to reach adjacent doubles from any bracket that does not straddle 0. */
  private static final int BISECTION_STEPS = 200;
  /** Golden-section steps: 0.618⁸⁰ ≈ 2·10⁻¹⁷ of the initial bracket. */
  private static final int GOLDEN_STEPS = 80;
  private static final double INV_PHI = 0.6180339887498949;
  /** Half-width, relative to max(1, |x|), of the flat top searched for a simpler maximiser. */
  private static final double FLAT = 1e-7;

  /**
   * Given g(a) &lt; 0 ≤ g(b), a &lt; b, returns {lo, hi}: adjacent (or as close as 200 halvings
   * get) with g(lo) &lt; 0 ≤ g(hi).
   */
  static double[] signChange(DoubleUnaryOperator g, double a, double b) {
    for (int i = 0; i < BISECTION_STEPS; i++) {
      double m = midpoint(a, b);
      if (m <= a || m >= b) {
        break;
      }
      if (g.applyAsDouble(m) < 0) {
        a = m;
      } else {
        b = m;
      }
    }
    return new double[] {a, b};
  }

  /**
   * Given a jump of g inside [a, b], returns {lo, hi} as close as bisection gets (adjacent
   * doubles), keeping the jump inside: at each step the half with the larger change of g.
   */
  static double[] jump(DoubleUnaryOperator g, double a, double b) {
    double ga = g.applyAsDouble(a);
    double gb = g.applyAsDouble(b);
    for (int i = 0; i < BISECTION_STEPS; i++) {
      double m = midpoint(a, b);
      if (m <= a || m >= b) {
        break;
      }
      double gm = g.applyAsDouble(m);
      if (Math.abs(gm - ga) >= Math.abs(gb - gm)) {
        b = m;
        gb = gm;
      } else {
        a = m;
        ga = gm;
      }
    }
    return new double[] {a, b};
  }

  /**
   * Golden-section search for the largest g on [a, b] (g unimodal there); returns {x, g(x)}
   * with x the simplest double within 10⁻⁷ (relative) of the best point found when g is no
   * smaller there.
   */
  static double[] maximum(DoubleUnaryOperator g, double a, double b) {
    double a0 = a;
    double b0 = b;
    double c = b - INV_PHI * (b - a);
    double d = a + INV_PHI * (b - a);
    double gc = g.applyAsDouble(c);
    double gd = g.applyAsDouble(d);
    for (int i = 0; i < GOLDEN_STEPS && c < d; i++) {
      if (gc >= gd) {
        b = d;
        d = c;
        gd = gc;
        c = b - INV_PHI * (b - a);
        gc = g.applyAsDouble(c);
      } else {
        a = c;
        c = d;
        gc = gd;
        d = a + INV_PHI * (b - a);
        gd = g.applyAsDouble(d);
      }
    }
    double x = gc >= gd ? c : d;
    double best = Math.max(gc, gd);
    // near a maximum g is flat to rounding over about √ε·|x|: the simplest number there that is
    // as high is the better answer (σ' peaks at 0, not at −1.5·10⁻⁸)
    double flat = FLAT * Math.max(1, Math.abs(x));
    double simple = simplest(Math.max(x - flat, a0), Math.min(x + flat, b0));
    double gs = g.applyAsDouble(simple);
    return gs >= best ? new double[] {simple, gs} : new double[] {x, best};
  }

  /**
   * The double in [a, b] with the shortest binary expansion: 0 if the bracket holds 0, else the
   * one with the most trailing zero bits (1.0 in [0.9, 1.1], −3.0 in [−3.0000001, −2.9999999]).
   */
  static double simplest(double a, double b) {
    if (a > b) {
      throw new IllegalArgumentException("empty bracket [" + a + ", " + b + "]");
    }
    if (a <= 0 && b >= 0) {
      return 0.0;
    }
    if (b < 0) {
      return -simplest(-b, -a);
    }
    long lo = Double.doubleToLongBits(a);
    long hi = Double.doubleToLongBits(b);
    for (int k = 62; k > 0; k--) {
      long candidate = hi & -(1L << k);
      if (candidate >= lo) {
        return Double.longBitsToDouble(candidate);
      }
    }
    return b;
  }

  /** The midpoint, without overflow for brackets near ±Double.MAX_VALUE. */
  static double midpoint(double a, double b) {
    return a / 2 + b / 2;
  }
}
