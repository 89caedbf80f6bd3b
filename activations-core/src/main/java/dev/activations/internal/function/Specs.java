package dev.activations.internal.function;

import dev.activations.internal.math.Numbers;

/** Canonical specification text: {@code name(key=value, ...)}. */
final class Specs {
  private Specs() {}

  /** Formats alternating names and values (Double, Long, Boolean or String). */
  static String of(String name, Object... keyValues) {
    if (keyValues.length == 0) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append('(');
    for (int i = 0; i < keyValues.length; i += 2) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(keyValues[i]).append('=');
      Object v = keyValues[i + 1];
      sb.append(v instanceof Double d ? Numbers.format(d) : String.valueOf(v));
    }
    return sb.append(')').toString();
  }
}
