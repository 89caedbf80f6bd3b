package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;
import dev.activations.internal.math.Logistic;

/**
 * tanhshrink(x) = x − tanh(x); tanhshrink'(x) = tanh²(x).
 *
 * <p>Near 0, x − tanh x cancels (tanhshrink(1e−4) ≈ 3.3e−13). For |x| &lt; 0.1 it is the Taylor
 * series x³/3 − 2x⁵/15 + 17x⁷/315 − … (through x²³, truncation below 2^−70 relative), with the
 * leading terms in double-double; above, x − tanh x with tanh in double-double, whose 2^−69
 * relative accuracy survives the cancellation (at most a factor 300 there). Below 1e−150 it is
 * x³/3, which then underflows.
 */
final class Tanhshrink extends Elementwise {
  private static final double SERIES_LIMIT = 0.1;
  private static final double CUBIC_LIMIT = 1e-150;
  private static final double THIRD_HI = 1.0 / 3;
  private static final double THIRD_LO = 1.850371707708594e-17;
  /** Coefficients of x⁵, x⁷, …, x²³ in x − tanh x (from the Bernoulli numbers). */
  private static final double[] SERIES = {
    -2.0 / 15, 17.0 / 315, -62.0 / 2835, 1382.0 / 155925, -21844.0 / 6081075,
    929569.0 / 638512875, -6404582.0 / 10854718875.0, 443861162.0 / 1856156927625.0,
    -18888466084.0 / 194896477400625.0, 113927491862.0 / 2900518163668125.0,
  };

  Tanhshrink(KernelProvider k) {
    super("tanhshrink", "tanhshrink", k.tanhshrink(), k.tanhshrinkDouble());
  }

  @Override
  protected double referenceValue(double x) {
    double a = Math.abs(x);
    if (a != a || Double.isInfinite(x)) {
      return x;
    }
    if (a < CUBIC_LIMIT) {
      return x * x * (x / 3);
    }
    double[] r = new double[2];
    if (a < SERIES_LIMIT) {
      double p = x * x;
      double q = 0;
      for (int k = SERIES.length - 1; k >= 0; k--) {
        q = SERIES[k] + p * q;
      }
      double[] c = new double[2];
      DoubleDouble.twoSum(THIRD_HI, p * q, THIRD_LO, c);
      DoubleDouble.multiply(x, 0, x, 0, r);
      DoubleDouble.multiply(r[0], r[1], x, 0, r);
      DoubleDouble.multiply(r[0], r[1], c[0], c[1], r);
      return r[0] == 0 ? x * 0.0 : r[0]; // an underflow keeps the sign of x
    }
    Logistic.tanh(x, r);
    DoubleDouble.twoSum(x, -r[0], -r[1], r);
    return r[0];
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x != x) {
      return x;
    }
    double[] t = new double[2];
    Logistic.tanh(x, t);
    DoubleDouble.multiply(t[0], t[1], t[0], t[1], t);
    return t[0];
  }
}
