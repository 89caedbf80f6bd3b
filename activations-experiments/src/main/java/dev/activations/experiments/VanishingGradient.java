package dev.activations.experiments;

import dev.activations.Precision;
import dev.activations.nn.DataSet;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Initializer;
import dev.activations.nn.LayerStatistics;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.Sgd;
import dev.activations.nn.StepStatistics;
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

/**
 * The vanishing gradient (M12, M13), in Nielsen's setup (<i>Neural Networks and Deep
 * Learning</i>, chapter 5, {@code fig/generate_gradient.py}).
 *
 * <h2>Setup</h2>
 * Networks of 1, 2, 3 and 4 hidden layers of 30 units and 10 outputs, on the first 1,000
 * training images (pixels in [0, 1]: digits by default, MNIST with {@code idx:DIR}). Nielsen's
 * network is sigmoid throughout with weights N(0, 1/n_in) and biases N(0, 1)
 * ({@link Initializer#NIELSEN}) and the cross-entropy cost of sigmoid outputs,
 * C = −(1/n) Σ_x Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)]. The lab's
 * {@link Loss#BCE_WITH_LOGITS} is the same cost divided by the 10 outputs, so its gradients are
 * multiplied by 10 here, and its learning rate is 10 × Nielsen's η. The same networks are built
 * with tanh (Xavier normal), relu (He normal), selu (LeCun normal) and gelu (He normal), zero
 * biases.
 *
 * <h2>Measurement</h2>
 * The speed of learning of hidden layer l is ‖∂C/∂b^l‖, the gradient averaged over the
 * examples, at initialisation (Nielsen's "Average gradient for the hidden layers"). Over
 * training, the speed is measured before each epoch of full-batch gradient descent with η = 0.1
 * and L2 regularisation λ = 5 (Nielsen's {@code net.SGD(td, 1, 1000, 0.1, lmbda=5.0)}): the
 * step's gradient is the average gradient at that epoch's parameters.
 *
 * <h2>Sizes</h2>
 * Reduced: 200 examples, 5 epochs. Default: 1,000 examples, 100 epochs. Full: 1,000 examples,
 * Nielsen's 500 epochs. Trajectories are recorded for the 4-hidden-layer network of every
 * activation and for Nielsen's 2- and 3-layer sigmoid networks.
 *
 * <h2>Verdict</h2>
 * Holds when, in the 4-hidden-layer networks at initialisation, speed(layer 4)/speed(layer 1)
 * is ≥ 10 for sigmoid and at most a fifth of sigmoid's ratio for both relu and selu.
 */
public final class VanishingGradient implements Experiment {
  /** Hidden units per layer, as in the book. */
  static final int WIDTH = 30;
  /** The deepest network. */
  static final int MAX_DEPTH = 4;
  /** Nielsen's learning rate η for his cost. */
  static final double NIELSEN_ETA = 0.1;
  /** Nielsen's L2 regularisation λ (network2: w ← (1 − ηλ/n)w − η∂C/∂w). */
  static final double NIELSEN_LAMBDA = 5.0;
  /** The criterion: sigmoid's last/first ratio must reach this. */
  static final double SIGMOID_RATIO = 10;
  /** The criterion: relu's and selu's ratio must be at most sigmoid's divided by this. */
  static final double FAR_SMALLER = 5;

  /** The activations compared, sigmoid first (Nielsen's), each with its initialiser. */
  static final List<Setup> SETUPS = List.of(
      new Setup("sigmoid", Initializer.NIELSEN),
      new Setup("tanh", Initializer.XAVIER_NORMAL),
      new Setup("relu", Initializer.HE_NORMAL),
      new Setup("selu", Initializer.LECUN_NORMAL),
      new Setup("gelu", Initializer.HE_NORMAL));

  /** The book's speeds at initialisation, by number of hidden layers (chapter 5). */
  static final Map<Integer, String> BOOK = Map.of(2, "0.07, 0.31", 3, "0.012, 0.060, 0.283");

  @Override
  public String name() {
    return "vanishing-gradient";
  }

  @Override
  public List<String> mission() {
    return List.of("M12", "M13");
  }

  @Override
  public String articleClaim() {
    return "With sigmoid, f′(z) is at most 0.25, so gradients shrink as they flow back: in a "
        + "network with 4 hidden layers, hidden layer 4 learns fastest and hidden layer 1 "
        + "slowest (M13, after Nielsen, chapter 5).";
  }

  @Override
  public String claim() {
    return "with sigmoid, hidden layer 1 of a 4-hidden-layer network learns at least 10× slower"
        + " than hidden layer 4; with relu and selu the ratio is far smaller (≤ a fifth of"
        + " sigmoid's)";
  }

