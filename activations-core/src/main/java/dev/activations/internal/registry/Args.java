package dev.activations.internal.registry;

import dev.activations.internal.kernel.KernelProvider;
import java.util.Map;

/** Validated parameter values of one specification, by parameter name. */
public final class Args {
  private final Map<String, Object> values;
  private final KernelProvider kernels;

  Args(Map<String, Object> values, KernelProvider kernels) {
    this.values = values;
    this.kernels = kernels;
  }

  /** The float kernels the function is built with. */
  public KernelProvider kernels() {
    return kernels;
  }

  public double real(String name) {
    return (Double) values.get(name);
  }

  public long integer(String name) {
    return (Long) values.get(name);
  }

  public boolean bool(String name) {
    return (Boolean) values.get(name);
  }

  public String choice(String name) {
    return (String) values.get(name);
  }
}
