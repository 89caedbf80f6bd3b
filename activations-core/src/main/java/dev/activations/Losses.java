package dev.activations;

import dev.activations.internal.loss.LossKernels;

/**
 * Loss functions with PyTorch's names, parameters, defaults and reductions, each returning the
 * loss and its gradient with respect to the input in one {@link LossResult}.
 *
 * <h2>Common rules</h2>
 * <ul>
 *   <li>Every loss has a {@code float[]} and a {@code double[]} form; both compute in double
 *       precision (sums included) from the exactly widened input. No argument array is modified.
 *   <li>The gradients are fused: {@code bceWithLogits} gives σ(x) − y and {@code crossEntropy}
 *       gives softmax(x) − target directly, never through log or division by σ.
 *   <li>{@link Reduction#MEAN} is the default; see {@link Reduction} for each loss's denominator
 *       and {@link LossResult#gradient()} for how the gradient is scaled.
 *   <li>A term whose coefficient is zero contributes nothing, even where the logarithm it
 *       multiplies is infinite (0·log 0 = 0); NaN in the input still gives NaN.
 *   <li>Every argument error throws {@link IllegalArgumentException} naming the argument, and for
 *       a bad value its index and the value, before anything is computed: a null array or
 *       reduction, a negative size, lengths that do not match, {@code classes < 1}, a probability
 *       or target outside [0, 1] (NaN included), a class index that is neither in
 *       [0, classes) nor {@code ignoreIndex}, label smoothing NaN or outside [0, 1].
 *   <li>Weights (element weights, {@code posWeight}, class weights) are not checked: negative
 *       and non-finite weights give what the formula gives.
 * </ul>
 */
public final class Losses {
  private Losses() {}

  /** PyTorch's default {@code ignore_index}: a target of −100 is ignored. */
  public static final int DEFAULT_IGNORE_INDEX = -100;

  // ---------------------------------------------------------------------------------------------
  // mse

  /**
   * Mean squared error, {@code torch.nn.functional.mse_loss}: ℓ_i = (x_i − t_i)², gradient
   * 2(x_i − t_i), scaled by 1/n for the mean. The mean of no elements is NaN.
   *
   * @param input the prediction x, not modified
   * @param target t, the length of input, not modified
   * @param reduction how the ℓ_i are combined
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult mse(float[] input, float[] target, Reduction reduction) {
    return wrap(LossKernels.mse(input, target, reduction), reduction);
  }

  /**
   * Double-precision form of {@link #mse(float[], float[], Reduction)}.
   *
   * @param input the prediction x, not modified
   * @param target t, the length of input, not modified
   * @param reduction how the ℓ_i are combined; the mean divides by n
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult mse(double[] input, double[] target, Reduction reduction) {
    return wrap(LossKernels.mse(input, target, reduction), reduction);
  }

  /**
   * {@link #mse(float[], float[], Reduction)} with the mean.
   *
   * @param input the prediction x, not modified
   * @param target t, the length of input, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult mse(float[] input, float[] target) {
    return mse(input, target, Reduction.MEAN);
  }

  /**
   * {@link #mse(double[], double[], Reduction)} with the mean.
   *
   * @param input the prediction x, not modified
   * @param target t, the length of input, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult mse(double[] input, double[] target) {
    return mse(input, target, Reduction.MEAN);
  }

  // ---------------------------------------------------------------------------------------------
  // bce

  /**
   * Binary cross-entropy on probabilities, {@code torch.nn.functional.binary_cross_entropy}:
   * ℓ_i = −w_i·[t_i·max(log p_i, −100) + (1 − t_i)·max(log(1 − p_i), −100)].
   *
   * <p>Each logarithm is clamped at −100, as PyTorch does, so p = 0 or 1 gives a finite loss
   * (at most 100·w). The gradient is PyTorch's w_i·(p_i − t_i)/max(p_i(1 − p_i), 10⁻¹²): the
   * exact derivative wherever p(1 − p) ≥ 10⁻¹² (the clamps are inactive there), and a bounded
   * stand-in closer to 0 or 1 (for example −10¹² at p = 0, t = 1, and 0 at p = t = 0 or 1).
   * Prefer {@link #bceWithLogits} on logits, which needs neither clamp.
   *
   * @param p the probabilities, each in [0, 1], not modified
   * @param target the targets, each in [0, 1], the length of p, not modified
   * @param weight the element weights, or null for 1; element i uses
   *     {@code weight[i % weight.length]}, so a weight per column of a row-major matrix is
   *     repeated over its rows (PyTorch's broadcasting); its length must divide p's. Not modified
   * @param reduction how the ℓ_i are combined; the mean divides by the number of elements
   * @return the loss, the per-element losses and the gradient with respect to the input
   * @throws IllegalArgumentException as in the class description; NaN in p or target is rejected
   *     (it is outside [0, 1])
   */
  public static LossResult bce(float[] p, float[] target, float[] weight, Reduction reduction) {
    return wrap(LossKernels.bce(p, target, weight, reduction), reduction);
  }

