package dev.activations.plot.internal;

import dev.activations.Activation;
import java.util.function.DoubleUnaryOperator;

/** Numerical helpers for the report's claims: distances in ULPs, largest gaps, integrals. */
public final class Checks {
  private Checks() {}

  /** Where the largest |f(x) − g(x)| over the points is, and how large it is. */
  public record Gap(double x, double size) {}

  /** The largest |f(x) − g(x)| over the points. */
  public static Gap largestGap(double[] x, DoubleUnaryOperator f, DoubleUnaryOperator g) {
    double at = x[0];
    double size = 0;
    for (double v : x) {
      double d = Math.abs(f.applyAsDouble(v) - g.applyAsDouble(v));
      if (!(d <= size)) {
        size = d;
        at = v;
      }
    }
    return new Gap(at, size);
  }

  /** The number of float32 values strictly between a and b, plus one (0 when equal). */
  public static long floatUlps(float a, float b) {
    if (a == b) {
      return 0;
    }
    if (Float.isNaN(a) || Float.isNaN(b)) {
      return Long.MAX_VALUE;
    }
    return Math.abs(ordered(a) - ordered(b));
  }

  /** The largest distance in float32 ULPs between tanh(x) and 2σ(2x) − 1 (in double, rounded). */
  public static long tanhIdentityUlps(Activation tanh, Activation sigmoid, double[] x) {
    long worst = 0;
    for (double v : x) {
      float xf = (float) v;
      float lhs = tanh.value(xf);
      // 2σ(2x) − 1 in double: its rounding error (≈ 2⁻⁵³) is far below a float32 ULP of tanh
      // at every x ≠ 0 of a plotted grid, so the comparison measures the float32 tanh alone
      float rhs = (float) (2 * sigmoid.value(2 * (double) xf) - 1);
      worst = Math.max(worst, floatUlps(lhs, rhs));
    }
    return worst;
  }

  /**
   * E[g(z)] for z ~ N(0, 1), by composite Simpson on [−12, 0] and [0, 12] (split at 0, where the
   * piecewise functions have their kink), 24 000 steps each; the tails beyond ±12 weigh less
   * than 10⁻³².
   */
  public static double normalExpectation(DoubleUnaryOperator g) {
    return simpson(z -> g.applyAsDouble(z) * phi(z), -12, 0, 24_000)
        + simpson(z -> g.applyAsDouble(z) * phi(z), 0, 12, 24_000);
  }

  private static double phi(double z) {
    return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  }

  private static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
    double h = (b - a) / n;
    double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
    }
    return sum * h / 3;
  }

  /** Float bits mapped to a line on which neighbouring floats differ by 1. */
  private static long ordered(float f) {
    int bits = Float.floatToIntBits(f);
    return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
  }
}
