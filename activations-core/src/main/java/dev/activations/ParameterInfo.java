package dev.activations;

import java.util.List;

/**
 * One parameter of a function, as it appears in a specification.
 *
 * @param name PyTorch's parameter name, for example {@code negative_slope}
 * @param type {@code "float"}, {@code "int"}, {@code "bool"} or {@code "choice"}
 * @param defaultValue the default as it is written in a specification, or {@code null} when the
 *     parameter is required
 * @param constraint the domain, in words (for example {@code "finite, ≠ 0"})
 * @param description what the parameter does
 * @param choices the values a {@code "choice"} parameter accepts, in declaration order (the
 *     default among them); empty for every other type
 */
public record ParameterInfo(
    String name, String type, String defaultValue, String constraint, String description,
    List<String> choices) {

  /**
   * Keeps an unmodifiable copy of the choices; {@code null} stands for none.
   *
   * @param name PyTorch's parameter name
   * @param type {@code "float"}, {@code "int"}, {@code "bool"} or {@code "choice"}
   * @param defaultValue the default as written in a specification, or {@code null} when required
   * @param constraint the domain, in words
   * @param description what the parameter does
   * @param choices the values a choice parameter accepts, or {@code null} or empty for none; copied
   */
  public ParameterInfo {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /**
   * A parameter that is not a choice: no {@link #choices()}.
   *
   * @param name PyTorch's parameter name
   * @param type {@code "float"}, {@code "int"} or {@code "bool"}
   * @param defaultValue the default as written in a specification, or {@code null} when required
   * @param constraint the domain, in words
   * @param description what the parameter does
   */
  public ParameterInfo(
      String name, String type, String defaultValue, String constraint, String description) {
    this(name, type, defaultValue, constraint, description, List.of());
  }

  /**
   * Whether a specification must give this parameter.
   *
   * @return true when the parameter has no default
   */
  public boolean required() {
    return defaultValue == null;
  }
}
