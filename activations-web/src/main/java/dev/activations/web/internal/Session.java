package dev.activations.web.internal;

import dev.activations.nn.ActivationStatistics;
import dev.activations.nn.DataSet;
import dev.activations.nn.Dense;
import dev.activations.nn.Evaluation;
import dev.activations.nn.Histogram;
import dev.activations.nn.LayerStatistics;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.ProbeSettings;
import dev.activations.nn.Split;
import dev.activations.nn.StepStatistics;
import dev.activations.nn.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One training session: a {@link TrainSetup}, its data, network and {@link TrainingRun}, played
 * on the shared training threads or stepped on request, and the latest frame (everything the
 * page draws) as JSON text.
 *
 * <p>Memory is bounded whatever the clients do: a session keeps one frame (the latest; a slow
 * stream skips frames rather than queueing them) and a history of at most {@value #HISTORY}
 * points (halved by dropping every other point when full).
 *
 * <p>Every method is synchronized on the session: the training thread, the request threads and
 * the stream threads take turns.
 */
final class Session {
  /** The period of a playing session: {@code stepsPerUpdate} steps, and a frame when one is due. */
  static final long PERIOD_MILLIS = 50;
  static final int HISTORY = 2000;
  static final int GRID = 50;
  /** Per-layer histograms: 48 bins over [−3, 3], saturation where |f′| &lt; 0.01. */
  static final ProbeSettings PROBE = new ProbeSettings(48, -3, 3, 0.01);

  enum State { PAUSED, PLAYING, FINISHED, CLOSED }

  final String id;
  final TrainSetup setup;
  private final DataSet train;
  private final DataSet test;
  private final long maxSteps;
  private final ScheduledExecutorService ticker;
  /** Sessions playing now, all of this server's: frames are spaced out when many play. */
  private final java.util.concurrent.atomic.AtomicInteger playing;
  private long lastFrame;
  private final String setupJson;
  private final double[] bounds;
  private Network network;
  private TrainingRun run;
  private State state = State.PAUSED;
  private ScheduledFuture<?> ticking;
  private long lastSeen = System.nanoTime();
  private int clients;
  private String frame;
  private long version;
  private final List<Map<String, Object>> history = new ArrayList<>();
  private long lastRecorded = -1;
  private double[] biasSum;
  private double[] weightSum;
  private int measured;

  Session(String id, TrainSetup setup, long maxSteps, ScheduledExecutorService ticker,
      java.util.concurrent.atomic.AtomicInteger playing) {
    this.id = id;
    this.playing = playing;
    this.setup = setup;
    this.maxSteps = maxSteps;
    this.ticker = ticker;
    Split split = setup.data();
    this.train = split.train();
    this.test = split.test();
    this.bounds = setup.plane() ? bounds(train, test) : null;
    this.setupJson = Mapper.write(describe());
    rebuild();
  }

  /** The session's id, state and setup: the {@code setup} event and the answer to POST. */
  private Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("dataset", setup.dataset());
    m.put("classes", train.classNames());
    m.put("trainRows", train.rows());
    m.put("testRows", test.rows());
    m.put("layers", setup.layers());
    if (bounds != null) {
      m.put("bounds", bounds);
      m.put("grid", GRID);
      m.put("trainPoints", points(train));
      m.put("testPoints", points(test));
    }
    return m;
  }

  String setupJson() {
    return setupJson;
  }

  private synchronized void rebuild() {
    network = setup.network(train.columns(), train.classes());
    run = setup.trainer().start(network, train);
    history.clear();
    lastRecorded = -1;
    biasSum = new double[network.layers().size()];
    weightSum = new double[network.layers().size()];
    measured = 0;
    publish();
  }

  synchronized State state() {
    return state;
  }

  synchronized void touch() {
    lastSeen = System.nanoTime();
  }

  /** Whether no stream is connected and nothing was asked for longer than the timeout. */
  synchronized boolean idleLongerThan(long nanos) {
    return clients == 0 && System.nanoTime() - lastSeen > nanos;
  }

  synchronized void play() {
    requireOpen();
    if (state == State.PAUSED) {
      state = State.PLAYING;
      playing.incrementAndGet();
      // at a fixed rate: a tick delayed by a busy machine is made up at once, so the long-run
      // rate stays 20 updates per second wherever the machine can keep up
      ticking = ticker.scheduleAtFixedRate(this::tick, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
      publish();
    }
  }

  synchronized void pause() {
    requireOpen();
    if (state == State.PLAYING) {
      stopTicking();
      state = State.PAUSED;
      publish();
    }
  }

  /**
   * Takes {@code count} steps now (the session must not be playing), stopping early at the step
   * limit or after {@code budgetNanos}; returns the steps taken.
   */
  synchronized int step(int count, long budgetNanos) {
    requireOpen();
    if (state == State.PLAYING) {
      throw new ApiException(409, "the session is playing: pause it before stepping", "state");
    }
    long deadline = System.nanoTime() + budgetNanos;
    int taken = 0;
    while (taken < count && run.steps() < maxSteps && System.nanoTime() < deadline) {
      oneStep();
      taken++;
    }
    if (run.steps() >= maxSteps) {
      state = State.FINISHED;
    }
    publish();
    return taken;
  }

  /** Back to step 0: the same data, the same initial network, the same shuffling. */
  synchronized void reset() {
    requireOpen();
    if (state == State.FINISHED) {
      state = State.PAUSED;
    }
    rebuild();
  }

  synchronized void close() {
    if (state != State.CLOSED) {
      stopTicking();
      state = State.CLOSED;
      version++;
      notifyAll();
    }
  }

  private void requireOpen() {
    if (state == State.CLOSED) {
      throw ApiException.notFound("id", "no training session " + id + " (it was deleted)");
    }
  }

  private void stopTicking() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
      playing.decrementAndGet();
    }
  }

  /**
   * The least time between two frames of a playing session: {@value #PERIOD_MILLIS} ms (20 per
   * second) while up to four sessions play, then longer, so that sixteen playing sessions share
   * about 80 frames per second between them and the steps keep most of the two training threads.
   */
  private long frameNanos() {
    return TimeUnit.MILLISECONDS.toNanos(Math.max(PERIOD_MILLIS, 12L * playing.get()));
  }

  private synchronized void tick() {
    if (state != State.PLAYING) {
      return;
    }
    try {
      for (int i = 0; i < setup.stepsPerUpdate() && run.steps() < maxSteps; i++) {
        oneStep();
      }
      if (run.steps() >= maxSteps) {
        stopTicking();
        state = State.FINISHED;
      }
      if (state != State.PLAYING || System.nanoTime() - lastFrame >= frameNanos()) {
        publish();
      }
    } catch (RuntimeException e) {
      // a training thread must not die silently: stop this session and say why in its frame
      stopTicking();
      state = State.FINISHED;
      frame = Mapper.write(Map.of("state", "failed", "error", String.valueOf(e.getMessage())));
      version++;
      notifyAll();
    }
  }

  private void oneStep() {
    StepStatistics s = run.measuredStep();
    for (LayerStatistics l : s.layers()) {
      biasSum[l.layer()] += l.biasGradientNorm();
      weightSum[l.layer()] += l.weightGradientNorm();
    }
    measured++;
  }

  /** Builds the frame of the current step and wakes the streams. */
  private void publish() {
    lastFrame = System.nanoTime();
    Loss loss = Loss.CROSS_ENTROPY;
    Evaluation tr = network.evaluate(train, loss);
    Evaluation te = network.evaluate(test, loss);
    int hidden = network.layers().size() - 1;
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("step", run.steps());
    point.put("epoch", run.epoch());
    point.put("trainLoss", tr.loss());
    point.put("testLoss", te.loss());
    point.put("trainAccuracy", tr.accuracy());
    point.put("testAccuracy", te.accuracy());
    double[] bias = new double[hidden];
    double[] weight = new double[hidden];
    for (int l = 0; l < hidden; l++) {
      bias[l] = measured == 0 ? Double.NaN : biasSum[l] / measured;
      weight[l] = measured == 0 ? Double.NaN : weightSum[l] / measured;
      biasSum[l] = 0;
      weightSum[l] = 0;
    }
    boolean fresh = measured > 0;
    measured = 0;
    point.put("biasGradient", bias);
    point.put("weightGradient", weight);
    List<Double> params = new ArrayList<>();
    List<ActivationStatistics> stats = network.activationStatistics(train, PROBE);
    List<Map<String, Object>> layers = new ArrayList<>();
    for (int l = 0; l < hidden; l++) {
      Dense d = network.layers().get(l);
      ActivationStatistics a = stats.get(l);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("units", d.units());
      m.put("activation", d.activation().spec());
      m.put("mean", a.mean());
      m.put("std", a.deviation());
      m.put("zeroFraction", a.zeroFraction());
      m.put("deadFraction", a.deadFraction());
      m.put("saturatedFraction", a.saturatedFraction());
      Histogram h = a.histogram();
      m.put("histogram", Map.of("min", h.min(), "max", h.max(), "counts", h.counts(),
          "below", h.below(), "above", h.above()));
      double[] theta = d.activationParameters();
      m.put("parameters", theta.length == 0 ? null : theta);
      params.add(theta.length == 0 ? null : mean(theta));
      layers.add(m);
    }
    point.put("parameters", params);
    if (fresh || history.isEmpty()) {
      record(point);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
    f.put("stepsPerEpoch", run.stepsPerEpoch());
    f.put("point", point);
    f.put("layers", layers);
    if (bounds != null) {
      f.put("boundary", boundary());
    } else {
      f.put("confusion", confusion());
    }
    frame = Mapper.write(f);
    version++;
    notifyAll();
  }

  private void record(Map<String, Object> point) {
    long step = (Long) point.get("step");
    if (step == lastRecorded) {
      history.set(history.size() - 1, point);
      return;
    }
    lastRecorded = step;
    history.add(point);
    if (history.size() >= HISTORY) {
      // keep every other point: the curve keeps its shape at half the resolution
      List<Map<String, Object>> kept = new ArrayList<>();
      for (int i = 0; i < history.size(); i += 2) {
        kept.add(history.get(i));
      }
      history.clear();
      history.addAll(kept);
    }
  }

  /** The history so far as JSON: the page draws its curves from it when it (re)connects. */
  synchronized String historyJson() {
    return Mapper.write(history);
  }

  /**
   * Waits until a frame newer than {@code seen} exists, the session closes, or the timeout
   * passes; returns {version, frame} or null on timeout. A closed session gives version −1.
   */
  synchronized Object[] awaitFrame(long seen, long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (version == seen && state != State.CLOSED) {
      long left = end - System.currentTimeMillis();
      if (left <= 0) {
        return null;
      }
      wait(left);
    }
    if (state == State.CLOSED) {
      return new Object[] {-1L, null};
    }
    return new Object[] {version, frame};
  }

  synchronized String frame() {
    return frame;
  }

  synchronized boolean attach(int max) {
    if (clients >= max) {
      return false;
    }
    clients++;
    lastSeen = System.nanoTime();
    return true;
  }

  synchronized void detach() {
    clients--;
    lastSeen = System.nanoTime();
  }

  synchronized long steps() {
    return run.steps();
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** P(class 1) on a GRID × GRID lattice over the bounds, row 0 at the top (largest y). */
  private Map<String, Object> boundary() {
    float[] xy = new float[GRID * GRID * 2];
    for (int r = 0; r < GRID; r++) {
      double y = bounds[3] - (r + 0.5) * (bounds[3] - bounds[2]) / GRID;
      for (int c = 0; c < GRID; c++) {
        double x = bounds[0] + (c + 0.5) * (bounds[1] - bounds[0]) / GRID;
        xy[2 * (r * GRID + c)] = (float) x;
        xy[2 * (r * GRID + c) + 1] = (float) y;
      }
    }
    float[] logits = network.predict(xy, GRID * GRID);
    int k = network.outputs();
    float[] p = new float[GRID * GRID];
    for (int i = 0; i < p.length; i++) {
      double d = logits[i * k + 1] - logits[i * k];
      p[i] = Math.round(1000 / (1 + Math.exp(-d))) / 1000f;
    }
    return Map.of("size", GRID, "p", p);
  }

  /** Rows: the true class; columns: the predicted one; on the test set. */
  private long[][] confusion() {
    int k = test.classes();
    long[][] m = new long[k][k];
    int[] predicted = network.classify(test, Loss.CROSS_ENTROPY);
    for (int i = 0; i < predicted.length; i++) {
      m[test.label(i)][predicted[i]]++;
    }
    return m;
  }

  private static double[] bounds(DataSet a, DataSet b) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (DataSet d : List.of(a, b)) {
      for (int i = 0; i < d.rows(); i++) {
        for (int c = 0; c < 2; c++) {
          lo = Math.min(lo, d.feature(i, c));
          hi = Math.max(hi, d.feature(i, c));
        }
      }
    }
    double pad = 0.05 * (hi - lo) + 1e-3;
    // a square view: the same scale on both axes
    return new double[] {lo - pad, hi + pad, lo - pad, hi + pad};
  }

  private static List<float[]> points(DataSet d) {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < d.rows(); i++) {
      out.add(new float[] {d.feature(i, 0), d.feature(i, 1), d.label(i)});
    }
    return out;
  }
}
