package dev.activations.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The project's chart look: white background, faint grid, no plot border, grey axis lines
 * through 0, sans-serif text in dark grey, 2-pixel lines without markers, the legend below the
 * plot, tick labels in one number style ({@link TickLabels}). Applied to every chart so that all figures read alike.
 */
public final class Look {
  private Look() {}

  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xE8, 0xE8, 0xE8);
  static final Color AXIS = new Color(0x9A, 0x9A, 0x9A);
  /** The width of a data line, in pixels. */
  public static final float LINE_WIDTH = 2.2f;
  private static final String FONT = Font.SANS_SERIF;

  /** A solid line. */
  public static final BasicStroke SOLID =
      new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** A thinner solid line, for arrows. */
  public static final BasicStroke THIN =
      new BasicStroke(1.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** How much wider a line is drawn for each later line that coincides with it in places. */
  public static final float BAND = 2.6f;
  /** Diameter of the dots that mark a jump, in pixels. */
  static final int DOT = 8;

  /** A solid line of the given width. */
  public static BasicStroke solid(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /**
   * A dashed line of the given width: the curve itself is cut into dashes ({@link Dashes}); the
   * stroke's own pattern shows in the legend.
   */
  public static BasicStroke dashed(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {(float) Dashes.DASH, (float) Dashes.GAP}, 0f);
  }

  /** A single point drawn as a dot, filled or hollow, out of the legend. */
  public static void dot(XYSeries s, Color colour, boolean open) {
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(open ? new OpenCircle() : SeriesMarkers.CIRCLE);
    s.setMarkerColor(colour);
    s.setShowInLegend(false);
  }

  /** A line chart with the look. */
  public static XYChart lineChart(String title, String xLabel, String yLabel) {
    XYChart c = new XYChart(100, 100);
    c.setTitle(title);
    c.setXAxisTitle(xLabel);
    c.setYAxisTitle(yLabel);
    style(c.getStyler());
    c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    c.getStyler().setMarkerSize(DOT);
    c.setCustomXAxisTickLabelsFormatter(TickLabels::of);
    c.setCustomYAxisTickLabelsFormatter(TickLabels::of);
    c.getStyler().setLegendPosition(LegendPosition.OutsideS);
    c.getStyler().setLegendLayout(LegendLayout.Horizontal);
    return c;
  }

  /** A bar chart with the look. */
  public static CategoryChart barChart(String title, String xLabel, String yLabel) {
    CategoryChart c = new CategoryChart(100, 100);
    c.setTitle(title);
    c.setXAxisTitle(xLabel);
    c.setYAxisTitle(yLabel);
    style(c.getStyler());
    c.setCustomYAxisTickLabelsFormatter(TickLabels::of);
    c.getStyler().setLegendPosition(LegendPosition.OutsideS);
    c.getStyler().setLegendLayout(LegendLayout.Horizontal);
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
   * Puts the legend below the plot, its entries in rows, so that it never covers data; a chart
   * with a single entry needs no legend (its title names the series).
   */
  public static void placeLegend(Chart<?, ?> c) {
    List<String> names = new ArrayList<>();
    for (Object s : c.getSeriesMap().values()) {
      if (s instanceof org.knowm.xchart.internal.series.Series series
          && series.isShowInLegend()) {
        names.add(series.getName());
      }
    }
    c.getStyler().setLegendVisible(names.size() > 1);
    // one row below the plot when it fits a report panel; else a short column below it; a
    // long list stands at the right
    boolean row = legendRowWidth(c, names) <= ROW_WIDTH;
    boolean below = row || names.size() <= 4;
    c.getStyler().setLegendPosition(below ? LegendPosition.OutsideS : LegendPosition.OutsideE);
    c.getStyler().setLegendLayout(row ? LegendLayout.Horizontal : LegendLayout.Vertical);
  }

  /** The widest legend row that fits below a report panel, in pixels. */
  static final int ROW_WIDTH = 600;

  /** About how wide the legend is as one row: text, line samples and padding. */
  static double legendRowWidth(Chart<?, ?> c, List<String> names) {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    Font font = c.getStyler().getLegendFont();
    double w = 2.0 * c.getStyler().getLegendPadding();
    for (String n : names) {
      w += font.getStringBounds(n, frc).getWidth() + c.getStyler().getLegendSeriesLineLength()
          + 3.0 * c.getStyler().getLegendPadding();
    }
    return w;
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
