package dev.activations.internal.function;

/**
 * softmax over the last dimension, as {@code torch.softmax(x, -1)}:
 * y_i = e^(x_i − m) / Σ_j e^(x_j − m), m the row's maximum.
 *
 * <p>Subtracting the maximum makes every exponent ≤ 0, so nothing overflows and the largest term
 * is exactly 1. Exponentials use StrictMath, sums are accumulated in double (also for float rows,
 * whose results are then rounded once).
 *
 * <p>Backward: dx = y ⊙ (dy − Σ_j dy_j·y_j), the Jacobian y_i(δ_ij − y_j) applied to dy; it reads
 * only y and dy.
 *
 * <p>Edge conventions: an empty row ({@code columns = 0}) and {@code rows = 0} are allowed and
 * write nothing; a row of all −∞, a row containing +∞ and a row containing NaN are NaN in every
 * column (x − m is NaN for some element, as in PyTorch); −∞ among finite values gives 0. Other
 * rows are never affected. In-place calls are allowed: y may be x, and dx may be dy, y or x.
 */
final class Softmax extends Rows {
  Softmax() {
    super("softmax");
  }

  @Override
  void forwardRow(double[] x, int xo, double[] y, int yo, int n) {
    softmaxRow(x, xo, y, yo, n, 1);
  }

  @Override
  void backwardRow(double[] x, int xo, double[] y, int yo, double[] dy, int dyo, double[] dx,
      int dxo, int n) {
    double s = dot(dy, dyo, y, yo, n);
    for (int i = 0; i < n; i++) {
      dx[dxo + i] = y[yo + i] * (dy[dyo + i] - s);
    }
  }
}
