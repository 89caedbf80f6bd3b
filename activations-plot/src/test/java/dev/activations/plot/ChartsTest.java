package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.activations.Activation;
import dev.activations.Activations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The data behind the charts: every point is the library's value, colours are stable. */
class ChartsTest {

  @Test
  void valueCurvesAreTheLibrarysValuesAtEveryPoint() {
    Figure fig = Charts.functionChart(List.of("relu", "leaky_relu(0.1)", "gelu(approximate=tanh)"),
        -6, 6, 101, Mode.VALUE);
    assertThat(fig.panelCount()).isEqualTo(1);
    XYChart c = fig.xyPanel(0);
    assertThat(c.getSeriesMap().keySet())
        .containsExactly("relu", "leaky_relu(negative_slope=0.1)", "gelu(approximate=tanh)");
    assertSeriesAre(c.getSeriesMap().get("relu"), Activations.of("relu"), false);
    assertSeriesAre(c.getSeriesMap().get("leaky_relu(negative_slope=0.1)"),
        Activations.of("leaky_relu(0.1)"), false);
    assertSeriesAre(c.getSeriesMap().get("gelu(approximate=tanh)"),
        Activations.of("gelu(approximate=tanh)"), false);
  }

  @Test
  void theGridSpansTheRangeWithTheRequestedPoints() {
    double[] x = Charts.functionChart(List.of("tanh"), -6, 6, 101, Mode.VALUE).xyPanel(0)
        .getSeriesMap().get("tanh").getXData();
    // the 101 grid points plus the midpoint of the first step
    assertThat(x).hasSize(102);
    assertThat(x[0]).isEqualTo(-6);
    assertThat(x[1]).isCloseTo(-5.94, within(1e-12));
    assertThat(x[2]).isEqualTo(-6 + 12.0 / 100);
    assertThat(x[x.length - 1]).isEqualTo(6);
    assertThat(x).isSorted();
  }

  @Test
  void derivativeCurvesAreTheLibrarysDerivatives() {
    XYChart c = Charts.functionChart(List.of("sigmoid", "elu"), -4, 4, 81, Mode.DERIVATIVE)
        .xyPanel(0);
    assertThat(c.getSeriesMap().keySet()).containsExactly("sigmoid′", "elu′");
    assertSeriesAre(c.getSeriesMap().get("sigmoid′"), Activations.of("sigmoid"), true);
    assertSeriesAre(c.getSeriesMap().get("elu′"), Activations.of("elu"), true);
  }

  @Test
  void sideBySideHasTheFunctionLeftAndTheDerivativeRight() {
    Figure fig = Charts.functionChart(List.of("softplus", "relu"), -3, 3, 61, Mode.SIDE_BY_SIDE);
    assertThat(fig.panelCount()).isEqualTo(2);
    assertSeriesAre(fig.xyPanel(0).getSeriesMap().get("softplus"), Activations.of("softplus"),
        false);
    assertSeriesAre(fig.xyPanel(1).getSeriesMap().get("softplus′"), Activations.of("softplus"),
        true);
    assertThat(fig.xyPanel(1).getSeriesMap()).doesNotContainKey("softplus");
    assertThat(fig.defaultWidth()).isEqualTo(2 * Figure.PANEL_WIDTH);
  }

  @Test
  void overlayDrawsFunctionSolidAndDerivativeDashedInTheFunctionsColour() {
    XYChart c = Charts.functionChart(List.of("sigmoid"), -10, 10, 21, Mode.OVERLAY).xyPanel(0);
    assertThat(c.getSeriesMap().keySet()).containsExactly("sigmoid", "sigmoid′");
    assertThat(c.getSeriesMap().get("sigmoid").getLineColor())
        .isEqualTo(Palette.colourOf("sigmoid"));
    assertThat(c.getSeriesMap().get("sigmoid′").getLineColor())
        .isEqualTo(Palette.colourOf("sigmoid"));
    assertThat(((java.awt.BasicStroke) c.getSeriesMap().get("sigmoid").getLineStyle())
        .getDashArray()).isNull();
    assertThat(((java.awt.BasicStroke) c.getSeriesMap().get("sigmoid′").getLineStyle())
        .getDashArray()).isNotNull();
  }

