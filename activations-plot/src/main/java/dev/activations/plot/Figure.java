package dev.activations.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One image: one or more XChart panels laid out side by side, left to right, sharing the
 * height and splitting the width equally. Made by {@link Charts}, written by
 * {@link ChartWriter}.
 *
 * <p>The panels are XChart objects, exposed so that tests can read their series and callers can
 * restyle them before writing; a figure is not thread-safe while that happens.
 */
public final class Figure {
  /** Width of one panel when no size is asked for, in pixels. */
  public static final int PANEL_WIDTH = 640;
  /** Height of a figure when no size is asked for, in pixels. */
  public static final int PANEL_HEIGHT = 440;

  private final List<Chart<?, ?>> panels;
  /** The panels that hold log10 of their values, labelled at the decades. */
  private final java.util.Set<Chart<?, ?>> logPanels;

  Figure(List<? extends Chart<?, ?>> panels) {
    this(panels, false);
  }

  Figure(List<? extends Chart<?, ?>> panels, boolean logY) {
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
    this.panels = List.copyOf(panels);
    java.util.Set<Chart<?, ?>> logs = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    if (logY) {
      logs.addAll(panels);
    }
    this.logPanels = logs;
  }

  /**
   * A figure of these figures' panels, left to right.
   *
   * @param figures the figures to place left to right, at least one; not modified
   * @return a new figure holding their panels; a logarithmic panel stays logarithmic
   */
  public static Figure beside(Figure... figures) {
    List<Chart<?, ?>> all = new ArrayList<>();
    for (Figure f : figures) {
      all.addAll(f.panels);
    }
    Figure beside = new Figure(all);
    for (Figure f : figures) {
      beside.logPanels.addAll(f.logPanels);
    }
    return beside;
  }

  /**
   * Gives every line panel of these figures the same y axis, spanning all their data, so that
   * small multiples compare at a glance (a logarithmic chart holds log10 of its values, so its
   * axis is shared on that scale).
   *
   * @param figures the figures whose line panels get the shared axis; modified; bar panels are left
   *     alone
   * @throws IllegalArgumentException on a null figure
   */
  public static void shareYAxis(List<Figure> figures) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Figure f : figures) {
      if (f == null) {
        throw new IllegalArgumentException("a figure to share an axis with is null");
      }
      for (Chart<?, ?> c : f.panels) {
        if (c instanceof XYChart xy) {
          for (org.knowm.xchart.XYSeries s : xy.getSeriesMap().values()) {
            for (double v : s.getYData()) {
              if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
              }
            }
          }
        }
      }
    }
    if (!(hi >= lo)) {
      return;
    }
    for (Figure f : figures) {
      for (Chart<?, ?> c : f.panels) {
        if (c instanceof XYChart xy) {
          // a logarithmic axis ends on whole decades, so that its ticks fall on them
          boolean log = f.logPanels.contains(c);
          xy.getStyler().setYAxisMin(log ? Math.floor(lo) : lo);
          xy.getStyler().setYAxisMax(log ? Math.ceil(hi) : hi);
        }
      }
    }
  }

  /**
   * The panels, left to right (unmodifiable list).
   *
   * @return one or more XChart charts
   */
  public List<Chart<?, ?>> panels() {
    return panels;
  }

  /**
   * The number of panels.
   *
   * @return the number of panels, ≥ 1
   */
  public int panelCount() {
    return panels.size();
  }

  /**
   * Panel i as a line chart.
   *
   * @param i the panel's index from the left, from 0
   * @return the panel itself (changes to it change the figure)
   * @throws IllegalArgumentException if it is not one (a bar chart) or i is out of range
   */
  public XYChart xyPanel(int i) {
    if (panel(i) instanceof XYChart c) {
      return c;
    }
    throw new IllegalArgumentException("panel " + i + " is not a line chart");
  }

  /**
   * Panel i as a bar chart.
   *
   * @param i the panel's index from the left, from 0
   * @return the panel itself (changes to it change the figure)
   * @throws IllegalArgumentException if it is not one or i is out of range
   */
  public CategoryChart categoryPanel(int i) {
    if (panel(i) instanceof CategoryChart c) {
      return c;
    }
    throw new IllegalArgumentException("panel " + i + " is not a bar chart");
  }

  /**
   * The width that gives each panel {@link #PANEL_WIDTH} pixels.
   *
   * @return the width in pixels: {@value #PANEL_WIDTH} times the number of panels
   */
  public int defaultWidth() {
    return PANEL_WIDTH * panels.size();
  }

  /**
   * {@link #PANEL_HEIGHT}.
   *
   * @return the height in pixels, {@value #PANEL_HEIGHT}
   */
  public int defaultHeight() {
    return PANEL_HEIGHT;
  }

  /**
   * What the figure shows, in words, for an image's alt text: each panel's kind, title, axes and
   * the series in its legend.
   *
   * @return one or more sentences, ending with a full stop
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Chart<?, ?> c : panels) {
      List<String> names = new ArrayList<>();
      for (Object s : c.getSeriesMap().values()) {
        if (s instanceof org.knowm.xchart.internal.series.Series series
            && series.isShowInLegend()) {
          names.add(series.getName());
        }
      }
      String kind = c instanceof CategoryChart ? "Bar chart" : "Chart";
      String text = kind + " “" + c.getTitle() + "”: " + c.getYAxisTitle() + " against "
          + c.getXAxisTitle();
      if (names.size() > 1) {
        text += ", for " + String.join(", ", names);
      }
      parts.add(text);
    }
    return String.join(". Beside it: ", parts) + ".";
  }

  private Chart<?, ?> panel(int i) {
    if (i < 0 || i >= panels.size()) {
      throw new IllegalArgumentException("panel " + i + " does not exist: the figure has "
          + panels.size());
    }
    return panels.get(i);
  }
}
