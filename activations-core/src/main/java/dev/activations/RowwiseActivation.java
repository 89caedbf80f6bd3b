package dev.activations;

/**
 * A function applied to each row of a {@code rows × columns} row-major matrix: softmax,
 * log_softmax, softmin (over the last dimension) and glu (which halves the row).
 *
 * <p>Immutable and thread-safe. The softmax family always subtracts the row's maximum before
 * exponentiating. A row of all −∞ gives NaN in every column (as PyTorch does); a row containing
 * +∞ gives NaN too (for softmin, which is softmax(−x), the roles of +∞ and −∞ swap); −∞ among
 * finite values gives 0 in softmax and −∞ in log_softmax. An empty row ({@code columns = 0}) is
 * allowed and produces nothing. NaN anywhere in a row makes the whole row NaN.
 */
public non-sealed interface RowwiseActivation extends ActivationFunction {

  /** The function's name, as in PyTorch's functional API. */
  @Override
  String name();

  /** The canonical specification, parsable by {@link Activations#rowwise(String)}. */
  @Override
  String spec();

  /**
   * The width of an output row for an input row of {@code columns}; equals {@code columns}
   * except for glu, where it is {@code columns / 2}.
   *
   * @param columns the input row width, ≥ 0
   * @return the output row width, ≥ 0
   * @throws IllegalArgumentException if the width is not allowed (glu needs an even width)
   */
  int outputColumns(int columns);

  /**
   * Applies the function to each row.
   *
   * @param x input, {@code rows × columns}, not modified
   * @param y output, {@code rows × outputColumns(columns)}, modified; may be x except for glu
   * @param rows the number of rows, ≥ 0; 0 writes nothing
   * @param columns the input row width, ≥ 0
   */
  void forward(float[] x, float[] y, int rows, int columns);

  /**
   * Double-precision twin of {@link #forward(float[], float[], int, int)}.
   *
   * @param x input, {@code rows × columns}, not modified
   * @param y output, {@code rows × outputColumns(columns)}, modified; may be x except for glu
   * @param rows the number of rows, ≥ 0; 0 writes nothing
   * @param columns the input row width, ≥ 0
   */
  void forward(double[] x, double[] y, int rows, int columns);

  /**
   * The backward pass: {@code dx = Jᵀ dy} row by row, J being the row's Jacobian.
   *
   * @param x the forward input, not modified
   * @param y the forward output, not modified
   * @param dy gradient with respect to y, {@code rows × outputColumns(columns)}, not modified
   * @param dx output, {@code rows × columns}, modified; may be dy except for glu
   * @param rows the number of rows, ≥ 0; 0 writes nothing
   * @param columns the input row width, ≥ 0
   */
  void backward(float[] x, float[] y, float[] dy, float[] dx, int rows, int columns);

  /**
   * Double-precision twin of the backward pass.
   *
   * @param x the forward input, not modified
   * @param y the forward output, not modified
   * @param dy gradient with respect to y, {@code rows × outputColumns(columns)}, not modified
   * @param dx output, {@code rows × columns}, modified; may be dy except for glu
   * @param rows the number of rows, ≥ 0; 0 writes nothing
   * @param columns the input row width, ≥ 0
   */
  void backward(double[] x, double[] y, double[] dy, double[] dx, int rows, int columns);
}
