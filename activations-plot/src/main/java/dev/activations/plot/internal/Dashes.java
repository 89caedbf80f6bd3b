package dev.activations.plot.internal;

import java.util.Arrays;

/**
 * Cuts a polyline into dashes, with NaN between them where the chart leaves a gap. XChart draws
 * a line point to point, restarting a dashed stroke at every point, so a dense curve drawn with
 * a dashed stroke looks solid; a curve cut into dashes here reads as dashed whatever its density.
 * Lengths are measured in a nominal pixel space: the x and y spans mapped onto
 * {@link #NOMINAL_WIDTH} by {@link #NOMINAL_HEIGHT} pixels, near the size of a report panel.
 */
public final class Dashes {
  private Dashes() {}

  /** The nominal plot width in pixels. */
  static final double NOMINAL_WIDTH = 520;
  /** The nominal plot height in pixels. */
  static final double NOMINAL_HEIGHT = 320;
  /** Length of a dash in nominal pixels. */
  public static final double DASH = 7;
  /** Length of a gap in nominal pixels. */
  public static final double GAP = 4.5;

  /**
   * The dashed version of the polyline: {xs, ys} with NaN in ys where a gap starts; a NaN in
   * the input (a break in the curve) stays a break.
   *
   * @param xSpan the x span of the chart, &gt; 0
   * @param ySpan the y span of the chart, &gt; 0
   * @param phase where in the pattern of dash and gap the curve starts, in nominal pixels: curves
   *     that coincide get different phases, so that their dashes alternate instead of hiding
   *     one another
   */
  public static double[][] of(double[] x, double[] y, double xSpan, double ySpan,
      double phase) {
    double sx = NOMINAL_WIDTH / xSpan;
    double sy = NOMINAL_HEIGHT / ySpan;
    double[] ox = new double[4 * x.length + 16];
    double[] oy = new double[ox.length];
    int n = 0;
    boolean on = true;
    double left = DASH; // of the current dash or gap
    for (int i = 0; i < x.length; i++) {
      if (n + 6 >= ox.length) {
        ox = Arrays.copyOf(ox, ox.length * 2);
        oy = Arrays.copyOf(oy, oy.length * 2);
      }
      if (i == 0 || Double.isNaN(y[i]) || Double.isNaN(y[i - 1])) {
        if (Double.isNaN(y[i])) {
          ox[n] = x[i];
          oy[n++] = Double.NaN;
        } else {
          // a curve (re)starts at its phase of the pattern
          double p = Math.floorMod((long) Math.round(phase * 1000), (long) ((DASH + GAP) * 1000))
              / 1000.0;
          on = p < DASH;
          left = on ? DASH - p : DASH + GAP - p;
          ox[n] = x[i];
          oy[n++] = on ? y[i] : Double.NaN;
        }
        continue;
      }
      double x0 = x[i - 1];
      double y0 = y[i - 1];
      double dx = x[i] - x0;
      double dy = y[i] - y0;
      double length = Math.hypot(dx * sx, dy * sy);
      double done = 0;
      while (length - done > left) {
        done += left;
        double t = done / length;
        double px = x0 + t * dx;
        double py = y0 + t * dy;
        if (n + 4 >= ox.length) {
          ox = Arrays.copyOf(ox, ox.length * 2);
          oy = Arrays.copyOf(oy, oy.length * 2);
        }
        if (on) {
          // the dash ends here, then a gap
          ox[n] = px;
          oy[n++] = py;
          ox[n] = px;
          oy[n++] = Double.NaN;
        } else {
          // the gap ends here: a dash starts
          ox[n] = px;
          oy[n++] = py;
        }
        on = !on;
        left = on ? DASH : GAP;
      }
      left -= length - done;
      if (on) {
        ox[n] = x[i];
        oy[n++] = y[i];
      }
    }
    return new double[][] {Arrays.copyOf(ox, n), Arrays.copyOf(oy, n)};
  }
}
