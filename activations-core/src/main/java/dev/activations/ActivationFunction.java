package dev.activations;

/**
 * Any function the registry builds: an element-wise {@link Activation} or a row-wise
 * {@link RowwiseActivation}, and nothing else. Code that takes a specification of either kind
 * (a command line, a configuration file) gets one from {@link Activations#build(String)} and
 * tells the two apart with {@code instanceof}:
 *
 * <pre>{@code
 * ActivationFunction f = Activations.build(text);
 * if (f instanceof Activation a) {
 *   a.forward(x, y);
 * } else if (f instanceof RowwiseActivation r) {
 *   r.forward(x, y, rows, columns);
 * }
 * }</pre>
 */
public sealed interface ActivationFunction permits Activation, RowwiseActivation {

  /**
   * The function's name, as in PyTorch's functional API: {@code "leaky_relu"}.
   *
   * @return the name alone, without parameters, for example {@code "softmax"}
   */
  String name();

  /**
   * The canonical specification, which {@link Activations#build(String)} parses back to an equal
   * function: the name, then every parameter with its value in declaration order, for example
   * {@code "leaky_relu(negative_slope=0.01)"}; just the name when there are no parameters. It is
   * the text of {@link Spec#parse(String) Spec.parse(spec())}.
   *
   * @return the canonical specification text, never {@code null}
   */
  String spec();
}
