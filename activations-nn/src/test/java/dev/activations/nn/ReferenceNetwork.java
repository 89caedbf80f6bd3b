package dev.activations.nn;

import dev.activations.Activation;
import dev.activations.LossResult;
import dev.activations.ParametricActivation;
import java.util.List;

/**
 * An independent double-precision implementation of a network's forward and backward passes,
 * written as the textbook triple loops (no blocking, no zero skipping), on parameters widened
 * exactly from a {@link Network}. It is the oracle of the gradient checks: finite differences
 * validate it in double, and the float network must agree with it to float accuracy.
 */
final class ReferenceNetwork {
  final int layers;
  final int[] sizes;
  final double[][] weights;
  final double[][] bias;
  final double[][] theta;
  private final Activation[] base;

  ReferenceNetwork(Network network) {
    List<Dense> ls = network.layers();
    layers = ls.size();
    sizes = network.sizes();
    weights = new double[layers][];
    bias = new double[layers][];
    theta = new double[layers][];
    base = new Activation[layers];
    for (int l = 0; l < layers; l++) {
      Dense d = ls.get(l);
      weights[l] = widen(d.weights());
      bias[l] = widen(d.bias());
      theta[l] = d.activationParameters();
      base[l] = d.activation();
    }
  }

  /** The gradients of one batch. */
  record Gradient(double loss, double[][] weights, double[][] bias, double[][] theta) {}

  private Activation activation(int l) {
    return theta[l].length > 0 ? ((ParametricActivation) base[l]).withParameters(theta[l])
        : base[l];
  }

  double loss(double[] x, int rows, int[] labels, Loss loss) {
    double[][][] za = forward(x, rows);
    return loss.compute(za[1][layers - 1], rows, sizes[layers], labels).loss();
  }

  /** [0] the pre-activations Z of each layer, [1] the outputs A. */
  private double[][][] forward(double[] x, int rows) {
    double[][] z = new double[layers][];
    double[][] a = new double[layers][];
    double[] in = x;
    for (int l = 0; l < layers; l++) {
      int n = sizes[l];
      int m = sizes[l + 1];
      z[l] = new double[rows * m];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < m; j++) {
          double s = bias[l][j];
          for (int k = 0; k < n; k++) {
            s += in[i * n + k] * weights[l][k * m + j];
          }
          z[l][i * m + j] = s;
        }
      }
      a[l] = new double[rows * m];
      activation(l).forward(z[l], a[l]);
      in = a[l];
    }
    return new double[][][] {z, a};
  }

  Gradient gradient(double[] x, int rows, int[] labels, Loss loss) {
    double[][][] za = forward(x, rows);
    double[][] z = za[0];
    double[][] a = za[1];
    LossResult r = loss.compute(a[layers - 1], rows, sizes[layers], labels);
    double[] d = r.gradient();
    double[][] gw = new double[layers][];
    double[][] gb = new double[layers][];
    double[][] gt = new double[layers][];
    for (int l = layers - 1; l >= 0; l--) {
      int n = sizes[l];
      int m = sizes[l + 1];
      double[] dz = new double[rows * m];
      gt[l] = new double[theta[l].length];
      Activation f = activation(l);
      if (theta[l].length > 0) {
        ((ParametricActivation) f).backward(z[l], 0, d, 0, dz, 0, rows * m, gt[l]);
      } else {
        f.backward(z[l], a[l], d, dz);
      }
      double[] in = l == 0 ? x : a[l - 1];
      gw[l] = new double[n * m];
      gb[l] = new double[m];
      for (int k = 0; k < n; k++) {
        for (int j = 0; j < m; j++) {
          double s = 0;
          for (int i = 0; i < rows; i++) {
            s += in[i * n + k] * dz[i * m + j];
          }
          gw[l][k * m + j] = s;
        }
      }
      for (int j = 0; j < m; j++) {
        for (int i = 0; i < rows; i++) {
          gb[l][j] += dz[i * m + j];
        }
      }
      double[] dx = new double[rows * n];
      for (int i = 0; i < rows; i++) {
        for (int k = 0; k < n; k++) {
          double s = 0;
          for (int j = 0; j < m; j++) {
            s += dz[i * m + j] * weights[l][k * m + j];
          }
          dx[i * n + k] = s;
        }
      }
      d = dx;
    }
    return new Gradient(r.loss(), gw, gb, gt);
  }

  static double[] widen(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
