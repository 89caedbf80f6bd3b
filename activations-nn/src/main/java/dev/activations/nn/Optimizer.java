package dev.activations.nn;

/**
 * How parameters move against their gradients: {@link Sgd} (with momentum and L2 weight decay)
 * or {@link Adam}. Optimisers are immutable descriptions; the {@link Trainer} keeps their state
 * (velocities, moments) for one training run.
 *
 * <p>Weight decay applies to the weights W only: not to biases (as in Nielsen's L2
 * regularisation) and not to learnable activation parameters (the PReLU paper, He et al. 2015,
 * advises against decaying the slopes, which would push them towards relu).
 */
public sealed interface Optimizer permits Sgd, Adam {

  /**
   * The learning rate η.
   *
   * @return η, finite and &gt; 0
   */
  double learningRate();

  /**
   * The lower-case name: {@code sgd} or {@code adam}.
   *
   * @return {@code "sgd"} or {@code "adam"}
   */
  String name();
}
