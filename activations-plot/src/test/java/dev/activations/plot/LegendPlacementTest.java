package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * No legend covers data: each chart is painted, then its legend box (from the painted chart) is
 * compared in pixel space with the plot area and with every point of every series.
 */
class LegendPlacementTest {

  /** The painted legend box, plot box and axis ranges of a panel. */
  private record Geometry(Rectangle2D legend, Rectangle2D plot, double xMin, double xMax,
      double yMin, double yMax) {}

  private static Object call(Object target, String method) throws Exception {
    Class<?> c = target.getClass();
    while (c != null) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == 0) {
          m.setAccessible(true);
          return m.invoke(target);
        }
      }
      c = c.getSuperclass();
    }
    throw new NoSuchMethodException(method);
  }

  private static double field(Object target, String name) throws Exception {
    Class<?> c = target.getClass();
    while (c != null) {
      try {
        java.lang.reflect.Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.getDouble(target);
      } catch (NoSuchFieldException e) {
        c = c.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }

  private static Geometry geometry(Chart<?, ?> panel) throws Exception {
    Object legendPart = call(panel, "getLegend");
    // the legend's size; where it was painted is kept apart, in xOffset and yOffset
    Rectangle2D size = (Rectangle2D) call(legendPart, "getBounds");
    Rectangle2D legend = new Rectangle2D.Double(field(legendPart, "xOffset"),
        field(legendPart, "yOffset"), size.getWidth(), size.getHeight());
    Rectangle2D plot = (Rectangle2D) call(call(panel, "getPlot"), "getBounds");
    Object x = call(panel, "getXAxis");
    Object y = call(panel, "getYAxis");
    return new Geometry(legend, plot, (double) call(x, "getMin"), (double) call(x, "getMax"),
        (double) call(y, "getMin"), (double) call(y, "getMax"));
  }

  /** Paints every panel of the figure at its report size and checks each legend. */
  private static int check(String name, Figure figure) throws Exception {
    ChartWriter.render(figure, figure.defaultWidth(), figure.defaultHeight());
    int checked = 0;
    for (Chart<?, ?> panel : figure.panels()) {
      if (!panel.getStyler().isLegendVisible()) {
        continue;
      }
      Geometry g = geometry(panel);
      assertThat(g.legend().getWidth()).as(name).isPositive();
      assertThat(g.legend().getX() + g.legend().getY()).as(name + ": legend painted at "
          + g.legend()).isPositive();
      assertThat(g.legend().intersects(g.plot())).as(name + ": legend " + g.legend()
          + " overlaps the plot " + g.plot()).isFalse();
      if (panel instanceof XYChart c) {
        // Charts draws a logarithmic scale as log10(y) on a linear axis; XChart's own is mapped
        boolean logY = c.getStyler().isYAxisLogarithmic();
        for (XYSeries s : c.getSeriesMap().values()) {
          double[] xs = s.getXData();
          double[] ys = s.getYData();
          for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
              continue;
            }
            double u = (xs[i] - g.xMin()) / (g.xMax() - g.xMin());
            double v = logY ? (Math.log10(ys[i]) - Math.log10(g.yMin()))
                / (Math.log10(g.yMax()) - Math.log10(g.yMin()))
                : (ys[i] - g.yMin()) / (g.yMax() - g.yMin());
            double px = g.plot().getX() + u * g.plot().getWidth();
            double py = g.plot().getY() + (1 - v) * g.plot().getHeight();
            assertThat(g.legend().contains(px, py)).as(name + ": point " + i + " of "
                + s.getName() + " at (" + px + ", " + py + ") under the legend " + g.legend())
                .isFalse();
          }
        }
      }
      checked++;
    }
    return checked;
  }

  @Test
  void theArticlesFiguresKeepTheirLegendsOffTheData() throws Exception {
    int legends = 0;
    for (ArticleFigure f : ArticleFigures.all()) {
      legends += check(f.id(), f.figure());
    }
    // M4, M6 ×2, M8, M9 ×2, M10, M17: every figure with more than one curve has its legend
    assertThat(legends).isGreaterThanOrEqualTo(7);
  }

  @Test
  void experimentChartsWithDataInEveryCornerKeepTheirLegendsOffTheData() throws Exception {
    // the shapes that put legends over data before: a flat line along the top (E2's relu),
    // curves filling every corner (E3, E5), bars reaching the top (E9), a log axis (E1)
    List<Series> corners = new ArrayList<>();
    for (String name : List.of("relu", "leaky_relu", "prelu", "elu", "selu", "gelu")) {
      double[] y = new double[21];
      for (int i = 0; i < y.length; i++) {
        y[i] = name.equals("relu") ? 0.15 : name.equals("gelu") ? 0.15 * i / 20 : 0;
      }
      corners.add(Series.of(name, y));
    }
    assertThat(check("flat lines", Charts.lines("dead units", "epoch", "fraction", corners,
        false))).isEqualTo(1);
    List<Series> logs = new ArrayList<>();
    for (int layer = 1; layer <= 4; layer++) {
      double[] y = new double[100];
      for (int i = 0; i < y.length; i++) {
        y[i] = Math.pow(10, -layer - Math.sin(i / 7.0));
      }
      logs.add(Series.of("hidden layer " + layer, y));
    }
    assertThat(check("log axis", Charts.lines("speed", "epoch", "‖∂C/∂b‖", logs, true)))
        .isEqualTo(1);
    assertThat(check("bars", Charts.bars("accuracy", "activation", "accuracy",
        List.of("relu", "elu", "gelu"), List.of(Series.of("digits", 0.97, 0.98, 0.99),
            Series.of("breast_cancer", 0.99, 0.98, 0.97))))).isEqualTo(1);
  }

  @Test
  void aLegendTooWideForOneRowStandsBesideThePlot() throws Exception {
    List<Series> many = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      many.add(Series.of("a rather long series name " + k, k, k + 1, k + 2));
    }
    Figure f = Charts.lines("many", "x", "y", many, false);
    assertThat(f.xyPanel(0).getStyler().getLegendPosition())
        .isEqualTo(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    assertThat(check("many", f)).isEqualTo(1);
  }
}
