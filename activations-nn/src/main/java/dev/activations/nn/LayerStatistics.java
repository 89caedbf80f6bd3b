package dev.activations.nn;

/**
 * What one layer looked like in one training step, measured after the backward pass and before
 * the optimiser's update.
 *
 * @param layer the layer's index, 0 for the first hidden layer
 * @param weightGradientNorm ‖∂C/∂W‖, the Euclidean (Frobenius) norm over every weight
 * @param biasGradientNorm ‖∂C/∂b‖ over the layer's units: Nielsen's "speed of learning" of the
 *     layer (M13)
 * @param activations statistics of the layer's outputs on the batch
 * @param activationParameters the learnable activation parameters θ (PReLU slopes, Swish β)
 *     used in this step; empty when there are none (a copy is returned)
 * @param activationParameterGradient ∂C/∂θ, the shape of θ (a copy is returned)
 */
public record LayerStatistics(int layer, double weightGradientNorm, double biasGradientNorm,
    ActivationStatistics activations, double[] activationParameters,
    double[] activationParameterGradient) {

  /**
   * Copies the arrays.
   *
   * @param layer the layer's index, ≥ 0
   * @param weightGradientNorm ‖∂C/∂W‖, ≥ 0
   * @param biasGradientNorm ‖∂C/∂b‖, ≥ 0
   * @param activations statistics of the layer's outputs on the batch
   * @param activationParameters θ, empty when there are none; copied
   * @param activationParameterGradient ∂C/∂θ, the shape of θ; copied
   */
  public LayerStatistics {
    activationParameters = activationParameters.clone();
    activationParameterGradient = activationParameterGradient.clone();
  }

  /**
   * A copy of θ.
   *
   * @return a fresh copy of θ; empty when the activation has no learnable parameters
   */
  @Override
  public double[] activationParameters() {
    return activationParameters.clone();
  }

  /**
   * A copy of ∂C/∂θ.
   *
   * @return a fresh copy of ∂C/∂θ, the length of θ
   */
  @Override
  public double[] activationParameterGradient() {
    return activationParameterGradient.clone();
  }
}
