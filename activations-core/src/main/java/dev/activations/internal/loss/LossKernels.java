package dev.activations.internal.loss;

import dev.activations.Reduction;
import dev.activations.internal.function.ArgumentChecks;
import dev.activations.internal.function.Rows;
import dev.activations.internal.math.Logistic;

/**
 * The losses behind {@code dev.activations.Losses}: argument checks, then one pass in double
 * precision that produces each element's loss and its fused gradient, then the reduction.
 *
 * <p>Array arguments typed {@code Object} are a {@code float[]} or a {@code double[]}; they are
 * checked as given (so that a message prints the caller's value) and then widened, exactly, to
 * double. Every check runs before any array is allocated for results.
 *
 * <p>One convention is shared by every loss: a term whose coefficient is zero contributes
 * nothing, even when the logarithm it multiplies is infinite (0·log 0 = 0, as in
 * {@code torch.xlogy}); a NaN still propagates.
 */
public final class LossKernels {
  private LossKernels() {}

  /** PyTorch's lower bound on each logarithm in binary cross-entropy. */
  static final double BCE_LOG_FLOOR = -100;

  /** PyTorch's lower bound on p(1 − p) in the binary cross-entropy gradient. */
  static final double BCE_GRADIENT_EPSILON = 1e-12;

  /**
   * A computed loss. The arrays are fresh and owned by whoever receives them.
   *
   * @param loss the reduced loss (the sum for {@link Reduction#NONE})
   * @param losses the per-element (or per-row) losses
   * @param gradient ∂loss/∂input, scaled for the reduction
   */
  public record Result(double loss, double[] losses, double[] gradient) {}

  // ---------------------------------------------------------------------------------------------
  // Element-wise losses

  /** ℓ_i = (x_i − t_i)², ∂ℓ_i/∂x_i = 2(x_i − t_i). */
  public static Result mse(Object input, Object target, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.sameLength("input", input, "target", target);
    double[] x = widen(input);
    double[] t = widen(target);
    int n = x.length;
    double[] losses = new double[n];
    double[] gradient = new double[n];
    for (int i = 0; i < n; i++) {
      double d = x[i] - t[i];
      losses[i] = d * d;
      gradient[i] = 2 * d;
    }
    return reduceElements(losses, gradient, reduction);
  }

  /**
   * ℓ_i = −w_i·[t_i·max(log p_i, −100) + (1 − t_i)·max(log(1 − p_i), −100)] and PyTorch's
   * gradient w_i·(p_i − t_i)/max(p_i(1 − p_i), 10⁻¹²).
   */
  public static Result bce(Object p, Object target, Object weight, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.sameLength("p", p, "target", target);
    int n = ArgumentChecks.length("p", p);
    checkBroadcast("weight", weight, n);
    checkUnitInterval("p", p);
    checkUnitInterval("target", target);
    double[] x = widen(p);
    double[] t = widen(target);
    double[] w = widen(weight);
    double[] losses = new double[n];
    double[] gradient = new double[n];
    for (int i = 0; i < n; i++) {
      double pi = x[i];
      double ti = t[i];
      double wi = w == null ? 1 : w[i % w.length];
      // log1p(−p) keeps log(1 − p) accurate for small p, where 1 − p would round.
      double logP = Math.max(StrictMath.log(pi), BCE_LOG_FLOOR);
      double logQ = Math.max(StrictMath.log1p(-pi), BCE_LOG_FLOOR);
      losses[i] = -wi * (ti * logP + (1 - ti) * logQ);
      gradient[i] = wi * (pi - ti) / Math.max(pi * (1 - pi), BCE_GRADIENT_EPSILON);
    }
    return reduceElements(losses, gradient, reduction);
  }

