package dev.activations.experiments;

import dev.activations.Precision;
import dev.activations.Spec;
import dev.activations.nn.Adam;
import dev.activations.nn.DataSet;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Evaluation;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.Split;
import dev.activations.nn.Standardizer;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import dev.activations.nn.TrainingProgress;
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
 * Learnable activations (M9, M10): PReLU's slopes a_c and Swish's β are parameters trained with
 * the weights.
 *
 * <h2>Setup</h2>
 * Two hidden layers of 64 units and 10 logits on the data set (digits by default), split 80/20
 * (stratified, from the seed) and standardised with the training part; He normal weights drawn
 * once and shared by every network; cross-entropy, Adam (η = 0.01) in batches of 32 for 30
 * epochs (25 reduced, on 500 examples; 100 full). Four networks: relu; prelu with one slope per
 * unit (channel-wise) starting at 0.25; swish with β fixed at 1; swish with a learnable β per
 * layer starting at 1.
 *
 * <h2>Measurement</h2>
 * Test accuracy and final training loss of each; PReLU's slopes (mean, lowest, highest over the
 * 64 units) and Swish's β of each hidden layer after every epoch.
 *
 * <h2>Verdict</h2>
 * Holds when, in every hidden layer, PReLU's mean slope and Swish's β have each moved by more
 * than 0.01 from their starting values (they are trained), and the learnable networks reach a
 * test accuracy within 2 points of relu's and fixed swish's (the best of the two).
 */
public final class Learnable implements Experiment {
  static final int WIDTH = 64;
  static final int HIDDEN = 2;
  static final double RATE = 0.01;
  /** A parameter that moved less than this was not learned. */
  static final double MOVED = 0.01;
  /** How far below the fixed networks' best test accuracy the learnable ones may land. */
  static final double CLOSE = 0.02;

  /** relu, prelu, fixed swish, learnable swish, in that order. */
  static final List<String> SPECS = List.of("relu",
      "prelu(num_parameters=" + WIDTH + ", init=0.25)", "swish(beta=1.0)",
      "swish(beta=1.0, learnable=true)");
  static final List<String> LABELS = List.of("relu", "prelu (learnable slopes)",
      "swish (β = 1 fixed)", "swish (learnable β)");

  @Override
  public String name() {
    return "learnable";
  }

  @Override
  public List<String> mission() {
    return List.of("M9", "M10");
  }

  @Override
  public String articleClaim() {
    return "PReLU's slope γᵢ is a learnable parameter per neuron (channel), trained with the "
        + "network; Swish's β can be learnable or fixed (M9, M10).";
  }

  @Override
  public String claim() {
    return "PReLU's channel-wise slopes and Swish's β are learned with the weights (each moves"
        + " from its start in every layer), and the learnable networks are as accurate as relu"
        + " and fixed swish (within 2 points)";
  }

  @Override
  public String description() {
    return "PReLU (channel-wise, init 0.25) and Swish (learnable β, init 1) trained on digits:"
        + " learned slopes and β per layer over training, beside relu and fixed swish.";
  }

  /** One network's training. */
  private record Run(double testAccuracy, double trainLoss, double[][][] parameters) {}

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int epochs = switch (options.size()) {
      case REDUCED -> 25;
      case DEFAULT -> 30;
      case FULL -> 100;
    };
    DataSet all = Data.pixels(options);
    if (options.reduced()) {
      all = Data.first(all, 500);
    }
    SplittableRandom seeds = new SplittableRandom(options.seed());
    Split split = all.split(0.2, seeds.nextLong());
    Standardizer z = Standardizer.fit(split.train());
    DataSet train = z.apply(split.train());
    DataSet test = z.apply(split.test());
    long initSeed = seeds.nextLong();
    long shuffleSeed = seeds.nextLong();
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<Run>> tasks = new ArrayList<>();
    for (int i = 0; i < SPECS.size(); i++) {
      String spec = SPECS.get(i);
      String label = LABELS.get(i);
      tasks.add(() -> {
        progress.report(name() + ": " + label + ", " + epochs + " epochs");
        return train(spec, train, test, epochs, initSeed, shuffleSeed, options.precision());
      });
    }
    List<Run> runs = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> accuracy = new ArrayList<>();
    for (int i = 0; i < SPECS.size(); i++) {
      Run r = runs.get(i);
      String key = SPECS.get(i).startsWith("swish") ? (i == 2 ? "swish_fixed" : "swish_learnable")
          : Spec.parse(SPECS.get(i)).name();
      m.put(key + ".test_accuracy", r.testAccuracy);
      m.put(key + ".train_loss", r.trainLoss);
      accuracy.add(List.of(Cell.text(LABELS.get(i)), Cell.number(r.testAccuracy, 4),
          Cell.number(r.trainLoss, 3)));
    }
    Table results = new Table("Test accuracy after " + epochs + " epochs (" + HIDDEN
        + " hidden layers of " + WIDTH + ", Adam η = " + RATE + ", " + train.rows() + " training"
        + " and " + test.rows() + " test examples of " + all.name() + ")",
        List.of("network", "test accuracy", "final training loss"), accuracy,
        List.of("The same initial weights for every network. Seed " + options.seed() + "."));

