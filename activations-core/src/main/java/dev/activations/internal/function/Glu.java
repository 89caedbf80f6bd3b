package dev.activations.internal.function;

import dev.activations.internal.math.Logistic;

/**
 * The gated linear unit over the last dimension, as {@code torch.nn.functional.glu(x, -1)}: each
 * row of even width 2h is split into a = x[0, h) and b = x[h, 2h), and y = a ⊙ σ(b), a row of
 * width h.
 *
 * <p>Backward: da = dy ⊙ σ(b) and db = dy ⊙ a ⊙ σ(b)σ(−b), with σ and σ' in their stable forms
 * ({@link Logistic}); y is not read.
 *
 * <p>Edge conventions: the row width must be even ({@link #outputColumns} throws
 * IllegalArgumentException otherwise); an empty row and {@code rows = 0} are allowed and write
 * nothing. Values follow IEEE arithmetic on a·σ(b): NaN in a or b gives NaN; b = +∞ gives a and
 * b = −∞ gives 0 (times the sign of a); a = ±∞ with b = −∞ gives NaN (∞·0), as in PyTorch. Not in
 * place: y must not be x, and dx must not be dy or y (an output row is half as wide, so rows would
 * overlap); dx may be x.
 */
final class Glu extends Rows {
  Glu() {
    super("glu");
  }

  @Override
  public int outputColumns(int columns) {
    checkColumns(columns);
    if ((columns & 1) != 0) {
      throw new IllegalArgumentException(
          "glu splits each row in two halves, so columns must be even, got " + columns);
    }
    return columns / 2;
  }

  @Override
  boolean inPlaceAllowed() {
    return false;
  }

  @Override
  void forwardRow(double[] x, int xo, double[] y, int yo, int n) {
    int h = n / 2;
    for (int j = 0; j < h; j++) {
      y[yo + j] = x[xo + j] * Logistic.sigmoid(x[xo + h + j]);
    }
  }

  @Override
  void backwardRow(double[] x, int xo, double[] y, int yo, double[] dy, int dyo, double[] dx,
      int dxo, int n) {
    int h = n / 2;
    for (int j = 0; j < h; j++) {
      // Both halves are read before either is written, which keeps dx == x correct.
      double a = x[xo + j];
      double b = x[xo + h + j];
      double g = dy[dyo + j];
      dx[dxo + j] = g * Logistic.sigmoid(b);
      dx[dxo + h + j] = g * a * Logistic.sigmoidDerivative(b);
    }
  }
}