  /**
   * ℓ_i = w_i·[pw_i·t_i·softplus(−x_i) + (1 − t_i)·softplus(x_i)], gradient
   * w_i·[(1 − t_i)·σ(x_i) − pw_i·t_i·σ(−x_i)].
   */
  public static Result bceWithLogits(Object logits, Object target, Object weight,
      Object posWeight, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.sameLength("logits", logits, "target", target);
    int n = ArgumentChecks.length("logits", logits);
    checkBroadcast("weight", weight, n);
    checkBroadcast("posWeight", posWeight, n);
    checkUnitInterval("target", target);
    double[] x = widen(logits);
    double[] t = widen(target);
    double[] w = widen(weight);
    double[] pw = widen(posWeight);
    double[] losses = new double[n];
    double[] gradient = new double[n];
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double ti = t[i];
      double wi = w == null ? 1 : w[i % w.length];
      double pwi = pw == null ? 1 : pw[i % pw.length];
      // −log σ(x) = softplus(−x) and −log(1 − σ(x)) = softplus(x): both terms are non-negative,
      // so, unlike the equivalent (1 − t)·x + (1 + (pw − 1)t)·softplus(−x), nothing cancels
      // (at x = −30, t = 0 that form loses about 5% of the result).
      double positive = ti == 0 ? 0 : pwi * ti;
      double negative = 1 - ti;
      double loss = times(positive, Logistic.softplus(-xi))
          + times(negative, Logistic.softplus(xi));
      // The derivative of the two terms; for pw = 1 it equals σ(x) − t, written so that t = 1
      // gives −σ(−x) exactly instead of the rounded σ(x) − 1.
      double grad = negative * Logistic.sigmoid(xi) - positive * Logistic.sigmoid(-xi);
      losses[i] = wi * loss;
      gradient[i] = wi * grad;
    }
    return reduceElements(losses, gradient, reduction);
  }

  // ---------------------------------------------------------------------------------------------
  // Row-wise losses

  /**
   * Cross-entropy from logits with class-index targets and PyTorch's label smoothing:
   * ℓ_r = (1 − ε)·w[t_r]·(−log p_{r,t_r}) + (ε/C)·Σ_c w_c·(−log p_{r,c}), p = softmax(row), and
   * gradient a·p_{r,c} − b_c with a = (1 − ε)·w[t_r] + (ε/C)·Σ_c w_c and
   * b_c = (1 − ε)·w[t_r]·[c = t_r] + (ε/C)·w_c (softmax − target without weights).
   */
  public static Result crossEntropy(Object logits, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, double labelSmoothing, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.matrix("logits", logits, rows, classes);
    checkClasses(classes);
    checkTargets(targets, rows, classes, ignoreIndex);
    checkClassWeights(classWeights, classes);
    checkSmoothing(labelSmoothing);
    double[] x = widen(logits);
    double[] w = classWeights;
    double eps = labelSmoothing;
    double spread = eps / classes;
    double weightSum = 0;
    for (int c = 0; c < classes; c++) {
      weightSum += w == null ? 1 : w[c];
    }
    double[] losses = new double[rows];
    double[] gradient = new double[x.length];
    double denominator = 0;
    for (int r = 0; r < rows; r++) {
      int t = targets[r];
      if (t == ignoreIndex) {
        continue;
      }
      int o = r * classes;
      double wt = w == null ? 1 : w[t];
      denominator += wt;
      double m = Rows.max(x, o, classes, 1);
      double others = Rows.sumExpOthers(x, o, classes, 1, m);
      double sum = 1 + others;
      double lse = StrictMath.log1p(others);
      double hard = (1 - eps) * wt;
      double loss = times(hard, lse - (x[o + t] - m));
      if (eps != 0) {
        double smooth = 0;
        for (int c = 0; c < classes; c++) {
          smooth += times(w == null ? 1 : w[c], lse - (x[o + c] - m));
        }
        loss += times(spread, smooth);
      }
      losses[r] = loss;
      // Without weights the target row sums to 1 exactly, while (1 − ε) + C·(ε/C) may round
      // away from 1; so a is 1 there and the gradient is exactly softmax − target.
      double a = w == null ? 1 : hard + spread * weightSum;
      for (int c = 0; c < classes; c++) {
        double p = StrictMath.exp(x[o + c] - m) / sum;
        double b = (c == t ? hard : 0) + (eps == 0 ? 0 : spread * (w == null ? 1 : w[c]));
        gradient[o + c] = a * p - b;
      }
    }
    return reduceRows(losses, gradient, classes, targets, ignoreIndex, denominator, reduction);
  }

  /**
   * Cross-entropy from logits with probability targets: q = (1 − ε)·t + ε/C,
   * ℓ_r = −Σ_c w_c·q_{r,c}·log p_{r,c}, gradient (Σ_c w_c q_{r,c})·p_{r,c} − w_c q_{r,c}.
   */
  public static Result crossEntropyProbabilities(Object logits, int rows, int classes,
      Object targets, double[] classWeights, double labelSmoothing, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.matrix("logits", logits, rows, classes);
    checkClasses(classes);
    ArgumentChecks.matrix("targets", targets, rows, classes);
    checkClassWeights(classWeights, classes);
    checkSmoothing(labelSmoothing);
    checkUnitInterval("targets", targets);
    double[] x = widen(logits);
    double[] t = widen(targets);
    double[] w = classWeights;
    double eps = labelSmoothing;
    double spread = eps / classes;
    double[] losses = new double[rows];
    double[] gradient = new double[x.length];
    double[] coefficient = new double[classes];
    for (int r = 0; r < rows; r++) {
      int o = r * classes;
      double m = Rows.max(x, o, classes, 1);
      double others = Rows.sumExpOthers(x, o, classes, 1, m);
      double sum = 1 + others;
      double lse = StrictMath.log1p(others);
      double loss = 0;
      double total = 0;
      for (int c = 0; c < classes; c++) {
        double q = (1 - eps) * t[o + c] + spread;
        double k = (w == null ? 1 : w[c]) * q;
        coefficient[c] = k;
        total += k;
        loss += times(k, lse - (x[o + c] - m));
      }
      losses[r] = loss;
      for (int c = 0; c < classes; c++) {
        double p = StrictMath.exp(x[o + c] - m) / sum;
        gradient[o + c] = total * p - coefficient[c];
      }
    }
    return reduceRows(losses, gradient, classes, null, 0, rows, reduction);
  }

  /** ℓ_r = −w[t_r]·input[r, t_r], gradient −w[t_r] at the target, 0 elsewhere. */
  public static Result nll(Object logProbabilities, int rows, int classes, int[] targets,
      double[] classWeights, int ignoreIndex, Reduction reduction) {
    requireReduction(reduction);
    ArgumentChecks.matrix("logProbabilities", logProbabilities, rows, classes);
    checkClasses(classes);
    checkTargets(targets, rows, classes, ignoreIndex);
    checkClassWeights(classWeights, classes);
    double[] x = widen(logProbabilities);
    double[] losses = new double[rows];
    double[] gradient = new double[x.length];
    double denominator = 0;
    for (int r = 0; r < rows; r++) {
      int t = targets[r];
      if (t == ignoreIndex) {
        continue;
      }
      double wt = classWeights == null ? 1 : classWeights[t];
      denominator += wt;
      losses[r] = -times(wt, x[r * classes + t]);
      gradient[r * classes + t] = -wt;
    }
    return reduceRows(losses, gradient, classes, targets, ignoreIndex, denominator, reduction);
  }

  // ---------------------------------------------------------------------------------------------
  // Reductions

  private static Result reduceElements(double[] losses, double[] gradient, Reduction reduction) {
    double total = sum(losses);
    if (reduction != Reduction.MEAN) {
      return new Result(total, losses, gradient);
    }
    int n = losses.length;
    for (int i = 0; i < n; i++) {
      gradient[i] = gradient[i] / n;
    }
    return new Result(total / n, losses, gradient);
  }

  /**
   * Rows whose target is ignored keep a zero gradient even when the mean's denominator is 0 (all
   * ignored), as in PyTorch; the loss is then 0/0 = NaN.
   */
  private static Result reduceRows(double[] losses, double[] gradient, int classes, int[] targets,
      int ignoreIndex, double denominator, Reduction reduction) {
    double total = sum(losses);
    if (reduction != Reduction.MEAN) {
      return new Result(total, losses, gradient);
    }
    for (int r = 0; r < losses.length; r++) {
      if (targets != null && targets[r] == ignoreIndex) {
        continue;
      }
      for (int c = r * classes, end = c + classes; c < end; c++) {
        gradient[c] = gradient[c] / denominator;
      }
    }
    return new Result(total / denominator, losses, gradient);
  }

  /**
   * Σ a, after turning each −0 into +0: a product with a zero factor and a negation (−w·0,
   * 0·(−100)) would otherwise report a perfect prediction's loss as −0.
   */
  private static double sum(double[] a) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      a[i] += 0.0;
      s += a[i];
    }
    return s;
  }

  /** coefficient·v, except that a zero coefficient annihilates an infinite v (0·log 0 = 0). */
  private static double times(double coefficient, double v) {
    if (coefficient == 0 && Double.isInfinite(v)) {
      return 0;
    }
    return coefficient * v;
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  private static void requireReduction(Reduction reduction) {
    if (reduction == null) {
      throw new IllegalArgumentException("reduction is null");
    }
  }

  private static void checkClasses(int classes) {
    if (classes < 1) {
      throw new IllegalArgumentException("classes must be at least 1, got " + classes);
    }
  }

  /**
   * A weight array repeated along the flat input: element i uses weight[i mod k], PyTorch's
   * broadcasting of a weight whose shape is a suffix of the input's shape.
   */
  private static void checkBroadcast(String name, Object weight, int n) {
    if (weight == null) {
      return;
    }
    int k = ArgumentChecks.length(name, weight);
    if (k != n && (k == 0 || n % k != 0)) {
      throw new IllegalArgumentException(name + " has length " + k + ", which does not divide"
          + " the input's length " + n + " (it is repeated along the input)");
    }
  }

  private static void checkUnitInterval(String name, Object array) {
    if (array instanceof float[] f) {
      for (int i = 0; i < f.length; i++) {
        if (!(f[i] >= 0 && f[i] <= 1)) {
          throw outside(name, i, Float.toString(f[i]));
        }
      }
    } else {
      double[] d = (double[]) array;
      for (int i = 0; i < d.length; i++) {
        if (!(d[i] >= 0 && d[i] <= 1)) {
          throw outside(name, i, Double.toString(d[i]));
        }
      }
    }
  }

  private static IllegalArgumentException outside(String name, int i, String value) {
    return new IllegalArgumentException(
        name + "[" + i + "] = " + value + " is outside [0, 1]");
  }

  private static void checkTargets(int[] targets, int rows, int classes, int ignoreIndex) {
    if (targets == null) {
      throw new IllegalArgumentException("targets is null");
    }
    if (targets.length != rows) {
      throw new IllegalArgumentException(
          "targets has length " + targets.length + " but rows = " + rows);
    }
    for (int r = 0; r < rows; r++) {
      int t = targets[r];
      if (t != ignoreIndex && (t < 0 || t >= classes)) {
        throw new IllegalArgumentException("targets[" + r + "] = " + t + " is neither a class"
            + " index in [0, " + classes + ") nor ignoreIndex (" + ignoreIndex + ")");
      }
    }
  }

  private static void checkClassWeights(double[] classWeights, int classes) {
    if (classWeights != null && classWeights.length != classes) {
      throw new IllegalArgumentException("classWeights has length " + classWeights.length
          + " but classes = " + classes);
    }
  }

  private static void checkSmoothing(double labelSmoothing) {
    if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
      throw new IllegalArgumentException(
          "labelSmoothing = " + labelSmoothing + " is outside [0, 1]");
    }
  }

  /**
   * A float[] widened exactly to a new double[]; a double[] is returned as it is (the kernels
   * never write to their inputs); null stays null.
   */
  private static double[] widen(Object array) {
    if (array == null) {
      return null;
    }
    if (array instanceof double[] d) {
      return d;
    }
    float[] f = (float[]) array;
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
