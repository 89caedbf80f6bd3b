package dev.activations.web.internal;

import dev.activations.Activation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/curve}: f and f′ of one activation on an even grid, computed by the same
 * array kernels library users call ({@link Activation#forward} and {@link Activation#backward}
 * with dy = 1), in float32 or float64.
 *
 * <p>The grid is x_i = from + i·(to − from)/(points − 1), i = 0 … points − 1 (in float32 each
 * x_i is then rounded to float, and f is evaluated at that float); one point needs from = to.
 */
final class Curves {
  /** The most points one curve may have. */
  static final int MAX_POINTS = 100_001;

  private Curves() {}

  static Map<String, Object> curve(Activation f, String spec, double from, double to, int points,
      boolean float32) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", f.spec());
    m.put("dtype", float32 ? "float32" : "float64");
    if (float32) {
      float[] x = new float[points];
      for (int i = 0; i < points; i++) {
        x[i] = (float) at(from, to, points, i);
      }
      float[] y = new float[points];
      float[] dx = new float[points];
      float[] ones = new float[points];
      java.util.Arrays.fill(ones, 1f);
      f.forward(x, y);
      f.backward(x, y, ones, dx);
      m.put("x", x);
      m.put("f", y);
      m.put("df", dx);
    } else {
      double[] x = new double[points];
      for (int i = 0; i < points; i++) {
        x[i] = at(from, to, points, i);
      }
      double[] y = new double[points];
      double[] dx = new double[points];
      double[] ones = new double[points];
      java.util.Arrays.fill(ones, 1);
      f.forward(x, y);
      f.backward(x, y, ones, dx);
      m.put("x", x);
      m.put("f", y);
      m.put("df", dx);
    }
    return m;
  }

  private static double at(double from, double to, int points, int i) {
    if (points == 1) {
      return from;
    }
    if (i == points - 1) {
      return to;
    }
    return from + i * ((to - from) / (points - 1));
  }
}
