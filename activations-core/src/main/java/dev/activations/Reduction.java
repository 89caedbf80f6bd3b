package dev.activations;

/**
 * How a loss combines its per-element (or per-row) losses ℓ_i into one number, as PyTorch's
 * {@code reduction} argument. {@link #MEAN} is the default of every loss in {@link Losses}.
 *
 * <p>The gradient in a {@link LossResult} is always the gradient of {@link LossResult#loss()},
 * so it carries the reduction's scale: divided by the mean's denominator for {@code MEAN},
 * unscaled for {@code SUM} and {@code NONE}.
 */
public enum Reduction {
  /**
   * The mean: Σ ℓ_i / N. N is the number of elements, except for {@code crossEntropy} and
   * {@code nll} with class-index targets, where it is the sum of the class weights of the targets
   * that are not ignored (the number of such rows without weights), and for {@code crossEntropy}
   * with probability targets, where it is the number of rows. An empty mean is 0/0 = NaN.
   */
  MEAN,
  /** The sum Σ ℓ_i; 0 when there is nothing to sum. */
  SUM,
  /**
   * No reduction: the per-element losses are the result ({@link LossResult#elementLosses()});
   * {@link LossResult#loss()} is their sum, so that the gradient is the gradient of Σ ℓ_i (what
   * PyTorch's {@code backward} computes from a gradient of ones).
   */
  NONE
}