  @Test
  void eachFunctionKeepsItsColourAcrossCharts() {
    XYChart a = Charts.functionChart(List.of("relu", "sigmoid"), -1, 1, 11, Mode.VALUE)
        .xyPanel(0);
    XYChart b = Charts.functionChart(List.of("tanh", "elu", "relu"), -5, 5, 11, Mode.DERIVATIVE)
        .xyPanel(0);
    assertThat(a.getSeriesMap().get("relu").getLineColor())
        .isEqualTo(b.getSeriesMap().get("relu′").getLineColor())
        .isEqualTo(Palette.colourOf("relu"));
    assertThat(Palette.colourOf("relu")).isNotEqualTo(Palette.colourOf("sigmoid"));
    // the articles' groups get distinct colours
    List<String> m9 = List.of("relu", "leaky_relu", "elu", "softplus");
    assertThat(m9.stream().map(Palette::colourOf).distinct()).hasSize(4);
  }

  @Test
  void variantsOfOneFunctionGetDistinctShadesAndLabels() {
    XYChart c = Charts.functionChart(List.of("swish(beta=0)", "swish(beta=1)", "swish(beta=10)"),
        -6, 6, 11, Mode.VALUE).xyPanel(0);
    assertThat(c.getSeriesMap().keySet())
        .containsExactly("beta=0.0", "beta=1.0", "beta=10.0");
    assertThat(c.getTitle()).isEqualTo("swish");
    assertThat(c.getSeriesMap().values().stream().map(XYSeries::getLineColor).distinct())
        .hasSize(3);
  }

