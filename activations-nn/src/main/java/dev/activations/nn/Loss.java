package dev.activations.nn;

import dev.activations.LossResult;
import dev.activations.Losses;
import dev.activations.Reduction;
import java.util.Arrays;
import java.util.Locale;

/**
 * The training loss, applied to the network's output (the logits: give the last layer the
 * {@code identity} activation) and computed by the core {@link Losses}. Targets come from class
 * labels y ∈ [0, K):
 *
 * <ul>
 *   <li>{@link #CROSS_ENTROPY}: K outputs, softmax inside the loss,
 *       ℓ = −log softmax(x)_y, mean over the examples; gradient softmax(x) − onehot(y).
 *   <li>{@link #BCE_WITH_LOGITS}: one output for K = 2 with target y, or K outputs with target
 *       onehot(y) (independent sigmoids); ℓ = softplus(x) − t·x, mean over the elements;
 *       gradient σ(x) − t.
 *   <li>{@link #MSE}: the same targets as bce_with_logits; ℓ = (x − t)², mean over the elements
 *       (the quadratic cost of Nielsen's chapters 1 and 2, up to its factor ½).
 * </ul>
 *
 * The articles' pairing (M5): multi-class single-label → cross_entropy on logits; binary →
 * bce_with_logits (the stable form of sigmoid + BCELoss).
 *
 * <p>Predictions: with several outputs the class is the arg max (the first on ties); with one
 * output it is 1 when the logit is &gt; 0 (σ &gt; ½) for bce_with_logits and when the output is
 * &gt; ½ for mse.
 */
public enum Loss {
  /** Softmax cross-entropy on logits with class-index targets. */
  CROSS_ENTROPY("cross_entropy"),
  /** Binary cross-entropy on logits (the numerically stable sigmoid + BCE). */
  BCE_WITH_LOGITS("bce_with_logits"),
  /** Mean squared error against the label (one output) or its one-hot vector. */
  MSE("mse");

  private final String id;

  Loss(String id) {
    this.id = id;
  }

  /**
   * PyTorch's functional name, e.g. {@code cross_entropy}.
   *
   * @return {@code "cross_entropy"}, {@code "bce_with_logits"} or {@code "mse"}
   */
  public String id() {
    return id;
  }

