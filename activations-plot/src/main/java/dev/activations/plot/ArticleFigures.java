package dev.activations.plot;

import dev.activations.Activation;
import dev.activations.ActivationProperties;
import dev.activations.Activations;
import dev.activations.Extremum;
import dev.activations.Interval;
import dev.activations.Properties;
import dev.activations.Saturation;
import dev.activations.MathText;
import dev.activations.plot.internal.Checks;
import dev.activations.plot.internal.Checks.Gap;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYSeries;

/**
 * The articles' figures (docs/articles.md M4, M6, M8, M9, M10, M16, M17), drawn from the
 * library, each with the claims it illustrates checked against the library's numbers when it is
 * built. A claim that does not hold is reported as failing, never left out.
 */
public final class ArticleFigures {
  private ArticleFigures() {}

  /** Points per curve in the report's figures. */
  static final int POINTS = 1001;

  /**
   * Every figure, in the articles' order.
   *
   * @return the seven figures M4, M6, M8, M9, M10, M16 and M17, in that order
   */
  public static List<ArticleFigure> all() {
    return List.of(m4(), m6(), m8(), m9(), m10(), m16(), m17());
  }

  /**
   * M4: sigmoid and its derivative on one chart.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m4() {
    Activation sigmoid = Activations.of("sigmoid");
    XRange range = new XRange(-10, 10);
    double[] x = range.grid(POINTS);
    ActivationProperties p = Properties.of(sigmoid);
    List<Claim> claims = new ArrayList<>();
    boolean peak = Math.abs(p.maxSlope() - 0.25) <= 1e-15
        && p.maxSlopeAt().equals(List.of(Interval.point(0)));
    claims.add(new Claim("M4", "σ′(0) = 0.25 is the maximum of σ′", peak,
        "property analysis: max σ′ = " + p.maxSlope() + " at " + where(p.maxSlopeAt())
            + "; σ′(0) = " + sigmoid.derivative(0.0)));
    Gap g = Checks.largestGap(x, sigmoid::derivative,
        v -> sigmoid.value(v) * (1 - sigmoid.value(v)));
    claims.add(new Claim("M4", "σ′(x) = σ(x)(1 − σ(x))", g.size() <= 1e-15,
        "largest |σ′ − σ(1 − σ)| over the " + x.length + " plotted points: "
            + MathText.number(g.size(), 3) + " (≤ 10⁻¹⁵)"));
    boolean range01 = p.range().equals(new Interval(0, false, 1, false))
        && p.saturation() == Saturation.BOTH;
    claims.add(new Claim("M4", "σ has range (0, 1) and saturates at both ends (M3)", range01,
        "property analysis: range " + p.range() + ", saturation " + word(p.saturation())));
    return new ArticleFigure("M4", "Sigmoid and its derivative",
        "σ(x) = 1/(1 + e^(−x)),  σ′(x) = e^(−x)/(1 + e^(−x))² = σ(x)(1 − σ(x))",
        "σ (solid) and σ′ (dashed) on [−10, 10], as the article draws them; σ′ peaks at 0 and"
            + " vanishes in both tails, which is why deep sigmoid networks learn slowly (M12).",
        Charts.activationChart(List.of(sigmoid), range, POINTS, Mode.OVERLAY,
            "sigmoid and its derivative"),
        "m4-sigmoid.png", claims);
  }

  /**
   * M6: sigmoid and tanh, functions and derivatives side by side.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m6() {
    Activation sigmoid = Activations.of("sigmoid");
    Activation tanh = Activations.of("tanh");
    XRange range = new XRange(-6, 6);
    double[] x = range.grid(POINTS);
    List<Claim> claims = new ArrayList<>();
    long ulps = Checks.tanhIdentityUlps(tanh, sigmoid, x);
    claims.add(new Claim("M6", "tanh(x) = 2σ(2x) − 1 within 1 ULP over the plotted range",
        ulps <= 1, "largest distance between float32 tanh(x) and 2σ(2x) − 1 over the "
            + x.length + " plotted points: " + ulps + " ULP"));
    ActivationProperties pt = Properties.of(tanh);
    ActivationProperties ps = Properties.of(sigmoid);
    claims.add(new Claim("M6", "tanh is zero-centred, sigmoid is not",
        pt.zeroCentred() && !ps.zeroCentred(),
        "tanh(0) = " + MathText.number(pt.valueAtZero()) + ", range " + pt.range()
            + "; σ(0) = " + MathText.number(ps.valueAtZero()) + ", range " + ps.range()));
    Gap g = Checks.largestGap(x, tanh::derivative, v -> 4 * sigmoid.derivative(2 * v));
    claims.add(new Claim("M6", "tanh is a scaled and shifted sigmoid: tanh′(x) = 4σ′(2x)",
        g.size() <= 1e-15, "largest |tanh′(x) − 4σ′(2x)| over the plotted points: "
            + MathText.number(g.size(), 3) + " (≤ 10⁻¹⁵)"));
    return new ArticleFigure("M6", "Sigmoid and tanh",
        "tanh(x) = (e^x − e^(−x))/(e^x + e^(−x)) = 2σ(2x) − 1",
        "Left, sigmoid and tanh on one chart (solid); right, their derivatives (dashed): tanh is"
            + " steeper"
            + " (tanh′(0) = 1 against σ′(0) = 0.25) and centred on 0.",
        Charts.activationChart(List.of(sigmoid, tanh), range, POINTS, Mode.SIDE_BY_SIDE,
            "sigmoid and tanh"),
        "m6-sigmoid-tanh.png", claims);
  }

  /**
   * M8: relu and its derivative on one chart.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m8() {
    Activation relu = Activations.of("relu");
    XRange range = new XRange(-6, 6);
    double[] x = range.grid(POINTS);
    List<Claim> claims = new ArrayList<>();
    int wrong = 0;
    for (double v : x) {
      double expected = v > 0 ? 1 : 0;
      if (relu.derivative(v) != expected) {
        wrong++;
      }
    }
    claims.add(new Claim("M8", "ReLU′(x) = 1 for x > 0 and 0 for x < 0; ReLU′(0) = 0 (PyTorch's"
        + " choice of one-sided derivative, M15)", wrong == 0 && relu.derivative(0.0) == 0,
        wrong + " of " + x.length + " plotted points differ; ReLU′(0) = "
            + relu.derivative(0.0)));
    ActivationProperties p = Properties.of(relu);
    claims.add(new Claim("M8", "ReLU is sparse: about 50 % of N(0, 1) inputs give exactly 0",
        Math.abs(p.sparsity() - 0.5) <= 0.005,
        "exact zeros in 10⁶ seeded N(0, 1) draws: " + MathText.number(100 * p.sparsity(), 4)
            + " %"));
    claims.add(new Claim("M8", "ReLU is not zero-centred and saturates on the left only",
        !p.zeroCentred() && p.saturation() == Saturation.LEFT,
        "range " + p.range() + ", saturation " + word(p.saturation())));
    return new ArticleFigure("M8", "ReLU and its derivative",
        "ReLU(x) = max(0, x),  ReLU′(x) = 1 for x > 0, 0 for x < 0",
        "ReLU (solid) and its derivative (dashed) on [−6, 6]; the derivative jumps at 0, where"
            + " its value is 0 (filled dot) and the limit from the right is 1 (hollow dot).",
        Charts.activationChart(List.of(relu), range, POINTS, Mode.OVERLAY,
            "relu and its derivative"),
        "m8-relu.png", claims);
  }

  /**
   * M9: relu, leaky_relu, elu and softplus, functions and derivatives.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m9() {
    Activation relu = Activations.of("relu");
    Activation leaky = Activations.of("leaky_relu(negative_slope=0.1)");
    Activation elu = Activations.of("elu");
    Activation softplus = Activations.of("softplus");
    Activation sigmoid = Activations.of("sigmoid");
    XRange range = new XRange(-4, 4);
    double[] x = range.grid(POINTS);
    List<Claim> claims = new ArrayList<>();
    long worst = 0;
    for (double v : x) {
      worst = Math.max(worst, doubleUlps(softplus.derivative(v), sigmoid.value(v)));
    }
    claims.add(new Claim("M9", "softplus′ = σ", worst <= 1,
        "largest distance between softplus′(x) and σ(x) over the " + x.length
            + " plotted points: " + worst + " ULP"));
    double leakyMin = Double.POSITIVE_INFINITY;
    double eluMin = Double.POSITIVE_INFINITY;
    double reluMax = 0;
    for (double v : x) {
      if (v < 0) {
        leakyMin = Math.min(leakyMin, leaky.derivative(v));
        eluMin = Math.min(eluMin, elu.derivative(v));
        reluMax = Math.max(reluMax, relu.derivative(v));
      }
    }
    claims.add(new Claim("M9", "Leaky ReLU and ELU keep a gradient for x < 0 (no dying ReLU);"
        + " ReLU's is 0", leakyMin > 0 && eluMin > 0 && reluMax == 0,
        "smallest derivative over the plotted x < 0: leaky_relu " + MathText.number(leakyMin)
            + ", elu " + MathText.number(eluMin, 3) + "; largest relu′ there: " + reluMax));
    ActivationProperties pe = Properties.of(elu);
    ActivationProperties ps = Properties.of(softplus);
    claims.add(new Claim("M9", "ELU is approximately zero-centred; softplus is not sparse",
        pe.zeroCentred() && ps.sparsity() == 0,
        "elu: f(0) = " + MathText.number(pe.valueAtZero()) + ", range " + pe.range()
            + "; softplus: exact zeros on N(0, 1) input " + ps.sparsity()));
    return new ArticleFigure("M9", "ReLU, Leaky ReLU, ELU and Softplus",
        "LeakyReLU(x) = max(0, x) + γ·min(0, x),  ELU(x) = x for x ≥ 0, γ(e^x − 1) for x < 0,"
            + "  Softplus(x) = log(1 + e^x)",
        "Left the functions (solid), right their derivatives (dashed), on [−4, 4]; where curves"
            + " coincide (every derivative is 1 for x > 0) the first is drawn wider, so that each"
            + " shows as a band around the next. Leaky ReLU is drawn with"
            + " γ = 0.1 (the second article's max(0.1x, x)); PyTorch's default 0.01 would be"
            + " indistinguishable from ReLU at this scale.",
        Charts.activationChart(List.of(relu, leaky, elu, softplus), range, POINTS,
            Mode.SIDE_BY_SIDE, "relu, leaky_relu, elu, softplus"),
        "m9-relu-family.png", claims);
  }

  /**
   * M10: swish for β ∈ {0, 0.5, 1, 2, 10}.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m10() {
    double[] betas = {0, 0.5, 1, 2, 10};
    List<Activation> swishes = new ArrayList<>();
    for (double b : betas) {
      swishes.add(Activations.of("swish(beta=" + b + ")"));
    }
    Activation relu = Activations.of("relu");
    XRange range = new XRange(-6, 6);
    double[] x = range.grid(POINTS);
    List<Claim> claims = new ArrayList<>();
    int differ = 0;
    for (double v : x) {
      if (swishes.get(0).value(v) != v / 2) {
        differ++;
      }
    }
    claims.add(new Claim("M10", "swish with β = 0 equals x/2", differ == 0,
        differ + " of " + x.length + " plotted points differ from x/2"));
    List<String> gaps = new ArrayList<>();
    double previous = Double.POSITIVE_INFINITY;
    boolean shrinking = true;
    double last = 0;
    for (int k = 1; k < betas.length; k++) {
      Activation s = swishes.get(k);
      last = Checks.largestGap(x, s::value, relu::value).size();
      shrinking &= last < previous;
      previous = last;
      gaps.add("β = " + MathText.number(betas[k]) + ": " + MathText.number(last, 4));
    }
    claims.add(new Claim("M10", "as β grows swish tends to ReLU", shrinking && last < 0.03,
        "largest |swish − relu| over the plotted points, " + String.join(", ", gaps)));
    Extremum m = Properties.of(swishes.get(2)).minimum().orElse(null);
    boolean minimum = m != null && Math.abs(m.value() + 0.2785) < 1e-4
        && Math.abs(m.x() + 1.2785) < 1e-4;
    claims.add(new Claim("M10", "swish (β = 1) is not monotonic: its minimum is −0.2785 at"
        + " x = −1.2785", minimum, m == null ? "no minimum found"
            : "property analysis: minimum " + m.value() + " at x = " + m.x()));
    return new ArticleFigure("M10", "Swish for several β",
        "swish(x) = x·σ(βx);  β = 0 gives x/2, β → ∞ gives ReLU; β = 1 is x/(1 + e^(−x))",
        "Swish (solid) on [−6, 6] for β = 0, 0.5, 1, 2 and 10, in viridis colours from dark"
            + " to light as β grows: σ(βx) is a soft gate"
            + " between the linear x/2 and ReLU.",
        Charts.activationChart(swishes, range, POINTS, Mode.VALUE, "swish for several β"),
        "m10-swish.png", claims);
  }

  /**
   * M16: selu, function and derivative.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m16() {
    Activation selu = Activations.of("selu");
    XRange range = new XRange(-5, 5);
    ActivationProperties p = Properties.of(selu);
    List<Claim> claims = new ArrayList<>();
    double lambda = selu.derivative(1.0);
    claims.add(new Claim("M16", "the slope for x > 0 is λ ≈ 1.0507 > 1 (it can increase the"
        + " variance)", lambda > 1 && Math.abs(lambda - 1.0507) < 1e-4,
        "selu′(1) = " + lambda));
    boolean saturates = p.saturation() == Saturation.LEFT && !p.range().lowerClosed()
        && Math.abs(p.range().lower() + 1.7581) < 1e-4;
    claims.add(new Claim("M16", "negative inputs saturate at −λα ≈ −1.7581 (a saturation"
        + " region that damps large variance)", saturates,
        "property analysis: range " + p.range() + " (lower end " + p.range().lower()
            + "), saturation " + word(p.saturation())));
    double mean = Checks.normalExpectation(selu::value);
    double second = Checks.normalExpectation(z -> selu.value(z) * selu.value(z));
    double variance = second - mean * mean;
    boolean fixedPoint = Math.abs(mean) < 1e-6 && Math.abs(variance - 1) < 1e-6;
    claims.add(new Claim("M16", "self-normalising: for z ~ N(0, 1), selu(z) again has mean 0"
        + " and variance 1", fixedPoint,
        "by quadrature: mean " + MathText.number(mean, 3) + ", variance "
            + MathText.number(variance, 10)));
    return new ArticleFigure("M16", "SELU",
        "selu(x) = λx for x > 0, λα(e^x − 1) for x ≤ 0;  λ ≈ 1.0507, α ≈ 1.6733",
        "SELU (left, solid) and its derivative (right, dashed) on [−5, 5], which jumps at 0 from"
            + " λα to λ: negative and positive values, a"
            + " saturating left tail, a slope above 1 on the right, and a continuous curve.",
        Charts.activationChart(List.of(selu), range, POINTS, Mode.SIDE_BY_SIDE, "selu"),
        "m16-selu.png", claims);
  }

  /**
   * M17: exact gelu against its tanh form, with the difference curve.
   *
   * @return the figure, with its claims checked now against the library
   */
  public static ArticleFigure m17() {
    Activation exact = Activations.of("gelu");
    Activation approx = Activations.of("gelu(approximate=tanh)");
    XRange range = new XRange(-4, 4);
    Figure curves = Charts.activationChart(List.of(exact, approx), range, POINTS, Mode.VALUE,
        "gelu: exact and tanh form");
    // the curves overlap: draw the exact one wide, so that it shows as a halo around the other
    XYSeries wide = curves.xyPanel(0).getSeriesMap().values().iterator().next();
    // XChart applies the line width when the style is set: width first
    wide.setLineWidth(6f);
    wide.setLineStyle(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    // the difference at the very points of the curves
    double[] x = curves.xyPanel(0).getSeriesMap().values().iterator().next().getXData();
    double[] diff = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      diff[i] = approx.value(x[i]) - exact.value(x[i]);
    }
    Gap g = Checks.largestGap(x, approx::value, exact::value);
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim("M17", "the tanh form approximates x·Φ(x) to better than 10⁻³",
        g.size() < 1e-3, "largest |difference| over the " + x.length + " plotted points: "
            + MathText.number(g.size(), 3) + " at x = " + MathText.number(g.x(), 4)));
    Extremum m = Properties.of(exact).minimum().orElse(null);
    boolean minimum = m != null && Math.abs(m.value() + 0.16997) < 1e-5
        && Math.abs(m.x() + 0.75179) < 1e-5;
    claims.add(new Claim("M17", "GELU dips below 0: its minimum is −0.16997 at x = −0.75179",
        minimum, m == null ? "no minimum found"
            : "property analysis: minimum " + m.value() + " at x = " + m.x()));
    Figure difference = Charts.lines("tanh form − exact", "x", "difference",
        List.of(new Series("gelu(approximate=tanh) − gelu", x, diff)), false);
    return new ArticleFigure("M17", "GELU, exact and tanh form",
        "GELU(x) = x·Φ(x);  tanh form ½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
        "Left, the exact GELU (wide, dark) and its tanh approximation (solid, light) on [−4, 4]:"
            + " they overlap; right, their difference (solid).",
        Figure.beside(curves, difference), "m17-gelu.png", claims);
  }

  private static String where(List<Interval> at) {
    List<String> parts = new ArrayList<>();
    for (Interval i : at) {
      parts.add(i.isPoint() && !i.isApproached() ? "x = " + MathText.number(i.lower())
          : i.toString());
    }
    return String.join(" and ", parts);
  }

  private static String word(Saturation s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Doubles between a and b, plus one (0 when equal). */
  private static long doubleUlps(double a, double b) {
    if (a == b) {
      return 0;
    }
    long x = Double.doubleToLongBits(a);
    long y = Double.doubleToLongBits(b);
    x = x < 0 ? Long.MIN_VALUE - x : x;
    y = y < 0 ? Long.MIN_VALUE - y : y;
    return Math.abs(x - y);
  }
}
