package dev.activations.experiments;

import dev.activations.nn.DataSet;
import dev.activations.nn.Network;

/**
 * The per-example error terms δ^l = ∂C_x/∂z^l of every layer, for the softmax cross-entropy of
 * each example x (Nielsen's δ, the gradient that reaches a unit's bias and, times its inputs,
 * its weights). Backpropagation in double from {@link Forward}'s values: δ^L = softmax(z^L) −
 * onehot(y), δ^l = (δ^(l+1) · (W^(l+1))ᵀ) ⊙ f'(z^l).
 */
final class Deltas {
  private Deltas() {}

  /** δ of every layer, rows × units each, first layer first. */
  static double[][] of(Network network, DataSet data, Forward.LayerValues[] values) {
    int rows = data.rows();
    int layers = values.length;
    double[][] delta = new double[layers][];
    Forward.LayerValues out = values[layers - 1];
    int k = out.units();
    double[] d = new double[rows * k];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        max = Math.max(max, out.a()[r * k + j]);
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += Math.exp(out.a()[r * k + j] - max);
      }
      for (int j = 0; j < k; j++) {
        d[r * k + j] = Math.exp(out.a()[r * k + j] - max) / sum
            - (data.label(r) == j ? 1 : 0);
      }
    }
    delta[layers - 1] = d;
    for (int l = layers - 2; l >= 0; l--) {
      float[] w = network.layers().get(l + 1).weights();
      int n = values[l].units();
      int m = values[l + 1].units();
      double[] next = delta[l + 1];
      double[] here = new double[rows * n];
      for (int r = 0; r < rows; r++) {
        for (int i = 0; i < n; i++) {
          double s = 0;
          for (int j = 0; j < m; j++) {
            s += next[r * m + j] * w[i * m + j];
          }
          here[r * n + i] = s * values[l].derivative()[r * n + i];
        }
      }
      delta[l] = here;
    }
    return delta;
  }
}
