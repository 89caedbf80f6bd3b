package dev.activations.internal.function;

/**
 * softmin over the last dimension, as {@code torch.nn.functional.softmin(x, -1)}: softmax(−x),
 * y_i = e^(m − x_i) / Σ_j e^(m − x_j), m the row's minimum.
 *
 * <p>Negation is exact, so the result is bit for bit softmax of the negated row.
 *
 * <p>Backward: dx = −y ⊙ (dy − Σ_j dy_j·y_j) (the softmax Jacobian, times −1 for the inner −x);
 * it reads only y and dy.
 *
 * <p>Edge conventions: an empty row and {@code rows = 0} are allowed and write nothing; a row of
 * all +∞, a row containing −∞ and a row containing NaN are NaN in every column; +∞ among finite
 * values gives 0. Other rows are never affected. In-place calls are allowed: y may be x, and dx
 * may be dy, y or x.
 */
final class Softmin extends Rows {
  Softmin() {
    super("softmin");
  }

  @Override
  void forwardRow(double[] x, int xo, double[] y, int yo, int n) {
    softmaxRow(x, xo, y, yo, n, -1);
  }

  @Override
  void backwardRow(double[] x, int xo, double[] y, int yo, double[] dy, int dyo, double[] dx,
      int dxo, int n) {
    double s = dot(dy, dyo, y, yo, n);
    for (int i = 0; i < n; i++) {
      dx[dxo + i] = y[yo + i] * (s - dy[dyo + i]);
    }
  }
}
