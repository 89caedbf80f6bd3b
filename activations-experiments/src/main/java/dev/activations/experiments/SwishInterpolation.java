package dev.activations.experiments;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.plot.Cell;
import dev.activations.plot.Charts;
import dev.activations.plot.Mode;
import dev.activations.plot.Series;
import dev.activations.plot.Table;
import dev.activations.plot.XRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Swish interpolates between a linear function and relu (M10): swish_β(x) = x·σ(βx) is x/2 at
 * β = 0 and tends to relu as β → ∞.
 *
 * <h2>Measurement</h2>
 * On an even grid over [−6, 6] (step 0.01 reduced, 0.0005 default, 0.0001 full, always holding
 * 0 and ±6), the library's double-precision swish gives
 * d_lin(β) = max |swish_β(x) − x/2| and d_relu(β) = max |swish_β(x) − relu(x)| for β = 0 and
 * β = 10^(k/4), k = −12 … 8 (0.001 to 100). Their rates are shown too: d_lin/β tends to 9
 * (= 6²/4, from x(σ(βx) − ½) ≈ βx²/4 at x = 6) as β → 0, and β·d_relu tends to
 * max_t t·σ(−t) ≈ 0.2785 as β → ∞. Nothing here is random: the seed is not used.
 *
 * <h2>Verdict</h2>
 * Holds when d_lin(0) = 0, d_lin never decreases and d_relu never increases with β (d_lin
 * levels off at 3 = 6/2 once σ(±6β) has saturated), d_lin at the
 * smallest positive β and d_relu at β = 100 are both below 0.01.
 */
public final class SwishInterpolation implements Experiment {
  /** The half-width of the interval, as in the issue. */
  static final double LIMIT = 6;
  /** How close "tends to" must come at the ends of the β range. */
  static final double CLOSE = 0.01;

  @Override
  public String name() {
    return "swish-interpolation";
  }

  @Override
  public List<String> mission() {
    return List.of("M10");
  }

  @Override
  public String articleClaim() {
    return "Swish interpolates between a linear function (β = 0 gives x/2) and ReLU (β → ∞) "
        + "(M10).";
  }

  @Override
  public String claim() {
    return "swish_β tends to x/2 as β → 0 and to relu as β → ∞ (the max distances over [−6,"
        + " 6] move monotonically in β and are below 0.01 at β = 0.001 and β = 100)";
  }

  @Override
  public String description() {
    return "max |swish_β(x) − x/2| and max |swish_β(x) − relu(x)| over [−6, 6] for β from 0 to"
        + " 100, with their rates (9β and 0.2785/β).";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) throws IOException {
    int steps = switch (options.size()) {
      case REDUCED -> 1200;
      case DEFAULT -> 24000;
      case FULL -> 120000;
    };
    double[] x = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      x[i] = -LIMIT + 2 * LIMIT * i / steps;
    }
    x[steps / 2] = 0;
    x[steps] = LIMIT;
    List<Double> betas = new ArrayList<>();
    betas.add(0.0);
    for (int k = -12; k <= 8; k++) {
      betas.add(Math.pow(10, k / 4.0));
    }
    options.progress().report(name() + ": " + betas.size() + " values of β on " + x.length
        + " points");
    Activation relu = Activations.of("relu");
    double[] dLin = new double[betas.size()];
    double[] dRelu = new double[betas.size()];
    Map<String, Double> m = new LinkedHashMap<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int b = 0; b < betas.size(); b++) {
      double beta = betas.get(b);
      Activation swish = Activations.of("swish(beta=" + beta + ")");
      double lin = 0;
      double rel = 0;
      for (double v : x) {
        double s = swish.value(v);
        lin = Math.max(lin, Math.abs(s - v / 2));
        rel = Math.max(rel, Math.abs(s - relu.value(v)));
      }
      dLin[b] = lin;
      dRelu[b] = rel;
      m.put("beta" + b + ".beta", beta);
      m.put("beta" + b + ".to_linear", lin);
      m.put("beta" + b + ".to_relu", rel);
      rows.add(List.of(Cell.number(beta, 4), Cell.number(lin, 4), Cell.number(rel, 4),
          beta == 0 ? Cell.none() : Cell.number(lin / beta, 4), Cell.number(rel * beta, 4)));
    }
    Table table = new Table("Distance of swish_β from x/2 and from relu over [−6, 6]",
        List.of("β", "max |swish − x/2|", "max |swish − relu|", "max |swish − x/2| / β",
            "β · max |swish − relu|"),
        rows,
        List.of("On " + x.length + " evenly spaced points of [−6, 6]. The rates tend to 9 as"
            + " β → 0 and to max t·σ(−t) ≈ 0.2785 as β → ∞."));

    boolean linearGrows = true;
    boolean reluShrinks = true;
    for (int b = 1; b < betas.size(); b++) {
      linearGrows &= dLin[b] >= dLin[b - 1];
      reluShrinks &= dRelu[b] <= dRelu[b - 1];
    }
    int last = betas.size() - 1;
    boolean holds = dLin[0] == 0 && linearGrows && reluShrinks && dLin[1] < CLOSE
        && dRelu[last] < CLOSE;
    Verdict verdict = new Verdict(holds, String.format(Locale.ROOT,
        "max |swish − x/2| = %s at β = 0, %.3g at β = %.3g, never decreasing: %s; max |swish"
            + " − relu| = %.3g at β = %.3g, never increasing: %s (both need < %.2f at the ends)",
        dLin[0] == 0 ? "0" : Double.toString(dLin[0]), dLin[1], betas.get(1), linearGrows,
        dRelu[last], betas.get(last), reluShrinks, CLOSE));

    Output out = new Output(options, name());
    out.tsv("distances", table);
    double[] logBeta = new double[last];
    double[] lin = new double[last];
    double[] rel = new double[last];
    for (int b = 1; b <= last; b++) {
      logBeta[b - 1] = Math.log10(betas.get(b));
      lin[b - 1] = dLin[b];
      rel[b - 1] = dRelu[b];
    }
    out.chart("distances", Charts.lines("swish_β: distance from x/2 and from relu on [−6, 6]",
        "log₁₀ β", "max distance", List.of(new Series("max |swish − x/2|", logBeta, lin),
            new Series("max |swish − relu|", logBeta, rel)), true));
    List<Activation> curves = new ArrayList<>();
    for (double beta : new double[] {0, 0.5, 1, 2, 5, 100}) {
      curves.add(Activations.of("swish(beta=" + beta + ")"));
    }
    curves.add(relu);
    out.chart("curves", Charts.activationChart(curves, new XRange(-LIMIT, LIMIT), 1201,
        Mode.VALUE, "swish_β from x/2 (β = 0) to relu (β → ∞)"));
    return new ExperimentResult(name(), claim(), List.of(table), m, verdict, out.files(),
        out.descriptions());
  }
}
