package dev.activations.experiments;

import dev.activations.Precision;
import dev.activations.nn.Adam;
import dev.activations.nn.DataSet;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Initializer;
import dev.activations.nn.Network;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import dev.activations.nn.TrainingProgress;
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
 * Dying relu (M8): after a bad update a relu unit's pre-activation can be negative for every
 * input; its output and its gradient are then zero, and it never recovers.
 *
 * <h2>Setup</h2>
 * A network of three hidden layers of 64 units and 10 logits on the standardised data set
 * (digits by default), for relu, leaky_relu, prelu (one slope per unit, initially 0.25), elu,
 * gelu (He normal) and selu (LeCun normal), trained with cross-entropy in batches of 32, in two
 * scenarios:
 * <ol>
 *   <li><b>learning rate too large</b>: {@value #BURST_EPOCHS} epochs of Adam at η = 0.03 (30 ×
 *       its default), then further training at η = 0.001;
 *   <li><b>negative bias shift</b>: {@value #PRETRAIN_EPOCHS} epochs at η = 0.001, then every
 *       hidden bias lowered by {@value #SHIFT}, then further training at η = 0.001.
 * </ol>
 * Further training lasts 20 epochs (5 reduced, 100 full; reduced also trains on 500 examples).
 *
 * <h2>Measurement</h2>
 * On the whole training set, after the perturbation and after every epoch of further training:
 * the fraction of dead hidden units (output exactly 0 for every example), the number of units
 * dead after the perturbation that are alive at the end (revived), the units dead at every
 * training step (checked on the whole training set before every optimiser step, not only at the
 * epochs' ends: a unit can come alive for a few steps in between) and how many of them kept
 * their incoming weights and bias bit for bit (all of them: a dead relu unit's gradient is
 * exactly zero, and only the layers below it can bring it back), and the fraction
 * of stuck units (|f'(z)| &lt; 0.01 for every example: alive, but almost no gradient).
 *
 * <h2>Verdict</h2>
 * Holds when, in both scenarios, relu has at least 5 % dead units in some hidden layer after the
 * perturbation and none of them revives, while every other activation has at most 1 % dead units
 * in every hidden layer at every measurement.
 */
public final class DyingRelu implements Experiment {
  static final int WIDTH = 64;
  static final int HIDDEN = 3;
  static final double BURST_RATE = 0.03;
  static final double RATE = 0.001;
  static final int BURST_EPOCHS = 3;
  static final int PRETRAIN_EPOCHS = 5;
  static final double SHIFT = 4;
  /** relu must lose at least this fraction of some layer. */
  static final double DIES = 0.05;
  /** The others may lose at most this fraction of any layer. */
  static final double ALMOST_NONE = 0.01;

  static final List<Setup> SETUPS = List.of(
      new Setup("relu", Initializer.HE_NORMAL),
      new Setup("leaky_relu", Initializer.HE_NORMAL),
      new Setup("prelu(num_parameters=" + WIDTH + ")", Initializer.HE_NORMAL),
      new Setup("elu", Initializer.HE_NORMAL),
      new Setup("selu", Initializer.LECUN_NORMAL),
      new Setup("gelu", Initializer.HE_NORMAL));

  /** The two ways of killing units. */
  enum Scenario {
    LARGE_RATE("learning rate too large"),
    BIAS_SHIFT("negative bias shift");

    final String text;

    Scenario(String text) {
      this.text = text;
    }
  }

  @Override
  public String name() {
    return "dying-relu";
  }

  @Override
  public List<String> mission() {
    return List.of("M8");
  }

  @Override
  public String articleClaim() {
    return "“Dying ReLU”: after a bad update a neuron's pre-activation can stay negative for "
        + "every input; its gradient is then always 0 and it never recovers (M8). Leaky ReLU, "
        + "PReLU and ELU keep a gradient for x < 0 and fix dying ReLU (M9).";
  }

  @Override
  public String claim() {
    return "after a too-large learning rate or a negative bias shift, relu leaves dead units that"
        + " never recover; leaky_relu, prelu, elu, selu and gelu leave (almost) none (≤ 1 %)";
  }

  @Override
  public String description() {
    return "Dead hidden units (zero for every example) after a burst of too-large learning rate"
        + " and after a negative bias shift, and whether they revive over further training, for"
        + " relu, leaky_relu, prelu, elu, selu and gelu.";
  }

  /** One activation in one scenario. */
  private record Outcome(DeadUnits after, DeadUnits end, double[] deadByEpoch,
      EpochReport last, int[] deadThroughout, int[] unchanged) {}

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int further = switch (options.size()) {
      case REDUCED -> 5;
      case DEFAULT -> 20;
      case FULL -> 100;
    };
    DataSet all = Data.pixels(options);
    DataSet data = Data.standardised(options.reduced() ? Data.first(all, 500)
        : Data.first(all, 2000));
    ExperimentProgress progress = Parallel.synchronised(options.progress());
    List<Parallel.Task<Outcome>> tasks = new ArrayList<>();
    for (Scenario sc : Scenario.values()) {
      for (Setup s : SETUPS) {
        tasks.add(() -> {
          progress.report(name() + ": " + sc.text + ", " + s.label());
          return run(sc, s, data, further, options.seed(), options.precision());
        });
      }
    }
    List<Outcome> outcomes = Parallel.run(tasks);

    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    boolean reluDies = true;
    boolean reluStaysDead = true;
    boolean othersLive = true;
    List<String> evidence = new ArrayList<>();
    double[] othersWorst = new double[Scenario.values().length];
    double reluWorst = 0;
    int firstLayerDead = 0;
    int firstLayerRevived = 0;
    int deeperRevived = 0;
    List<String> revivals = new ArrayList<>();
    List<Series> afterSeries = new ArrayList<>();
    List<Figure> panels = new ArrayList<>();
    for (Scenario sc : Scenario.values()) {
      List<Series> overTime = new ArrayList<>();
      double[] afterBars = new double[SETUPS.size()];
      double[] endBars = new double[SETUPS.size()];
      for (int a = 0; a < SETUPS.size(); a++) {
        Setup s = SETUPS.get(a);
        Outcome o = outcomes.get(sc.ordinal() * SETUPS.size() + a);
        double worstAfter = 0;
        double worstAny = 0;
        int revivedTotal = 0;
        for (int l = 0; l < HIDDEN; l++) {
          double after = DeadUnits.fraction(o.after.dead()[l]);
          double end = DeadUnits.fraction(o.end.dead()[l]);
          int revived = o.after.revived(o.end, l);
          revivedTotal += revived;
          worstAfter = Math.max(worstAfter, after);
          worstAny = Math.max(worstAny, Math.max(after, end));
          String key = sc.name().toLowerCase(Locale.ROOT) + "." + s.label() + ".layer" + (l + 1);
          m.put(key + ".dead_after", after);
          m.put(key + ".dead_end", end);
          m.put(key + ".revived", (double) revived);
          m.put(key + ".dead_throughout", (double) o.deadThroughout[l]);
          m.put(key + ".unchanged", (double) o.unchanged[l]);
          rows.add(List.of(Cell.text(sc.text), Cell.text(s.label()), Cell.integer(l + 1),
              Cell.number(after, 3), Cell.number(end, 3), Cell.integer(revived),
              Cell.text(o.deadThroughout[l] + " (" + o.unchanged[l] + ")"),
              Cell.number(DeadUnits.fraction(o.after.stuck()[l]), 3),
              Cell.number(DeadUnits.fraction(o.end.stuck()[l]), 3),
              l == 0 ? Cell.number(o.last.trainAccuracy(), 3) : Cell.none()));
        }
        for (double d : o.deadByEpoch) {
          worstAny = Math.max(worstAny, d);
        }
        if (a == 0) {
          int deadAfter = 0;
          int throughout = 0;
          int unchanged = 0;
          for (int l = 0; l < HIDDEN; l++) {
            for (boolean d : o.after.dead()[l]) {
              deadAfter += d ? 1 : 0;
            }
            throughout += o.deadThroughout[l];
            unchanged += o.unchanged[l];
          }
          reluDies &= worstAfter >= DIES;
          reluStaysDead &= revivedTotal == 0;
          List<String> layers = new ArrayList<>();
          for (int l = 0; l < HIDDEN; l++) {
            int dead = count(o.after.dead()[l]);
            int revived = o.after.revived(o.end, l);
            if (l == 0) {
              firstLayerDead += dead;
              firstLayerRevived += revived;
            } else if (dead > 0) {
              layers.add("layer " + (l + 1) + ": " + revived + " of " + dead);
              deeperRevived += revived;
            }
          }
          reluWorst = Math.max(reluWorst, worstAfter);
          revivals.add(sc.text + " (" + (layers.isEmpty() ? "no deeper unit died"
              : String.join(", ", layers)) + ")");
          evidence.add(String.format(Locale.ROOT, "%s: relu lost up to %s of a layer, %d of %d"
              + " dead units revived, %d of %d dead throughout kept their weights", sc.text,
              Cell.number(worstAfter, 3).text(), revivedTotal, deadAfter, unchanged,
              throughout));
        } else {
          othersLive &= worstAny <= ALMOST_NONE;
          othersWorst[sc.ordinal()] = Math.max(othersWorst[sc.ordinal()], worstAny);
        }
        afterBars[a] = DeadUnits.fraction(o.after.dead());
        endBars[a] = DeadUnits.fraction(o.end.dead());
        double[] x = new double[o.deadByEpoch.length];
        for (int i = 0; i < x.length; i++) {
          x[i] = i;
        }
        overTime.add(new Series(s.label(), x, o.deadByEpoch));
      }
      afterSeries.add(Series.of(sc.text + ": after", afterBars));
      afterSeries.add(Series.of(sc.text + ": at the end", endBars));
      panels.add(Charts.lines("Dead hidden units over further training: " + sc.text,
          "epochs after the perturbation", "fraction of hidden units dead", overTime, false));
    }
    Table table = new Table("Dead hidden units after the perturbation and after " + further
        + " further epochs (" + HIDDEN + " hidden layers of " + WIDTH + ", " + data.rows()
        + " standardised examples of " + data.name() + ")",
        List.of("scenario", "activation", "hidden layer", "dead after", "dead at the end",
            "revived", "dead throughout (unchanged)", "stuck after", "stuck at the end", "final training accuracy"),
        rows,
        List.of("dead: output exactly 0 for every training example; revived: units dead after the"
                + " perturbation and alive at the end; dead throughout: dead before every training step"
                + " (on the whole training set), with in brackets those whose incoming weights"
                + " and bias did not change by one bit;"
                + " stuck: |f'(z)| < " + DeadUnits.STUCK
                + " for every example. Seed " + options.seed() + ".",
            "Large rate: " + BURST_EPOCHS + " epochs of Adam(" + BURST_RATE + "), then Adam("
                + RATE + "). Bias shift: " + PRETRAIN_EPOCHS + " epochs of Adam(" + RATE
                + "), every hidden bias − " + SHIFT + ", then Adam(" + RATE + ")."));

    boolean holds = reluDies && reluStaysDead && othersLive;
    String refined = holds ? null : refinedClaim(reluWorst, firstLayerDead, firstLayerRevived,
        deeperRevived, revivals, othersWorst);
    evidence.add(String.format(Locale.ROOT, "the others' largest dead fraction of a layer: %s"
        + " (large rate), %s (bias shift); needs relu ≥ %.2f dead, 0 revived, others ≤ %.2f",
        Cell.number(othersWorst[0], 3).text(), Cell.number(othersWorst[1], 3).text(), DIES,
        ALMOST_NONE));
    Verdict verdict = new Verdict(holds, String.join("; ", evidence), refined);

    List<String> categories = SETUPS.stream().map(Setup::label).toList();
    Output out = new Output(options, name());
    out.tsv("units", table);
    out.chart("dead", Charts.bars("Fraction of hidden units dead", "activation",
        "fraction of hidden units", categories, afterSeries));
    out.chart("over-training", Figure.beside(panels.toArray(new Figure[0])));
    return new ExperimentResult(name(), claim(), List.of(table), m, verdict, out.files(),
        out.descriptions());
  }

  /**
   * The claim that the measurements support when the article's does not hold as stated: what
   * relu lost, whether first-layer units (whose inputs never change) revived, how many deeper
   * units revived in which layer, and what the other activations lost.
   */
  static String refinedClaim(double reluWorst, int firstLayerDead, int firstLayerRevived,
      int deeperRevived, List<String> revivals, double[] othersWorst) {
    StringBuilder sb = new StringBuilder();
    sb.append(reluWorst >= DIES ? "relu leaves dead units after both perturbations (up to "
        : "relu loses few units (at most ").append(Cell.number(reluWorst, 3).text())
        .append(" of a hidden layer). ");
    if (firstLayerRevived == 0) {
      sb.append("Dead units of the first hidden layer, whose inputs never change, never revive (")
          .append(firstLayerDead).append(" dead, 0 revived). ");
    } else {
      sb.append(firstLayerRevived).append(" of ").append(firstLayerDead)
          .append(" dead units of the first hidden layer revived. ");
    }
    if (deeperRevived > 0) {
      sb.append("Deeper units can revive when the layers below them change: ").append(
          deeperRevived).append(" did (revived of dead, by layer: ")
          .append(String.join("; ", revivals)).append("). ");
    } else {
      sb.append("No deeper unit revived either (").append(String.join("; ", revivals))
          .append("). ");
    }
    double others = Math.max(othersWorst[0], othersWorst[1]);
    if (others == 0) {
      sb.append("The other activations lose no unit.");
    } else {
      sb.append(others <= ALMOST_NONE ? "The other activations lose at most "
          : "The other activations lose up to ").append(Cell.number(others, 3).text())
          .append(" of a layer.");
    }
    return sb.toString();
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  private static Outcome run(Scenario sc, Setup s, DataSet data, int further, long seed,
      Precision precision) {
    Network.Builder b = Network.builder(data.columns()).initializer(s.initializer()).seed(seed)
        .precision(precision);
    for (int l = 0; l < HIDDEN; l++) {
      b.dense(WIDTH, s.activation());
    }
    Network net = b.dense(data.classes(), "identity").build();
    TrainingConfig base = TrainingConfig.defaults().withBatchSize(32).withSeed(seed);
    if (sc == Scenario.LARGE_RATE) {
      new Trainer(base.withOptimizer(Adam.of(BURST_RATE)).withEpochs(BURST_EPOCHS))
          .fit(net, data);
    } else {
      new Trainer(base.withOptimizer(Adam.of(RATE)).withEpochs(PRETRAIN_EPOCHS)).fit(net, data);
      List<Networks.Layer> layers = new ArrayList<>(Networks.layers(net));
      for (int l = 0; l < HIDDEN; l++) {
        Networks.Layer layer = layers.get(l);
        float[] bias = layer.bias();
        for (int j = 0; j < bias.length; j++) {
          bias[j] -= (float) SHIFT;
        }
        layers.set(l, new Networks.Layer(layer.activation(), layer.weights(), bias));
      }
      net = Networks.build(data.columns(), layers);
    }
    DeadUnits after = DeadUnits.of(net, data);
    List<Networks.Layer> before = Networks.layers(net);
    double[] byEpoch = new double[further + 1];
    byEpoch[0] = DeadUnits.fraction(after.dead());
    boolean[][] throughout = new boolean[HIDDEN][];
    for (int l = 0; l < HIDDEN; l++) {
      throughout[l] = after.dead()[l].clone();
    }
    Network trained = net;
    TrainingResult r = new Trainer(base.withOptimizer(Adam.of(RATE)).withEpochs(further)
        .withSeed(seed + 1)).withProgress(new TrainingProgress() {
          @Override
          public void onBatch(int epoch, int batch, int batches) {
            // a unit alive for some example between two epochs' ends gets a gradient and
            // moves: only a check before every step tells a unit that was dead throughout
            Forward.stillDead(trained, data, throughout);
          }

          @Override
          public void onEpoch(EpochReport report) {
            DeadUnits now = DeadUnits.of(trained, data);
            byEpoch[report.epoch()] = DeadUnits.fraction(now.dead());
          }
        }).fit(net, data);
    List<Networks.Layer> end = Networks.layers(net);
    int[] deadThroughout = new int[HIDDEN];
    int[] unchanged = new int[HIDDEN];
    for (int l = 0; l < HIDDEN; l++) {
      for (int j = 0; j < WIDTH; j++) {
        if (throughout[l][j]) {
          deadThroughout[l]++;
          if (sameUnit(before.get(l), end.get(l), j)) {
            unchanged[l]++;
          }
        }
      }
    }
    return new Outcome(after, DeadUnits.of(net, data), byEpoch, r.last(), deadThroughout,
        unchanged);
  }

  /** Whether unit j's incoming weights and bias are bit for bit the same in a and b. */
  private static boolean sameUnit(Networks.Layer a, Networks.Layer b, int j) {
    int m = a.bias().length;
    if (Float.floatToRawIntBits(a.bias()[j]) != Float.floatToRawIntBits(b.bias()[j])) {
      return false;
    }
    for (int k = j; k < a.weights().length; k += m) {
      if (Float.floatToRawIntBits(a.weights()[k]) != Float.floatToRawIntBits(b.weights()[k])) {
        return false;
      }
    }
    return true;
  }
}
