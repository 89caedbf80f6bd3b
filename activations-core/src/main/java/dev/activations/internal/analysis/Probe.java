package dev.activations.internal.analysis;

import dev.activations.Activation;

/**
 * f and f' of an activation as the property analysis sees them: double precision, scalar, NaN
 * for a number reported as an error rather than silently skipped.
 */
final class Probe {
  private final Activation f;

  Probe(Activation f) {
    this.f = f;
  }

  String spec() {
    return f.spec();
  }

  double value(double x) {
    return checked(x, "f", eval(x, false));
  }

  double derivative(double x) {
    return checked(x, "f'", eval(x, true));
  }

  private double eval(double x, boolean derivative) {
    try {
      return derivative ? f.derivative(x) : f.value(x);
    } catch (IllegalStateException e) {
      // prelu with several channels has no scalar form: the analysis needs one
      throw new IllegalArgumentException("cannot analyse " + f.spec() + ": " + e.getMessage(), e);
    }
  }

  private double checked(double x, String what, double v) {
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("cannot analyse " + f.spec() + ": " + what + "(" + x
          + ") is NaN");
    }
    return v;
  }
}
