package dev.activations;

import dev.activations.internal.function.ArgumentChecks;

/**
 * An element-wise activation function f and its derivative f', on {@code float} and
 * {@code double}, scalar and array.
 *
 * <p>Instances are immutable and thread-safe. Obtain them from {@link Activations#of(String)}.
 *
 * <h2>Arrays</h2>
 * {@code forward} computes {@code y[i] = f(x[i])}; {@code backward} computes
 * {@code dx[i] = dy[i] · f'(x[i])} (the chain rule, dy being ∂L/∂y). In-place calls are allowed:
 * {@code y} may be the same array as {@code x} (same offset), and {@code dx} the same array as
 * {@code dy} or {@code x}. Every argument error (a null array, a negative length, an offset or
 * length that runs past an array) throws {@link IllegalArgumentException} before any element is
 * written. Arrays not named as outputs are not modified.
 *
 * <h2>Semantics</h2>
 * NaN in gives NaN out, for value and derivative. Infinite inputs give the mathematical limits
 * (for example silu(−∞) = −0). At a kink, the derivative follows PyTorch's backward pass (relu'(0)
 * = 0, leaky_relu'(0) = negative_slope, elu'(0) = α, hardtanh' = 0 at both bounds); each
 * function's Javadoc and {@code docs/semantics.md} list its conventions.
 *
 * <h2>Accuracy</h2>
 * Against the correctly rounded result: {@code float} values within 1 ULP and derivatives within
 * 2 ULP; {@code double} values within 2 ULP and derivatives within 4 ULP (near a zero crossing
 * of the derivative, within that many ULPs of the derivative's largest magnitude). Measured
 * figures are in {@code docs/accuracy.md}. These are the bounds of {@link Precision#EXACT} (whose
 * float results are in fact correctly rounded); {@link Precision#FAST} trades float accuracy for
 * speed ({@link #with(Precision)}).
 */
