package dev.activations;

/**
 * An activation with learnable parameters θ: PReLU's slopes (one, or one per channel) and
 * Swish's β when it is declared learnable.
 *
 * <p>Instances stay immutable: {@link #parameters()} returns a copy, and
 * {@link #withParameters(double[])} returns a new instance. The parameter gradient is accumulated
 * into an array the caller owns, so nothing inside the activation changes during training.
 *
 * <h2>Channels</h2>
 * For an activation with C channels (PReLU with {@code num_parameters = C > 1}), array calls read
 * their elements as rows of C channels, row-major with the channel fastest: element k of a call
 * (counted from its offset) belongs to channel {@code k mod C}. The length of such a call must be
 * a multiple of C. This is the layout of a dense layer's {@code batch × units} output.
 */
public interface ParametricActivation extends Activation {

  /**
   * Number of learnable parameters (0 for a swish whose β is fixed).
   *
   * @return the length of {@link #parameters()}, ≥ 0
   */
  int parameterCount();

  /**
   * A copy of the parameters θ.
   *
   * @return a fresh array of {@link #parameterCount()} values (PReLU: one slope per channel)
   */
  double[] parameters();

  /**
   * A function of the same kind with the given parameters.
   *
   * @param parameters new θ, not modified; length {@link #parameterCount()}, every value finite
   * @return a new instance; this one is unchanged
   * @throws IllegalArgumentException on a wrong length or a non-finite value
   */
  ParametricActivation withParameters(double[] parameters);

  /**
   * The backward pass that also accumulates the parameter gradient:
   * {@code dx[i] = dy[i] · ∂f/∂x(x[i])} and {@code dTheta[j] += Σ_i dy[i] · ∂f/∂θ_j(x[i])}.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param xOffset index of the first element of x, ≥ 0
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dyOffset index of the first element of dy, ≥ 0
   * @param dx output, modified; may be {@code dy} or {@code x}
   * @param dxOffset index of the first element of dx, ≥ 0
   * @param length how many elements, ≥ 0; a multiple of the channel count
   * @param dTheta accumulator of length {@link #parameterCount()}, modified (added to)
   */
  void backward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset,
      int length, double[] dTheta);

  /**
   * Double-precision twin of the accumulating backward pass.
   *
   * @param x the forward input, not modified (unless it is also {@code dx})
   * @param xOffset index of the first element of x, ≥ 0
   * @param dy the gradient of the loss with respect to y, not modified (unless it is also dx)
   * @param dyOffset index of the first element of dy, ≥ 0
   * @param dx output, modified; may be {@code dy} or {@code x}
   * @param dxOffset index of the first element of dx, ≥ 0
   * @param length how many elements, ≥ 0; a multiple of the channel count
   * @param dTheta accumulator of length {@link #parameterCount()}, modified (added to)
   */
  void backward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset,
      int length, double[] dTheta);
}
