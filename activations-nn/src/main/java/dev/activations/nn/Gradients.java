package dev.activations.nn;

import java.util.List;

/** ∂C/∂W, ∂C/∂b and ∂C/∂θ of every layer of one network, for one batch. */
final class Gradients {
  /** One layer's gradients, shaped as its parameters. */
  static final class Layer {
    final float[] weights;
    final float[] bias;
    final double[] theta;

    Layer(Dense d) {
      weights = new float[d.weightArray().length];
      bias = new float[d.units()];
      theta = new double[d.thetaArray().length];
    }
  }

  final Layer[] layers;

  Gradients(Network network) {
    List<Dense> ls = network.layers();
    layers = new Layer[ls.size()];
    for (int i = 0; i < layers.length; i++) {
      layers[i] = new Layer(ls.get(i));
    }
  }
}
