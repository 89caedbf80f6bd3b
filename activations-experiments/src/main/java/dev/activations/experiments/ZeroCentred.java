package dev.activations.experiments;

import dev.activations.Precision;
import dev.activations.nn.DataSet;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Initializer;
import dev.activations.nn.Network;
import dev.activations.nn.Sgd;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Zero-centred outputs (M8, M12, M14): sigmoid's outputs are all positive, so the gradients of
 * the weights into a neuron of the next layer, ∂C/∂w_kj = a_k·δ_j for one example, all share the
 * sign of δ_j, and gradient descent can only move them all up or all down (a zig-zag path);
 * tanh's outputs have both signs.
 *
 * <h2>Setup</h2>
 * Three hidden layers of 30 units and 10 logits on the standardised data set, one Xavier normal
 * draw shared by every activation (only f differs), cross-entropy, plain SGD (η = 0.1) in
 * batches of 32, for sigmoid and tanh, and for relu (non-negative outputs) beside elu (about
 * zero-centred). At most 100 epochs (reduced: 40 epochs on 500 examples; full: 300 epochs).
 *
 * <h2>Measurement</h2>
 * The first epoch whose mean training loss is at most {@value #TARGET}; and, after every epoch,
 * the fraction of neurons of hidden layers 2 and 3 (whose inputs are activations, not the
 * centred data) whose incoming weight gradients all share one sign, over 10 random batches of 32
 * examples and over 32 single examples (from the seed), with per-example δ from {@link Deltas}.
 *
 * <h2>Verdict</h2>
 * Holds when tanh reaches the target loss in fewer epochs than sigmoid (or sigmoid never does),
 * and sigmoid's neurons have one-signed gradients in batches of 32 at least 5 times as often as
 * tanh's, averaged over training. Sigmoid also has the smaller derivative (at most ¼, against
 * tanh's 1), which slows it too: the epochs alone do not separate the two causes; the sign
 * fractions do.
 */
public final class ZeroCentred implements Experiment {
  static final double TARGET = 0.3;
  static final int WIDTH = 30;
  static final int HIDDEN = 3;
  static final int BATCH = 32;
  static final double RATE = 0.1;
  static final int PROBE_BATCHES = 10;
  /** sigmoid's one-signed fraction must be at least this many times tanh's. */
  static final double FAR_MORE = 5;

  static final List<String> ACTIVATIONS = List.of("sigmoid", "tanh", "relu", "elu");

  @Override
  public String name() {
    return "zero-centred";
  }

  @Override
  public List<String> mission() {
    return List.of("M8", "M12", "M14");
  }

  @Override
  public String articleClaim() {
    return "Sigmoid's output is not zero-centred, which shifts the bias of the next layer and "
        + "slows gradient descent; tanh fixes the zero-centring problem (M8, M12, M14).";
  }

  @Override
  public String claim() {
    return "tanh (zero-centred) reaches the target loss in fewer epochs than sigmoid, whose"
        + " neurons' incoming weight gradients share one sign far more often (≥ 5×) in"
        + " batches of 32";
  }

  @Override
  public String description() {
    return "Sigmoid against tanh (and relu against elu) on the same task and initialisation:"
        + " epochs to a training loss of 0.3, and how often all incoming weight gradients of a"
        + " neuron share one sign.";
  }

  /** One activation's training. */
  private record Run(double[] loss, double[] batchSign, double[] singleSign, int reached) {}

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int epochs = switch (options.size()) {
      case REDUCED -> 40;
      case DEFAULT -> 100;
      case FULL -> 300;
    };
    DataSet all = Data.pixels(options);
    DataSet data = Data.standardised(options.reduced() ? Data.first(all, 500) : all);
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<Run>> tasks = new ArrayList<>();
    for (String a : ACTIVATIONS) {
      tasks.add(() -> {
        progress.report(name() + ": " + a + ", up to " + epochs + " epochs");
        return train(a, data, epochs, options.seed(), options.precision());
      });
    }
    List<Run> runs = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<Series> losses = new ArrayList<>();
    List<Series> signs = new ArrayList<>();
    for (int i = 0; i < ACTIVATIONS.size(); i++) {
      String a = ACTIVATIONS.get(i);
      Run r = runs.get(i);
      double batch = mean(r.batchSign);
      double single = mean(r.singleSign);
      m.put(a + ".epochs_to_target", (double) r.reached);
      m.put(a + ".same_sign_batch", batch);
      m.put(a + ".same_sign_single", single);
      m.put(a + ".final_loss", r.loss[r.loss.length - 1]);
      rows.add(List.of(Cell.text(a), r.reached > 0 ? Cell.integer(r.reached)
              : Cell.text("not in " + epochs), Cell.number(r.loss[r.loss.length - 1], 3),
          Cell.number(batch, 3), Cell.number(single, 3)));
      double[] x = new double[r.loss.length];
      for (int e = 0; e < x.length; e++) {
        x[e] = e + 1;
      }
      losses.add(new Series(a, x, r.loss));
      signs.add(new Series(a, x, r.batchSign));
    }
    Table table = new Table("Sigmoid against tanh, relu against elu: same network, data and"
        + " initialisation (" + HIDDEN + " hidden layers of " + WIDTH + ", SGD η = " + RATE
        + ", batches of " + BATCH + ", " + data.rows() + " standardised examples of "
        + data.name() + ")",
        List.of("activation", "epochs to loss ≤ " + TARGET, "final training loss",
            "one-signed gradients, batches of " + BATCH, "one-signed gradients, single examples"),
        rows,
        List.of("One-signed: the share of neurons of hidden layers 2–3 whose incoming weight"
                + " gradients all have one sign, averaged over the epochs. Seed "
                + options.seed() + ".",
            "For one example the gradient of w_kj is a_k·δ_j: with all a_k > 0 (sigmoid) every"
                + " weight into neuron j moves the same way."));

    Run sig = runs.get(0);
    Run tanh = runs.get(1);
    boolean faster = tanh.reached > 0 && (sig.reached == 0 || tanh.reached < sig.reached);
    double ratio = m.get("sigmoid.same_sign_batch") / m.get("tanh.same_sign_batch");
    boolean zigzag = m.get("sigmoid.same_sign_batch")
        >= FAR_MORE * m.get("tanh.same_sign_batch");
    boolean holds = faster && zigzag;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "epochs to loss ≤ %.1f: tanh %s, sigmoid %s; one-signed gradients in batches of %d:"
            + " sigmoid %s, tanh %s (ratio %s, needs ≥ %.0f)", TARGET,
        tanh.reached > 0 ? Integer.toString(tanh.reached) : "never",
        sig.reached > 0 ? Integer.toString(sig.reached) : "never", BATCH,
        Cell.number(m.get("sigmoid.same_sign_batch"), 3).text(),
        Cell.number(m.get("tanh.same_sign_batch"), 3).text(), Cell.number(ratio, 3).text(),
        FAR_MORE));

    Output out = new Output(options, name());
    out.tsv("summary", table);
    out.chart("training", Figure.beside(
        Charts.lines("Training loss", "epoch", "mean cross-entropy", losses, true),
        Charts.lines("Neurons with one-signed incoming gradients (batches of " + BATCH + ")",
            "epoch", "fraction of neurons", signs, false)));
    return new ExperimentResult(name(), claim(), List.of(table), m, verdict, out.files(),
        out.descriptions());
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static Run train(String activation, DataSet data, int epochs, long seed,
      Precision precision) {
    Network.Builder b = Network.builder(data.columns()).initializer(Initializer.XAVIER_NORMAL)
        .precision(precision)
        .seed(seed);
    for (int l = 0; l < HIDDEN; l++) {
      b.dense(WIDTH, activation);
    }
    Network net = b.dense(data.classes(), "identity").build();
    double[] loss = new double[epochs];
    double[] batchSign = new double[epochs];
    double[] singleSign = new double[epochs];
    int[] reached = {0};
    SplittableRandom probe = new SplittableRandom(seed + 17);
    TrainingConfig config = TrainingConfig.defaults().withOptimizer(Sgd.of(RATE))
        .withEpochs(epochs).withBatchSize(BATCH).withSeed(seed);
    new Trainer(config).withProgress(new TrainingProgress() {
      @Override
      public void onEpoch(EpochReport r) {
        int e = r.epoch() - 1;
        loss[e] = r.trainLoss();
        if (reached[0] == 0 && r.trainLoss() <= TARGET) {
          reached[0] = r.epoch();
        }
        batchSign[e] = oneSigned(net, data, BATCH, PROBE_BATCHES, probe);
        singleSign[e] = oneSigned(net, data, 1, BATCH, probe);
      }
    }).fit(net, data);
    return new Run(loss, batchSign, singleSign, reached[0]);
  }

  /**
   * The fraction of neurons of hidden layers 2 … that, on each of {@code count} random batches
   * of {@code size} examples, receive incoming weight gradients of one sign.
   */
  static double oneSigned(Network net, DataSet data, int size, int count,
      SplittableRandom random) {
    long oneSigned = 0;
    long neurons = 0;
    for (int c = 0; c < count; c++) {
      int[] rows = new int[size];
      for (int i = 0; i < size; i++) {
        rows[i] = random.nextInt(data.rows());
      }
      DataSet batch = data.subset(rows);
      Forward.LayerValues[] v = Forward.run(net, batch);
      double[][] delta = Deltas.of(net, batch, v);
      for (int l = 1; l < HIDDEN; l++) {
        int n = v[l - 1].units();
        int units = v[l].units();
        for (int j = 0; j < units; j++) {
          boolean positive = false;
          boolean negative = false;
          for (int k = 0; k < n; k++) {
            double g = 0;
            for (int r = 0; r < size; r++) {
              g += v[l - 1].a()[r * n + k] * delta[l][r * units + j];
            }
            positive |= g > 0;
            negative |= g < 0;
          }
          neurons++;
          if (!(positive && negative)) {
            oneSigned++;
          }
        }
      }
    }
    return (double) oneSigned / neurons;
  }
}
