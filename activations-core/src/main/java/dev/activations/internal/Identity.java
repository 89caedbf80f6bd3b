package dev.activations.internal;

/** identity(x) = x; identity'(x) = 1 (NaN for NaN). */
final class Identity extends Elementwise {
  Identity() {
    super("identity", "identity");
  }

  @Override
  public double value(double x) {
    return x;
  }

  @Override
  public double derivative(double x) {
    return x != x ? x : 1.0;
  }
}
