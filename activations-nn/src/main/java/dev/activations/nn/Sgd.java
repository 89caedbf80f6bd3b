package dev.activations.nn;

/**
 * Stochastic gradient descent with momentum and L2 weight decay, as PyTorch's {@code SGD}
 * (dampening 0, no Nesterov). For each parameter w with gradient g, every step:
 *
 * <pre>
 *   g ← g + λ·w          (weights only)
 *   v ← μ·v + g          (v starts at 0)
 *   w ← w − η·v
 * </pre>
 *
 * With μ = 0 this is plain gradient descent, w ← w − η·∂C/∂w (M13).
 *
 * @param learningRate η &gt; 0
 * @param momentum μ in [0, 1) (default 0)
 * @param weightDecay λ ≥ 0 (default 0), the L2 coefficient: C + (λ/2)·Σw²
 */
public record Sgd(double learningRate, double momentum, double weightDecay) implements Optimizer {

  /**
   * Checks the ranges above.
   *
   * @param learningRate η, finite and &gt; 0
   * @param momentum μ in [0, 1)
   * @param weightDecay λ, finite and ≥ 0
   */
  public Sgd {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be finite and > 0, got "
          + learningRate);
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
    }
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException("weight decay must be finite and ≥ 0, got "
          + weightDecay);
    }
  }

  /**
   * Plain SGD: no momentum, no decay.
   *
   * @param learningRate η, finite and &gt; 0
   * @return SGD with μ = 0 and λ = 0
   */
  public static Sgd of(double learningRate) {
    return new Sgd(learningRate, 0, 0);
  }

  /**
   * This optimiser with momentum μ.
   *
   * @param momentum μ in [0, 1); 0 for none
   * @return a new optimiser; this one is unchanged
   */
  public Sgd withMomentum(double momentum) {
    return new Sgd(learningRate, momentum, weightDecay);
  }

  /**
   * This optimiser with weight decay λ.
   *
   * @param weightDecay λ, finite and ≥ 0; 0 for none
   * @return a new optimiser; this one is unchanged
   */
  public Sgd withWeightDecay(double weightDecay) {
    return new Sgd(learningRate, momentum, weightDecay);
  }

  @Override
  public String name() {
    return "sgd";
  }
}