  /**
   * Double-precision form of {@link #bce(float[], float[], float[], Reduction)}.
   *
   * @param p the probabilities, each in [0, 1], not modified
   * @param target the targets, each in [0, 1], the length of p, not modified
   * @param weight the element weights, or null for 1; its length must divide p's, element i uses
   *     {@code weight[i % weight.length]}; not modified
   * @param reduction how the ℓ_i are combined; the mean divides by the number of elements
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bce(double[] p, double[] target, double[] weight,
      Reduction reduction) {
    return wrap(LossKernels.bce(p, target, weight, reduction), reduction);
  }

  /**
   * {@link #bce(float[], float[], float[], Reduction)} without weights, with the mean.
   *
   * @param p the probabilities, each in [0, 1], not modified
   * @param target the targets, each in [0, 1], the length of p, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bce(float[] p, float[] target) {
    return bce(p, target, null, Reduction.MEAN);
  }

  /**
   * {@link #bce(double[], double[], double[], Reduction)} without weights, with the mean.
   *
   * @param p the probabilities, each in [0, 1], not modified
   * @param target the targets, each in [0, 1], the length of p, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bce(double[] p, double[] target) {
    return bce(p, target, null, Reduction.MEAN);
  }

  // ---------------------------------------------------------------------------------------------
  // bce_with_logits

  /**
   * Binary cross-entropy on logits, {@code torch.nn.functional.binary_cross_entropy_with_logits}:
   * bce(σ(x), y) with a weight pw on the positive term,
   * ℓ_i = w_i·[pw_i·y_i·softplus(−x_i) + (1 − y_i)·softplus(x_i)]
   * = w_i·[(1 − y_i)·x_i + (1 + (pw_i − 1)·y_i)·softplus(−x_i)].
   *
   * <p>Evaluated in the first form, whose two terms are non-negative, with the stable softplus
   * max(t, 0) + log1p(e^−|t|): no overflow, no clamp and no cancellation. Exact at large logits:
   * x = 10⁴ gives 10⁴ for y = 0 and 0 for y = 1. Infinite logits give the limits: x = +∞ gives 0
   * for y = 1 and +∞ for y &lt; 1, x = −∞ gives 0 for y = 0 and +∞ for y &gt; 0.
   *
   * <p>The gradient is fused: w_i·[(1 − y_i)·σ(x_i) − pw_i·y_i·σ(−x_i)], which is
   * w_i·(σ(x_i) − y_i) for pw = 1, finite for every x (1 − y at +∞, −pw·y at −∞).
   *
   * @param logits x, not modified
   * @param target y, each in [0, 1], the length of logits, not modified
   * @param weight element weights or null for 1, repeated as in
   *     {@link #bce(float[], float[], float[], Reduction)}; not modified
   * @param posWeight the weight of the positive term, or null for 1; repeated the same way, so a
   *     weight per class (column) is PyTorch's {@code pos_weight} of shape [C]. Not modified
   * @param reduction how the ℓ_i are combined; the mean divides by the number of elements
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bceWithLogits(float[] logits, float[] target, float[] weight,
      float[] posWeight, Reduction reduction) {
    return wrap(LossKernels.bceWithLogits(logits, target, weight, posWeight, reduction),
        reduction);
  }

  /**
   * Double-precision form of
   * {@link #bceWithLogits(float[], float[], float[], float[], Reduction)}.
   *
   * @param logits x, any real including ±∞, not modified
   * @param target y, each in [0, 1], the length of logits, not modified
   * @param weight element weights, or null for 1; repeated as {@code weight[i % weight.length]};
   *     not modified
   * @param posWeight the weight of the positive term, or null for 1; repeated the same way; not
   *     modified
   * @param reduction how the ℓ_i are combined; the mean divides by the number of elements
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bceWithLogits(double[] logits, double[] target, double[] weight,
      double[] posWeight, Reduction reduction) {
    return wrap(LossKernels.bceWithLogits(logits, target, weight, posWeight, reduction),
        reduction);
  }

  /**
   * bceWithLogits without weights, pos_weight 1, with the mean.
   *
   * @param logits x, any real including ±∞, not modified
   * @param target y, each in [0, 1], the length of logits, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bceWithLogits(float[] logits, float[] target) {
    return bceWithLogits(logits, target, null, null, Reduction.MEAN);
  }

  /**
   * bceWithLogits without weights, pos_weight 1, with the mean.
   *
   * @param logits x, any real including ±∞, not modified
   * @param target y, each in [0, 1], the length of logits, not modified
   * @return the loss, the per-element losses and the gradient with respect to the input
   */
  public static LossResult bceWithLogits(double[] logits, double[] target) {
    return bceWithLogits(logits, target, null, null, Reduction.MEAN);
  }

