package dev.activations.experiments;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import dev.activations.Precision;
import dev.activations.nn.Adam;
import dev.activations.nn.DataSet;
import dev.activations.nn.DataSets;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Evaluation;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.Split;
import dev.activations.nn.Standardizer;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import dev.activations.nn.TrainingResult;
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
 * Every activation on one task (M5, M8–M10, M16, M17).
 *
 * <h2>Setup</h2>
 * The same network, two hidden layers of 64 units, trained with each element-wise activation of
 * the library that needs no parameter value (identity as the linear baseline), its initialiser
 * chosen as the papers pair them (LeCun normal for selu, Xavier normal for sigmoid, tanh and the
 * other saturating ones, He normal for the rest), Adam (η = 0.001) in batches of 32:
 * <ul>
 *   <li>on digits (or the data option), 10 logits and cross_entropy;
 *   <li>on breast_cancer, one logit and bce_with_logits: the sigmoid output that M5 pairs with
 *       binary classification.
 * </ul>
 * Each data set is split 80/20 (stratified, from the seed) and standardised with its training
 * part. 20 epochs (reduced: 15, on 500 digits, and only the articles' activations; full:
 * 100).
 *
 * <h2>Measurement</h2>
 * Test accuracy and final training loss on each data set; the first epoch whose training
 * accuracy reaches 95 % on digits; the mean wall-clock time of a digits epoch in milliseconds
 * (the only number that varies between runs): the first {@value EpochTimes#WARM_UP} epochs of
 * each activation are left out as warm-up (its kernels are compiled then), and the median of the
 * others is given with its quartiles; a rough figure for this machine, while another network
 * trains on the other core. The accuracies of the articles' activations are also measured over
 * two further seeds (initial weights and batch order), shown as a dot plot with their spread.
 *
 * <h2>Verdict</h2>
 * Holds when each activation the articles discuss (sigmoid, tanh, relu, leaky_relu, prelu, elu,
 * selu, softplus, swish, gelu) reaches a test accuracy of at least 90 % on both data sets.
 */
public final class Compare implements Experiment {
  static final int WIDTH = 64;
  static final int HIDDEN = 2;
  static final double TRAIN_TARGET = 0.95;
  static final double GOOD = 0.90;
  /** The heading of the only column that is not deterministic. */
  static final String TIME_COLUMN = "ms per digits epoch (wall clock): median (quartiles)";

  /** The activations the articles discuss, which the verdict judges. */
  static final List<String> ARTICLES = List.of("sigmoid", "tanh", "relu", "leaky_relu", "prelu",
      "elu", "selu", "softplus", "swish", "gelu");

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public List<String> mission() {
    return List.of("M5", "M8", "M9", "M10", "M16", "M17");
  }

  @Override
  public String articleClaim() {
    return "Every activation the articles discuss is usable in practice: sigmoid or softmax at "
        + "the output with the paired loss (M5), ReLU and its variants, Swish, SELU and GELU in"
        + " the hidden layers (M8–M10, M16, M17); plain ReLU is still the most used (M9).";
  }

  @Override
  public String claim() {
    return "every activation the articles discuss trains the same network to ≥ 90 % test"
        + " accuracy on digits (softmax cross-entropy) and on breast_cancer (one sigmoid output"
        + " with bce_with_logits, M5)";
  }

  @Override
  public String description() {
    return "The same network trained on digits with every activation, and on breast_cancer with"
        + " one logit and bce_with_logits: test accuracy, final loss, epochs to 95 % training"
        + " accuracy, time per epoch.";
  }

  /** The element-wise functions without required parameters, in the registry's order. */
  static List<String> activations() {
    List<String> names = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      if (f.kind() == FunctionInfo.Kind.ELEMENTWISE
          && f.parameters().stream().noneMatch(ParameterInfo::required)) {
        names.add(f.name());
      }
    }
    return names;
  }

  static Initializer initializer(String activation) {
    return Initializer.pairedWith(activation);
  }

  /** One activation on one data set. */
  private record Run(double testAccuracy, double trainLoss, int reached, long[] epochNanos) {}

  /** Runs per activation and data set at the default and full sizes (reduced: 2). */
  static final int SEEDS = 3;

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int epochs = switch (options.size()) {
      case REDUCED -> 15;
      case DEFAULT -> 20;
      case FULL -> 100;
    };
    SplittableRandom seeds = new SplittableRandom(options.seed());
    DataSet digits = Data.pixels(options);
    if (options.reduced()) {
      digits = Data.first(digits, 500);
    }
    Split[] splits = {prepare(digits, seeds.nextLong()),
        prepare(DataSets.breastCancer(), seeds.nextLong())};
    long initSeed = seeds.nextLong();
    long shuffleSeed = seeds.nextLong();
    List<String> names = options.reduced() ? ARTICLES : activations();
    // warm the JIT up on both threads' code paths, so that the first activations' times are
    // not compile times
    Parallel.run(List.<Parallel.Task<Run>>of(
        () -> train("relu", splits[0], false, 2, initSeed, shuffleSeed, options.precision()),
        () -> train("sigmoid", splits[1], true, 2, initSeed, shuffleSeed, options.precision())));
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    // the first seed's streams are the ones above; further seeds vary initialisation and
    // shuffling (the split stays), to show the spread of each accuracy
    int runsPerPair = options.reduced() ? 2 : SEEDS;
    long[][] runSeeds = new long[runsPerPair][];
    runSeeds[0] = new long[] {initSeed, shuffleSeed};
    for (int k = 1; k < runsPerPair; k++) {
      runSeeds[k] = new long[] {seeds.nextLong(), seeds.nextLong()};
    }
    List<Parallel.Task<Run>> tasks = new ArrayList<>();
    for (String a : names) {
      for (int d = 0; d < 2; d++) {
        Split s = splits[d];
        boolean binary = d == 1;
        // the further seeds only for the activations the verdict judges: they are the dots
        // of the spread chart, and the rest would triple the experiment's time
        int count = ARTICLES.contains(a) ? runsPerPair : 1;
        for (long[] rs : java.util.Arrays.copyOf(runSeeds, count)) {
          tasks.add(() -> {
            progress.report(name() + ": " + a + " on " + s.train().name().replace(" (train)",
                "") + ", " + epochs + " epochs");
            return train(a, s, binary, epochs, rs[0], rs[1], options.precision());
          });
        }
      }
    }
    List<Run> runs = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    double[][] accuracyMean = new double[2][names.size()];
    double[][] accuracySd = new double[2][names.size()];
    double[] millis = new double[names.size()];
    int next = 0;
    for (int i = 0; i < names.size(); i++) {
      String a = names.get(i);
      int count = ARTICLES.contains(a) ? runsPerPair : 1;
      Run[][] r = new Run[2][count];
      for (int d = 0; d < 2; d++) {
        for (int k = 0; k < count; k++) {
          r[d][k] = runs.get(next++);
        }
        double[] acc = new double[count];
        for (int k = 0; k < count; k++) {
          acc[k] = r[d][k].testAccuracy;
        }
        accuracyMean[d][i] = mean(acc);
        accuracySd[d][i] = deviation(acc);
      }
      Run d = r[0][0];
      Run b = r[1][0];
      EpochTimes time = EpochTimes.of(d.epochNanos);
      millis[i] = time.median();
      m.put(a + ".digits.test_accuracy", d.testAccuracy);
      m.put(a + ".digits.test_accuracy_mean", accuracyMean[0][i]);
      m.put(a + ".digits.train_loss", d.trainLoss);
      m.put(a + ".digits.epochs_to_95", (double) d.reached);
      m.put(a + ".breast_cancer.test_accuracy", b.testAccuracy);
      m.put(a + ".breast_cancer.test_accuracy_mean", accuracyMean[1][i]);
      m.put(a + ".breast_cancer.train_loss", b.trainLoss);
      if (ARTICLES.contains(a) && (d.testAccuracy < GOOD || b.testAccuracy < GOOD)) {
        failing.add(a);
      }
      rows.add(List.of(Cell.text(a), Cell.text(initializer(a).id()),
          Cell.number(d.testAccuracy, 4), spread(accuracyMean[0][i], accuracySd[0][i], count),
          Cell.number(d.trainLoss, 3),
          d.reached > 0 ? Cell.integer(d.reached) : Cell.text("not in " + epochs),
          Cell.number(b.testAccuracy, 4), spread(accuracyMean[1][i], accuracySd[1][i], count),
          Cell.number(b.trainLoss, 3),
          new Cell(time.text(), time.median())));
    }
    Table table = new Table("Every activation on the same network (" + HIDDEN + " hidden layers"
        + " of " + WIDTH + ", Adam η = 0.001, batches of 32, " + epochs + " epochs)",
        List.of("activation", "initializer", "digits test accuracy",
            "digits over " + runsPerPair + " seeds (mean ± sd)", "digits final loss",
            "epochs to 95 % training accuracy", "breast_cancer test accuracy (bce_with_logits)",
            "breast_cancer over " + runsPerPair + " seeds (mean ± sd)",
            "breast_cancer final loss", TIME_COLUMN),
        rows,
        List.of(splits[0].train().rows() + " training and " + splits[0].test().rows()
                + " test examples of " + digits.name() + " (cross_entropy, 10 logits); "
                + splits[1].train().rows() + " and " + splits[1].test().rows()
                + " of breast_cancer (one logit, bce_with_logits). Seed " + options.seed()
                + "; for the articles' activations, " + (runsPerPair - 1) + " further seeds"
                + " change the initial weights and the order of the batches (not the split):"
                + " mean ± standard deviation over the " + runsPerPair + " runs; one run for"
                + " the others.",
            "Time: " + EpochTimes.NOTE));

    boolean holds = failing.isEmpty();
    double worstDigits = 1;
    double worstBinary = 1;
    for (String a : ARTICLES) {
      worstDigits = Math.min(worstDigits, m.get(a + ".digits.test_accuracy"));
      worstBinary = Math.min(worstBinary, m.get(a + ".breast_cancer.test_accuracy"));
    }
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "lowest test accuracy among the articles' activations: %s on digits, %s on"
            + " breast_cancer (needs ≥ %.2f)%s", Cell.number(worstDigits, 4).text(),
        Cell.number(worstBinary, 4).text(), GOOD,
        failing.isEmpty() ? "" : "; below: " + String.join(", ", failing)),
        holds ? null : "the activations that reach 90 % on both sets are every one but "
            + String.join(", ", failing) + String.format(Locale.ROOT, " (lowest: %s on digits,"
            + " %s on breast_cancer)", Cell.number(worstDigits, 4).text(),
            Cell.number(worstBinary, 4).text()));

    Output out = new Output(options, name());
    out.tsv("results", table);
    List<String> judged = new ArrayList<>();
    double[][] judgedMean = new double[2][];
    double[][] judgedSd = new double[2][];
    for (int d = 0; d < 2; d++) {
      List<Double> mean = new ArrayList<>();
      List<Double> sd = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (ARTICLES.contains(names.get(i))) {
          if (d == 0) {
            judged.add(names.get(i));
          }
          mean.add(accuracyMean[d][i]);
          sd.add(accuracySd[d][i]);
        }
      }
      judgedMean[d] = mean.stream().mapToDouble(Double::doubleValue).toArray();
      judgedSd[d] = sd.stream().mapToDouble(Double::doubleValue).toArray();
    }
    out.chart("accuracy", Charts.dots("Test accuracy of the articles' activations (mean ± sd"
        + " over " + runsPerPair + " seeds)", "activation", "test accuracy", judged,
        List.of(Series.of("digits (cross_entropy)", judgedMean[0]),
            Series.of("breast_cancer (bce_with_logits)", judgedMean[1])),
        List.of(Series.of("digits sd", judgedSd[0]),
            Series.of("breast_cancer sd", judgedSd[1]))));
    out.chart("time", Charts.bars("Time per digits epoch (median after warm-up; rough, this"
        + " machine)", "activation", "ms per epoch", names,
        List.of(Series.of("ms per epoch", millis))));
    return new ExperimentResult(name(), claim(), List.of(table), m, verdict, out.files(),
        out.descriptions());
  }

  private static Cell spread(double mean, double sd, int runs) {
    if (runs == 1) {
      return new Cell("one run", mean);
    }
    return new Cell(Cell.number(mean, 3).text() + " ± " + Cell.number(sd, 1).text(), mean);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** The sample standard deviation (0 for one value). */
  private static double deviation(double[] v) {
    if (v.length < 2) {
      return 0;
    }
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  private static Split prepare(DataSet data, long seed) {
    Split s = data.split(0.2, seed);
    Standardizer z = Standardizer.fit(s.train());
    return new Split(z.apply(s.train()), z.apply(s.test()));
  }

  private static Run train(String activation, Split split, boolean binary, int epochs,
      long initSeed, long shuffleSeed, Precision precision) {
    DataSet train = split.train();
    Network.Builder b = Network.builder(train.columns()).initializer(initializer(activation))
        .seed(initSeed).precision(precision);
    for (int l = 0; l < HIDDEN; l++) {
      b.dense(WIDTH, activation);
    }
    Network net = b.dense(binary ? 1 : train.classes(), "identity").build();
    Loss loss = binary ? Loss.BCE_WITH_LOGITS : Loss.CROSS_ENTROPY;
    TrainingConfig config = TrainingConfig.defaults().withLoss(loss)
        .withOptimizer(Adam.of(0.001)).withEpochs(epochs).withBatchSize(32)
        .withSeed(shuffleSeed);
    TrainingResult r = new Trainer(config).fit(net, train);
    int reached = 0;
    long[] nanos = new long[r.epochs().size()];
    for (EpochReport e : r.epochs()) {
      nanos[e.epoch() - 1] = e.nanos();
      if (reached == 0 && e.trainAccuracy() >= TRAIN_TARGET) {
        reached = e.epoch();
      }
    }
    Evaluation t = net.evaluate(split.test(), loss);
    return new Run(t.accuracy(), r.last().trainLoss(), reached, nanos);
  }
}
