package dev.activations.experiments;

import dev.activations.nn.ActivationStatistics;
import dev.activations.nn.DataSet;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.ProbeSettings;
import dev.activations.nn.Sgd;
import dev.activations.nn.StepStatistics;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import dev.activations.plot.Cell;
import dev.activations.plot.Charts;
import dev.activations.plot.Figure;
import dev.activations.plot.Series;
import dev.activations.plot.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sigmoid saturation kills the gradient (M12): as the initial weights grow, more sigmoid units
 * sit where σ' is tiny, and the gradient reaching the first layer collapses.
 *
 * <h2>Setup</h2>
 * Nielsen's sigmoid network (4 hidden layers of 30, 10 logits) on the standardised data set
 * (the first 1,000 examples; 200 reduced). The hidden weights are drawn N(0, s²/n_in) for scales
 * s = 2^k, k = −2 … 5, zero biases; the output layer keeps LeCun normal
 * weights (s = 1) so that only the hidden layers change. The same draw is scaled for every s.
 *
 * <h2>Measurement</h2>
 * At initialisation, over the examples: the fraction of each hidden layer's outputs with
 * σ'(z) &lt; 0.01 (|z| &gt; 4.6; {@link ActivationStatistics#saturatedFraction()}); the mean size
 * of the per-example error term δ = ∂C_x/∂z ({@link Deltas}) over saturated and over unsaturated
 * hidden outputs; and the norms ‖∂C/∂W¹‖ and ‖∂C/∂b¹‖ of the first hidden layer for the mean
 * cross-entropy of the whole batch. The norm is reported, not judged: it mixes the shrinking σ′
 * with the growing weights that carry the gradient through the unsaturated units.
 *
 * <h2>Verdict</h2>
 * Holds when the saturated fraction over all hidden units never decreases as s grows and is
 * above ½ at the largest s, and at every scale with both kinds of outputs the saturated ones'
 * mean |δ| is at most a tenth of the unsaturated ones'.
 */
public final class Saturation implements Experiment {
  static final int WIDTH = 30;
  static final int HIDDEN = 4;
  /** The most gradient a saturated unit may pass back, relative to an unsaturated one. */
  static final double PASSES = 0.1;
  /** σ' below this counts as saturated (the lab's default threshold). */
  static final double THRESHOLD = ProbeSettings.DEFAULT.saturationThreshold();

  @Override
  public String name() {
    return "saturation";
  }

  @Override
  public List<String> mission() {
    return List.of("M12");
  }

  @Override
  public String articleClaim() {
    return "Saturated neurons (output near 0 or 1) have a gradient ≈ 0, so their weights and the"
        + " weights feeding them barely update (M12).";
  }

  @Override
  public String claim() {
    return "as the initial weight scale grows, more sigmoid units saturate (σ′ < 0.01; over half at"
        + " the largest scale), and a saturated unit passes back at most a tenth of the gradient"
        + " ∂C/∂z of an unsaturated one";
  }

  @Override
  public String description() {
    return "Fraction of sigmoid units with σ′ < 0.01 per hidden layer, and the first layer's"
        + " gradient norm, at initialisation as the weight scale s of N(0, s²/n_in) grows from"
        + " 1/4 to 32.";
  }

