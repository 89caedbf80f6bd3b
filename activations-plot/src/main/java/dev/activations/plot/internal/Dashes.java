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
   * The dashed version of the polyline: the same points, with NaN inserted where a gap starts
   * and the points inside a gap left out; a dash or a gap ends at the first point past its
   * length, so that every point drawn is one of the curve's own. A NaN in the input (a break in
   * the curve) stays a break, and the curve starts again with a dash after it.
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
    double period = DASH + GAP;
    double[] ox = new double[2 * x.length + 2];
    double[] oy = new double[ox.length];
    int n = 0;
    boolean on = true;
    double done = 0; // of the current dash or gap
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(y[i])) {
        ox[n] = x[i];
        oy[n++] = Double.NaN;
        continue;
      }
      if (i == 0 || Double.isNaN(y[i - 1])) {
        // a curve (re)starts at its phase of the pattern
        double p = ((phase % period) + period) % period;
        on = p < DASH;
        done = on ? p : p - DASH;
        if (on) {
          ox[n] = x[i];
          oy[n++] = y[i];
        }
        continue;
      }
      done += Math.hypot((x[i] - x[i - 1]) * sx, (y[i] - y[i - 1]) * sy);
      if (on) {
        ox[n] = x[i];
        oy[n++] = y[i];
        if (done >= DASH) {
          // the dash ends at this point: a gap follows
          ox[n] = x[i];
          oy[n++] = Double.NaN;
          on = false;
          done = 0;
        }
      } else if (done >= GAP) {
        // the gap ends at this point: a dash starts here
        ox[n] = x[i];
        oy[n++] = y[i];
        on = true;
        done = 0;
      }
    }
    return new double[][] {Arrays.copyOf(ox, n), Arrays.copyOf(oy, n)};
  }
}
