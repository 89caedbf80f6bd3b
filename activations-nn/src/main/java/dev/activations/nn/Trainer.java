package dev.activations.nn;

import dev.activations.LossResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link Network} in place by mini-batch gradient descent, as a {@link TrainingConfig}
 * says. Each epoch: shuffle the example order (Fisher–Yates, from the config's seed), then for
 * each batch of {@code batchSize} rows: forward pass, loss and its gradient on the outputs,
 * backward pass, optimiser update. The full batch ({@link TrainingConfig#FULL_BATCH}) is one step
 * per epoch.
 *
 * <pre>{@code
 * TrainingResult r = new Trainer(config)
 *     .withProgress(progressBar)
 *     .fit(network, split.train(), split.test());
 * }</pre>
 *
 * <p>Deterministic: the same network, data and config give bit-identical parameters and losses.
 * Immutable; the {@code with} methods return new trainers, and one trainer may fit many networks
 * (one at a time per thread: the network is what changes).
 */
public final class Trainer {
  private final TrainingConfig config;
  private final TrainingProgress progress;
  private final StepListener listener;
  private final ProbeSettings probeSettings;

  /** A trainer without progress callbacks or instrumentation. */
  public Trainer(TrainingConfig config) {
    this(config, TrainingProgress.NONE, null, ProbeSettings.DEFAULT);
  }

  private Trainer(TrainingConfig config, TrainingProgress progress, StepListener listener,
      ProbeSettings probeSettings) {
    if (config == null || progress == null || probeSettings == null) {
      throw new IllegalArgumentException("config, progress and probe settings must not be null");
    }
    this.config = config;
    this.progress = progress;
    this.listener = listener;
    this.probeSettings = probeSettings;
  }

  /** The configuration. */
  public TrainingConfig config() {
    return config;
  }

  /** This trainer, reporting progress to {@code progress}. */
  public Trainer withProgress(TrainingProgress progress) {
    return new Trainer(config, progress, listener, probeSettings);
  }

  /** This trainer, sending every step's statistics to {@code listener} (default settings). */
  public Trainer withStepListener(StepListener listener) {
    return withStepListener(listener, ProbeSettings.DEFAULT);
  }

  /** This trainer, sending every step's statistics, gathered as {@code settings} say. */
  public Trainer withStepListener(StepListener listener, ProbeSettings settings) {
    return new Trainer(config, progress, listener, settings);
  }

  /** Trains without a test set. */
  public TrainingResult fit(Network network, DataSet train) {
    return fit(network, train, null);
  }

  /**
   * Trains the network in place.
   *
   * @param network changed: its parameters are trained
   * @param train the training set, not modified
   * @param test evaluated after every epoch, or null
   * @throws IllegalArgumentException if a data set's columns or classes do not fit the network
   *     and the loss, or the training set is empty
   */
  public TrainingResult fit(Network network, DataSet train, DataSet test) {
    Loss loss = config.loss();
    check(network, train, loss);
    if (test != null) {
      check(network, test, loss);
    }
    int n = train.rows();
    if (n == 0) {
      throw new IllegalArgumentException(train.name() + " has no rows to train on");
    }
    int columns = train.columns();
    int width = network.outputs();
    int batch = config.batchSize() == TrainingConfig.FULL_BATCH ? n
        : Math.min(config.batchSize(), n);
    int batches = (n + batch - 1) / batch;
    float[] features = train.featureArray();
    int[] labels = train.labelArray();

    Updater updater = Updater.create(config.optimizer(), network);
    Gradients gradients = new Gradients(network);
    SplittableRandom random = new SplittableRandom(config.seed());
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // full batches, and the shorter last batch of an epoch (when n is not a multiple)
    Workspace full = null;
    Workspace rest = null;
    float[] x = new float[batch * columns];
    int[] y = new int[batch];
    int restRows = n - (batches - 1) * batch;
    float[] restX = new float[restRows * columns];
    int[] restY = new int[restRows];
    long step = 0;
    List<EpochReport> reports = new ArrayList<>();
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      long start = System.nanoTime();
      if (config.shuffle()) {
        shuffle(order, random);
      }
      double lossSum = 0;
      long correct = 0;
      for (int b = 0; b < batches; b++) {
        int first = b * batch;
        int rows = Math.min(batch, n - first);
        Workspace ws;
        if (rows == batch) {
          ws = full == null ? full = new Workspace(network, rows) : full;
        } else {
          ws = rest == null ? rest = new Workspace(network, rows) : rest;
        }
        float[] bx = rows == batch ? x : restX;
        int[] by = rows == batch ? y : restY;
        for (int r = 0; r < rows; r++) {
          int src = order[first + r];
          System.arraycopy(features, src * columns, bx, r * columns, columns);
          by[r] = labels[src];
        }
        network.forward(ws, bx, rows);
        LossResult result = loss.compute(ws.output(), rows, width, by);
        lossSum += result.loss() * rows;
        float[] out = ws.output();
        for (int r = 0; r < rows; r++) {
          if (loss.predict(out, r * width, width) == by[r]) {
            correct++;
          }
        }
        network.backward(ws, bx, result.floatGradient(), gradients);
        step++;
        if (listener != null) {
          listener.onStep(Probe.measure(epoch, step, result.loss(), network, ws, gradients,
              probeSettings));
        }
        updater.step(gradients);
        progress.onBatch(epoch, b + 1, batches);
      }
      Evaluation t = test == null ? null : network.evaluate(test, loss);
      EpochReport report = new EpochReport(epoch, batches, lossSum / n, (double) correct / n,
          t == null ? Double.NaN : t.loss(), t == null ? Double.NaN : t.accuracy(),
          System.nanoTime() - start);
      reports.add(report);
      progress.onEpoch(report);
    }
    return new TrainingResult(reports);
  }

  private static void check(Network network, DataSet data, Loss loss) {
    if (data.columns() != network.inputs()) {
      throw new IllegalArgumentException("the network takes " + network.inputs()
          + " features but " + data.name() + " has " + data.columns());
    }
    loss.checkShape(network.outputs(), data.classes());
  }

  /** Fisher–Yates: every permutation equally likely, from the generator only. */
  static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
