package dev.activations.experiments;

import dev.activations.Activation;
import dev.activations.ParametricActivation;
import dev.activations.nn.Dense;
import dev.activations.nn.MalformedDataException;
import dev.activations.nn.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Networks with parameters chosen by an experiment (a weight scale, a shifted bias), built
 * through the lab's documented JSON format ({@link Network#fromJson(String)}), which is the
 * public way to give a network exact parameters.
 */
final class Networks {
  private Networks() {}

  /**
   * One layer's parameters. The record holds the arrays it is given (no copies): callers that
   * share one between networks copy it first.
   *
   * @param activation f
   * @param weights n × m, input-major
   * @param bias m biases
   */
  record Layer(Activation activation, float[] weights, float[] bias) {}

  /** The layers of a network, with copies of their parameters. */
  static List<Layer> layers(Network network) {
    List<Layer> layers = new ArrayList<>();
    for (Dense d : network.layers()) {
      layers.add(new Layer(d.activation(), d.weights(), d.bias()));
    }
    return layers;
  }

  /**
   * A network with exactly these parameters.
   *
   * @throws IllegalArgumentException if the shapes do not chain
   */
  static Network build(int inputs, List<Layer> layers) {
    StringBuilder b = new StringBuilder();
    b.append("{\"format\": \"activations-nn/network\", \"version\": 1, \"inputs\": ")
        .append(inputs).append(", \"layers\": [");
    int in = inputs;
    for (int l = 0; l < layers.size(); l++) {
      Layer layer = layers.get(l);
      int units = layer.bias().length;
      if (layer.weights().length != in * units) {
        throw new IllegalArgumentException("layer " + l + ": " + layer.weights().length
            + " weights for " + in + " inputs × " + units + " units");
      }
      b.append(l == 0 ? "" : ", ").append("{\"type\": \"dense\", \"inputs\": ").append(in)
          .append(", \"units\": ").append(units).append(", \"activation\": \"")
          .append(layer.activation().spec().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\", \"activation_parameters\": [");
      if (layer.activation() instanceof ParametricActivation p) {
        double[] theta = p.parameters();
        for (int i = 0; i < theta.length; i++) {
          b.append(i == 0 ? "" : ", ").append(theta[i]);
        }
      }
      b.append("], \"weights\": ");
      floats(layer.weights(), b);
      b.append(", \"bias\": ");
      floats(layer.bias(), b);
      b.append('}');
      in = units;
    }
    b.append("]}");
    try {
      return Network.fromJson(b.toString());
    } catch (MalformedDataException e) {
      throw new IllegalStateException("the network document is invalid: " + e.getMessage(), e);
    }
  }

  private static void floats(float[] values, StringBuilder b) {
    b.append('[');
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException("parameter " + i + " is " + values[i]);
      }
      b.append(i == 0 ? "" : ",").append(values[i]);
    }
    b.append(']');
  }
}
