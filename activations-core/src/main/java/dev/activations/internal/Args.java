package dev.activations.internal;

import dev.activations.internal.kernel.KernelProvider;
import java.util.Map;

/** Validated parameter values of one specification, by parameter name. */
final class Args {
  private final Map<String, Object> values;
  private final KernelProvider kernels;

  Args(Map<String, Object> values, KernelProvider kernels) {
    this.values = values;
    this.kernels = kernels;
  }

  /** The float kernels the function is built with. */
  KernelProvider kernels() {
    return kernels;
  }

  double real(String name) {
    return (Double) values.get(name);
  }

  long integer(String name) {
    return (Long) values.get(name);
  }

  boolean bool(String name) {
    return (Boolean) values.get(name);
  }

  String choice(String name) {
    return (String) values.get(name);
  }
}