  // ---------------------------------------------------------------------------------------------
  // cross_entropy, class-index targets

  /**
   * Cross-entropy from logits with class-index targets, {@code torch.nn.functional.cross_entropy}
   * on a {@code rows × classes} row-major matrix. With p = softmax of a row, t its target, w the
   * class weights and ε the label smoothing:
   * ℓ_r = (1 − ε)·w_t·(−log p_t) + (ε/C)·Σ_c w_c·(−log p_c),
   * that is −Σ_c w_c·q_c·log p_c for the smoothed target q = (1 − ε)·onehot(t) + ε/C.
   * log p is computed as (x − max) − log Σ e^(x − max), never as the log of a softmax.
   *
   * <p>The gradient is fused: softmax(x) − q without class weights; with them,
   * (Σ_c w_c q_c)·p − w ⊙ q. A row whose target is {@code ignoreIndex} has loss 0 and gradient 0
   * and is left out of the mean. The mean divides by Σ w_t over the rows not ignored (their
   * number without weights), as PyTorch does; when every row is ignored it is 0/0 = NaN, and
   * the gradient stays 0.
   *
   * <p>A row of all −∞, or one containing +∞ or NaN, gives NaN loss and gradient for that row. A
   * logit of −∞ elsewhere is allowed: its class has probability 0 (and, with ε &gt; 0 and a
   * non-zero weight, makes the loss +∞).
   *
   * @param logits the scores, {@code rows × classes}, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param ignoreIndex the target value that marks a row to ignore (PyTorch's default is
   *     {@link #DEFAULT_IGNORE_INDEX}); it may also be a valid class index
   * @param labelSmoothing ε in [0, 1]; 0 for none
   * @param reduction how the ℓ_r are combined
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(float[] logits, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, double labelSmoothing, Reduction reduction) {
    return wrap(LossKernels.crossEntropy(logits, rows, classes, targets, classWeights,
        ignoreIndex, labelSmoothing, reduction), reduction);
  }

  /**
   * Double-precision form of the class-index cross-entropy.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param ignoreIndex the target value that marks a row to ignore (PyTorch's
   *     default: {@link #DEFAULT_IGNORE_INDEX})
   * @param labelSmoothing ε in [0, 1]; 0 for none
   * @param reduction how the ℓ_r are combined
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(double[] logits, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, double labelSmoothing, Reduction reduction) {
    return wrap(LossKernels.crossEntropy(logits, rows, classes, targets, classWeights,
        ignoreIndex, labelSmoothing, reduction), reduction);
  }

  /**
   * Class-index cross-entropy with PyTorch's defaults: no class weights, ignore_index −100, no
   * label smoothing, the mean.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(float[] logits, int rows, int classes, int[] targets) {
    return crossEntropy(logits, rows, classes, targets, null, DEFAULT_IGNORE_INDEX, 0,
        Reduction.MEAN);
  }

  /**
   * Class-index cross-entropy with PyTorch's defaults: no class weights, ignore_index −100, no
   * label smoothing, the mean.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(double[] logits, int rows, int classes, int[] targets) {
    return crossEntropy(logits, rows, classes, targets, null, DEFAULT_IGNORE_INDEX, 0,
        Reduction.MEAN);
  }

  // ---------------------------------------------------------------------------------------------
  // cross_entropy, probability targets

  /**
   * Cross-entropy from logits with probability targets (soft labels), as
   * {@code torch.nn.functional.cross_entropy} with a target of the input's shape. With q the
   * smoothed target (1 − ε)·t + ε/C: ℓ_r = −Σ_c w_c·q_c·log p_c.
   *
   * <p>Gradient (Σ_c w_c q_c)·p − w ⊙ q, which is softmax(x) − q when there are no weights and
   * the target row sums to 1. Target rows need not sum to 1 (the formula holds as written). The
   * mean divides by the number of rows, as PyTorch does for probability targets, whatever the
   * weights; for {@code rows = 0} it is NaN. A class with target 0 (and ε = 0) contributes
   * nothing even if its logit is −∞ (PyTorch gives NaN there).
   *
   * @param logits the scores, {@code rows × classes}, not modified
   * @param rows the number of rows, ≥ 0
   * @param classes C, ≥ 1
   * @param targets the target probabilities, {@code rows × classes}, each in [0, 1]; not
   *     modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param labelSmoothing ε in [0, 1]
   * @param reduction how the ℓ_r are combined
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(float[] logits, int rows, int classes, float[] targets,
      double[] classWeights, double labelSmoothing, Reduction reduction) {
    return wrap(LossKernels.crossEntropyProbabilities(logits, rows, classes, targets,
        classWeights, labelSmoothing, reduction), reduction);
  }

  /**
   * Double-precision form of the probability-target cross-entropy.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets the target probabilities, {@code rows × classes}, each in [0, 1]; not modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param labelSmoothing ε in [0, 1]; 0 for none
   * @param reduction how the ℓ_r are combined; the mean divides by rows
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(double[] logits, int rows, int classes, double[] targets,
      double[] classWeights, double labelSmoothing, Reduction reduction) {
    return wrap(LossKernels.crossEntropyProbabilities(logits, rows, classes, targets,
        classWeights, labelSmoothing, reduction), reduction);
  }

  /**
   * Probability-target cross-entropy without weights or smoothing, with the mean.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets the target probabilities, {@code rows × classes}, each in [0, 1]; not modified
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(float[] logits, int rows, int classes, float[] targets) {
    return crossEntropy(logits, rows, classes, targets, null, 0, Reduction.MEAN);
  }

  /**
   * Probability-target cross-entropy without weights or smoothing, with the mean.
   *
   * @param logits the scores, {@code rows × classes} row-major, not modified
   * @param rows the number of rows (samples), ≥ 0
   * @param classes C, the number of classes, ≥ 1
   * @param targets the target probabilities, {@code rows × classes}, each in [0, 1]; not modified
   * @return the loss, the per-row losses and the gradient with respect to the logits
   */
  public static LossResult crossEntropy(double[] logits, int rows, int classes,
      double[] targets) {
    return crossEntropy(logits, rows, classes, targets, null, 0, Reduction.MEAN);
  }

