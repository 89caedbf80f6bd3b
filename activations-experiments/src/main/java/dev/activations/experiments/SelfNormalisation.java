package dev.activations.experiments;

import dev.activations.nn.ActivationStatistics;
import dev.activations.nn.DataSet;
import dev.activations.nn.Gaussian;
import dev.activations.nn.Initializer;
import dev.activations.nn.Network;
import dev.activations.nn.ProbeSettings;
import dev.activations.plot.Cell;
import dev.activations.plot.Charts;
import dev.activations.plot.Figure;
import dev.activations.plot.Series;
import dev.activations.plot.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SELU's self-normalisation (M16).
 *
 * <h2>Deep network</h2>
 * A stack of dense layers (64 of width 256 by default; 16 of 64 reduced; 64 of 256 on more
 * examples full), every layer with the same activation and no output layer, is fed
 * standardised random inputs (each of the 256 or 64 features N(0, 1), drawn from the seed). The
 * mean and standard deviation of every layer's outputs over all examples and units come from
 * {@link Network#activationStatistics}. selu with LeCun normal weights (the paper's setup) is
 * compared with relu (He normal), tanh and sigmoid (Xavier normal), elu and gelu (He normal);
 * biases are zero.
 *
 * <h2>The map g</h2>
 * {@link SeluMap} iterates the paper's mean/variance map g(μ, ν) with ω = 0 and τ = 1 from a grid
 * of starting points for {@value #ITERATIONS} steps; the fixed point is (0, 1).
 *
 * <h2>Verdict</h2>
 * Holds when selu keeps |mean| &lt; 0.1 and |std − 1| &lt; 0.1 at every layer, every other
 * activation leaves that band at some layer, and every trajectory of g ends within 10⁻³ of
 * (0, 1).
 */
public final class SelfNormalisation implements Experiment {
  /** The band the claim allows around mean 0 and std 1. */
  static final double BAND = 0.1;
  /** Iterations of g. */
  static final int ITERATIONS = 100;
  /** Grid intervals per axis of the vector field. */
  private static final int FIELD_STEPS = 6;
  /** Iterations drawn in the chart (the rest is flat). */
  static final int CHARTED = 30;
  /** How close to (0, 1) the trajectories must end. */
  static final double CONVERGED = 1e-3;

  /** selu first, then the activations it is compared with. */
  static final List<Setup> SETUPS = List.of(
      new Setup("selu", Initializer.LECUN_NORMAL),
      new Setup("relu", Initializer.HE_NORMAL),
      new Setup("tanh", Initializer.XAVIER_NORMAL),
      new Setup("sigmoid", Initializer.XAVIER_NORMAL),
      new Setup("elu", Initializer.HE_NORMAL),
      new Setup("gelu", Initializer.HE_NORMAL));

  /** The starting points (μ₀, ν₀) of g. */
  static final double[][] STARTS = {
    {-1, 0.1}, {0, 0.25}, {1, 0.5}, {-0.5, 1.5}, {0.5, 2}, {0, 3}, {1, 4}
  };

  @Override
  public String name() {
    return "self-normalisation";
  }

  @Override
  public List<String> mission() {
    return List.of("M16");
  }

  @Override
  public String articleClaim() {
    return "With the right constants (λ ≈ 1.0507, α ≈ 1.6733) and LeCun-normal weights, SELU "
        + "drives the mean and variance of activations to a fixed point (0, 1) layer after "
        + "layer, without batch normalisation (M16).";
  }

  @Override
  public String claim() {
    return "selu with LeCun normal weights keeps every layer's mean within 0.1 of 0 and std within"
        + " 0.1 of 1 while relu, tanh, sigmoid, elu and gelu drift; the map g(μ, ν) converges to"
        + " (0, 1)";
  }

  @Override
  public String description() {
    return "Per-layer mean and std through 64 dense layers of width 256 on standardised random"
        + " inputs for selu (LeCun) against relu, tanh, sigmoid, elu and gelu, and the SELU"
        + " paper's mean/variance map iterated to its fixed point.";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int depth = options.reduced() ? 16 : 64;
    int width = options.reduced() ? 64 : 256;
    int rows = switch (options.size()) {
      case REDUCED -> 256;
      case DEFAULT -> 500;
      case FULL -> 2000;
    };
    DataSet inputs = randomInputs(rows, width, options.seed());
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<List<ActivationStatistics>>> tasks = new ArrayList<>();
    for (Setup s : SETUPS) {
      tasks.add(() -> {
        progress.report(name() + ": " + s.label() + ", " + depth + " layers of " + width);
        Network.Builder b = Network.builder(width).initializer(s.initializer())
            .seed(options.seed()).precision(options.precision());
        for (int l = 0; l < depth; l++) {
          b.dense(width, s.activation());
        }
        return b.build().activationStatistics(inputs, ProbeSettings.DEFAULT);
      });
    }
    List<List<ActivationStatistics>> stats = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<String>> allLayers = new ArrayList<>();
    List<List<Cell>> summary = new ArrayList<>();
    boolean seluInside = false;
    boolean othersLeave = true;
    List<String> stayed = new ArrayList<>();
    for (int a = 0; a < SETUPS.size(); a++) {
      Setup s = SETUPS.get(a);
      double worstMean = 0;
      double worstStd = 0;
      int firstOut = 0;
      for (int l = 0; l < depth; l++) {
        ActivationStatistics st = stats.get(a).get(l);
        double dm = Math.abs(st.mean());
        double ds = Math.abs(st.deviation() - 1);
        worstMean = Math.max(worstMean, dm);
        worstStd = Math.max(worstStd, ds);
        if (firstOut == 0 && !(dm < BAND && ds < BAND)) {
          firstOut = l + 1;
        }
        allLayers.add(List.of(s.label(), Integer.toString(l + 1), Double.toString(st.mean()),
            Double.toString(st.deviation())));
      }
      ActivationStatistics last = stats.get(a).get(depth - 1);
      m.put(s.label() + ".max_abs_mean", worstMean);
      m.put(s.label() + ".max_abs_std_minus_1", worstStd);
      m.put(s.label() + ".last_mean", last.mean());
      m.put(s.label() + ".last_std", last.deviation());
      boolean inside = firstOut == 0;
      if (a == 0) {
        seluInside = inside;
      } else if (inside) {
        othersLeave = false;
        stayed.add(s.label());
      }
      summary.add(List.of(Cell.text(s.label()), Cell.text(s.initializer().id()),
          Cell.number(last.mean(), 3), Cell.number(last.deviation(), 3),
          Cell.number(worstMean, 3), Cell.number(worstStd, 3),
          inside ? Cell.none() : Cell.integer(firstOut), Cell.bool(inside)));
    }
    Table table = new Table("Mean and std of each layer's outputs through " + depth
        + " dense layers of width " + width + " (" + rows + " standardised random inputs)",
        List.of("activation", "initializer", "mean at layer " + depth, "std at layer " + depth,
            "max |mean|", "max |std − 1|", "first layer outside", "inside at every layer"),
        summary,
        List.of("Inside: |mean| < " + BAND + " and |std − 1| < " + BAND + ". Every layer's"
            + " numbers are in " + name() + "-layers.tsv. Seed " + options.seed() + "."));
    List<List<Cell>> layerRows = new ArrayList<>();
    for (int l : shownLayers(depth)) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.integer(l));
      for (int a = 0; a < SETUPS.size(); a++) {
        ActivationStatistics st = stats.get(a).get(l - 1);
        row.add(Cell.text(String.format(Locale.ROOT, "%s / %s",
            Cell.number(st.mean(), 3).text(), Cell.number(st.deviation(), 3).text())));
      }
      layerRows.add(row);
    }
    List<String> layerColumns = new ArrayList<>();
    layerColumns.add("layer");
    for (Setup s : SETUPS) {
      layerColumns.add(s.label() + " mean / std");
    }
    Table byLayer = new Table("Mean / std at selected layers", layerColumns, layerRows,
        List.of());

    SeluMap g = new SeluMap(0, 1);
    double[] fixed = g.apply(0, 1);
    m.put("map.fixed_point_mean", fixed[0]);
    m.put("map.fixed_point_variance", fixed[1]);
    List<List<Cell>> mapRows = new ArrayList<>();
    List<Series> meanSeries = new ArrayList<>();
    List<Series> varianceSeries = new ArrayList<>();
    Map<String, double[][]> trajectories = new LinkedHashMap<>();
    double worstEnd = 0;
    for (double[] start : STARTS) {
      double[] mu = new double[ITERATIONS + 1];
      double[] nu = new double[ITERATIONS + 1];
      mu[0] = start[0];
      nu[0] = start[1];
      for (int i = 1; i <= ITERATIONS; i++) {
        double[] next = g.apply(mu[i - 1], nu[i - 1]);
        mu[i] = next[0];
        nu[i] = next[1];
      }
      double end = Math.max(Math.abs(mu[ITERATIONS]), Math.abs(nu[ITERATIONS] - 1));
      worstEnd = Math.max(worstEnd, end);
      String label = "μ₀ = " + Cell.number(start[0]).text() + ", ν₀ = "
          + Cell.number(start[1]).text();
      mapRows.add(List.of(Cell.number(start[0]), Cell.number(start[1]),
          Cell.text(pair(mu[1], nu[1])), Cell.text(pair(mu[3], nu[3])),
          Cell.text(pair(mu[10], nu[10])),
          Cell.text(pair(mu[ITERATIONS], nu[ITERATIONS])), Cell.number(end, 3)));
      double[] steps = new double[CHARTED + 1];
      for (int i = 0; i <= CHARTED; i++) {
        steps[i] = i;
      }
      trajectories.put(label, new double[][] {Arrays.copyOf(mu, CHARTED + 1),
          Arrays.copyOf(nu, CHARTED + 1)});
      meanSeries.add(new Series(label, steps, Arrays.copyOf(mu, CHARTED + 1)));
      varianceSeries.add(new Series(label, steps, Arrays.copyOf(nu, CHARTED + 1)));
    }
    m.put("map.worst_distance_after_" + ITERATIONS, worstEnd);
    Table map = new Table("The SELU mean/variance map g(μ, ν) iterated from a grid (ω = 0,"
        + " τ = 1)",
        List.of("μ₀", "ν₀", "after 1 step", "after 3 steps", "after 10 steps",
            "after " + ITERATIONS + " steps",
            "distance from (0, 1)"),
        mapRows,
        List.of("g(0, 1) = " + pair(fixed[0], fixed[1]) + " by numerical integration: the"
            + " fixed point. With ω = Σw = 0 the next mean depends only on ν."));

    boolean converges = worstEnd < CONVERGED;
    boolean holds = seluInside && othersLeave && converges;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "selu max |mean| %.3g, max |std − 1| %.3g over %d layers (inside: %s); others leaving"
            + " the band: %s%s; g after %d steps within %.2g of (0, 1) (needs < %.0e)",
        m.get("selu.max_abs_mean"), m.get("selu.max_abs_std_minus_1"), depth, seluInside,
        othersLeave ? "all" : "not ", othersLeave ? "" : String.join(", ", stayed), ITERATIONS,
        worstEnd, CONVERGED));

    Output out = new Output(options, name());
    out.tsv("summary", table);
    out.tsv("layers", List.of("activation", "layer", "mean", "std"), allLayers);
    out.tsv("map", map);
    List<Series> means = new ArrayList<>();
    List<Series> stds = new ArrayList<>();
    for (int a = 0; a < SETUPS.size(); a++) {
      double[] mean = new double[depth];
      double[] std = new double[depth];
      for (int l = 0; l < depth; l++) {
        mean[l] = stats.get(a).get(l).mean();
        std[l] = stats.get(a).get(l).deviation();
      }
      means.add(Series.of(SETUPS.get(a).label(), mean));
      stds.add(Series.of(SETUPS.get(a).label(), std));
    }
    out.chart("layers", Figure.beside(
        Charts.lines("Mean of each layer's outputs", "layer", "mean", means, false),
        Charts.lines("Std of each layer's outputs", "layer", "std", stds, false)));
    out.chart("map-field", Charts.field("The SELU map g(μ, ν): steps and trajectories to (0, 1)",
        "mean μ", "variance ν", fieldArrows(g), 0.2, trajectories));
    out.chart("map", Figure.beside(
        Charts.lines("g iterated: mean μ", "step", "μ", meanSeries, false),
        Charts.lines("g iterated: variance ν", "step", "ν", varianceSeries, false)));
    return new ExperimentResult(name(), claim(), List.of(table, byLayer, map), m, verdict,
        out.files(),
        out.descriptions());
  }

  /**
   * The map's step g(μ, ν) − (μ, ν) on a grid of μ ∈ [−1, 1] and ν ∈ [0.25, 3.25]: the vector
   * field of the SELU paper's figure, every arrow pointing towards the fixed point (0, 1).
   */
  private static List<double[]> fieldArrows(SeluMap g) {
    List<double[]> arrows = new ArrayList<>();
    for (int i = 0; i <= FIELD_STEPS; i++) {
      double mu = -1 + 2.0 * i / FIELD_STEPS;
      for (int j = 0; j <= FIELD_STEPS; j++) {
        double nu = 0.25 + 3.0 * j / FIELD_STEPS;
        double[] next = g.apply(mu, nu);
        arrows.add(new double[] {mu, nu, next[0] - mu, next[1] - nu});
      }
    }
    return arrows;
  }

  /** Layers 1, 2, 4, 8, … and the last. */
  private static List<Integer> shownLayers(int depth) {
    List<Integer> l = new ArrayList<>();
    for (int k = 1; k < depth; k *= 2) {
      l.add(k);
    }
    l.add(depth);
    return l;
  }

  private static String pair(double mu, double nu) {
    return "(" + Cell.number(mu, 3).text() + ", " + Cell.number(nu, 3).text() + ")";
  }

  /** rows × columns N(0, 1) features (one class, unused). */
  static DataSet randomInputs(int rows, int columns, long seed) {
    float[] x = Gaussian.floats(rows * columns, 1, new SplittableRandom(seed ^ 0x5DEECE66DL));
    return DataSet.of("N(0, 1) inputs", x, columns, new int[rows], List.of("none"));
  }
}
