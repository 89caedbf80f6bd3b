package dev.activations.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The project's chart look: white background, faint grid, no plot border, grey axis lines
 * through 0, sans-serif text in dark grey, 2-pixel lines without markers, the legend in a
 * corner. Applied to every chart so that all figures read alike.
 */
public final class Look {
  private Look() {}

  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xE8, 0xE8, 0xE8);
  static final Color AXIS = new Color(0x9A, 0x9A, 0x9A);
  static final float LINE_WIDTH = 2.2f;
  private static final String FONT = Font.SANS_SERIF;

  /** A solid line. */
  public static final BasicStroke SOLID =
      new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** A thinner solid line, for a derivative drawn beside its function. */
  public static final BasicStroke THIN =
      new BasicStroke(1.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  /** A line chart with the look. */
  public static XYChart lineChart(String title, String xLabel, String yLabel) {
    XYChart c = new XYChart(100, 100);
    c.setTitle(title);
    c.setXAxisTitle(xLabel);
    c.setYAxisTitle(yLabel);
    style(c.getStyler());
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    c.getStyler().setMarkerSize(0);
    c.getStyler().setLegendPosition(LegendPosition.InsideNW);
    return c;
  }

  /** A bar chart with the look. */
  public static CategoryChart barChart(String title, String xLabel, String yLabel) {
    CategoryChart c = new CategoryChart(100, 100);
    c.setTitle(title);
    c.setXAxisTitle(xLabel);
    c.setYAxisTitle(yLabel);
    style(c.getStyler());
    c.getStyler().setLegendPosition(LegendPosition.InsideNE);
    c.getStyler().setAvailableSpaceFill(0.7);
    c.getStyler().setOverlapped(false);
    return c;
  }

  /** Colours a line series and draws it with the given stroke, without markers. */
  public static void line(XYSeries s, Color colour, BasicStroke stroke) {
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    // XChart copies the current line width into the style when the style is set: width first
    s.setLineWidth(stroke.getLineWidth());
    s.setLineStyle(stroke);
  }

  /** Colours a bar series. */
  public static void bar(AxesChartSeries s, Color colour) {
    s.setFillColor(colour);
    s.setLineColor(colour);
  }

  /** Grey reference lines x = 0 and y = 0, where they fall inside the data. */
  public static void zeroAxes(XYChart c, double xMin, double xMax, double yMin, double yMax) {
    if (xMin < 0 && xMax > 0) {
      c.addAnnotation(new AnnotationLine(0, true, false));
    }
    if (yMin < 0 && yMax > 0) {
      c.addAnnotation(new AnnotationLine(0, false, false));
    }
  }

  /**
   * Puts the legend in the inside corner that the data crowd least: the corner boxes span 45 %
   * of the width and 40 % of the height of the data's bounding box.
   */
  public static void placeLegend(XYChart c) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    boolean logY = c.getStyler().isYAxisLogarithmic();
    for (XYSeries s : c.getSeriesMap().values()) {
      double[] x = s.getXData();
      double[] y = s.getYData();
      for (int i = 0; i < x.length; i++) {
        double v = logY ? Math.log(y[i]) : y[i];
        if (Double.isFinite(v)) {
          xMin = Math.min(xMin, x[i]);
          xMax = Math.max(xMax, x[i]);
          yMin = Math.min(yMin, v);
          yMax = Math.max(yMax, v);
        }
      }
    }
    if (!(xMax > xMin) || !(yMax > yMin)) {
      return;
    }
    // counts in the corners NW, NE, SW, SE
    int[] crowd = new int[4];
    for (XYSeries s : c.getSeriesMap().values()) {
      double[] x = s.getXData();
      double[] y = s.getYData();
      for (int i = 0; i < x.length; i++) {
        double v = logY ? Math.log(y[i]) : y[i];
        if (!Double.isFinite(v)) {
          continue;
        }
        double u = (x[i] - xMin) / (xMax - xMin);
        double w = (v - yMin) / (yMax - yMin);
        boolean left = u <= 0.45;
        boolean right = u >= 0.55;
        boolean top = w >= 0.6;
        boolean bottom = w <= 0.4;
        if (top && left) {
          crowd[0]++;
        }
        if (top && right) {
          crowd[1]++;
        }
        if (bottom && left) {
          crowd[2]++;
        }
        if (bottom && right) {
          crowd[3]++;
        }
      }
    }
    LegendPosition[] corners = {
      LegendPosition.InsideNW, LegendPosition.InsideNE, LegendPosition.InsideSW,
      LegendPosition.InsideSE
    };
    int best = 0;
    for (int k = 1; k < 4; k++) {
      if (crowd[k] < crowd[best]) {
        best = k;
      }
    }
    c.getStyler().setLegendPosition(corners[best]);
  }

  private static void style(AxesChartStyler s) {
    s.setAntiAlias(true);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesVisible(true);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartTitleVisible(true);
    s.setChartTitleBoxVisible(false);
    s.setChartTitleFont(new Font(FONT, Font.BOLD, 15));
    s.setChartFontColor(TEXT);
    s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11));
    s.setAxisTickLabelsColor(TEXT);
    s.setAxisTickMarksColor(AXIS);
    s.setXAxisTitleColor(TEXT);
    s.setYAxisTitleColor(TEXT);
    s.setLegendFont(new Font(FONT, Font.PLAIN, 12));
    s.setLegendBackgroundColor(new Color(255, 255, 255, 235));
    s.setLegendBorderColor(new Color(0xD0, 0xD0, 0xD0));
    s.setLegendPadding(8);
    s.setLegendSeriesLineLength(28);
    s.setChartPadding(14);
    s.setAnnotationLineColor(AXIS);
    s.setAnnotationLineStroke(new BasicStroke(1f));
    s.setPlotMargin(6);
  }
}
