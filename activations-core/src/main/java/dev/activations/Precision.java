package dev.activations;

import java.util.Locale;

/**
 * How closely the {@code float} kernels of an {@link Activation} follow the mathematical
 * function: the choice between accuracy and speed, made per function
 * ({@link Activations#of(String, Precision)}, {@link Activation#with(Precision)}) or for the
 * whole process (the system property {@value #PROPERTY} = {@code exact} or {@code fast}; the
 * library keeps {@link #EXACT} for a value it cannot read).
 *
 * <p>Both precisions have the same special values: NaN in gives NaN out; ±∞ give the limits;
 * the sign of a zero result is the same; subnormal results are not flushed to zero; kinks follow
 * PyTorch's backward conventions. {@code double} arrays and scalars have one precision (the
 * library's double kernels, within 2 ULP for values and 4 ULP for derivatives) whatever is
 * chosen here.
 */
public enum Precision {
  /**
   * The default. Every {@code float} result is correctly rounded: within 0.5 ULP of the exact
   * value (plus 2·10⁻¹¹ ULP), value and derivative, proven over all 2³² float inputs
   * ({@code activations accuracy --exhaustive}). The transcendental functions evaluate in double
   * lanes and round once.
   */
  EXACT,
  /**
   * Within 3 ULP of the correctly rounded value and 4 ULP of the correctly rounded derivative,
   * proven against {@link #EXACT} over all 2³² float inputs for every function
   * ({@code activations accuracy --precision fast --exhaustive}, docs/accuracy.md); evaluated in float lanes at the
   * full vector width (16 on AVX-512, 8 on AVX2). Functions that gain nothing from float lanes or
   * whose bound float lanes cannot keep run their EXACT kernels, which are within the bound: the
   * piecewise functions, softsign, tanhshrink (x − tanh x cancels), the derivative of gelu
   * (its float-lane loop was slower), swish and softplus with β ≠ 1 (βx would need two floats),
   * and celu with α &lt; 0.
   */
  FAST;

  /** The system property that sets the process default: {@code exact} or {@code fast}. */
  public static final String PROPERTY = "activations.precision";

  /**
   * The lower-case name used by the property and the command line: {@code exact}, {@code fast}.
   *
   * @return {@code "exact"} or {@code "fast"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The precision named {@code text} ({@code exact} or {@code fast}, any case, surrounding white
   * space ignored).
   *
   * @param text the name; {@code null} is refused like any other unknown text
   * @return EXACT or FAST
   * @throws IllegalArgumentException naming the valid values
   */
  public static Precision parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Precision p : values()) {
      if (p.id().equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException("precision '" + text + "' is not one of exact, fast");
  }

  /**
   * The process default: the value of {@value #PROPERTY} when it names a precision, else
   * {@link #EXACT}. Read once, when the library first builds a function.
   *
   * @return the precision {@link Activations#of(String)} gives the float kernels
   */
  public static Precision defaultPrecision() {
    return dev.activations.internal.kernel.Kernels.PRECISION;
  }
}
