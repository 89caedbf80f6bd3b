package dev.activations;

import java.util.Arrays;

/**
 * What a loss in {@link Losses} returns: the reduced loss, the per-element losses and the
 * gradient of the loss with respect to the input.
 *
 * <p>Immutable and thread-safe: the accessors return fresh copies, so modifying a returned array
 * changes neither this result nor later calls. Everything is held in double precision; a loss on
 * {@code float} input is computed in double from the exact widened input, and
 * {@link #floatGradient()} rounds each gradient element once.
 */
public final class LossResult {
  private final double loss;
  private final Reduction reduction;
  private final double[] elementLosses;
  private final double[] gradient;

  /** Takes ownership of both arrays (only {@link Losses} creates results). */
  LossResult(double loss, Reduction reduction, double[] elementLosses, double[] gradient) {
    this.loss = loss;
    this.reduction = reduction;
    this.elementLosses = elementLosses;
    this.gradient = gradient;
  }

  /**
   * The reduced loss: the mean or the sum of {@link #elementLosses()} as the reduction says; for
   * {@link Reduction#NONE}, their sum.
   *
   * @return the mean or sum of the element losses, as {@link #reduction()} says
   */
  public double loss() {
    return loss;
  }

  /**
   * The reduction that produced {@link #loss()} and scaled {@link #gradient()}.
   *
   * @return MEAN, SUM or NONE
   */
  public Reduction reduction() {
    return reduction;
  }

  /**
   * The unreduced losses ℓ_i, weights applied: one per input element for {@code mse},
   * {@code bce} and {@code bceWithLogits}, one per row for {@code crossEntropy} and {@code nll}
   * (0 for an ignored row). Present for every reduction. A fresh copy on each call.
   *
   * @return a fresh array of per-element (or per-row) losses
   */
  public double[] elementLosses() {
    return elementLosses.clone();
  }

  /**
   * ∂loss()/∂input, the shape of the input (row-major for the row-wise losses), with the
   * reduction's scale applied. A fresh copy on each call.
   *
   * @return a fresh array shaped like the input
   */
  public double[] gradient() {
    return gradient.clone();
  }

  /**
   * {@link #gradient()} with each element rounded once to float. A fresh array on each call.
   *
   * @return a fresh float array shaped like the input
   */
  public float[] floatGradient() {
    float[] g = new float[gradient.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = (float) gradient[i];
    }
    return g;
  }

  @Override
  public String toString() {
    return "LossResult[loss=" + loss + ", reduction=" + reduction + ", elements="
        + elementLosses.length + ", gradient=" + gradient.length + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LossResult r
        && Double.compare(r.loss, loss) == 0
        && r.reduction == reduction
        && Arrays.equals(r.elementLosses, elementLosses)
        && Arrays.equals(r.gradient, gradient);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(loss) + reduction.hashCode())
        + 31 * Arrays.hashCode(elementLosses) + Arrays.hashCode(gradient);
  }
}
