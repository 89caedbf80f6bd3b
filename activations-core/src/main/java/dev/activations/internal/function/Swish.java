package dev.activations.internal.function;

import dev.activations.ParametricActivation;
import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.math.DoubleDouble;
import dev.activations.internal.math.Logistic;

/**
 * swish(x) = x·σ(βx) (β = beta, default 1; silu is β = 1). swish'(x) = σ(βx) + βx·σ'(βx);
 * ∂swish/∂β = x²·σ'(βx), with σ'(t) = σ(t)σ(−t).
 *
 * <p>β = 0 gives x/2; as β → ∞ swish tends to relu. Limits: for β &gt; 0, swish(−∞) = −0 and
 * swish'(−∞) = −0, swish(+∞) = +∞ and swish'(+∞) = 1 (mirrored for β &lt; 0). βx is carried with
 * its rounding error (from an fma) so that e^(βx) keeps full relative accuracy in the tails even
 * when β is not a power of two.
 *
 * <p>With {@code learnable=true}, β is a parameter (parameterCount 1) and the accumulating
 * backward adds Σ dy·∂swish/∂β; otherwise parameterCount is 0.
 */
final class Swish extends Elementwise implements ParametricActivation {
  private final double beta;
  private final boolean learnable;
  private final KernelProvider kernels;

  Swish(double beta, boolean learnable, KernelProvider k) {
    super("swish", Specs.of("swish", "beta", beta, "learnable", learnable), k.swish(beta), k.swishDouble(beta));
    this.beta = beta;
    this.learnable = learnable;
    this.kernels = k;
  }

  /** silu: swish with β = 1, under its own name. */
  Swish(KernelProvider k) {
    super("silu", "silu", k.swish(1), k.swishDouble(1));
    this.beta = 1;
    this.learnable = false;
    this.kernels = k;
  }

  @Override
  protected double referenceValue(double x) {
    return value(x, beta);
  }

  @Override
  protected double referenceDerivative(double x) {
    return derivative(x, beta);
  }

  static double value(double x, double beta) {
    if (x != x || x == 0) {
      return x; // ±0·σ(0) keeps its sign
    }
    if (Double.isInfinite(x)) {
      return beta == 0 || beta * x > 0 ? x : Math.copySign(0.0, x);
    }
    double t = beta * x;
    return xSigmoid(x, t, lowPart(beta, x, t));
  }

  static double derivative(double x, double beta) {
    if (x != x) {
      return x;
    }
    if (Double.isInfinite(x)) {
      // towards βx → −∞ the derivative is negative: its limit is −0
      return beta == 0 ? 0.5 : (beta * x > 0 ? 1.0 : -0.0);
    }
    double t = beta * x;
    if (Double.isInfinite(t)) {
      return t > 0 ? 1.0 : -0.0; // σ(t) + tσ'(t) at its limits, approached from below at −∞
    }
    double tl = lowPart(beta, x, t);
    return sigmoidPlusScaledDerivative(t, tl, t, tl);
  }

  /**
   * The rounding error of t = βx, exact from an fma; 0 where it cannot matter (β = 1, or |t| so
   * large that σ(t) is 0 or 1 whatever the correction).
   */
  private static double lowPart(double beta, double x, double t) {
    return beta == 1 || !(Math.abs(t) < 1e6) ? 0 : Math.fma(beta, x, -t);
  }

  /** ∂swish/∂β = x²·σ'(βx). */
  static double betaGradient(double x, double beta) {
    if (x != x) {
      return x;
    }
    double t = beta * x;
    if (Double.isInfinite(x) || Double.isInfinite(t)) {
      return beta == 0 ? Double.POSITIVE_INFINITY : 0.0;
    }
    double a = Math.abs(t);
    double e = StrictMath.exp(-a);
    double d = 1 + e;
    // x·(x/(1+e)²·e^−|t|): the exponential last, so a tiny σ' never underflows before the x².
    return x * Logistic.timesExp(x / (d * d), -a);
  }

  /** Below this the exponential is folded into a product before it can go subnormal. */
  private static final double TAIL = -700;

