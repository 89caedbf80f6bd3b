package dev.activations.plot;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.LossResult;
import dev.activations.Losses;
import dev.activations.MathText;
import java.util.ArrayList;
import java.util.List;

/**
 * The output-layer pairing of the articles (docs/articles.md M5): which last-layer activation goes
 * with which loss for each kind of problem, with the library's names, followed by a worked
 * example of why the fused {@code bce_with_logits} is preferred to BCE on σ(x).
 */
public final class PairingTable {
  private PairingTable() {}

  /** The logits of the worked example. */
  static final double[] LOGITS = {-100, -30, -10, 10, 30, 100};
  /** A relative error above this counts as lost precision (float32 keeps about 6·10⁻⁸). */
  static final double IMPRECISE = 1e-6;

  /**
   * Both tables: the pairing, then the worked example.
   *
   * @return the pairing table and the worked example, in that order
   */
  public static List<Table> tables() {
    return List.of(pairing(), workedExample());
  }

  /**
   * Problem → last-layer activation → loss, with PyTorch's and this library's names.
   *
   * @return a table of three rows: binary, multi-class single-label, multi-class multi-label
   */
  public static Table pairing() {
    List<List<Cell>> rows = List.of(
        List.of(Cell.text("binary classification"), Cell.text("sigmoid"),
            Cell.text("BCELoss on σ(logit), or BCEWithLogitsLoss on the logit"),
            Cell.text("Activations.of(\"sigmoid\") + Losses.bce, or Losses.bceWithLogits"
                + " (preferred)")),
        List.of(Cell.text("multi-class, single label"), Cell.text("softmax"),
            Cell.text("CrossEntropyLoss on the logits (softmax is inside it)"),
            Cell.text("Losses.crossEntropy on the logits; Activations.rowwise(\"softmax\") for"
                + " the probabilities")),
        List.of(Cell.text("multi-class, multi-label"), Cell.text("sigmoid, per class"),
            Cell.text("BCELoss on σ(logit), or BCEWithLogitsLoss on the logit"),
            Cell.text("Losses.bceWithLogits, with a pos_weight per class if needed")));
    return new Table("Output layer and loss pairing (M5)",
        List.of("problem", "last-layer activation", "loss (PyTorch)", "in this library"), rows,
        List.of("BCEWithLogitsLoss is sigmoid followed by BCELoss in one numerically stable"
            + " step; CrossEntropyLoss is log_softmax followed by NLLLoss. Give both the raw"
            + " logits, never probabilities."));
  }

  /**
   * BCE on σ(x) against bce_with_logits(x) at x = ±10, ±30, ±100 for both targets, in float32
   * (PyTorch's default) and, for the naive pair, also in float64; against the exact loss
   * softplus(∓x) and gradient σ(x) − y evaluated in double precision from closed forms.
   *
   * @return a table with one row per logit and target
   */
  public static Table workedExample() {
    Activation sigmoid = Activations.of("sigmoid");
    List<List<Cell>> rows = new ArrayList<>();
    for (double target : new double[] {1, 0}) {
      for (double x : LOGITS) {
        rows.add(row(sigmoid, x, target));
      }
    }
    return new Table("Worked example: BCE on σ(x) against bce_with_logits(x)",
        List.of("x", "y", "σ(x) float32", "exact loss", "BCE(σ(x)) float32",
            "BCE(σ(x)) float64", "bce_with_logits float32", "exact ∂L/∂x",
            "naive ∂L/∂x float32", "fused ∂L/∂x float32", "naive float32", "fused float32"),
        rows, List.of(
            "Exact loss: softplus(−x) for y = 1 and softplus(x) for y = 0, and exact gradient"
                + " σ(x) − y, both from closed forms in double precision.",
            "Naive: p = σ(x), then BCE(p, y) with PyTorch's clamp of log at −100, and the chain"
                + " rule ∂L/∂p · σ′(x). Fused: bce_with_logits(x, y) with gradient σ(x) − y.",
            "Where σ(x) rounds to 1 (float32 from x ≈ 17), 1 − σ(x) is 0: the loss is clamped at"
                + " 100 and the gradient vanishes; before that, 1 − σ(x) cancels and loses"
                + " digits; where σ(x) is tiny, the chain rule multiplies a huge ∂L/∂p by a"
                + " tiny σ′(x) and the gradient collapses. The fused form is the exact value"
                + " rounded to float32 everywhere (at |x| = 100 the gradient is a float32"
                + " subnormal).",
            "Verdicts: exact means equal to the exact value once rounded to float32, or within"
                + " 10⁻⁶ of it (relative)."));
  }

  private static List<Cell> row(Activation sigmoid, double x, double y) {
    float xf = (float) x;
    float yf = (float) y;
    float pf = sigmoid.value(xf);
    LossResult naiveF = Losses.bce(new float[] {pf}, new float[] {yf});
    double naiveGradF = (float) (naiveF.gradient()[0] * sigmoid.derivative(xf));
    double pd = sigmoid.value(x);
    LossResult naiveD = Losses.bce(new double[] {pd}, new double[] {y});
    LossResult fused = Losses.bceWithLogits(new float[] {xf}, new float[] {yf});
    double fusedGrad = fused.floatGradient()[0];
    double exactLoss = y == 1 ? softplus(-x) : softplus(x);
    double exactGrad = y == 1 ? -1 / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x));
    List<Cell> row = new ArrayList<>();
    row.add(Cell.number(x));
    row.add(Cell.number(y));
    row.add(Cell.number(pf, 8));
    row.add(Cell.number(exactLoss, 10));
    row.add(Cell.number(naiveF.loss(), 10));
    row.add(Cell.number(naiveD.loss(), 10));
    row.add(Cell.number(fused.loss(), 10));
    row.add(Cell.number(exactGrad, 8));
    row.add(Cell.number(naiveGradF, 8));
    row.add(Cell.number(fusedGrad, 8));
    row.add(Cell.text(verdict(naiveF.loss(), exactLoss, naiveGradF, exactGrad)));
    row.add(Cell.text(verdict(fused.loss(), exactLoss, fusedGrad, exactGrad)));
    return row;
  }

  /**
   * What went wrong with a float32 loss and gradient, in words: "exact" when each is the exact
   * value rounded to float32 or within {@value #IMPRECISE} of it (relative).
   */
  static String verdict(double loss, double exactLoss, double grad, double exactGrad) {
    List<String> issues = new ArrayList<>();
    if (loss == 100 && exactLoss != 100) {
      issues.add("loss clamped at 100");
    } else if (!close(loss, exactLoss)) {
      issues.add("loss off by " + MathText.number(relativeError(loss, exactLoss), 2)
          + " (relative)");
    }
    if (Math.abs(grad) < 1e-3 * Math.abs(exactGrad)) {
      issues.add("gradient vanishes");
    } else if (!close(grad, exactGrad)) {
      issues.add("gradient off by " + MathText.number(relativeError(grad, exactGrad), 2)
          + " (relative)");
    }
    return issues.isEmpty() ? "exact" : String.join("; ", issues);
  }

  /** Equal after rounding to float32 (subnormals included), or within the tolerance. */
  private static boolean close(double actual, double exact) {
    return (float) actual == (float) exact || relativeError(actual, exact) <= IMPRECISE;
  }

  private static double relativeError(double actual, double exact) {
    return exact == 0 ? Math.abs(actual) : Math.abs(actual - exact) / Math.abs(exact);
  }

  /** log(1 + e^t) without overflow: max(t, 0) + log1p(e^−|t|). */
  private static double softplus(double t) {
    return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  }
}
