package dev.activations.nn;

import java.util.List;

/**
 * The per-layer buffers of a forward and backward pass on batches of exactly {@link #rows}
 * examples: pre-activations Z, outputs A, the gradients flowing back, and the row buffers of
 * the matrix products.
 * Exact sizes let the output be handed to the core losses as a whole array.
 */
final class Workspace {
  final int rows;
  final float[][] z;
  final float[][] a;
  /** ∂C/∂A of each layer (turned into ∂C/∂Z in place); allocated on the first backward pass. */
  float[][] d;
  /** Row buffers of the matrix products. */
  final MatMul.Scratch scratch = new MatMul.Scratch();

  Workspace(Network network, int rows) {
    List<Dense> layers = network.layers();
    this.rows = rows;
    z = new float[layers.size()][];
    a = new float[layers.size()][];
    for (int l = 0; l < z.length; l++) {
      z[l] = new float[rows * layers.get(l).units()];
      a[l] = new float[rows * layers.get(l).units()];
    }
  }

  void ensureBackward(Network network) {
    if (d != null) {
      return;
    }
    List<Dense> layers = network.layers();
    d = new float[layers.size()][];
    for (int l = 0; l < d.length; l++) {
      d[l] = new float[rows * layers.get(l).units()];
    }
  }

  /** The network's output, rows × outputs. */
  float[] output() {
    return a[a.length - 1];
  }
}