  /**
   * The loss with this id (case-insensitive).
   *
   * @param id the id, for example {@code "cross_entropy"}; surrounding white space is ignored
   * @return the loss
   * @throws IllegalArgumentException for an unknown id, listing the valid ones
   */
  public static Loss of(String id) {
    String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    for (Loss l : values()) {
      if (l.id.equals(key)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown loss '" + id + "'; valid: "
        + Arrays.stream(values()).map(Loss::id).toList());
  }

  /**
   * Checks that a network with this many outputs can learn K classes with this loss.
   *
   * @param outputs the network's output width, ≥ 1
   * @param classes K, the number of classes
   * @throws IllegalArgumentException naming the rule when it cannot
   */
  public void checkShape(int outputs, int classes) {
    boolean ok = switch (this) {
      case CROSS_ENTROPY -> outputs == classes && classes >= 2;
      case BCE_WITH_LOGITS, MSE -> outputs == classes || (outputs == 1 && classes == 2);
    };
    if (!ok) {
      throw new IllegalArgumentException(id + " cannot learn " + classes + " classes with "
          + outputs + " outputs: " + (this == CROSS_ENTROPY
              ? "it needs one output per class (≥ 2)"
              : "it needs one output per class, or one output for 2 classes"));
    }
  }

  /**
   * The mean loss of a batch and its gradient with respect to the outputs.
   *
   * @param outputs rows × width, not modified
   * @param rows the number of examples in the batch, ≥ 0
   * @param width the outputs per example, ≥ 1
   * @param labels one class index per row, not modified
   * @return the mean loss, the per-element (or per-row) losses and ∂loss/∂outputs
   */
  public LossResult compute(float[] outputs, int rows, int width, int[] labels) {
    return compute(outputs, rows, width, labels, Reduction.MEAN);
  }

  /**
   * As {@link #compute(float[], int, int, int[])} with a chosen reduction.
   *
   * @param outputs rows × width, not modified
   * @param rows the number of examples in the batch, ≥ 0
   * @param width the outputs per example, ≥ 1
   * @param labels one class index per row, in [0, K); not modified
   * @param reduction MEAN, SUM or NONE, as in {@link Losses}
   * @return the reduced loss, the per-element (or per-row) losses and ∂loss/∂outputs
   */
  public LossResult compute(float[] outputs, int rows, int width, int[] labels,
      Reduction reduction) {
    checkBatch(outputs.length, rows, width, labels);
    return switch (this) {
      case CROSS_ENTROPY -> Losses.crossEntropy(outputs, rows, width, labels, null,
          Losses.DEFAULT_IGNORE_INDEX, 0, reduction);
      case BCE_WITH_LOGITS -> Losses.bceWithLogits(outputs, floatTargets(rows, width, labels),
          null, null, reduction);
      case MSE -> Losses.mse(outputs, floatTargets(rows, width, labels), reduction);
    };
  }

  /**
   * Double-precision form of {@link #compute(float[], int, int, int[])}.
   *
   * @param outputs rows × width, not modified
   * @param rows the number of examples in the batch, ≥ 0
   * @param width the outputs per example, ≥ 1
   * @param labels one class index per row, in [0, K); not modified
   * @return the mean loss, the per-element (or per-row) losses and ∂loss/∂outputs
   */
  public LossResult compute(double[] outputs, int rows, int width, int[] labels) {
    checkBatch(outputs.length, rows, width, labels);
    return switch (this) {
      case CROSS_ENTROPY -> Losses.crossEntropy(outputs, rows, width, labels);
      case BCE_WITH_LOGITS -> Losses.bceWithLogits(outputs, doubleTargets(rows, width, labels));
      case MSE -> Losses.mse(outputs, doubleTargets(rows, width, labels));
    };
  }

  /**
   * The number of terms a mean over a batch divides by: the rows for cross_entropy, the elements
   * for the others (as PyTorch does).
   */
  long meanDenominator(int rows, int width) {
    return this == CROSS_ENTROPY ? rows : (long) rows * width;
  }

  /**
   * The predicted class of the row of {@code width} outputs starting at {@code offset}.
   *
   * @param outputs the network's outputs, not modified
   * @param offset the index of the row's first output
   * @param width the outputs per example, ≥ 1
   * @return the class index, in [0, width), or 0 or 1 when width is 1
   */
  public int predict(float[] outputs, int offset, int width) {
    if (width == 1) {
      float v = outputs[offset];
      return (this == MSE ? v > 0.5f : v > 0f) ? 1 : 0;
    }
    int best = 0;
    float max = outputs[offset];
    for (int j = 1; j < width; j++) {
      float v = outputs[offset + j];
      if (v > max) {
        max = v;
        best = j;
      }
    }
    return best;
  }

  private static void checkBatch(int length, int rows, int width, int[] labels) {
    if (rows < 0 || width < 1 || length != rows * width || labels.length != rows) {
      throw new IllegalArgumentException("a batch of " + rows + " rows × " + width
          + " outputs needs " + (long) rows * width + " outputs and " + rows + " labels, got "
          + length + " and " + labels.length);
    }
  }

  private static float[] floatTargets(int rows, int width, int[] labels) {
    float[] t = new float[rows * width];
    for (int i = 0; i < rows; i++) {
      checkLabel(labels[i], i, width);
      if (width == 1) {
        t[i] = labels[i];
      } else {
        t[i * width + labels[i]] = 1f;
      }
    }
    return t;
  }

  private static double[] doubleTargets(int rows, int width, int[] labels) {
    float[] t = floatTargets(rows, width, labels);
    double[] d = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      d[i] = t[i];
    }
    return d;
  }

  private static void checkLabel(int label, int row, int width) {
    int classes = width == 1 ? 2 : width;
    if (label < 0 || label >= classes) {
      throw new IllegalArgumentException("label " + label + " of row " + row
          + " is out of range [0, " + classes + ")");
    }
  }
}
