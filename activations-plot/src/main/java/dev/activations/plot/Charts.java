package dev.activations.plot;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.plot.internal.Dashes;
import dev.activations.plot.internal.Jumps;
import dev.activations.plot.internal.Labels;
import dev.activations.plot.internal.Look;
import dev.activations.plot.internal.RoundTicks;
import dev.activations.plot.internal.TickLabels;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the figures: curves of activation functions and their derivatives, and series charts
 * for experiments (lines over epochs or layers, optionally on a log scale, and bars).
 *
 * <p>Function curves are the library's own double-precision values
 * ({@link Activation#value(double)}, {@link Activation#derivative(double)}) at the points of
 * {@link XRange#grid(int)} plus the midpoint of its first step (XChart puts its ticks at data
 * points, at odd numbers, when all x are equally spaced; one unequal step gives round ticks).
 * Each function keeps its {@link Palette} colour in every chart; where f and f' share a chart,
 * f' is a lighter, thinner line of the same colour. Series are named {@code label} for f and
 * {@code label′} for f', where the label is the function's name followed by the parameters that
 * differ from their defaults.
 */
public final class Charts {
  private Charts() {}

  /** The most points a curve may have. */
  public static final int MAX_POINTS = 1_000_000;
  /** Points per curve when none are asked for. */
  public static final int DEFAULT_POINTS = 1001;

  /**
   * Curves of the functions named by specifications, as the command line draws them.
   *
   * @param specs one or more specifications, for example {@code ["relu", "leaky_relu(0.1)"]}
   * @param lo the left end of x, finite
   * @param hi the right end of x, finite, &gt; lo
   * @param points points per curve, 2 to {@link #MAX_POINTS}
   * @param mode what to draw
   * @return a figure of one panel, or two for {@link Mode#SIDE_BY_SIDE}
   * @throws IllegalArgumentException on an invalid specification (the registry's message), no
   *     specification, a function listed twice, an invalid range or number of points
   */
  public static Figure functionChart(List<String> specs, double lo, double hi, int points,
      Mode mode) {
    if (specs == null || specs.isEmpty()) {
      throw new IllegalArgumentException("no function to plot: give at least one specification");
    }
    List<Activation> functions = new ArrayList<>();
    for (String spec : specs) {
      functions.add(Activations.of(spec));
    }
    return activationChart(functions, new XRange(lo, hi), points, mode, null);
  }

  /**
   * Curves of the given functions.
   *
   * @param functions one or more functions, each at most once
   * @param range the x interval
   * @param points points per curve, 2 to {@link #MAX_POINTS}
   * @param mode what to draw
   * @param title the chart title, or null for one made of the functions' labels
   * @return a figure of one panel, or two for {@link Mode#SIDE_BY_SIDE}
   * @throws IllegalArgumentException on no function, a function listed twice, or invalid points
   */
  public static Figure activationChart(List<Activation> functions, XRange range, int points,
      Mode mode, String title) {
    if (functions == null || functions.isEmpty()) {
      throw new IllegalArgumentException("no function to plot");
    }
    if (range == null || mode == null) {
      throw new IllegalArgumentException("the range and the mode must not be null");
    }
    double[] x = withHalfFirstStep(range.grid(points));
    List<String> labels = labels(functions);
    List<Color> colours = colours(functions);
    String heading = title != null ? title : defaultTitle(functions);
    return switch (mode) {
      case VALUE -> new Figure(List.of(panel(heading, "f(x)", functions, labels, colours, x,
          true, false)));
      case DERIVATIVE -> new Figure(List.of(panel(heading, "f′(x)", functions, labels, colours,
          x, false, true)));
      case OVERLAY -> new Figure(List.of(panel(heading, "f(x) and f′(x)", functions, labels,
          colours, x, true, true)));
      case SIDE_BY_SIDE -> new Figure(List.of(
          panel(heading, "f(x)", functions, labels, colours, x, true, false),
          panel(heading + ": derivative", "f′(x)", functions, labels, colours, x, false,
              true)));
    };
  }

  /**
   * A line chart of experiment series, for example a loss per epoch or a gradient norm per
   * layer. Each series named after a function (relu, sigmoid…) gets that function's colour; the
   * others take Tableau colours in order.
   *
   * @param title the chart title
   * @param xLabel the x axis label
   * @param yLabel the y axis label
   * @param series the curves, at least one, with distinct names; NaN values leave gaps
   * @param logY a logarithmic y axis (every finite value must then be &gt; 0): the series then
   *     hold log10(y), labelled at every decade
   * @return a figure of one panel
   * @throws IllegalArgumentException on no series, two series with one name, or a value ≤ 0 on
   *     a log scale (naming the series and the index)
   */
  public static Figure lines(String title, String xLabel, String yLabel, List<Series> series,
      boolean logY) {
    requireSeries(series);
    // a logarithmic axis is drawn as log10(y) on a linear one, labelled at the decades (1e-4,
    // 0.001, 0.01): XChart's own logarithmic axis writes 1E-4 and takes no label formatter
    XYChart c = Look.lineChart(title, xLabel, logY ? yLabel + " (log scale)" : yLabel);
    if (logY) {
      c.setCustomYAxisTickLabelsFormatter(TickLabels::decade);
    }
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    int other = 0;
    for (Series s : series) {
      double[] y = s.y();
      for (int i = 0; i < y.length; i++) {
        if (logY && !(y[i] > 0) && !Double.isNaN(y[i])) {
          throw new IllegalArgumentException("series " + s.name() + " has y[" + i + "] = " + y[i]
              + ", which a logarithmic axis cannot show");
        }
        if (Double.isFinite(y[i])) {
          yMin = Math.min(yMin, y[i]);
          yMax = Math.max(yMax, y[i]);
        }
      }
      Color colour = Palette.isFunction(s.name()) ? Palette.colourOf(s.name())
          : Palette.series(other++);
      if (logY) {
        for (int i = 0; i < y.length; i++) {
          y[i] = Math.log10(y[i]);
        }
      }
      Look.line(c.addSeries(s.name(), s.x(), y), colour, Look.SOLID);
    }
    if (!logY) {
      Look.zeroAxes(c, Double.NaN, Double.NaN, yMin, yMax);
    }
    if (logY && yMax >= yMin) {
      // whole decades at both ends: the ticks fall on them and each one is labelled
      c.getStyler().setYAxisMin(Math.floor(Math.log10(yMin)));
      c.getStyler().setYAxisMax(Math.ceil(Math.log10(yMax)));
    }
    RoundTicks.apply(c);
    Look.placeLegend(c);
    return new Figure(List.of(c), logY);
  }

  /**
   * A vector field in the plane with trajectories: an arrow from each point (x, y) along the
   * map's step (u, v), scaled so that the longest arrow is {@code arrowFraction} of the span of
   * x, and each trajectory as a line through its points in order (x need not increase). For
   * iterated maps such as the SELU paper's g(μ, ν).
   *
   * @param title the chart title
   * @param xLabel the x axis label
   * @param yLabel the y axis label
   * @param arrows rows {x, y, u, v}
   * @param arrowFraction the longest arrow's length as a fraction of the x span (for example 0.1)
   * @param trajectories named paths, each {x[], y[]} with equal lengths
   * @return a figure of one panel
   * @throws IllegalArgumentException on no arrow, a row that is not four finite numbers, or a
   *     path with no point or unequal lengths
   */
  public static Figure field(String title, String xLabel, String yLabel, List<double[]> arrows,
      double arrowFraction, Map<String, double[][]> trajectories) {
    if (arrows == null || arrows.isEmpty()) {
      throw new IllegalArgumentException("a vector field needs at least one arrow");
    }
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double longest = 0;
    for (double[] a : arrows) {
      if (a == null || a.length != 4 || !(Double.isFinite(a[0]) && Double.isFinite(a[1])
          && Double.isFinite(a[2]) && Double.isFinite(a[3]))) {
        throw new IllegalArgumentException("an arrow is four finite numbers {x, y, u, v}");
      }
      xMin = Math.min(xMin, a[0]);
      xMax = Math.max(xMax, a[0]);
      longest = Math.max(longest, Math.hypot(a[2], a[3]));
    }
    double span = xMax > xMin ? xMax - xMin : 1;
    double scale = longest > 0 ? arrowFraction * span / longest : 0;
    XYChart c = Look.lineChart(title, xLabel, yLabel);
    Color arrowColour = new Color(0x55, 0x55, 0x55);
    int n = 0;
    for (double[] a : arrows) {
      double x1 = a[0] + scale * a[2];
      double y1 = a[1] + scale * a[3];
      XYSeries shaft = c.addSeries("arrow " + n, new double[] {a[0], x1}, new double[] {a[1], y1});
      Look.line(shaft, arrowColour, Look.THIN);
      shaft.setShowInLegend(false);
      double len = Math.hypot(x1 - a[0], y1 - a[1]);
      if (len > 0) {
        // a head of two short strokes at ±25° from the shaft, a third of its length
        double ux = (a[0] - x1) / len;
        double uy = (a[1] - y1) / len;
        double h = len / 3;
        for (double angle : new double[] {0.44, -0.44}) {
          double cos = Math.cos(angle);
          double sin = Math.sin(angle);
          double hx = x1 + h * (ux * cos - uy * sin);
          double hy = y1 + h * (ux * sin + uy * cos);
          XYSeries head = c.addSeries("arrow " + n + (angle > 0 ? "+" : "-"),
              new double[] {x1, hx}, new double[] {y1, hy});
          Look.line(head, arrowColour, Look.THIN);
          head.setShowInLegend(false);
        }
      }
      n++;
    }
    int other = 0;
    if (trajectories != null) {
      for (Map.Entry<String, double[][]> t : trajectories.entrySet()) {
        double[][] xy = t.getValue();
        if (xy == null || xy.length != 2 || xy[0].length == 0 || xy[0].length != xy[1].length) {
          throw new IllegalArgumentException("trajectory " + t.getKey()
              + " needs {x[], y[]} of one length with at least one point");
        }
        XYSeries s = c.addSeries(t.getKey(), xy[0], xy[1]);
        Look.line(s, Palette.series(other++), Look.SOLID);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Palette.series(other - 1));
      }
    }
    c.getStyler().setMarkerSize(5);
    Look.placeLegend(c);
    return new Figure(List.of(c));
  }

  /**
   * A bar chart: one group of bars per category, one bar per series in each group (the series'
   * x are ignored; its y holds one value per category).
   *
   * @param title the chart title
   * @param xLabel the x axis label
   * @param yLabel the y axis label
   * @param categories the group labels along x, at least one
   * @param series the bars' values, one series per bar in each group, with distinct names
   * @return a figure of one panel
   * @throws IllegalArgumentException on no category or series, a series whose length differs
   *     from the number of categories, or two series with one name
   */
  public static Figure bars(String title, String xLabel, String yLabel, List<String> categories,
      List<Series> series) {
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one category");
    }
    requireSeries(series);
    CategoryChart c = Look.barChart(title, xLabel, yLabel);
    int other = 0;
    for (Series s : series) {
      double[] y = s.y();
      if (y.length != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has " + y.length
            + " values for " + categories.size() + " categories");
      }
      List<Double> values = new ArrayList<>();
      for (double v : y) {
        values.add(v);
      }
      CategorySeries cs = c.addSeries(s.name(), categories, values);
      Look.bar(cs, Palette.isFunction(s.name()) ? Palette.colourOf(s.name())
          : Palette.series(other++));
    }
    rotateCrowdedLabels(c, categories);
    Look.placeLegend(c);
    return new Figure(List.of(c));
  }

  /**
   * A dot plot: for each category, one dot per series at its mean with a bar of ± one standard
   * deviation (the spread over repeated runs, such as seeds), on a value axis that spans the
   * data rather than starting at 0, so that small differences show.
   *
   * @param title the chart title
   * @param xLabel the x axis label
   * @param yLabel the y axis label
   * @param categories the labels along x, at least one
   * @param means one value per category in each series
   * @param deviations the standard deviations, in the same shape (0 for no spread)
   * @return a figure of one panel
   * @throws IllegalArgumentException on no category or series, shapes that differ, or two
   *     series with one name
   */
  public static Figure dots(String title, String xLabel, String yLabel, List<String> categories,
      List<Series> means, List<Series> deviations) {
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException("a dot plot needs at least one category");
    }
    requireSeries(means);
    if (deviations == null || deviations.size() != means.size()) {
      throw new IllegalArgumentException("a dot plot needs one deviation series per series");
    }
    CategoryChart c = Look.barChart(title, xLabel, yLabel);
    c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    c.getStyler().setMarkerSize(9);
    c.getStyler().setErrorBarsColor(new Color(0x55, 0x55, 0x55));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int other = 0;
    for (int k = 0; k < means.size(); k++) {
      double[] m = means.get(k).y();
      double[] d = deviations.get(k).y();
      if (m.length != categories.size() || d.length != m.length) {
        throw new IllegalArgumentException("series " + means.get(k).name() + " needs "
            + categories.size() + " means and deviations");
      }
      List<Double> mv = new ArrayList<>();
      List<Double> dv = new ArrayList<>();
      for (int i = 0; i < m.length; i++) {
        mv.add(m[i]);
        dv.add(d[i]);
        lo = Math.min(lo, m[i] - d[i]);
        hi = Math.max(hi, m[i] + d[i]);
      }
      CategorySeries cs = c.addSeries(means.get(k).name(), categories, mv, dv);
      cs.setMarker(k % 2 == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
      Color colour = Palette.series(other++);
      cs.setMarkerColor(colour);
      cs.setFillColor(colour);
      cs.setLineColor(colour);
    }
    double pad = Math.max(1e-3, (hi - lo) * 0.08);
    c.getStyler().setYAxisMin(lo - pad);
    c.getStyler().setYAxisMax(hi + pad);
    rotateCrowdedLabels(c, categories);
    Look.placeLegend(c);
    return new Figure(List.of(c));
  }

  /** Category labels turned when there are too many to stand side by side. */
  private static void rotateCrowdedLabels(CategoryChart c, List<String> categories) {
    // about 7 pixels a character, two of space between labels, in a plot of about 520 pixels
    int characters = 0;
    for (String label : categories) {
      characters += label.length() + 2;
    }
    if (characters * 7 > 520) {
      c.getStyler().setXAxisLabelRotation(categories.size() > 8 ? 60 : 30);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** One curve of a panel before it is drawn: its points with breaks, and its jumps. */
  private record Curve(String label, Color colour, boolean slope, double[] x, double[] y,
      List<Jumps.Jump> jumps) {}

  private static XYChart panel(String title, String yLabel, List<Activation> functions,
      List<String> labels, List<Color> colours, double[] x, boolean values, boolean slopes) {
    XYChart c = Look.lineChart(title, "x", yLabel);
    List<Curve> curves = new ArrayList<>();
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < functions.size(); k++) {
      Activation f = functions.get(k);
      for (int pass = 0; pass < 2; pass++) {
        boolean slope = pass == 1;
        if (slope ? !slopes : !values) {
          continue;
        }
        DoubleUnaryOperator g = slope ? f::derivative : f::value;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
          y[i] = g.applyAsDouble(x[i]);
        }
        yMin = Math.min(yMin, finiteMin(y));
        yMax = Math.max(yMax, finiteMax(y));
        List<Jumps.Jump> jumps = Jumps.find(x, y, g);
        double[][] broken = breakAt(x, y, jumps);
        curves.add(new Curve(labels.get(k) + (slope ? "′" : ""), colours.get(k), slope,
            broken[0], broken[1], jumps));
      }
    }
    double xSpan = x[x.length - 1] - x[0];
    double ySpan = yMax > yMin ? yMax - yMin : 1;
    int[] under = coincidences(curves);
    int dashedCurves = 0;
    for (int k = 0; k < curves.size(); k++) {
      Curve cv = curves.get(k);
      // a curve that later ones cover in places is drawn wider, so that it shows as a band
      // around them (relu′, leaky_relu′ and elu′ are all 1 for x > 0)
      float width = Look.LINE_WIDTH + Look.BAND * Math.min(under[k], 3);
      if (cv.slope()) {
        // coinciding dashed curves alternate their dashes: each starts a third of a period on
        double phase = (Dashes.DASH + Dashes.GAP) * (dashedCurves++ % 3) / 3;
        double[][] dashed = Dashes.of(cv.x(), cv.y(), xSpan, ySpan, phase);
        Look.line(c.addSeries(cv.label(), dashed[0], dashed[1]), cv.colour(),
            Look.dashed(width));
      } else {
        Look.line(c.addSeries(cv.label(), cv.x(), cv.y()), cv.colour(), Look.solid(width));
      }
    }
    // the dots at the jumps, above every line: filled at the value, hollow at a limit
    for (Curve cv : curves) {
      int n = 0;
      for (Jumps.Jump j : cv.jumps()) {
        Look.dot(c.addSeries(cv.label() + " at jump " + n, new double[] {j.at()},
            new double[] {j.value()}), cv.colour(), false);
        for (double limit : new double[] {j.left(), j.right()}) {
          if (limit != j.value()) {
            Look.dot(c.addSeries(cv.label() + " limit " + n++, new double[] {j.at()},
                new double[] {limit}), cv.colour(), true);
          }
        }
        n++;
      }
    }
    Look.zeroAxes(c, x[0], x[x.length - 1], yMin, yMax);
    Look.placeLegend(c);
    return c;
  }

  /**
   * The curve with a break at each jump: the grid points up to the jump, the left limit at the
   * jump, a gap (NaN), the right limit, then the rest; a grid point on the jump itself is left
   * to the dot that marks the value.
   */
  private static double[][] breakAt(double[] x, double[] y, List<Jumps.Jump> jumps) {
    if (jumps.isEmpty()) {
      return new double[][] {x, y};
    }
    List<double[]> points = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < x.length; i++) {
      while (next < jumps.size() && jumps.get(next).at() <= x[i]) {
        Jumps.Jump j = jumps.get(next++);
        points.add(new double[] {j.at(), j.left()});
        points.add(new double[] {j.at(), Double.NaN});
        points.add(new double[] {j.at(), j.right()});
      }
      boolean onJump = next > 0 && jumps.get(next - 1).at() == x[i];
      if (!onJump) {
        points.add(new double[] {x[i], y[i]});
      }
    }
    double[][] out = new double[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      out[0][i] = points.get(i)[0];
      out[1][i] = points.get(i)[1];
    }
    return out;
  }

  /**
   * For each curve, how many of the curves drawn after it coincide with it somewhere: on at
   * least 2 % of the grid, the same value to within 10⁻⁹ of the curves' span.
   */
  private static int[] coincidences(List<Curve> curves) {
    int[] under = new int[curves.size()];
    for (int a = 0; a < curves.size(); a++) {
      for (int b = a + 1; b < curves.size(); b++) {
        Curve p = curves.get(a);
        Curve q = curves.get(b);
        if (p.x().length == 0) {
          continue;
        }
        int same = 0;
        int total = 0;
        int j = 0;
        for (int i = 0; i < p.x().length; i++) {
          while (j < q.x().length && q.x()[j] < p.x()[i]) {
            j++;
          }
          if (j < q.x().length && q.x()[j] == p.x()[i] && Double.isFinite(p.y()[i])) {
            total++;
            if (Math.abs(p.y()[i] - q.y()[j]) <= 1e-9 * Math.max(1, Math.abs(p.y()[i]))) {
              same++;
            }
          }
        }
        if (total > 0 && same >= 0.02 * total) {
          under[a]++;
        }
      }
    }
    return under;
  }

  /** The grid with the midpoint of its first step added. */
  private static double[] withHalfFirstStep(double[] grid) {
    double[] x = new double[grid.length + 1];
    x[0] = grid[0];
    x[1] = grid[0] + (grid[1] - grid[0]) / 2;
    System.arraycopy(grid, 1, x, 2, grid.length - 1);
    return x;
  }

  /** The distinct names, in order: parameters are in the legend. */
  private static String defaultTitle(List<Activation> functions) {
    List<String> names = new ArrayList<>();
    for (Activation f : functions) {
      if (!names.contains(f.name())) {
        names.add(f.name());
      }
    }
    return String.join(", ", names);
  }

  private static List<String> labels(List<Activation> functions) {
    for (Activation f : functions) {
      if (f == null) {
        throw new IllegalArgumentException("a function to plot is null");
      }
    }
    List<String> labels = new ArrayList<>(Labels.of(functions));
    // variants of one function: the title names it, the legend keeps what differs (beta=0.5)
    if (functions.size() > 1
        && functions.stream().map(Activation::name).distinct().count() == 1) {
      String prefix = functions.get(0).name() + "(";
      for (int i = 0; i < labels.size(); i++) {
        String l = labels.get(i);
        if (l.startsWith(prefix) && l.endsWith(")")) {
          labels.set(i, l.substring(prefix.length(), l.length() - 1));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (!seen.add(label)) {
        throw new IllegalArgumentException(label + " is listed twice");
      }
    }
    return labels;
  }

  /** The palette colour of each function; shades where one name appears several times. */
  private static List<Color> colours(List<Activation> functions) {
    Map<String, Integer> count = new HashMap<>();
    for (Activation f : functions) {
      count.merge(f.name(), 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Color> colours = new ArrayList<>();
    for (Activation f : functions) {
      int k = seen.merge(f.name(), 1, Integer::sum) - 1;
      colours.add(Palette.shade(Palette.colourOf(f.name()), k, count.get(f.name())));
    }
    return colours;
  }

  private static void requireSeries(List<Series> series) {
    if (series == null || series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one series");
    }
    Set<String> names = new HashSet<>();
    for (Series s : series) {
      if (s == null) {
        throw new IllegalArgumentException("a series is null");
      }
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two series are named " + s.name());
      }
    }
  }

  private static double finiteMin(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double a : v) {
      if (Double.isFinite(a)) {
        m = Math.min(m, a);
      }
    }
    return m;
  }

  private static double finiteMax(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double a : v) {
      if (Double.isFinite(a)) {
        m = Math.max(m, a);
      }
    }
    return m;
  }
}
