package dev.activations.nn;

import dev.activations.LossResult;
import java.util.SplittableRandom;

/**
 * A training run that advances one mini-batch at a time: what {@link Trainer#fit} does, in steps
 * that a caller drives (an interactive explorer plays, pauses and steps it). Started by
 * {@link Trainer#start(Network, DataSet)}.
 *
 * <p>Step k of a run is the same computation as step k of {@code fit} with the same trainer,
 * network and data: each epoch shuffles the example order from the config's seed (when
 * shuffling), then visits {@code ceil(n / batchSize)} batches; the epoch count of the config is
 * not a limit here, the run goes on until the caller stops calling {@link #step()}.
 *
 * <p>Not thread-safe: one thread at a time drives a run (and owns its network).
 */
public final class TrainingRun {
  private final Trainer trainer;
  private final Network network;
  private final Loss loss;
  private final int n;
  private final int columns;
  private final int width;
  private final int batch;
  private final int batches;
  private final float[] features;
  private final int[] labels;
  private final Updater updater;
  private final Gradients gradients;
  private final SplittableRandom random;
  private final int[] order;
  private final float[] x;
  private final int[] y;
  private final float[] restX;
  private final int[] restY;
  private Workspace full;
  private Workspace rest;
  private int epoch = 1;
  private int batchInEpoch;
  private long steps;
  private double epochLossSum;
  private long epochCorrect;

  TrainingRun(Trainer trainer, Network network, DataSet train) {
    this.trainer = trainer;
    this.network = network;
    this.loss = trainer.config().loss();
    this.n = train.rows();
    if (n == 0) {
      throw new IllegalArgumentException(train.name() + " has no rows to train on");
    }
    this.columns = train.columns();
    this.width = network.outputs();
    int size = trainer.config().batchSize();
    this.batch = size == TrainingConfig.FULL_BATCH ? n : Math.min(size, n);
    this.batches = (n + batch - 1) / batch;
    this.features = train.featureArray();
    this.labels = train.labelArray();
    this.updater = Updater.create(trainer.config().optimizer(), network);
    this.gradients = new Gradients(network);
    this.random = new SplittableRandom(trainer.config().seed());
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // full batches, and the shorter last batch of an epoch (when n is not a multiple)
    this.x = new float[batch * columns];
    this.y = new int[batch];
    int restRows = n - (batches - 1) * batch;
    this.restX = new float[restRows * columns];
    this.restY = new int[restRows];
  }

  /**
   * The network being trained (changed by every step).
   *
   * @return the network this run trains, the same instance on every call
   */
  public Network network() {
    return network;
  }

  /**
   * The epoch the next step belongs to, from 1.
   *
   * @return the epoch number, ≥ 1
   */
  public int epoch() {
    return epoch;
  }

  /**
   * The steps taken so far.
   *
   * @return the number of steps taken, ≥ 0
   */
  public long steps() {
    return steps;
  }

  /**
   * The number of steps in one epoch: ceil(training rows / batch size).
   *
   * @return the steps per epoch, ≥ 1
   */
  public int stepsPerEpoch() {
    return batches;
  }

  /**
   * Takes one step: forward and backward on the next mini-batch, then the optimiser's update.
   * The trainer's step listener, if any, sees the step's statistics; its progress callback sees
   * the batch.
   *
   * @return the batch's mean loss
   */
  public double step() {
    return advance(false).loss();
  }

  /**
   * Takes one step, as {@link #step()} does, and returns its statistics measured with the
   * trainer's probe settings (before the update, as a step listener sees them).
   *
   * @return the step's loss and per-layer statistics
   */
  public StepStatistics measuredStep() {
    return advance(true).statistics();
  }

  private record Outcome(double loss, StepStatistics statistics) {}

  private Outcome advance(boolean measure) {
    if (batchInEpoch == 0 && trainer.config().shuffle()) {
      Trainer.shuffle(order, random);
    }
    int first = batchInEpoch * batch;
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
    epochLossSum += result.loss() * rows;
    float[] out = ws.output();
    for (int r = 0; r < rows; r++) {
      if (loss.predict(out, r * width, width) == by[r]) {
        epochCorrect++;
      }
    }
    network.backward(ws, bx, result.floatGradient(), gradients);
    steps++;
    StepStatistics stats = null;
    StepListener listener = trainer.listener();
    if (measure || listener != null) {
      stats = Probe.measure(epoch, steps, result.loss(), network, ws, gradients,
          trainer.probeSettings());
      if (listener != null) {
        listener.onStep(stats);
      }
    }
    updater.step(gradients);
    trainer.progress().onBatch(epoch, batchInEpoch + 1, batches);
    batchInEpoch++;
    if (batchInEpoch == batches) {
      batchInEpoch = 0;
      epoch++;
    }
    return new Outcome(result.loss(), stats);
  }

  /** The mean training loss and accuracy of the epoch just finished; resets the sums. */
  double[] closeEpoch() {
    double[] r = {epochLossSum / n, (double) epochCorrect / n};
    epochLossSum = 0;
    epochCorrect = 0;
    return r;
  }
}