  @Test
  void badInputIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> Charts.functionChart(List.of("relu", "rleu"), -1, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rleu");
    assertThatThrownBy(() -> Charts.functionChart(List.of("relu"), 1, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo < hi");
    assertThatThrownBy(() -> Charts.functionChart(List.of("relu"), Double.NaN, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid range");
    assertThatThrownBy(() -> Charts.functionChart(List.of("relu"), -1, 1, 1, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points");
    assertThatThrownBy(() -> Charts.functionChart(List.of(), -1, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no function");
    assertThatThrownBy(() -> Charts.functionChart(List.of("relu", "relu"), -1, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> Charts.functionChart(List.of("softmax"), -1, 1, 10, Mode.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row-wise");
  }

  @Test
  void rangesAndModesParseFromCommandLineText() {
    assertThat(XRange.parse("-6:6")).isEqualTo(new XRange(-6, 6));
    assertThat(XRange.parse(" −2.5 : 1e1 ")).isEqualTo(new XRange(-2.5, 10));
    assertThatThrownBy(() -> XRange.parse("6")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LO:HI");
    assertThatThrownBy(() -> XRange.parse("a:b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LO:HI");
    assertThatThrownBy(() -> XRange.parse("3:-3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lo < hi");
    assertThat(Mode.parse("both")).isEqualTo(Mode.SIDE_BY_SIDE);
    assertThat(Mode.parse("Derivative")).isEqualTo(Mode.DERIVATIVE);
    assertThatThrownBy(() -> Mode.parse("sideways")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("side-by-side");
  }

  @Test
  void lineSeriesKeepTheirDataAndMayUseALogScale() {
    Series relu = Series.of("relu", 1.0, 0.5, 0.25);
    Series other = new Series("layer norm", new double[] {1, 2, 4}, new double[] {3, 2, 1});
    XYChart c = Charts.lines("loss", "epoch", "loss", List.of(relu, other), true).xyPanel(0);
    // a log scale holds log10(y) on a linear axis labelled at the decades
    assertThat(c.getYAxisTitle()).isEqualTo("loss (log scale)");
    assertThat(c.getSeriesMap().get("relu").getXData()).containsExactly(1, 2, 3);
    assertThat(c.getSeriesMap().get("relu").getYData()).containsExactly(0.0, Math.log10(0.5),
        Math.log10(0.25));
    assertThat(dev.activations.plot.internal.TickLabels.decade(-4)).isEqualTo("1e−4");
    assertThat(dev.activations.plot.internal.TickLabels.decade(-2)).isEqualTo("0.01");
    assertThat(dev.activations.plot.internal.TickLabels.decade(-2.5)).isEmpty();
    assertThat(c.getSeriesMap().get("layer norm").getXData()).containsExactly(1, 2, 4);
    assertThat(c.getSeriesMap().get("relu").getLineColor()).isEqualTo(Palette.colourOf("relu"));
    assertThat(c.getSeriesMap().get("layer norm").getLineColor()).isEqualTo(Palette.series(0));
    assertThatThrownBy(() -> Charts.lines("t", "x", "y", List.of(Series.of("s", 1, 0)), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1] = 0.0");
    assertThatThrownBy(() -> new Series("s", new double[] {1, 1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    assertThatThrownBy(() -> Charts.lines("t", "x", "y", List.of(relu, relu), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two series");
  }

  @Test
  void barsHoldOneValuePerCategory() {
    Figure fig = Charts.bars("speed of learning", "layer", "‖∂C/∂b‖", List.of("1", "2", "3"),
        List.of(Series.of("sigmoid", 0.01, 0.1, 1), Series.of("relu", 0.5, 0.6, 0.7)));
    CategoryChart c = fig.categoryPanel(0);
    CategorySeries s = c.getSeriesMap().get("sigmoid");
    List<Number> ys = new ArrayList<>(s.getYData());
    assertThat(ys).containsExactly(0.01, 0.1, 1.0);
    List<Object> xs = new ArrayList<>(s.getXData());
    assertThat(xs).containsExactly("1", "2", "3");
    assertThat(s.getFillColor()).isEqualTo(Palette.colourOf("sigmoid"));
    assertThatThrownBy(() -> Charts.bars("t", "x", "y", List.of("1", "2"),
        List.of(Series.of("s", 1, 2, 3)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 values for 2 categories");
    assertThatThrownBy(() -> fig.xyPanel(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertSeriesAre(XYSeries s, Activation f, boolean derivative) {
    double[] x = s.getXData();
    double[] y = s.getYData();
    assertThat(y).hasSameSizeAs(x);
    for (int i = 0; i < x.length; i++) {
      if (derivative && Double.isNaN(y[i])) {
        continue; // a gap between two dashes
      }
      double expected = derivative ? f.derivative(x[i]) : f.value(x[i]);
      assertThat(y[i]).as("%s at x = %s", s.getName(), x[i]).isEqualTo(expected);
    }
  }

  @Test
  void aVectorFieldDrawsEachArrowWithItsHeadAndEachTrajectory() {
    List<double[]> arrows = List.of(new double[] {0, 0, 1, 0}, new double[] {1, 1, 0, -2},
        new double[] {2, 0, 0, 0});
    java.util.Map<String, double[][]> paths = new java.util.LinkedHashMap<>();
    paths.put("path", new double[][] {{2, 1, 1.5}, {0, 1, 0.5}});
    Figure f = Charts.field("field", "μ", "ν", arrows, 0.5, paths);
    org.knowm.xchart.XYChart c = (org.knowm.xchart.XYChart) f.panels().get(0);
    // two arrows with a length get a shaft and two head strokes; the zero step only a shaft
    assertThat(c.getSeriesMap()).hasSize(3 + 3 + 1 + 1);
    // the longest step (length 2) is drawn as half the x span (2): scale 0.5
    double[] shaftY = c.getSeriesMap().get("arrow 1").getYData();
    assertThat(shaftY[1] - shaftY[0]).isEqualTo(-1.0);
    // a trajectory keeps its order even though x decreases
    assertThat(c.getSeriesMap().get("path").getXData()).containsExactly(2, 1, 1.5);
    assertThatThrownBy(() -> Charts.field("f", "x", "y", List.of(new double[] {0, 0, 1}), 0.1,
        java.util.Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four finite numbers");
  }
}