    List<List<Cell>> learned = new ArrayList<>();
    boolean moved = true;
    double[][][] prelu = runs.get(1).parameters;
    double[][][] swish = runs.get(3).parameters;
    for (int l = 0; l < HIDDEN; l++) {
      double[] slopes = prelu[epochs][l];
      double mean = Arrays.stream(slopes).average().orElse(Double.NaN);
      double beta = swish[epochs][l][0];
      m.put("prelu.layer" + (l + 1) + ".mean_slope", mean);
      m.put("prelu.layer" + (l + 1) + ".min_slope", Arrays.stream(slopes).min().orElseThrow());
      m.put("prelu.layer" + (l + 1) + ".max_slope", Arrays.stream(slopes).max().orElseThrow());
      m.put("swish.layer" + (l + 1) + ".beta", beta);
      moved &= Math.abs(mean - 0.25) > MOVED && Math.abs(beta - 1) > MOVED;
      learned.add(List.of(Cell.integer(l + 1), Cell.number(mean, 3),
          Cell.number(Arrays.stream(slopes).min().orElseThrow(), 3),
          Cell.number(Arrays.stream(slopes).max().orElseThrow(), 3), Cell.number(beta, 4)));
    }
    Table parameters = new Table("Learned activation parameters per hidden layer",
        List.of("hidden layer", "prelu slope, mean", "prelu slope, lowest",
            "prelu slope, highest", "swish β"),
        learned,
        List.of("Starting values: every slope 0.25, β = 1. Their trajectories are in the chart."));

    double best = Math.max(runs.get(0).testAccuracy, runs.get(2).testAccuracy);
    boolean close = runs.get(1).testAccuracy >= best - CLOSE
        && runs.get(3).testAccuracy >= best - CLOSE;
    boolean holds = moved && close;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "prelu mean slopes %s, swish β %s (moved > %.2f from 0.25 and 1: %s); test accuracy"
            + " prelu %s, learnable swish %s against the best fixed %s (within %.0f points: %s)",
        Arrays.toString(Arrays.stream(prelu[epochs]).mapToDouble(
            s -> Arrays.stream(s).average().orElse(Double.NaN)).mapToObj(
                v -> Cell.number(v, 3).text()).toArray()),
        Arrays.toString(Arrays.stream(swish[epochs]).map(
            s -> Cell.number(s[0], 4).text()).toArray()),
        MOVED, moved, Cell.number(runs.get(1).testAccuracy, 4).text(),
        Cell.number(runs.get(3).testAccuracy, 4).text(), Cell.number(best, 4).text(),
        CLOSE * 100, close));

    Output out = new Output(options, name());
    out.tsv("accuracy", results);
    out.tsv("parameters", parameters);
    List<List<String>> trajectory = new ArrayList<>();
    List<Series> slopeSeries = new ArrayList<>();
    List<Series> betaSeries = new ArrayList<>();
    double[] x = new double[epochs + 1];
    for (int e = 0; e <= epochs; e++) {
      x[e] = e;
    }
    for (int l = 0; l < HIDDEN; l++) {
      double[] mean = new double[epochs + 1];
      double[] lo = new double[epochs + 1];
      double[] hi = new double[epochs + 1];
      double[] beta = new double[epochs + 1];
      for (int e = 0; e <= epochs; e++) {
        double[] s = prelu[e][l];
        mean[e] = Arrays.stream(s).average().orElse(Double.NaN);
        lo[e] = Arrays.stream(s).min().orElseThrow();
        hi[e] = Arrays.stream(s).max().orElseThrow();
        beta[e] = swish[e][l][0];
        trajectory.add(List.of(Integer.toString(e), Integer.toString(l + 1),
            Double.toString(mean[e]), Double.toString(lo[e]), Double.toString(hi[e]),
            Double.toString(beta[e])));
      }
      slopeSeries.add(new Series("layer " + (l + 1) + ", mean", x, mean));
      slopeSeries.add(new Series("layer " + (l + 1) + ", lowest", x, lo));
      slopeSeries.add(new Series("layer " + (l + 1) + ", highest", x, hi));
      betaSeries.add(new Series("layer " + (l + 1), x, beta));
    }
    out.tsv("trajectories", List.of("epoch", "layer", "prelu_mean_slope", "prelu_lowest_slope",
        "prelu_highest_slope", "swish_beta"), trajectory);
    out.chart("trajectories", Figure.beside(
        Charts.lines("PReLU slopes over training", "epoch", "slope", slopeSeries, false),
        Charts.lines("Swish β over training", "epoch", "β", betaSeries, false)));
    return new ExperimentResult(name(), claim(), List.of(results, parameters), m, verdict,
        out.files(),
        out.descriptions());
  }

  /** Trains one network; parameters[e][l] are layer l's θ after epoch e (0: the start). */
  private static Run train(String spec, DataSet train, DataSet test, int epochs, long initSeed,
      long shuffleSeed, Precision precision) {
    Network.Builder b = Network.builder(train.columns()).initializer(Initializer.HE_NORMAL)
        .seed(initSeed).precision(precision);
    for (int l = 0; l < HIDDEN; l++) {
      b.dense(WIDTH, spec);
    }
    Network net = b.dense(train.classes(), "identity").build();
    double[][][] theta = new double[epochs + 1][HIDDEN][];
    for (int l = 0; l < HIDDEN; l++) {
      theta[0][l] = net.layers().get(l).activationParameters();
    }
    TrainingConfig config = TrainingConfig.defaults().withOptimizer(Adam.of(RATE))
        .withEpochs(epochs).withBatchSize(32).withSeed(shuffleSeed);
    var result = new Trainer(config).withProgress(new TrainingProgress() {
      @Override
      public void onEpoch(EpochReport r) {
        for (int l = 0; l < HIDDEN; l++) {
          theta[r.epoch()][l] = net.layers().get(l).activationParameters();
        }
      }
    }).fit(net, train);
    Evaluation t = net.evaluate(test, Loss.CROSS_ENTROPY);
    return new Run(t.accuracy(), result.last().trainLoss(), theta);
  }
}
