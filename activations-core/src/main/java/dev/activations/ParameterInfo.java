package dev.activations;

/**
 * One parameter of a function, as it appears in a specification.
 *
 * @param name PyTorch's parameter name, for example {@code negative_slope}
 * @param type {@code "float"}, {@code "int"}, {@code "bool"} or {@code "choice"}
 * @param defaultValue the default as it is written in a specification, or {@code null} when the
 *     parameter is required
 * @param constraint the domain, in words (for example {@code "finite, ≠ 0"})
 * @param description what the parameter does
 */
public record ParameterInfo(
    String name, String type, String defaultValue, String constraint, String description) {

  /**
   * Whether a specification must give this parameter.
   *
   * @return true when the parameter has no default
   */
  public boolean required() {
    return defaultValue == null;
  }
}
