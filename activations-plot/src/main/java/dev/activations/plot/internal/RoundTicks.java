package dev.activations.plot.internal;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Round tick marks on the x axis of line charts over epochs or layers. XChart puts a tick at
 * every data point when all x are equally spaced (0, 1, 2, … 99 gives 100 crowded labels); an
 * invisible two-point series with a half step, left out of the legend, makes the spacing
 * unequal, and XChart then chooses round ticks. The data series are not touched.
 */
public final class RoundTicks {
  private RoundTicks() {}

  private static final String NAME = "\u200b";
  /** Up to this many points, a tick at each one reads well (layers 1 to 12). */
  private static final int CROWDED = 12;

  /**
   * Adds the invisible series to a line chart whose first series has more than a dozen points;
   * call it after the data series are added.
   */
  public static void apply(XYChart c) {
    if (c.getSeriesMap().isEmpty() || c.getSeriesMap().containsKey(NAME)) {
      return;
    }
    XYSeries first = c.getSeriesMap().values().iterator().next();
    double[] x = first.getXData();
    double[] y = first.getYData();
    if (x.length <= CROWDED) {
      return;
    }
    XYSeries s = c.addSeries(NAME, new double[] {x[0], x[0] + (x[1] - x[0]) / 2},
        new double[] {y[0], y[0]});
    s.setShowInLegend(false);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(new Color(0, 0, 0, 0));
  }
}
