package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;
import dev.activations.internal.math.Logistic;

/**
 * mish(x) = x·tanh(softplus(x)). With e = e^x and n = e(e+2), tanh(softplus(x)) = n/(n+2), so no
 * tanh or log is needed and nothing cancels: for x ≥ 0 it is written with E = e^−x as
 * (1+2E)/(1+2E(1+E)); for x &lt; 0 as e·(e+2)/(2+e(e+2)), the factor e^x folded in last so that
 * the tail reaches subnormal results. mish'(x) = tanh(sp) + x·sech²(sp)·σ(x), which is
 * (1+2E)/D + 4xE²(1+E)/D² (D = 1+2E(1+E)) for x ≥ 0 and e·((e+2)(n+2) + 4x(1+e))/(n+2)² for
 * x &lt; 0. Evaluated in double-double, rounded once.
 *
 * <p>Minimum ≈ −0.30884 at x ≈ −1.19236. mish(−∞) = −0, mish'(−∞) = −0; above x = 40 mish(x) = x
 * and mish'(x) = 1 to double precision.
 */
final class Mish extends Elementwise {
  private static final double LINEAR = 40;
  private static final double TAIL = -700;

  Mish(KernelProvider k) {
    super("mish", "mish", k.mish(), k.mishDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (x != x || x > LINEAR || x == 0) {
      return x;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0;
    }
    double[] t = new double[2];
    if (x >= 0) {
      positiveGate(x, t);
      DoubleDouble.multiply(x, 0, t[0], t[1], t);
      return t[0];
    }
    if (x < TAIL) {
      double e = StrictMath.exp(x);
      return Logistic.timesExp(x * ((e + 2) / (2 + e * (e + 2))), x);
    }
    double[] e = new double[2];
    double[] ep2 = new double[2];
    double[] n2 = new double[2];
    negativeParts(x, e, ep2, n2);
    DoubleDouble.divide(ep2[0], ep2[1], n2[0], n2[1], t);
    DoubleDouble.multiply(t[0], t[1], e[0], e[1], t);
    DoubleDouble.multiply(t[0], t[1], x, 0, t);
    return t[0];
  }

  /** For x &lt; 0, as double-doubles: e = e^x, ep2 = e + 2 and n2 = n + 2 = 2 + e(e + 2). */
  private static void negativeParts(double x, double[] e, double[] ep2, double[] n2) {
    DoubleDouble.exp(x, e);
    DoubleDouble.twoSum(2, e[0], e[1], ep2);
    DoubleDouble.multiply(e[0], e[1], ep2[0], ep2[1], n2);
    DoubleDouble.twoSum(2, n2[0], n2[1], n2);
  }

  /** tanh(softplus(x)) = (1+2E)/(1+2E(1+E)) for x ≥ 0, with E = e^−x, into out. */
  private static void positiveGate(double x, double[] out) {
    double[] e = new double[2];
    DoubleDouble.exp(-x, e);
    double eh = e[0];
    double el = e[1];
    double[] num = new double[2];
    DoubleDouble.twoSum(1, 2 * eh, 2 * el, num);
    double[] den = new double[2];
    DoubleDouble.twoSum(1, eh, el, den);
    DoubleDouble.multiply(den[0], den[1], 2 * eh, 2 * el, den);
    DoubleDouble.twoSum(1, den[0], den[1], den);
    DoubleDouble.divide(num[0], num[1], den[0], den[1], out);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x != x) {
      return x;
    }
    if (x > LINEAR) {
      return 1.0;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      return -0.0; // mish' < 0 in the left tail
    }
    if (x >= 0) {
      double[] t = new double[2];
      positiveGate(x, t);
      double e = StrictMath.exp(-x);
      double d = 1 + 2 * e * (1 + e);
      // the second term is at most a fifth of the first, so double precision suffices for it
      double second = 4 * x * e * e * (1 + e) / (d * d);
      return t[0] + (t[1] + second);
    }
    if (x < TAIL) {
      double e = StrictMath.exp(x);
      double n2 = 2 + e * (e + 2);
      return Logistic.timesExp((e + 2) / n2 + x * (4 * (1 + e) / (n2 * n2)), x);
    }
    double[] e = new double[2];
    double[] ep2 = new double[2];
    double[] n2 = new double[2];
    negativeParts(x, e, ep2, n2);
    double[] a = new double[2];
    DoubleDouble.multiply(ep2[0], ep2[1], n2[0], n2[1], a);
    double[] b = new double[2];
    DoubleDouble.twoSum(1, e[0], e[1], b);
    DoubleDouble.multiply(b[0], b[1], 4 * x, 0, b);
    DoubleDouble.twoSum(a[0], b[0], a[1] + b[1], a);
    DoubleDouble.multiply(a[0], a[1], e[0], e[1], a);
    DoubleDouble.multiply(n2[0], n2[1], n2[0], n2[1], n2);
    return DoubleDouble.divide(a[0], a[1], n2[0], n2[1]);
  }
}
