package dev.activations.experiments;

import dev.activations.Activation;
import dev.activations.nn.DataSet;
import dev.activations.nn.Dense;
import dev.activations.nn.Network;
import java.util.Arrays;

/**
 * A forward pass that keeps every layer's pre-activations z and outputs a = f(z) for a whole data
 * set, computed from the network's public parameters (z accumulated in double and rounded once
 * to float, a = f(z) in float as the lab computes it). The experiments use it to follow single
 * units: which ones are dead, which saturate.
 */
final class Forward {
  private Forward() {}

  /**
   * One layer's values for every example.
   *
   * @param z pre-activations, rows × units
   * @param a outputs, rows × units
   * @param derivative f'(z), rows × units
   * @param units the layer's units
   */
  record LayerValues(float[] z, float[] a, float[] derivative, int units) {}

  /** The values of every layer, first to last. */
  static LayerValues[] run(Network network, DataSet data) {
    int rows = data.rows();
    float[] in = data.features();
    int n = data.columns();
    LayerValues[] out = new LayerValues[network.layers().size()];
    for (int l = 0; l < out.length; l++) {
      Dense d = network.layers().get(l);
      int m = d.units();
      float[] z = preActivations(d, in, rows, n);
      Activation f = d.activation();
      float[] a = new float[z.length];
      f.forward(z, a);
      float[] ones = new float[z.length];
      Arrays.fill(ones, 1f);
      float[] slope = new float[z.length];
      f.backward(z, a, ones, slope);
      out[l] = new LayerValues(z, a, slope, m);
      in = a;
      n = m;
    }
    return out;
  }

  /** For each unit, whether its output is exactly zero for every example. */
  static boolean[] dead(LayerValues v) {
    boolean[] dead = new boolean[v.units()];
    Arrays.fill(dead, true);
    for (int i = 0; i < v.a().length; i++) {
      if (v.a()[i] != 0f) {
        dead[i % v.units()] = false;
      }
    }
    return dead;
  }

  /** For each unit, whether |f'(z)| is below the threshold for every example. */
  static boolean[] stuck(LayerValues v, double threshold) {
    boolean[] stuck = new boolean[v.units()];
    Arrays.fill(stuck, true);
    for (int i = 0; i < v.derivative().length; i++) {
      if (!(Math.abs(v.derivative()[i]) < threshold)) {
        stuck[i % v.units()] = false;
      }
    }
    return stuck;
  }

  /**
   * Clears the flag of every unit flagged in {@code dead} whose output is not zero for some
   * example: a cheaper pass than {@link #run} (outputs only, and only up to the deepest layer
   * with a flag left), for checking units before every training step.
   *
   * @param dead dead[l][j] for hidden layer l, unit j; updated in place
   */
  static void stillDead(Network network, DataSet data, boolean[][] dead) {
    int deepest = -1;
    for (int l = 0; l < dead.length; l++) {
      for (boolean d : dead[l]) {
        if (d) {
          deepest = l;
        }
      }
    }
    int rows = data.rows();
    float[] in = data.features();
    int n = data.columns();
    for (int l = 0; l <= deepest; l++) {
      Dense d = network.layers().get(l);
      int m = d.units();
      float[] z = preActivations(d, in, rows, n);
      float[] a = new float[z.length];
      d.activation().forward(z, a);
      for (int i = 0; i < a.length; i++) {
        if (a[i] != 0f) {
          dead[l][i % m] = false;
        }
      }
      in = a;
      n = m;
    }
  }

  /** z = x·W + b for every row, accumulated in double and rounded once to float. */
  private static float[] preActivations(Dense d, float[] in, int rows, int n) {
    int m = d.units();
    float[] w = d.weights();
    float[] b = d.bias();
    float[] z = new float[rows * m];
    double[] acc = new double[m];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < m; j++) {
        acc[j] = b[j];
      }
      for (int k = 0; k < n; k++) {
        double x = in[r * n + k];
        if (x == 0) {
          continue;
        }
        int row = k * m;
        for (int j = 0; j < m; j++) {
          acc[j] += x * w[row + j];
        }
      }
      for (int j = 0; j < m; j++) {
        z[r * m + j] = (float) acc[j];
      }
    }
    return z;
  }
}
