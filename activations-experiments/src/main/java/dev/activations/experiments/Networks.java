package dev.activations.experiments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
    ObjectNode doc = JSON.objectNode().put("format", "activations-nn/network").put("version", 1)
        .put("inputs", inputs);
    ArrayNode layerNodes = doc.putArray("layers");
    int in = inputs;
    for (int l = 0; l < layers.size(); l++) {
      Layer layer = layers.get(l);
      int units = layer.bias().length;
      if (layer.weights().length != in * units) {
        throw new IllegalArgumentException("layer " + l + ": " + layer.weights().length
            + " weights for " + in + " inputs × " + units + " units");
      }
      ObjectNode node = layerNodes.addObject().put("type", "dense").put("inputs", in)
          .put("units", units).put("activation", layer.activation().spec());
      ArrayNode theta = node.putArray("activation_parameters");
      if (layer.activation() instanceof ParametricActivation p) {
        for (double t : p.parameters()) {
          theta.add(t);
        }
      }
      floats(layer.weights(), node.putArray("weights"));
      floats(layer.bias(), node.putArray("bias"));
      in = units;
    }
    try {
      return Network.fromJson(doc.toString());
    } catch (MalformedDataException e) {
      throw new IllegalStateException("the network document is invalid: " + e.getMessage(), e);
    }
  }

  /** Finite floats only; Jackson writes each as text that parses back to the same float. */
  private static void floats(float[] values, ArrayNode array) {
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new IllegalArgumentException("parameter " + i + " is " + values[i]);
      }
      array.add(values[i]);
    }
  }
}
