package dev.activations.internal;

import java.util.Map;

/** Validated parameter values of one specification, by parameter name. */
final class Args {
  private final Map<String, Object> values;

  Args(Map<String, Object> values) {
    this.values = values;
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
