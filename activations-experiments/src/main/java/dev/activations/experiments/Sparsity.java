package dev.activations.experiments;

import dev.activations.nn.ActivationStatistics;
import dev.activations.nn.DataSet;
import dev.activations.nn.Initializer;
import dev.activations.nn.Network;
import dev.activations.nn.ProbeSettings;
import dev.activations.plot.Cell;
import dev.activations.plot.Charts;
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
 * ReLU's sparsity (M8): the fraction of relu outputs that are exactly zero, layer by layer, in a
 * deep relu network at He initialisation (weights N(0, 2/n_in), zero biases) on standardised
 * inputs (the data set's columns centred and scaled to unit variance).
 *
 * <p>Every layer's outputs are gathered over the data set by
 * {@link Network#activationStatistics}: the fraction of exact zeros, the fraction of dead units
 * (zero for every example), the mean and the standard deviation. For comparison, the same
 * network with leaky_relu, elu, gelu and softplus (same initialisation) shows how many exact
 * zeros the others give.
 *
 * <p>Sizes: reduced 4 hidden layers of 64 units on 500 examples; default 8 of 256 on up to 2,000
 * examples; full 16 of 512 on up to 10,000.
 *
 * <p>The relu network is drawn {@value #DRAWS} times (3 when reduced) from seeds derived from the
 * experiment's seed, and each layer's fraction is averaged over the draws: one finite-width draw
 * scatters by a few hundredths around its expectation, which is what "about 50 %" speaks of.
 *
 * <p>Verdict: holds when relu's mean zero fraction is within 0.5 ± 0.05 at every layer.
 */
public final class Sparsity implements Experiment {
  /** The half-width of the band around ½ that the claim allows. */
  static final double TOLERANCE = 0.05;

  /** The activations compared with relu. */
  static final List<String> OTHERS = List.of("leaky_relu", "elu", "gelu", "softplus");

  /** Initialisations averaged over (3 when reduced). */
  static final int DRAWS = 10;

  @Override
  public String name() {
    return "sparsity";
  }

  @Override
  public List<String> mission() {
    return List.of("M8");
  }

  @Override
  public String articleClaim() {
    return "ReLU is sparse: about 50 % of its neurons are active (M8).";
  }

  @Override
  public String claim() {
    return "at He initialisation on standardised inputs, about 50 % of relu outputs are exactly"
        + " zero (0.5 ± 0.05 at every layer)";
  }

  @Override
  public String description() {
    return "Fraction of exact zeros per layer of a deep relu network at He initialisation on"
        + " standardised inputs, beside leaky_relu, elu, gelu and softplus.";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int depth;
    int width;
    int rows;
    switch (options.size()) {
      case REDUCED -> {
        depth = 4;
        width = 64;
        rows = 500;
      }
      case DEFAULT -> {
        depth = 8;
        width = 256;
        rows = 2000;
      }
      default -> {
        depth = 16;
        width = 512;
        rows = 10000;
      }
    }
    DataSet data = Data.standardised(Data.first(Data.pixels(options), rows));
    Output out = new Output(options, name());
    List<String> all = new ArrayList<>();
    all.add("relu");
    all.addAll(OTHERS);
    long[] seeds = drawSeeds(options.seed(), options.reduced() ? 3 : DRAWS);
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    // relu once per draw, then the others with the first draw's seed
    List<Parallel.Task<List<ActivationStatistics>>> tasks = new ArrayList<>();
    for (int k = 0; k < seeds.length + OTHERS.size(); k++) {
      String spec = k < seeds.length ? "relu" : OTHERS.get(k - seeds.length);
      long seed = k < seeds.length ? seeds[k] : seeds[0];
      String what = k < seeds.length ? "relu, draw " + (k + 1) + " of " + seeds.length : spec;
      tasks.add(() -> {
        progress.report(name() + ": " + what + ", " + depth + " layers of " + width
            + " units on " + data.rows() + " examples");
        Network.Builder b = Network.builder(data.columns()).initializer(Initializer.HE_NORMAL)
            .seed(seed).precision(options.precision());
        for (int l = 0; l < depth; l++) {
          b.dense(width, spec);
        }
        return b.build().activationStatistics(data, ProbeSettings.DEFAULT);
      });
    }
    List<List<ActivationStatistics>> results = Parallel.run(tasks);
    List<List<ActivationStatistics>> draws = results.subList(0, seeds.length);
    List<List<ActivationStatistics>> stats = new ArrayList<>();
    stats.add(draws.get(0));
    stats.addAll(results.subList(seeds.length, results.size()));

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rowsOut = new ArrayList<>();
    double[] zeros = new double[depth];
    double[] lowest = new double[depth];
    double[] highest = new double[depth];
    double worst = 0;
    for (int l = 0; l < depth; l++) {
      int layer = l;
      double[] z = draws.stream().mapToDouble(d -> d.get(layer).zeroFraction()).toArray();
      double mean = Arrays.stream(z).average().orElse(Double.NaN);
      double dead = draws.stream().mapToDouble(d -> d.get(layer).deadFraction()).average()
          .orElse(Double.NaN);
      zeros[l] = mean;
      lowest[l] = Arrays.stream(z).min().orElse(Double.NaN);
      highest[l] = Arrays.stream(z).max().orElse(Double.NaN);
      worst = Math.max(worst, Math.abs(mean - 0.5));
      m.put("relu.layer" + (l + 1) + ".zeros", mean);
      m.put("relu.layer" + (l + 1) + ".dead", dead);
      rowsOut.add(List.of(Cell.integer(l + 1), Cell.number(mean, 4),
          Cell.number(Arrays.stream(z).min().orElse(Double.NaN), 4),
          Cell.number(Arrays.stream(z).max().orElse(Double.NaN), 4), Cell.number(dead, 3)));
    }
    Table perLayer = new Table("Exact zeros of relu outputs per layer at He initialisation ("
        + depth + " layers of " + width + " units, " + data.rows() + " standardised examples of "
        + data.name() + ", " + seeds.length + " initialisations)",
        List.of("layer", "zero fraction", "lowest draw", "highest draw", "dead units"),
        rowsOut,
        List.of("zero fraction: share of the examples × units outputs that are exactly 0,"
            + " averaged over the initialisations; dead units: share of units that are 0 for"
            + " every example. Seed " + options.seed() + "."));

    List<List<Cell>> compareRows = new ArrayList<>();
    List<Series> series = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      double[] z = stats.get(a).stream().mapToDouble(ActivationStatistics::zeroFraction)
          .toArray();
      double mean = Arrays.stream(z).average().orElse(Double.NaN);
      m.put(all.get(a) + ".zeros", mean);
      compareRows.add(List.of(Cell.text(all.get(a)), Cell.number(mean, 4),
          Cell.number(Arrays.stream(z).min().orElse(Double.NaN), 4),
          Cell.number(Arrays.stream(z).max().orElse(Double.NaN), 4)));
    }
    series.add(Series.of("relu", zeros));
    series.add(Series.of("lowest of " + seeds.length + " draws", lowest));
    series.add(Series.of("highest of " + seeds.length + " draws", highest));
    double[] half = new double[depth];
    Arrays.fill(half, 0.5);
    series.add(Series.of("50 %", half));
    Table compare = new Table("Exact zeros by activation, same network and initialisation"
        + " (the first draw)",
        List.of("activation", "mean over layers", "lowest layer", "highest layer"),
        compareRows,
        List.of("Only relu's flat negative half gives exact zeros; the others are non-zero"
            + " almost everywhere."));

    boolean holds = worst <= TOLERANCE;
    m.put("relu.worst_deviation", worst);
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "relu zero fraction per layer (mean of %d initialisations) from %.4f to %.4f; largest"
            + " |fraction − 0.5| = %.4f (needs ≤ %.2f)", seeds.length, Arrays.stream(zeros).min().orElse(Double.NaN),
        Arrays.stream(zeros).max().orElse(Double.NaN), worst, TOLERANCE));

    out.tsv("layers", perLayer);
    out.tsv("activations", compare);
    out.chart("layers", Charts.lines("Fraction of relu outputs exactly zero at He"
        + " initialisation", "layer", "zero fraction", series, false));
    return new ExperimentResult(name(), claim(), List.of(perLayer, compare), m, verdict,
        out.files(),
        out.descriptions());
  }

  /** The seeds of the initialisations, drawn from the experiment's seed. */
  static long[] drawSeeds(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] s = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = r.nextLong();
    }
    return s;
  }
}