  /**
   * x·σ(t) for t = th + tl, tl a small correction of th, in double-double and rounded once: for
   * t ≥ 0 it is x/(1+e^−t); for t &lt; 0 it is x·e^t/(1+e^t), and in the far tail x is folded into
   * the exponential before it can underflow.
   */
  static double xSigmoid(double x, double th, double tl) {
    if (!(Math.abs(th) < 1e6)) {
      tl = 0; // σ is 0 or 1 there, and a huge t's rounding error is no small correction
    }
    double[] e = new double[2];
    if (th >= 0) {
      DoubleDouble.exp(-th, e);
      double eh = e[0];
      double el = e[1] - eh * tl;
      DoubleDouble.twoSum(1, eh, el, e);
      return DoubleDouble.divide(x, 0, e[0], e[1]);
    }
    if (th < TAIL) {
      double num = Logistic.timesExp(Math.fma(x, tl, x), th);
      return num / (1 + StrictMath.exp(th));
    }
    DoubleDouble.exp(th, e);
    double eh = e[0];
    double el = e[1] + eh * tl;
    double[] n = new double[2];
    DoubleDouble.multiply(x, 0, eh, el, n);
    DoubleDouble.twoSum(1, eh, el, e);
    return DoubleDouble.divide(n[0], n[1], e[0], e[1]);
  }

  /**
   * σ(t) + g·σ'(t) for t = th + tl and g = gh + gl, as one fraction without cancellation between
   * its terms: (1 + E + g·E)/(1+E)² with E = e^−t for t ≥ 0, and e^t·(1 + e^t + g)/(1+e^t)² for
   * t &lt; 0; double-double, rounded once. g is carried in double-double because near the zero of
   * the sum its rounding error would be amplified.
   */
  static double sigmoidPlusScaledDerivative(double th, double tl, double g, double gl) {
    if (!(Math.abs(th) < 1e6)) {
      tl = 0;
    }
    double[] e = new double[2];
    double[] n = new double[2];
    double[] d = new double[2];
    if (th >= 0) {
      DoubleDouble.exp(-th, e);
      double eh = e[0];
      double el = e[1] - eh * tl;
      DoubleDouble.twoSum(1, eh, el, d);
      DoubleDouble.multiply(g, gl, eh, el, n);
      DoubleDouble.twoSum(n[0], d[0], n[1] + d[1], n);
      DoubleDouble.multiply(d[0], d[1], d[0], d[1], d);
      return DoubleDouble.divide(n[0], n[1], d[0], d[1]);
    }
    if (th < TAIL) {
      double e1 = StrictMath.exp(th);
      double d1 = 1 + e1;
      return Logistic.timesExp((1 + e1 + g) * (1 + tl) / (d1 * d1), th);
    }
    DoubleDouble.exp(th, e);
    double eh = e[0];
    double el = e[1] + eh * tl;
    DoubleDouble.twoSum(1, eh, el, d);
    DoubleDouble.twoSum(d[0], g, d[1] + gl, n);
    DoubleDouble.multiply(n[0], n[1], eh, el, n);
    DoubleDouble.multiply(d[0], d[1], d[0], d[1], d);
    return DoubleDouble.divide(n[0], n[1], d[0], d[1]);
  }

  @Override
  public int parameterCount() {
    return learnable ? 1 : 0;
  }

  @Override
  public double[] parameters() {
    return learnable ? new double[] {beta} : new double[0];
  }

  @Override
  public ParametricActivation withParameters(double[] parameters) {
    if (!learnable) {
      Parameters.check(name(), parameters, 0);
      return this;
    }
    Parameters.check("swish", parameters, 1);
    return new Swish(parameters[0], true, kernels);
  }

  @Override
  public void backward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx,
      int dxOffset, int length, double[] dTheta) {
    checkBackward(x, xOffset, null, 0, dy, dyOffset, dx, dxOffset, length);
    Parameters.checkGradient(name(), dTheta, parameterCount());
    double acc = 0;
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double g = dy[dyOffset + i];
      if (learnable) {
        acc += g * betaGradient(xi, beta);
      }
      dx[dxOffset + i] = (float) (g * derivative(xi, beta));
    }
    if (learnable) {
      dTheta[0] += acc;
    }
  }

  @Override
  public void backward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx,
      int dxOffset, int length, double[] dTheta) {
    checkBackward(x, xOffset, null, 0, dy, dyOffset, dx, dxOffset, length);
    Parameters.checkGradient(name(), dTheta, parameterCount());
    double acc = 0;
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double g = dy[dyOffset + i];
      if (learnable) {
        acc += g * betaGradient(xi, beta);
      }
      dx[dxOffset + i] = g * derivative(xi, beta);
    }
    if (learnable) {
      dTheta[0] += acc;
    }
  }
}
