package dev.activations;

import dev.activations.internal.registry.Registry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function's specification as a value: its name and every parameter with its value, checked
 * against the registry. Immutable and thread-safe.
 *
 * <h2>Grammar</h2>
 * <pre>
 * spec      = name [ "(" [ argument { "," argument } ] ")" ]
 * name      = one or more letters, digits or "_"          (relu, leaky_relu, log_softmax)
 * argument  = [ parameter "=" ] value                      (positional ones first)
 * value     = number | boolean | word | "'" word "'" | '"' word '"'
 * number    = decimal [ exponent ] | "inf" | "-inf" | decimal "/" decimal
 * boolean   = "true" | "false"
 * </pre>
 * White space around any token is ignored; names and words are case-sensitive. Positional
 * arguments take the parameters in declaration order; a keyword argument may not be followed by
 * a positional one, and no parameter may be given twice. Parameters left out take their
 * defaults; a parameter without a default must be given. Each value must lie in its parameter's
 * domain (for example celu's α ≠ 0; NaN is never a valid number).
 *
 * <h2>Canonical text</h2>
 * {@link #text()} writes the name, then every parameter in declaration order as
 * {@code parameter=value}, separated by {@code ", "}: {@code "leaky_relu(negative_slope=0.01)"},
 * {@code "gelu(approximate=tanh)"}; just the name when the function has no parameters. Numbers
 * print as the shortest decimal that reads back to the same double ({@code 0.01}, {@code 1.0},
 * {@code inf}), integers without a decimal point, booleans as {@code true}/{@code false}. The
 * canonical text parses back to an equal {@code Spec}, and it is what {@link
 * ActivationFunction#spec()} returns for the function built from it. Two specifications are
 * equal when they denote the same function with the same parameter values:
 * {@code "leaky_relu"}, {@code "leaky_relu(0.01)"} and {@code "leaky_relu(negative_slope=1/100)"}
 * are equal.
 */
public final class Spec {
  private final String name;
  private final FunctionInfo.Kind kind;
  private final Map<String, String> parameters;
  private final List<Boolean> defaults;
  private final String text;

  private Spec(Registry.Resolved r) {
    this.name = r.name();
    this.kind = r.kind();
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < r.keys().size(); i++) {
      p.put(r.keys().get(i), r.values().get(i));
    }
    this.parameters = Collections.unmodifiableMap(p);
    this.defaults = r.defaults();
    StringBuilder sb = new StringBuilder(name);
    if (!p.isEmpty()) {
      sb.append('(');
      String sep = "";
      for (Map.Entry<String, String> e : p.entrySet()) {
        sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
        sep = ", ";
      }
      sb.append(')');
    }
    this.text = sb.toString();
  }

  /**
   * Reads a specification (see the grammar above) and checks it against the registry.
   *
   * @param text the specification, for example {@code "elu(alpha=0.5)"}
   * @return the checked specification, with every parameter's value (defaults filled in)
   * @throws IllegalArgumentException on malformed text, an unknown function (the message names
   *     the closest valid names) or parameter, a missing required parameter, or a value outside
   *     its domain; the message names the problem in one line
   */
  public static Spec parse(String text) {
    return new Spec(Registry.resolve(text));
  }

  /**
   * The function's name: {@code "leaky_relu"}.
   *
   * @return the name alone, without parameters
   */
  public String name() {
    return name;
  }

  /**
   * Whether the specification names an element-wise or a row-wise function.
   *
   * @return ELEMENTWISE or ROWWISE
   */
  public FunctionInfo.Kind kind() {
    return kind;
  }

  /**
   * Every parameter of the function, in declaration order, with its value as canonical text
   * (defaults filled in); empty for a function without parameters. Unmodifiable.
   *
   * @return parameter names mapped to canonical values, in declaration order
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  /**
   * The parameters whose values differ from their defaults (and the required ones, which have
   * none), in declaration order. Unmodifiable.
   *
   * @return parameter names mapped to canonical values; empty when every parameter is at its
   *     default
   */
  public Map<String, String> nonDefaultParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      if (!defaults.get(i++)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The canonical text (see the class description).
   *
   * @return for example {@code "leaky_relu(negative_slope=0.01)"}
   */
  public String text() {
    return text;
  }

  /** The canonical text, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }

  /** Equal when the name and every parameter value are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Spec s && s.name.equals(name) && s.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + parameters.hashCode();
  }
}
