/**
 * Activation functions and losses for neural networks: exact forward and backward passes on
 * {@code float} and {@code double}, PyTorch-compatible names, parameters and conventions.
 *
 * <p>Only {@code dev.activations} is public API; {@code dev.activations.internal} may change.
 */
module dev.activations.core {
  exports dev.activations;

  requires java.management;
  requires static jdk.incubator.vector;
}
