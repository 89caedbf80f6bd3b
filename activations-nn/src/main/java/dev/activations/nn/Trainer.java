package dev.activations.nn;

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

  /**
   * A trainer without progress callbacks or instrumentation.
   *
   * @param config the training configuration, not {@code null}
   */
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

  /**
   * The configuration.
   *
   * @return the configuration given to the constructor
   */
  public TrainingConfig config() {
    return config;
  }

  /**
   * This trainer, reporting progress to {@code progress}.
   *
   * @param progress the callback, not {@code null} ({@link TrainingProgress#NONE} for none)
   * @return a new trainer; this one is unchanged
   */
  public Trainer withProgress(TrainingProgress progress) {
    return new Trainer(config, progress, listener, probeSettings);
  }

  /**
   * This trainer, sending every step's statistics to {@code listener} (default settings).
   *
   * @param listener the receiver of every step's statistics, or {@code null} for none
   * @return a new trainer; this one is unchanged
   */
  public Trainer withStepListener(StepListener listener) {
    return withStepListener(listener, ProbeSettings.DEFAULT);
  }

  /**
   * This trainer, sending every step's statistics, gathered as {@code settings} say.
   *
   * @param listener the receiver of every step's statistics, or {@code null} for none
   * @param settings how the statistics are gathered, not {@code null}
   * @return a new trainer; this one is unchanged
   */
  public Trainer withStepListener(StepListener listener, ProbeSettings settings) {
    return new Trainer(config, progress, listener, settings);
  }

  /**
   * Starts a run that the caller advances one mini-batch at a time ({@link TrainingRun#step()});
   * its steps are those of {@link #fit} with the same arguments.
   *
   * @param network changed by every step
   * @param train the training set, not modified
   * @return the run, before its first step
   * @throws IllegalArgumentException if the data set does not fit the network and the loss, or
   *     is empty
   */
  public TrainingRun start(Network network, DataSet train) {
    check(network, train, config.loss());
    return new TrainingRun(this, network, train);
  }

  StepListener listener() {
    return listener;
  }

  ProbeSettings probeSettings() {
    return probeSettings;
  }

  TrainingProgress progress() {
    return progress;
  }

  /**
   * Trains without a test set.
   *
   * @param network changed: its parameters are trained
   * @param train the training set, not modified
   * @return one report per epoch, with NaN for the test loss and accuracy
   */
  public TrainingResult fit(Network network, DataSet train) {
    return fit(network, train, null);
  }

  /**
   * Trains the network in place.
   *
   * @param network changed: its parameters are trained
   * @param train the training set, not modified
   * @param test evaluated after every epoch, or null
   * @return one report per epoch; test loss and accuracy are NaN without a test set
   * @throws IllegalArgumentException if a data set's columns or classes do not fit the network
   *     and the loss, or the training set is empty
   */
  public TrainingResult fit(Network network, DataSet train, DataSet test) {
    Loss loss = config.loss();
    check(network, train, loss);
    if (test != null) {
      check(network, test, loss);
    }
    TrainingRun run = new TrainingRun(this, network, train);
    List<EpochReport> reports = new ArrayList<>();
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      long start = System.nanoTime();
      for (int b = 0; b < run.stepsPerEpoch(); b++) {
        run.step();
      }
      double[] epochTrain = run.closeEpoch();
      Evaluation t = test == null ? null : network.evaluate(test, loss);
      EpochReport report = new EpochReport(epoch, run.stepsPerEpoch(), epochTrain[0],
          epochTrain[1], t == null ? Double.NaN : t.loss(), t == null ? Double.NaN : t.accuracy(),
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