  @Override
  public String description() {
    return "Nielsen's chapter 5: speed of learning ‖∂C/∂b^l‖ of each hidden layer (1–4 hidden"
        + " layers of 30 units) at initialisation and over full-batch training, for sigmoid,"
        + " tanh, relu, selu and gelu, beside the book's numbers.";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int examples = options.reduced() ? 200 : 1000;
    int epochs = switch (options.size()) {
      case REDUCED -> 5;
      case DEFAULT -> 100;
      case FULL -> 500;
    };
    DataSet data = Data.first(Data.pixels(options), examples);
    int classes = data.classes();
    Output out = new Output(options, name());

    // speed[activation][depth - 1][layer] at initialisation; trajectories where trained
    double[][][] initial = new double[SETUPS.size()][MAX_DEPTH][];
    Map<String, double[][]> trajectories = new LinkedHashMap<>();
    Map<String, EpochReport> finals = new LinkedHashMap<>();
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<Run>> tasks = new ArrayList<>();
    for (int a = 0; a < SETUPS.size(); a++) {
      Setup s = SETUPS.get(a);
      for (int depth = 1; depth <= MAX_DEPTH; depth++) {
        int d = depth;
        int runEpochs = trained(a, depth) ? epochs : 1;
        tasks.add(() -> {
          progress.report(name() + ": " + s.label() + ", " + d + " hidden layer"
              + (d == 1 ? "" : "s") + (runEpochs > 1 ? ", " + runEpochs + " epochs" : ""));
          return train(s, d, data, classes, runEpochs, options.seed(), options.precision());
        });
      }
    }
    List<Run> runs = Parallel.run(tasks);
    for (int a = 0; a < SETUPS.size(); a++) {
      for (int depth = 1; depth <= MAX_DEPTH; depth++) {
        Run run = runs.get(a * MAX_DEPTH + depth - 1);
        initial[a][depth - 1] = run.speeds[0];
        if (trained(a, depth)) {
          String key = SETUPS.get(a).label() + "-" + depth;
          trajectories.put(key, run.speeds);
          finals.put(key, run.result.last());
        }
      }
    }

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int a = 0; a < SETUPS.size(); a++) {
      Setup s = SETUPS.get(a);
      for (int depth = 1; depth <= MAX_DEPTH; depth++) {
        double[] v = initial[a][depth - 1];
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(s.label()));
        row.add(Cell.text(s.initializer().id()));
        row.add(Cell.integer(depth));
        for (int l = 0; l < MAX_DEPTH; l++) {
          row.add(l < depth ? Cell.number(v[l], 3) : Cell.none());
          if (l < depth) {
            m.put(s.label() + "." + depth + ".layer" + (l + 1), v[l]);
          }
        }
        double ratio = v[depth - 1] / v[0];
        m.put(s.label() + "." + depth + ".ratio", ratio);
        row.add(depth == 1 ? Cell.none() : Cell.number(ratio, 3));
        String book = a == 0 ? BOOK.get(depth) : null;
        row.add(book == null ? Cell.none() : Cell.text(book));
        rows.add(row);
      }
    }
    Table atInit = new Table(
        "Speed of learning ‖∂C/∂b^l‖ of each hidden layer at initialisation, gradient averaged"
            + " over the first " + data.rows() + " examples of " + data.name(),
        List.of("activation", "initializer", "hidden layers", "layer 1", "layer 2", "layer 3",
            "layer 4", "last / first", "Nielsen (MNIST)"),
        rows,
        List.of("Cost: cross-entropy of sigmoid outputs summed over the " + classes
                + " outputs, averaged over the examples (Nielsen's). Seed " + options.seed()
                + ".",
            "Nielsen's numbers are one draw of his network on MNIST (784 inputs); ours are one"
                + " draw on " + data.name() + " (" + data.columns() + " inputs)."));

    List<List<Cell>> trainRows = new ArrayList<>();
    for (Map.Entry<String, double[][]> e : trajectories.entrySet()) {
      double[][] t = e.getValue();
      int depth = t[0].length;
      double[] first = t[0];
      double[] last = t[t.length - 1];
      EpochReport r = finals.get(e.getKey());
      trainRows.add(List.of(Cell.text(e.getKey().substring(0, e.getKey().indexOf('-'))),
          Cell.integer(depth), Cell.number(first[0], 3), Cell.number(last[0], 3),
          Cell.number(first[depth - 1], 3), Cell.number(last[depth - 1], 3),
          Cell.number(last[depth - 1] / last[0], 3), Cell.number(r.trainLoss() * classes, 3),
          Cell.number(r.trainAccuracy(), 3)));
    }
    Table training = new Table(
        "Speed of the first and last hidden layers over " + epochs + " epochs of full-batch"
            + " gradient descent (η = " + NIELSEN_ETA + ", λ = " + NIELSEN_LAMBDA + ")",
        List.of("activation", "hidden layers", "layer 1 at start", "layer 1 at end",
            "last layer at start", "last layer at end", "last / first at end", "final cost",
            "final training accuracy"),
        trainRows,
        trainingNotes(trajectories));

    double sigmoid = m.get("sigmoid.4.ratio");
    double relu = m.get("relu.4.ratio");
    double selu = m.get("selu.4.ratio");
    boolean holds = sigmoid >= SIGMOID_RATIO && relu <= sigmoid / FAR_SMALLER
        && selu <= sigmoid / FAR_SMALLER;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "layer 4 / layer 1 at initialisation: sigmoid %.3g (needs ≥ %.0f), relu %.3g, selu %.3g"
            + " (need ≤ %.3g)", sigmoid, SIGMOID_RATIO, relu, selu, sigmoid / FAR_SMALLER));

    out.tsv("initial", atInit);
    out.tsv("training", training);
    writeTrajectories(out, trajectories);
    List<Series> byLayer = new ArrayList<>();
    for (int a = 0; a < SETUPS.size(); a++) {
      byLayer.add(Series.of(SETUPS.get(a).label(), initial[a][MAX_DEPTH - 1]));
    }
    out.chart("initial", Charts.lines("Speed of learning at initialisation, 4 hidden layers",
        "hidden layer", "‖∂C/∂b‖", byLayer, true));
    // small multiples on one y axis: the activations compare at a glance
    Map<String, Figure> trainingCharts = new LinkedHashMap<>();
    for (Map.Entry<String, double[][]> e : trajectories.entrySet()) {
      double[][] t = e.getValue();
      int depth = t[0].length;
      List<Series> series = new ArrayList<>();
      for (int l = 0; l < depth; l++) {
        double[] y = new double[t.length];
        double[] x = new double[t.length];
        for (int i = 0; i < t.length; i++) {
          x[i] = i;
          y[i] = t[i][l];
        }
        series.add(new Series("hidden layer " + (l + 1), x, y));
      }
      String act = e.getKey().substring(0, e.getKey().indexOf('-'));
      trainingCharts.put("training-" + e.getKey(), Charts.lines("Speed of learning: " + act + ", "
          + depth + " hidden layers", "epochs of training", "‖∂C/∂b‖", series, true));
    }
    Figure.shareYAxis(List.copyOf(trainingCharts.values()));
    for (Map.Entry<String, Figure> e : trainingCharts.entrySet()) {
      out.chart(e.getKey(), e.getValue());
    }
    return new ExperimentResult(name(), claim(), List.of(atInit, training), m, verdict,
        out.files(),
        out.descriptions());
  }

  /** The notes below the training table: how speeds are measured, and any divergence. */
  private static List<String> trainingNotes(Map<String, double[][]> trajectories) {
    List<String> notes = new ArrayList<>();
    notes.add("Speeds measured before each epoch; the charts show every epoch.");
    for (Map.Entry<String, double[][]> e : trajectories.entrySet()) {
      double[][] t = e.getValue();
      for (int i = 0; i < t.length; i++) {
        if (!Double.isFinite(t[i][0])) {
          String key = e.getKey();
          notes.add(key.substring(0, key.indexOf('-')) + ", " + t[i].length + " hidden layers:"
              + " the gradient became " + t[i][0] + " at epoch " + i + " (training diverged at"
              + " this learning rate).");
          break;
        }
      }
    }
    return notes;
  }

  /** Whether the network is trained: every 4-layer one, and Nielsen's 2- and 3-layer sigmoid. */
  private static boolean trained(int setup, int depth) {
    return depth == MAX_DEPTH || (setup == 0 && depth >= 2);
  }

  /** The speeds of one network: one row per epoch (before it), one column per hidden layer. */
  private record Run(double[][] speeds, TrainingResult result) {}

  private static Run train(Setup s, int depth, DataSet data, int classes, int epochs,
      long seed, Precision precision) {
    Network.Builder b = Network.builder(data.columns()).initializer(s.initializer()).seed(seed)
        .precision(precision);
    for (int l = 0; l < depth; l++) {
      b.dense(WIDTH, s.activation());
    }
    Network net = b.dense(classes, "identity").build();
    // bce_with_logits averages over the outputs too: Nielsen's η and gradients are K times ours
    double lr = NIELSEN_ETA * classes;
    double decay = NIELSEN_ETA * NIELSEN_LAMBDA / data.rows() / lr;
    TrainingConfig config = new TrainingConfig(Loss.BCE_WITH_LOGITS,
        new Sgd(lr, 0, decay), epochs, TrainingConfig.FULL_BATCH, false, seed);
    double[][] speeds = new double[epochs][depth];
    Trainer trainer = new Trainer(config).withStepListener((StepStatistics step) -> {
      int e = (int) step.step() - 1;
      for (int l = 0; l < depth; l++) {
        LayerStatistics ls = step.layers().get(l);
        speeds[e][l] = ls.biasGradientNorm() * classes;
      }
    });
    TrainingResult result = trainer.fit(net, data);
    return new Run(speeds, result);
  }

  private static void writeTrajectories(Output out, Map<String, double[][]> trajectories)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, double[][]> e : trajectories.entrySet()) {
      String act = e.getKey().substring(0, e.getKey().indexOf('-'));
      double[][] t = e.getValue();
      for (int i = 0; i < t.length; i++) {
        for (int l = 0; l < t[i].length; l++) {
          rows.add(List.of(act, Integer.toString(t[i].length), Integer.toString(i),
              Integer.toString(l + 1), Double.toString(t[i][l])));
        }
      }
    }
    out.tsv("trajectories", List.of("activation", "hidden_layers", "epoch", "layer", "speed"),
        rows);
  }
}
