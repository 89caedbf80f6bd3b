package dev.activations.nn;

/**
 * Adam (Kingma and Ba 2015) as PyTorch's {@code Adam} (L2 decay added to the gradient, not
 * AdamW). For each parameter w with gradient g, at step t = 1, 2, …:
 *
 * <pre>
 *   g ← g + λ·w                      (weights only)
 *   m ← β₁·m + (1 − β₁)·g
 *   v ← β₂·v + (1 − β₂)·g²
 *   w ← w − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 *
 * @param learningRate η &gt; 0 (PyTorch's default 0.001)
 * @param beta1 β₁ in [0, 1) (default 0.9)
 * @param beta2 β₂ in [0, 1) (default 0.999)
 * @param epsilon ε &gt; 0 (default 1e-8)
 * @param weightDecay λ ≥ 0 (default 0)
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon,
    double weightDecay) implements Optimizer {

  /**
   * Checks the ranges above.
   *
   * @param learningRate η, finite and &gt; 0
   * @param beta1 β₁ in [0, 1)
   * @param beta2 β₂ in [0, 1)
   * @param epsilon ε, finite and &gt; 0
   * @param weightDecay λ, finite and ≥ 0
   */
  public Adam {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be finite and > 0, got "
          + learningRate);
    }
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("β₁ and β₂ must be in [0, 1), got " + beta1 + " and "
          + beta2);
    }
    if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException("ε must be finite and > 0, got " + epsilon);
    }
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException("weight decay must be finite and ≥ 0, got "
          + weightDecay);
    }
  }

  /**
   * Adam with PyTorch's defaults and this learning rate.
   *
   * @param learningRate η, finite and &gt; 0
   * @return Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and no weight decay
   */
  public static Adam of(double learningRate) {
    return new Adam(learningRate, 0.9, 0.999, 1e-8, 0);
  }

  /**
   * This optimiser with weight decay λ.
   *
   * @param weightDecay λ, finite and ≥ 0; 0 for none
   * @return a new optimiser; this one is unchanged
   */
  public Adam withWeightDecay(double weightDecay) {
    return new Adam(learningRate, beta1, beta2, epsilon, weightDecay);
  }

  @Override
  public String name() {
    return "adam";
  }
}
