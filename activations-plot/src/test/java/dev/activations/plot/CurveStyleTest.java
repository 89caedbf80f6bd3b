package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.plot.internal.TickLabels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** How curves are drawn so that a reader can tell them apart and read them right. */
class CurveStyleTest {

  private static XYSeries series(XYChart c, String name) {
    XYSeries s = c.getSeriesMap().get(name);
    assertThat(s).as(name + " in " + c.getSeriesMap().keySet()).isNotNull();
    return s;
  }

  @Test
  void theFunctionIsSolidAndItsDerivativeDashedInEveryFigure() {
    for (ArticleFigure f : ArticleFigures.all()) {
      for (var panel : f.figure().panels()) {
        for (XYSeries s : ((XYChart) panel).getSeriesMap().values()) {
          if (!s.isShowInLegend()) {
            continue;
          }
          BasicStroke stroke = (BasicStroke) s.getLineStyle();
          boolean derivative = s.getName().endsWith("′");
          assertThat(stroke.getDashArray() != null).as(f.id() + " " + s.getName())
              .isEqualTo(derivative);
          if (derivative) {
            // the curve itself is cut into dashes: gaps (NaN) recur along it
            long gaps = java.util.Arrays.stream(s.getYData()).filter(Double::isNaN).count();
            assertThat(gaps).as(f.id() + " " + s.getName()).isGreaterThan(20);
          }
        }
      }
      assertThat(f.caption()).as(f.id()).containsAnyOf("solid", "dashed");
    }
  }

  @Test
  void reluPrimeBreaksAtZeroWithAFilledDotAtItsValueAndAHollowOneAtTheLimit() {
    XYChart c = ArticleFigures.m8().figure().xyPanel(0);
    XYSeries d = series(c, "relu′");
    double[] x = d.getXData();
    double[] y = d.getYData();
    for (int i = 0; i + 1 < x.length; i++) {
      // no segment joins the two sides of the jump
      if (Double.isFinite(y[i]) && Double.isFinite(y[i + 1])) {
        assertThat(x[i] < 0 && x[i + 1] > 0 || x[i] <= 0 && x[i + 1] >= 0 && y[i] != y[i + 1])
            .as("segment " + x[i] + " → " + x[i + 1]).isFalse();
      }
    }
    XYSeries value = series(c, "relu′ at jump 0");
    assertThat(value.getXData()).containsExactly(0.0);
    assertThat(value.getYData()).containsExactly(0.0);
    assertThat(value.getMarker()).isEqualTo(SeriesMarkers.CIRCLE);
    List<XYSeries> limits = new ArrayList<>();
    for (Map.Entry<String, XYSeries> e : c.getSeriesMap().entrySet()) {
      if (e.getKey().startsWith("relu′ limit")) {
        limits.add(e.getValue());
      }
    }
    assertThat(limits).hasSize(1);
    assertThat(limits.get(0).getYData()).containsExactly(1.0);
    assertThat(limits.get(0).getMarker()).isInstanceOf(
        dev.activations.plot.internal.OpenCircle.class);
  }

  @Test
  void aContinuousSteepCurveIsNotBroken() {
    XYChart c = Charts.functionChart(List.of("sigmoid"), -40, 40, 201, Mode.VALUE)
        .xyPanel(0);
    assertThat(series(c, "sigmoid").getYData()).doesNotContain(Double.NaN);
    assertThat(c.getSeriesMap().keySet()).noneMatch(k -> k.contains("jump"));
  }

  @Test
  void reluPrimeIsVisibleBesideTheOtherSlopesOfOneInM9() {
    XYChart c = ArticleFigures.m9().figure().xyPanel(1);
    float relu = series(c, "relu′").getLineWidth();
    float leaky = series(c, "leaky_relu(negative_slope=0.1)′").getLineWidth();
    float elu = series(c, "elu′").getLineWidth();
    // drawn first, the coinciding curves are wider, so each shows around the next
    assertThat(relu).isGreaterThan(leaky);
    assertThat(leaky).isGreaterThan(elu);
  }

  @Test
  void swishsFiveBetasTakeFiveColoursOfRisingLightness() {
    XYChart c = ArticleFigures.m10().figure().xyPanel(0);
    List<Color> colours = new ArrayList<>();
    for (XYSeries s : c.getSeriesMap().values()) {
      if (s.isShowInLegend()) {
        colours.add(s.getLineColor());
      }
    }
    assertThat(colours).hasSize(5).doesNotHaveDuplicates();
    for (int i = 1; i < colours.size(); i++) {
      assertThat(luminance(colours.get(i))).isGreaterThan(luminance(colours.get(i - 1)) + 0.05);
    }
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }

  @Test
  void tickLabelsArePlainDecimalsWithALeadingZeroOrOneExponentStyle() {
    assertThat(TickLabels.of(0.05)).isEqualTo("0.05");
    assertThat(TickLabels.of(-0.5)).isEqualTo("−0.5");
    assertThat(TickLabels.of(0.30000000000000004)).isEqualTo("0.3");
    assertThat(TickLabels.of(250)).isEqualTo("250");
    assertThat(TickLabels.of(0)).isEqualTo("0");
    assertThat(TickLabels.of(1e-4)).isEqualTo("1e−4");
    assertThat(TickLabels.of(2.5e-4)).isEqualTo("2.5e−4");
    assertThat(TickLabels.of(1e300)).isEqualTo("1e300");
    assertThat(TickLabels.of(1e4)).isEqualTo("1e4");
    assertThat(TickLabels.of(0.001)).isEqualTo("0.001");
  }
}
