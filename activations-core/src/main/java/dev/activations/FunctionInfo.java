package dev.activations;

import java.util.ArrayList;
import java.util.List;

/**
 * What the registry knows about one function: its parameters, formula, derivative, range and
 * conventions. Used by {@code activations list} and {@code activations describe}.
 *
 * @param name PyTorch's functional name
 * @param kind element-wise or row-wise
 * @param parameters the parameters in declaration order (the order of positional arguments)
 * @param formula f(x) in plain text
 * @param derivative f'(x) in plain text
 * @param range the range of f with the defaults, in interval notation
 * @param conventions kink, infinity and NaN conventions, one sentence each
 */
public record FunctionInfo(
    String name,
    Kind kind,
    List<ParameterInfo> parameters,
    String formula,
    String derivative,
    String range,
    List<String> conventions) {

  /** How a function consumes its input. */
  public enum Kind {
    /** y[i] = f(x[i]): an {@link Activation}. */
    ELEMENTWISE,
    /** Each row of a matrix at once: a {@link RowwiseActivation}. */
    ROWWISE
  }

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param name PyTorch's functional name
   * @param kind element-wise or row-wise
   * @param parameters the parameters in declaration order; copied
   * @param formula f(x) in plain text
   * @param derivative f'(x) in plain text
   * @param range the range of f with the defaults, in interval notation
   * @param conventions kink, infinity and NaN conventions, one sentence each; copied
   */
  public FunctionInfo {
    parameters = List.copyOf(parameters);
    conventions = List.copyOf(conventions);
  }

  /**
   * The default specification: the name, with every parameter at its default.
   *
   * @return for example {@code "leaky_relu(negative_slope=0.01)"}; required parameters are left out
   */
  public String defaultSpec() {
    if (parameters.isEmpty()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append('(');
    String sep = "";
    for (ParameterInfo p : parameters) {
      if (p.required()) {
        continue;
      }
      sb.append(sep).append(p.name()).append('=').append(p.defaultValue());
      sep = ", ";
    }
    return sb.append(')').toString().replace("()", "");
  }

  /**
   * The specifications that reach each of this function's kernels with its other parameters at
   * their defaults: the name, then {@code name(parameter=value)} for every value of a choice
   * parameter other than its default. The benchmarks, the accuracy sweeps and the command
   * line's {@code accuracy} and {@code bench} go through these, so that a new choice value is
   * measured with no list to edit.
   *
   * @return for example {@code [gelu, gelu(approximate=tanh)]} or {@code [sigmoid]}; empty when
   *     a parameter is required, since the function then has no defaults
   */
  public List<String> kernelForms() {
    if (parameters.stream().anyMatch(ParameterInfo::required)) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    forms.add(name);
    for (ParameterInfo p : parameters) {
      for (String choice : p.choices()) {
        if (!choice.equals(p.defaultValue())) {
          forms.add(name + "(" + p.name() + "=" + choice + ")");
        }
      }
    }
    return List.copyOf(forms);
  }
}