  // ---------------------------------------------------------------------------------------------
  // nll

  /**
   * Negative log-likelihood, {@code torch.nn.functional.nll_loss}, on log-probabilities (for
   * example the output of log_softmax), {@code rows × classes}: ℓ_r = −w_t·input[r, t]. The
   * gradient is −w_t at the target of each row and 0 elsewhere. Ignored rows and the mean follow
   * {@link #crossEntropy(double[], int, int, int[], double[], int, double, Reduction)}, so that
   * crossEntropy(x) = nll(log_softmax(x)). The input values are not checked (any real; NaN
   * propagates from a target position).
   *
   * @param logProbabilities the input, {@code rows × classes}, not modified
   * @param rows the number of rows, ≥ 0
   * @param classes the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param ignoreIndex the target value that marks a row to ignore
   * @param reduction how the ℓ_r are combined
   * @return the loss, the per-row losses and the gradient with respect to the log-probabilities
   */
  public static LossResult nll(float[] logProbabilities, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, Reduction reduction) {
    return wrap(LossKernels.nll(logProbabilities, rows, classes, targets, classWeights,
        ignoreIndex, reduction), reduction);
  }

  /**
   * Double-precision form of the negative log-likelihood.
   *
   * @param logProbabilities the input, {@code rows × classes} row-major, any real; not modified
   * @param rows the number of rows, ≥ 0
   * @param classes the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @param classWeights one weight per class, or null for 1; not modified
   * @param ignoreIndex the target value that marks a row to ignore (PyTorch's
   *     default: {@link #DEFAULT_IGNORE_INDEX})
   * @param reduction how the ℓ_r are combined
   * @return the loss, the per-row losses and the gradient with respect to the log-probabilities
   */
  public static LossResult nll(double[] logProbabilities, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, Reduction reduction) {
    return wrap(LossKernels.nll(logProbabilities, rows, classes, targets, classWeights,
        ignoreIndex, reduction), reduction);
  }

  /**
   * nll without class weights, ignore_index −100, with the mean.
   *
   * @param logProbabilities the input, {@code rows × classes} row-major, any real; not modified
   * @param rows the number of rows, ≥ 0
   * @param classes the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @return the loss, the per-row losses and the gradient with respect to the log-probabilities
   */
  public static LossResult nll(float[] logProbabilities, int rows, int classes, int[] targets) {
    return nll(logProbabilities, rows, classes, targets, null, DEFAULT_IGNORE_INDEX,
        Reduction.MEAN);
  }

  /**
   * nll without class weights, ignore_index −100, with the mean.
   *
   * @param logProbabilities the input, {@code rows × classes} row-major, any real; not modified
   * @param rows the number of rows, ≥ 0
   * @param classes the number of classes, ≥ 1
   * @param targets one class index per row, in [0, classes) or equal to ignoreIndex; not modified
   * @return the loss, the per-row losses and the gradient with respect to the log-probabilities
   */
  public static LossResult nll(double[] logProbabilities, int rows, int classes, int[] targets) {
    return nll(logProbabilities, rows, classes, targets, null, DEFAULT_IGNORE_INDEX,
        Reduction.MEAN);
  }

  private static LossResult wrap(LossKernels.Result r, Reduction reduction) {
    return new LossResult(r.loss(), reduction, r.losses(), r.gradient());
  }
}
