package dev.activations.internal.math;

/**
 * The logistic function and its relatives in double precision: σ, σ', softplus, log σ, tanh and
 * sech², in the forms that every activation and loss shares. σ, σ', tanh and sech² are evaluated
 * in double-double on {@link DoubleDouble#exp} and rounded once, so they are within a small
 * fraction of an ULP beyond the correct rounding; the rest use StrictMath, identical on every JDK.
 */
public final class Logistic {
  private Logistic() {}

  /** Below this, e^t is zero even as a subnormal. */
  private static final double EXP_UNDERFLOW = -746;
  /** Above this |x|, tanh x rounds to ±1. */
  private static final double TANH_ONE = 22;
  /** Below this |x|, tanh x rounds to x. */
  private static final double TANH_LINEAR = 0x1p-28;

  /**
   * σ(t) = 1/(1+e^−t), by sign so that the exponential never overflows: 1/(1+e^−t) for t ≥ 0,
   * e^t/(1+e^t) for t &lt; 0. σ(+∞) = 1, σ(−∞) = 0, σ(NaN) = NaN.
   */
  public static double sigmoid(double t) {
    if (t != t) {
      return t;
    }
    double[] e = new double[2];
    if (t >= 0) {
      if (t > 40) {
        // 1 − e^−t rounds to 1 below 2^−54 but not above: keep the general path up to 40.
        return t > 800 ? 1.0 : 1 / (1 + StrictMath.exp(-t));
      }
      DoubleDouble.exp(-t, e);
      DoubleDouble.twoSum(1, e[0], e[1], e);
      return DoubleDouble.divide(1, 0, e[0], e[1]);
    }
    if (t < EXP_UNDERFLOW) {
      return 0.0;
    }
    DoubleDouble.exp(t, e);
    double eh = e[0];
    double el = e[1];
    DoubleDouble.twoSum(1, eh, el, e);
    return DoubleDouble.divide(eh, el, e[0], e[1]);
  }

  /**
   * σ'(t) = σ(t)σ(−t) = e/(1+e)² with e = e^−|t|, which has no cancellation (unlike σ(1−σ)).
   * σ'(±∞) = 0.
   */
  public static double sigmoidDerivative(double t) {
    double a = Math.abs(t);
    if (a != a) {
      return t;
    }
    if (-a < EXP_UNDERFLOW) {
      return 0.0;
    }
    double[] e = new double[2];
    DoubleDouble.exp(-a, e);
    double eh = e[0];
    double el = e[1];
    DoubleDouble.twoSum(1, eh, el, e);
    DoubleDouble.multiply(e[0], e[1], e[0], e[1], e);
    return DoubleDouble.divide(eh, el, e[0], e[1]);
  }

  /** tanh x = −m/(2 + m) with m = e^(−2|x|) − 1 in double-double, sign restored. */
  public static double tanh(double x) {
    double a = Math.abs(x);
    if (!(a >= TANH_LINEAR)) {
      return x; // tiny, ±0 or NaN
    }
    if (a > TANH_ONE) {
      return Math.copySign(1.0, x);
    }
    double[] m = new double[2];
    DoubleDouble.expm1(-2 * a, m);
    double mh = m[0];
    double ml = m[1];
    DoubleDouble.twoSum(2, mh, ml, m);
    return Math.copySign(DoubleDouble.divide(-mh, -ml, m[0], m[1]), x);
  }

  /** tanh x as a double-double into out (x finite). */
  public static void tanh(double x, double[] out) {
    double a = Math.abs(x);
    if (a < TANH_LINEAR || a > TANH_ONE) {
      out[0] = tanh(x);
      out[1] = 0;
      return;
    }
    DoubleDouble.expm1(-2 * a, out);
    double mh = out[0];
    double ml = out[1];
    DoubleDouble.twoSum(2, mh, ml, out);
    DoubleDouble.divide(-mh, -ml, out[0], out[1], out);
    if (x < 0) {
      out[0] = -out[0];
      out[1] = -out[1];
    }
  }

  /** sech²x = 1 − tanh²x = 4E/(1+E)² with E = e^(−2|x|); sech²(±∞) = 0. */
  public static double sech2(double x) {
    double a = Math.abs(x);
    if (a != a) {
      return x;
    }
    if (-2 * a < EXP_UNDERFLOW) {
      return 0.0;
    }
    double[] e = new double[2];
    DoubleDouble.exp(-2 * a, e);
    double[] d = new double[2];
    DoubleDouble.twoSum(1, e[0], e[1], d);
    DoubleDouble.multiply(d[0], d[1], d[0], d[1], d);
    // the factor 4 applied inside the exponential keeps subnormal results exact
    DoubleDouble.expScaled(-2 * a, 2, e);
    return DoubleDouble.divide(e[0], e[1], d[0], d[1]);
  }

  /**
   * softplus(t) = log(1+e^t) = max(t, 0) + log1p(e^−|t|), in double-double, rounded once:
   * softplus(+∞) = +∞, softplus(−∞) = 0.
   */
  public static double softplus(double t) {
    if (t != t || t > 40) {
      return t; // log1p(e^−40) is below half an ULP of 40
    }
    double[] l = new double[2];
    log1pExp(-Math.abs(t), l);
    if (t > 0) {
      DoubleDouble.twoSum(t, l[0], l[1], l);
    }
    return l[0];
  }

  /** log σ(t) = −softplus(−t); logSigmoid(−∞) = −∞, logSigmoid(+∞) = −0. */
  public static double logSigmoid(double t) {
    return -softplus(-t);
  }

  /** log(1 + e^u) for u ≤ 0 as a double-double into out (0 for u = −∞). */
  public static void log1pExp(double u, double[] out) {
    if (u < EXP_UNDERFLOW) {
      out[0] = u == Double.NEGATIVE_INFINITY ? 0.0 : StrictMath.exp(u);
      out[1] = 0;
      return;
    }
    DoubleDouble.exp(u, out);
    DoubleDouble.log1p(out[0], out[1], out);
  }

  /**
   * a·e^t, rounded once: the exponential in double-double, and in the far tail (t &lt; −700),
   * where e^t alone would be subnormal or zero while a·e^t is not, the exponential is scaled by
   * a power of two first and the product scaled back at the end, so that the only rounding into
   * the subnormal range is the last one. a finite; t ≤ 709 or −∞.
   */
  public static double timesExp(double a, double t) {
    double[] e = new double[2];
    if (t >= -700) {
      DoubleDouble.exp(t, e);
      DoubleDouble.multiply(a, 0, e[0], e[1], e);
      return e[0];
    }
    if (t != t) {
      return t;
    }
    if (t < -1e5 || Math.abs(a) < Double.MIN_NORMAL) {
      return a * 0.0; // below every double, whatever a is
    }
    int ea = Math.getExponent(a);
    double m = Math.scalb(a, -ea);
    DoubleDouble.expScaled(t, ea + 600, e);
    DoubleDouble.multiply(m, 0, e[0], e[1], e);
    double r = Math.scalb(e[0], -600);
    return r == 0 ? a * 0.0 : r; // an underflow keeps the sign of a
  }
}
