package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;

/**
 * gelu(approximate=tanh): ½x(1 + tanh u) = x·σ(2u) with u = √(2/π)(x + 0.044715x³), the
 * constants being the exact reals. Derivative σ(2u) + x·σ'(2u)·2√(2/π)(1 + 3·0.044715x²).
 *
 * <p>2u is evaluated in double-double (an error δ in 2u costs |2u|δ relatively in e^(2u), which
 * would be hundreds of ULPs in the negative tail). gelu(−∞) = −0, gelu(+∞) = +∞, gelu'(−∞) = −0,
 * gelu'(+∞) = 1.
 */
final class GeluTanh extends Elementwise {
  /** 2√(2/π) as a double-double. */
  private static final double C1_HI = 1.5957691216057308;
  private static final double C1_LO = -9.96930880911092e-17;
  /** 0.044715 as a double-double. */
  private static final double C2_HI = 0.044715;
  private static final double C2_LO = 2.1960211427085595e-18;
  /** Beyond this |x| the result is x or −0 (e^(2u) is below 2^−1074 by far). */
  private static final double HUGE = 1e3;

  GeluTanh(KernelProvider k) {
    super("gelu", "gelu(approximate=tanh)", k.geluTanh(), k.geluTanhDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (x != x || x == 0) {
      return x;
    }
    if (Math.abs(x) > HUGE) {
      return x > 0 ? x : -0.0;
    }
    double[] t = twoU(x);
    return Swish.xSigmoid(x, t[0], t[1]);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x != x) {
      return x;
    }
    if (Math.abs(x) > HUGE) {
      return x > 0 ? 1.0 : -0.0; // the derivative approaches 0 from below
    }
    double[] t = twoU(x);
    double[] g = slope(x);
    return Swish.sigmoidPlusScaledDerivative(t[0], t[1], g[0], g[1]);
  }

  /**
   * x·d(2u)/dx = 2√(2/π)·x·(1 + 3·0.044715x²) as {hi, lo}: in the tail it is the dominant factor
   * of the derivative, and near the derivative's zero its rounding would be amplified.
   */
  private static double[] slope(double x) {
    double[] a = new double[2];
    DoubleDouble.multiply(x, 0, x, 0, a);
    DoubleDouble.multiply(a[0], a[1], 3 * C2_HI, 3 * C2_LO, a);
    DoubleDouble.twoSum(1, a[0], a[1], a);
    DoubleDouble.multiply(a[0], a[1], x, 0, a);
    DoubleDouble.multiply(a[0], a[1], C1_HI, C1_LO, a);
    return a;
  }

  /** 2u = 2√(2/π)·x·(1 + 0.044715x²) as {hi, lo}. */
  private static double[] twoU(double x) {
    double p = x * x;
    double pl = Math.fma(x, x, -p);
    double q = C2_HI * p;
    double ql = Math.fma(C2_HI, p, -q) + (C2_HI * pl + C2_LO * p);
    double s = 1 + q;
    double sl = (1 - s + q) + ql; // exact two-sum tail, since 1 ≥ q for |x| ≤ ~4.7, else q ≥ 1
    if (q > 1) {
      sl = (q - s + 1) + ql;
    }
    double r = x * s;
    double rl = Math.fma(x, s, -r) + x * sl;
    double t = C1_HI * r;
    double tl = Math.fma(C1_HI, r, -t) + (C1_HI * rl + C1_LO * r);
    return new double[] {t, tl};
  }
}