  /** What one scale gave. */
  private record Point(double scale, double[] saturated, double total, double weightGradient,
      double biasGradient, double deltaSaturated, double deltaFree) {}

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int examples = options.reduced() ? 200 : 1000;
    int highest = 5;
    DataSet data = Data.standardised(Data.first(Data.pixels(options), examples));
    Network.Builder b = Network.builder(data.columns()).initializer(Initializer.LECUN_NORMAL)
        .seed(options.seed()).precision(options.precision());
    for (int l = 0; l < HIDDEN; l++) {
      b.dense(WIDTH, "sigmoid");
    }
    List<Networks.Layer> unit = Networks.layers(b.dense(data.classes(), "identity").build());
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<Point>> tasks = new ArrayList<>();
    for (int k = -2; k <= highest; k++) {
      double scale = Math.pow(2, k);
      tasks.add(() -> {
        progress.report(name() + ": weight scale " + scale);
        return measure(scaled(unit, scale, data.columns()), scale, data);
      });
    }
    List<Point> points = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    double peak = 0;
    double worstRatio = 0;
    boolean grows = true;
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      List<Cell> row = new ArrayList<>();
      row.add(Cell.number(p.scale));
      for (double s : p.saturated) {
        row.add(Cell.number(s, 3));
      }
      row.add(Cell.number(p.total, 3));
      row.add(Double.isNaN(p.deltaSaturated) ? Cell.none() : Cell.number(p.deltaSaturated, 3));
      row.add(Cell.number(p.deltaFree, 3));
      double ratio = p.deltaSaturated / p.deltaFree;
      row.add(Double.isNaN(ratio) ? Cell.none() : Cell.number(ratio, 3));
      row.add(Cell.number(p.weightGradient, 3));
      row.add(Cell.number(p.biasGradient, 3));
      rows.add(row);
      if (!Double.isNaN(ratio)) {
        worstRatio = Math.max(worstRatio, ratio);
        m.put("scale" + i + ".delta_ratio", ratio);
      }
      String key = "scale" + i;
      m.put(key + ".scale", p.scale);
      for (int l = 0; l < HIDDEN; l++) {
        m.put(key + ".layer" + (l + 1) + ".saturated", p.saturated[l]);
      }
      m.put(key + ".saturated", p.total);
      m.put(key + ".weight_gradient", p.weightGradient);
      m.put(key + ".bias_gradient", p.biasGradient);
      peak = Math.max(peak, p.weightGradient);
      if (i > 0 && p.total < points.get(i - 1).total) {
        grows = false;
      }
    }
    Point last = points.get(points.size() - 1);
    List<String> columns = new ArrayList<>();
    columns.add("weight scale s");
    for (int l = 1; l <= HIDDEN; l++) {
      columns.add("saturated, layer " + l);
    }
    columns.addAll(List.of("saturated, all", "mean |δ| saturated", "mean |δ| unsaturated",
        "ratio", "‖∂C/∂W¹‖", "‖∂C/∂b¹‖"));
    Table table = new Table("Saturated sigmoid units (σ′ < " + THRESHOLD + ") and the first"
        + " layer's gradient at initialisation, weights N(0, s²/n_in)",
        columns, rows,
        List.of("Nielsen's 4 × 30 sigmoid network, zero biases, on " + data.rows()
            + " standardised examples of " + data.name() + "; cross-entropy averaged over them."
            + " Seed " + options.seed() + ".",
            "δ = ∂C_x/∂z per example and hidden unit (the gradient reaching the unit's bias):"
            + " its mean size over the saturated outputs and over the others.",
            "‖∂C/∂W¹‖ mixes two effects: saturation shrinks σ′, but larger weights carry more"
            + " gradient through the units that are not saturated."));

    m.put("worst_delta_ratio", worstRatio);
    boolean holds = grows && last.total > 0.5 && worstRatio <= PASSES;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "saturated fraction from %s at s = %s to %s at s = %s, never decreasing: %s (needs"
            + " > 0.5 at the end); a saturated unit's mean |δ| is at most %s of an unsaturated"
            + " one's (needs ≤ %s); ‖∂C/∂W¹‖ goes from %s to %s (peak %s)",
        Cell.number(points.get(0).total, 3).text(), Cell.number(points.get(0).scale).text(),
        Cell.number(last.total, 3).text(), Cell.number(last.scale).text(), grows,
        Cell.number(worstRatio, 3).text(), Cell.number(PASSES).text(),
        Cell.number(points.get(0).weightGradient, 3).text(),
        Cell.number(last.weightGradient, 3).text(), Cell.number(peak, 3).text()));

    double[] x = new double[points.size()];
    double[] grad = new double[points.size()];
    double[] deltaSat = new double[points.size()];
    double[] deltaFree = new double[points.size()];
    List<Series> saturated = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      x[i] = Math.log(points.get(i).scale) / Math.log(2);
      grad[i] = points.get(i).weightGradient;
      deltaSat[i] = points.get(i).deltaSaturated;
      deltaFree[i] = points.get(i).deltaFree;
    }
    for (int l = 0; l < HIDDEN; l++) {
      double[] y = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        y[i] = points.get(i).saturated[l];
      }
      saturated.add(new Series("hidden layer " + (l + 1), x, y));
    }
    Output out = new Output(options, name());
    out.tsv("scales", table);
    out.chart("scales", Figure.beside(
        Charts.lines("Sigmoid units with σ′ < " + THRESHOLD, "log₂ s", "fraction saturated",
            saturated, false),
        Charts.lines("Gradient reaching a unit, mean |δ| = |∂C/∂z|", "log₂ s", "mean |δ|",
            List.of(new Series("saturated outputs", x, deltaSat),
                new Series("unsaturated outputs", x, deltaFree)), true),
        Charts.lines("First layer's gradient", "log₂ s", "‖∂C/∂W¹‖",
            List.of(new Series("sigmoid", x, grad)), true)));
    return new ExperimentResult(name(), claim(), List.of(table), m, verdict, out.files(),
        out.descriptions());
  }

  /** The hidden layers' weights times the scale; biases zero; the output layer as drawn. */
  private static Network scaled(List<Networks.Layer> unit, double scale, int inputs) {
    List<Networks.Layer> layers = new ArrayList<>();
    for (int l = 0; l < unit.size(); l++) {
      Networks.Layer u = unit.get(l);
      float[] w = u.weights().clone();
      if (l < HIDDEN) {
        for (int i = 0; i < w.length; i++) {
          w[i] = (float) (w[i] * scale);
        }
      }
      layers.add(new Networks.Layer(u.activation(), w, new float[u.bias().length]));
    }
    return Networks.build(inputs, layers);
  }

  private static Point measure(Network net, double scale, DataSet data) {
    List<ActivationStatistics> stats = net.activationStatistics(data, ProbeSettings.DEFAULT);
    double[] saturated = new double[HIDDEN];
    double total = 0;
    for (int l = 0; l < HIDDEN; l++) {
      saturated[l] = stats.get(l).saturatedFraction();
      total += saturated[l] / HIDDEN;
    }
    StepStatistics[] first = new StepStatistics[1];
    TrainingConfig config = new TrainingConfig(Loss.CROSS_ENTROPY, Sgd.of(1e-9), 1,
        TrainingConfig.FULL_BATCH, false, 1);
    new Trainer(config).withStepListener(s -> first[0] = s).fit(net, data);
    // mean |δ| per example over the hidden outputs that are saturated, and over the others
    Forward.LayerValues[] values = Forward.run(net, data);
    double[][] delta = Deltas.of(net, data, values);
    double sumSat = 0;
    double sumFree = 0;
    long nSat = 0;
    long nFree = 0;
    for (int l = 0; l < HIDDEN; l++) {
      float[] slope = values[l].derivative();
      for (int i = 0; i < slope.length; i++) {
        if (Math.abs(slope[i]) < THRESHOLD) {
          sumSat += Math.abs(delta[l][i]);
          nSat++;
        } else {
          sumFree += Math.abs(delta[l][i]);
          nFree++;
        }
      }
    }
    return new Point(scale, saturated, total,
        first[0].layers().get(0).weightGradientNorm(),
        first[0].layers().get(0).biasGradientNorm(),
        nSat == 0 ? Double.NaN : sumSat / nSat, nFree == 0 ? Double.NaN : sumFree / nFree);
  }
}