public non-sealed interface Activation extends ActivationFunction {

  /** The function's name, as in PyTorch's functional API: {@code "leaky_relu"}. */
  @Override
  String name();

  /**
   * The canonical specification, which {@link Activations#of(String)} parses back to an equal
   * function: the name, then every parameter with its value in declaration order, for example
   * {@code "leaky_relu(negative_slope=0.01)"}; just the name when there are no parameters.
   */
  @Override
  String spec();

  /**
   * f(x) in double precision.
   *
   * @param x any double; NaN gives NaN, ±∞ the limit of f
   * @return f(x), within 2 ULP of the correctly rounded value
   */
  double value(double x);

  /**
   * f'(x) in double precision, with the kink conventions of this function.
   *
   * @param x any double; NaN gives NaN, ±∞ the limit of f'
   * @return f'(x), within 4 ULP of the correctly rounded value (near a zero of f', see the
   *     accuracy section above)
   */
  double derivative(double x);

  /**
   * f(x) in single precision.
   *
   * @param x any float; NaN gives NaN, ±∞ the limit of f
   * @return f(x) as a float: correctly rounded for {@link Precision#EXACT}, within 3 ULP of that
   *     for {@link Precision#FAST}
   */
  float value(float x);

  /**
   * f'(x) in single precision, with the kink conventions of this function.
   *
   * @param x any float; NaN gives NaN, ±∞ the limit of f'
   * @return f'(x) as a float: correctly rounded for {@link Precision#EXACT}, within 4 ULP of
   *     that for {@link Precision#FAST}
   */
  float derivative(float x);

  /**
   * {@code y[yOffset + i] = f(x[xOffset + i])} for {@code 0 ≤ i < length}.
   *
   * @param x input, not modified (unless it is also {@code y})
   * @param xOffset index of the first input element, ≥ 0
   * @param y output, modified; may be {@code x}
   * @param yOffset index of the first output element, ≥ 0
   * @param length how many elements, ≥ 0; 0 writes nothing
   */
  void forward(float[] x, int xOffset, float[] y, int yOffset, int length);

  /**
   * {@code y[i] = f(x[i])} for every element; {@code y.length} must equal {@code x.length}.
   *
   * @param x input, not modified (unless it is also {@code y})
   * @param y output, modified; may be {@code x}
   */
  default void forward(float[] x, float[] y) {
    ArgumentChecks.sameLength("x", x, "y", y);
    forward(x, 0, y, 0, x.length);
  }

  /**
   * Double-precision twin of {@link #forward(float[], int, float[], int, int)}.
   *
   * @param x input, not modified (unless it is also {@code y})
   * @param xOffset index of the first input element, ≥ 0
   * @param y output, modified; may be {@code x}
   * @param yOffset index of the first output element, ≥ 0
   * @param length how many elements, ≥ 0; 0 writes nothing
   */
  void forward(double[] x, int xOffset, double[] y, int yOffset, int length);

  /**
   * {@code y[i] = f(x[i])} for every element; {@code y.length} must equal {@code x.length}.
   *
   * @param x input, not modified (unless it is also {@code y})
   * @param y output, modified; may be {@code x}
   */
  default void forward(double[] x, double[] y) {
    ArgumentChecks.sameLength("x", x, "y", y);
    forward(x, 0, y, 0, x.length);
  }

  /**
   * {@code dx[dxOffset + i] = dy[dyOffset + i] · f'(x[xOffset + i])} for {@code 0 ≤ i < length}.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param xOffset index of the first element of x, ≥ 0
   * @param y the forward output {@code f(x)}, not modified; may be {@code null}. Implementations
   *     use it only where that gives the identical result
   * @param yOffset index of the first element of y, ≥ 0; ignored when y is {@code null}
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dyOffset index of the first element of dy, ≥ 0
   * @param dx output, modified; may be {@code dy} or {@code x}
   * @param dxOffset index of the first element of dx, ≥ 0
   * @param length how many elements, ≥ 0; 0 writes nothing
   */
  void backward(float[] x, int xOffset, float[] y, int yOffset, float[] dy, int dyOffset,
      float[] dx, int dxOffset, int length);

  /**
   * Whole-array form of the backward pass; every non-null array must have x's length.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param y the forward output {@code f(x)}, or {@code null}; not modified
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dx output, modified; may be {@code dy} or {@code x}
   */
  default void backward(float[] x, float[] y, float[] dy, float[] dx) {
    ArgumentChecks.sameLength("x", x, "dy", dy);
    ArgumentChecks.sameLength("x", x, "dx", dx);
    if (y != null) {
      ArgumentChecks.sameLength("x", x, "y", y);
    }
    backward(x, 0, y, 0, dy, 0, dx, 0, x.length);
  }

  /**
   * Double-precision twin of the offset form of {@code backward}.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param xOffset index of the first element of x, ≥ 0
   * @param y the forward output {@code f(x)}, or {@code null}; not modified
   * @param yOffset index of the first element of y, ≥ 0; ignored when y is {@code null}
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dyOffset index of the first element of dy, ≥ 0
   * @param dx output, modified; may be {@code dy} or {@code x}
   * @param dxOffset index of the first element of dx, ≥ 0
   * @param length how many elements, ≥ 0; 0 writes nothing
   */
  void backward(double[] x, int xOffset, double[] y, int yOffset, double[] dy, int dyOffset,
      double[] dx, int dxOffset, int length);

  /**
   * Whole-array form of the backward pass; every non-null array must have x's length.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param y the forward output {@code f(x)}, or {@code null}; not modified
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dx output, modified; may be {@code dy} or {@code x}
   */
  default void backward(double[] x, double[] y, double[] dy, double[] dx) {
    ArgumentChecks.sameLength("x", x, "dy", dy);
    ArgumentChecks.sameLength("x", x, "dx", dx);
    if (y != null) {
      ArgumentChecks.sameLength("x", x, "y", y);
    }
    backward(x, 0, y, 0, dy, 0, dx, 0, x.length);
  }

  /**
   * The precision of the {@code float} kernels: {@link Precision#EXACT} or
   * {@link Precision#FAST}, as requested when the function was built. Functions with no float
   * kernel (prelu with several channels, rrelu in training mode) compute float through double
   * and report EXACT.
   *
   * @return EXACT or FAST; never {@code null}
   */
  Precision precision();

  /**
   * This function (same specification and parameters) with {@code float} kernels of the given
   * precision; this instance itself where it already has that precision. Double results do not
   * change.
   *
   * @param precision the float kernels wanted: {@link Precision#EXACT} or {@link Precision#FAST}
   * @return a function with the same specification and the given float precision
   * @throws IllegalArgumentException for a null precision
   */
  Activation with(Precision precision);
}
