package dev.activations.internal.function;

import dev.activations.internal.kernel.KernelProvider;

/**
 * selu(x) = λx for x &gt; 0, else λα(e^x − 1), with λ = 1.0507009873554804934193349852946 and
 * α = 1.6732632423543772848170429916717 (Klambauer et al. 2017), the constants for which the
 * mean and variance of activations have the fixed point (0, 1). selu'(x) = λ for x &gt; 0, else
 * λαe^x, so selu'(0) = λα. selu(−∞) = −λα. λ and λα are applied as double-doubles so that
 * their own rounding does not add to the error.
 */
final class Selu extends Elementwise {
  static final double LAMBDA = 1.0507009873554805;
  private static final double LAMBDA_LO = 3.9874847667154144e-17;
  static final double ALPHA = 1.6732632423543772;
  static final double LAMBDA_ALPHA = 1.7580993408473768;
  private static final double LAMBDA_ALPHA_LO = 1.41535193800845e-17;

  Selu(KernelProvider k) {
    super("selu", "selu", k.selu(), k.seluDouble());
  }

  @Override
  protected double referenceValue(double x) {
    if (x > 0) {
      return Math.fma(LAMBDA, x, LAMBDA_LO * x);
    }
    double m = StrictMath.expm1(x);
    return Math.fma(LAMBDA_ALPHA, m, LAMBDA_ALPHA_LO * m);
  }

  @Override
  protected double referenceDerivative(double x) {
    if (x > 0) {
      return LAMBDA;
    }
    double e = StrictMath.exp(x);
    return Math.fma(LAMBDA_ALPHA, e, LAMBDA_ALPHA_LO * e);
  }
}
