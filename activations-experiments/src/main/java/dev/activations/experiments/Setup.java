package dev.activations.experiments;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.nn.Initializer;

/**
 * An activation with the initialiser that suits it: sigmoid with Nielsen's, tanh with Xavier,
 * relu with He, selu with LeCun normal.
 *
 * @param spec the activation's specification, e.g. {@code relu}
 * @param initializer how its layers are drawn
 */
record Setup(String spec, Initializer initializer) {

  /** The activation. */
  Activation activation() {
    return Activations.of(spec);
  }

  /** The activation's name, as charts label its series (and colour them). */
  String label() {
    return activation().name();
  }
}
