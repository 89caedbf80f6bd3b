package dev.activations.internal.function;

/**
 * log_softmax over the last dimension, as {@code torch.log_softmax(x, -1)}:
 * y_i = (x_i − m) − log Σ_j e^(x_j − m), m the row's maximum.
 *
 * <p>Computed directly, never as log(softmax): the subtraction keeps full relative accuracy where
 * softmax would underflow to 0 (y_i = −1000 is exact, log of softmax would give −∞). The log of
 * the sum is taken as log1p of the terms other than the maximum's (which is exactly 1), so the
 * largest element's tiny negative value is accurate too; both terms of y_i are ≤ 0, so nothing
 * cancels.
 *
 * <p>Backward: dx = dy − softmax(x)·Σ_j dy_j, with softmax(x) taken as e^y; it reads only y and
 * dy.
 *
 * <p>Edge conventions: an empty row and {@code rows = 0} are allowed and write nothing; a row of
 * all −∞, a row containing +∞ and a row containing NaN are NaN in every column; −∞ among finite
 * values gives −∞ (and its dx is dy, since e^−∞ = 0). Other rows are never affected. In-place
 * calls are allowed: y may be x, and dx may be dy, y or x.
 */
final class LogSoftmax extends Rows {
  LogSoftmax() {
    super("log_softmax");
  }

  @Override
  void forwardRow(double[] x, int xo, double[] y, int yo, int n) {
    double m = max(x, xo, n, 1);
    double logSum = StrictMath.log1p(sumExpOthers(x, xo, n, 1, m));
    for (int i = 0; i < n; i++) {
      y[yo + i] = (x[xo + i] - m) - logSum;
    }
  }

  @Override
  void backwardRow(double[] x, int xo, double[] y, int yo, double[] dy, int dyo, double[] dx,
      int dxo, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += dy[dyo + i];
    }
    for (int i = 0; i < n; i++) {
      dx[dxo + i] = dy[dyo + i] - StrictMath.exp(y[yo + i]) * s;
    }
  }
}
