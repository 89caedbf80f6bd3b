package dev.activations;

import dev.activations.internal.kernel.Kernels;
import dev.activations.internal.registry.Registry;
import java.util.List;

/**
 * The registry: every function by its PyTorch functional name, built from a specification.
 *
 * <p>A specification (its grammar and canonical form: {@link Spec}) is a name, optionally
 * followed by parameters in parentheses, by name or in declaration order: {@code "relu"}, {@code "leaky_relu(negative_slope=0.1)"},
 * {@code "leaky_relu(0.1)"}, {@code "gelu(approximate=tanh)"}, {@code "rrelu(lower=1/8)"}.
 * Numbers are decimal (with exponent), {@code inf}, or a fraction {@code a/b}; booleans are
 * {@code true}/{@code false}; choices are bare or quoted words. Names are case-sensitive and
 * white space is ignored.
 *
 * <p>Every error is an {@link IllegalArgumentException} whose message names the problem: an
 * unknown name lists the closest valid names (and all of them); an unknown parameter lists the
 * function's parameters; a value outside its domain names the constraint.
 */
public final class Activations {
  private Activations() {}

  /**
   * Builds an element-wise activation from its specification.
   *
   * @param spec the specification text, for example {@code "leaky_relu(0.1)"}
   * @return the function, with float kernels at the process default precision
   * @throws IllegalArgumentException on a malformed or unknown specification, an invalid
   *     parameter, or a row-wise function (use {@link #rowwise(String)} for those)
   */
  public static Activation of(String spec) {
    return Registry.elementwise(spec);
  }

  /**
   * Builds an element-wise activation whose {@code float} kernels have the given precision
   * (the process default, {@link Precision#defaultPrecision()}, is ignored).
   *
   * @param spec the specification text, for example {@code "gelu(approximate=tanh)"}
   * @param precision the float kernels' precision: EXACT or FAST
   * @return the function with float kernels of that precision
   * @throws IllegalArgumentException as {@link #of(String)}, or for a null precision
   */
  public static Activation of(String spec, Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is null: pass Precision.EXACT or Precision.FAST");
    }
    return Registry.elementwise(spec, Kernels.provider(precision));
  }

  /**
   * Builds a row-wise function (softmax, log_softmax, softmin, glu) from its specification.
   *
   * @param spec the specification text, for example {@code "softmax"} or {@code "glu"}
   * @return the row-wise function
   * @throws IllegalArgumentException on a malformed or unknown specification, or an element-wise
   *     function
   */
  public static RowwiseActivation rowwise(String spec) {
    return Registry.rowwise(spec);
  }

  /**
   * Builds a function of either kind from its specification: an {@link Activation} or a
   * {@link RowwiseActivation}, for callers that take both (see {@link ActivationFunction}).
   *
   * @param spec the specification text of any function the registry knows
   * @return an {@link Activation} or a {@link RowwiseActivation}
   * @throws IllegalArgumentException on a malformed or unknown specification, or an invalid
   *     parameter
   */
  public static ActivationFunction build(String spec) {
    return Registry.build(spec);
  }

  /**
   * As {@link #build(String)}, with an element-wise function's {@code float} kernels at the
   * given precision (as {@link #of(String, Precision)}); a row-wise function is the same at
   * either precision.
   *
   * @param spec the specification text of any function the registry knows
   * @param precision the float kernels' precision for an element-wise function: EXACT or FAST
   * @return an {@link Activation} or a {@link RowwiseActivation}
   * @throws IllegalArgumentException as {@link #build(String)}, or for a null precision
   */
  public static ActivationFunction build(String spec, Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is null: pass Precision.EXACT or Precision.FAST");
    }
    return Registry.build(spec, Kernels.provider(precision));
  }

  /**
   * Every function the library knows, element-wise first, in a stable order.
   *
   * @return an unmodifiable list, one entry per function name
   */
  public static List<FunctionInfo> all() {
    return Registry.infos();
  }

  /**
   * What the registry knows about one function.
   *
   * @param name the function's name alone, without parameters: {@code "gelu"}
   * @return its parameters, formula, derivative, range and conventions
   * @throws IllegalArgumentException on an unknown name, listing the closest valid ones
   */
  public static FunctionInfo describe(String name) {
    return Registry.info(name);
  }
}
