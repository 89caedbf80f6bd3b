package dev.activations.internal.analysis;

import dev.activations.Activation;
import dev.activations.ActivationProperties;
import dev.activations.Continuity;
import dev.activations.Extremum;
import dev.activations.Interval;
import dev.activations.Kink;
import dev.activations.ParametricActivation;
import dev.activations.Saturation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numerical property analysis behind {@link dev.activations.Properties}; its class Javadoc
 * describes the method and the tolerances.
 */
public final class PropertyAnalysis {
  private PropertyAnalysis() {}

  /**
   * Distance, relative to max(1, |x|), within which a run of largest |f'| is taken to start or
   * end at a kink: the refined peaks may land a few ULPs beyond it.
   */
  static final double AT_KINK = 1e-9;
  /** Samples beyond this magnitude decide saturation, with the limits at ±∞. */
  static final double FAR_TAIL = 0x1p900;
  /** |f'| at most this, relative to max(1, max |f'|), counts as 0 in the tails. */
  static final double SATURATED = 1e-12;
  /** Rounding noise allowed between successive samples by the monotonicity checks. */
  static final int NOISE_ULPS = 4;
  /** f'(0) within this of 1 makes f an approximation of the identity near 0. */
  static final double IDENTITY_SLOPE = 1e-12;
  /** Local peaks of |f'| at least this fraction of the largest sample are refined. */
  static final double PEAK_FRACTION = 0.5;

  /** Analyses f; see {@link dev.activations.Properties} for the method. */
  public static ActivationProperties analyse(Activation activation) {
    Probe p = new Probe(activation);
    Samples grid = Samples.grid(p);
    List<Kink> kinks = KinkFinder.find(p, grid);
    List<Extremum> minima = new ArrayList<>();
    List<Extremum> maxima = new ArrayList<>();
    findExtrema(p, grid, minima, maxima);
    List<Double> peaks = slopePeaks(p, grid);

    List<Double> special = new ArrayList<>();
    kinks.forEach(k -> special.add(k.x()));
    minima.forEach(e -> special.add(e.x()));
    maxima.forEach(e -> special.add(e.x()));
    special.addAll(peaks);
    Samples all = grid.with(p, special.stream().mapToDouble(Double::doubleValue).toArray());

    Interval range = range(all, special);
    double f0 = p.value(0.0);
    double d0 = p.derivative(0.0);
    boolean monotonic = monotonic(all.f);
    double maxSlope = maxAbs(all.d);
    Optional<Extremum> minimum = Optional.empty();
    if (!monotonic && range.lowerClosed()) {
      minimum = minima.stream().filter(e -> e.value() == range.lower()).findFirst();
    }
    Continuity continuity = Continuity.C_INFINITY;
    for (Kink k : kinks) {
      if (k.order().compareTo(continuity) < 0) {
        continuity = k.order();
      }
    }
    int learnable = activation instanceof ParametricActivation pa ? pa.parameterCount() : 0;
    return new ActivationProperties(
        activation.spec(),
        range,
        f0 == 0 && range.lower() < 0 && range.upper() > 0,
        monotonic,
        monotonic(all.d),
        saturation(all, maxSlope),
        continuity,
        kinks,
        f0,
        d0,
        maxSlope,
        maxSlopeAt(all, kinks, maxSlope),
        f0 == 0 && Math.abs(d0 - 1) <= IDENTITY_SLOPE,
        NormalSample.zeroFraction(p),
        minimum,
        learnable);
  }

  /** Sign changes of f' between finite samples, refined by bisection to adjacent doubles. */
  private static void findExtrema(Probe p, Samples s, List<Extremum> minima,
      List<Extremum> maxima) {
    int last = -1;
    for (int i = 1; i < s.size() - 1; i++) {
      double d = s.d[i];
      if (d == 0) {
        continue;
      }
      // a change of sign across at most one zero sample: an extremum, not a plateau
      if (last >= 0 && i - last <= 2 && (s.d[last] < 0) != (d < 0)) {
        boolean isMinimum = s.d[last] < 0;
        double[] bracket = isMinimum
            ? Search.signChange(p::derivative, s.x[last], s.x[i])
            : Search.signChange(x -> -p.derivative(x), s.x[last], s.x[i]);
        double fa = p.value(bracket[0]);
        double fb = p.value(bracket[1]);
        boolean takeLow = isMinimum ? fa < fb : fa > fb;
        double x = takeLow ? bracket[0] : bracket[1];
        (isMinimum ? minima : maxima).add(new Extremum(x, takeLow ? fa : fb));
      }
      last = i;
    }
  }

  /** Local peaks of |f'| among finite samples, refined by golden-section search. */
  private static List<Double> slopePeaks(Probe p, Samples s) {
    double top = 0;
    for (int i = 1; i < s.size() - 1; i++) {
      top = Math.max(top, Math.abs(s.d[i]));
    }
    List<Double> peaks = new ArrayList<>();
    for (int i = 2; i < s.size() - 2; i++) {
      double m = Math.abs(s.d[i]);
      double before = Math.abs(s.d[i - 1]);
      double after = Math.abs(s.d[i + 1]);
      if (m >= PEAK_FRACTION * top && m >= before && m >= after && (m > before || m > after)) {
        peaks.add(Search.maximum(x -> Math.abs(p.derivative(x)), s.x[i - 1], s.x[i + 1])[0]);
      }
    }
    return peaks;
  }

  private static Interval range(Samples s, List<Double> special) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : s.f) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return new Interval(lo, attained(s, special, lo), hi, attained(s, special, hi));
  }

  /**
   * Whether a finite x attains the bound: an interior extremum, or a kink (where every plateau
   * of the library begins: relu's 0, hardtanh's ±1). A value that merely rounds to the bound,
   * as σ(40) rounds to 1 or softplus(β = 10) underflows to 0 at −256, does not count.
   */
  private static boolean attained(Samples s, List<Double> special, double bound) {
    if (Double.isInfinite(bound)) {
      return false;
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.f[i] == bound && special.contains(s.x[i])) {
        return true;
      }
    }
    return false;
  }

  /** Non-decreasing or non-increasing over the ordered samples, up to rounding noise. */
  static boolean monotonic(double[] v) {
    boolean up = true;
    boolean down = true;
    for (int i = 0; i + 1 < v.length && (up || down); i++) {
      double a = v[i];
      double b = v[i + 1];
      double noise = Double.isInfinite(a) || Double.isInfinite(b)
          ? 0 : NOISE_ULPS * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
      up &= b >= a - noise;
      down &= b <= a + noise;
    }
    return up || down;
  }

  private static Saturation saturation(Samples s, double maxSlope) {
    double tolerance = SATURATED * Math.max(1, maxSlope);
    boolean left = true;
    boolean right = true;
    for (int i = 0; i < s.size(); i++) {
      double x = s.x[i];
      if (Math.abs(x) >= FAR_TAIL && Math.abs(s.d[i]) > tolerance) {
        if (x < 0) {
          left = false;
        } else {
          right = false;
        }
      }
    }
    return Saturation.of(left, right);
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double a : v) {
      m = Math.max(m, Math.abs(a));
    }
    return m;
  }

  /**
   * The runs of samples where |f'| is within rounding of its maximum: a run bounded by kinks is
   * an interval (closed where the kink's own f' reaches the maximum); a run out to ±∞ that
   * starts at no kink is the limit point ±∞ (approached, as σ(x) → 1 for softplus'); a run
   * squeezed against a kink is that point, attained or approached (hardswish' → 1.5 as x → 3⁻);
   * a lone sample is a point.
   */
  private static List<Interval> maxSlopeAt(Samples s, List<Kink> kinks, double max) {
    double noise = NOISE_ULPS * Math.ulp(max);
    List<Interval> where = new ArrayList<>();
    int n = s.size();
    int i = 0;
    while (i < n) {
      if (Math.abs(s.d[i]) < max - noise) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && Math.abs(s.d[j + 1]) >= max - noise) {
        j++;
      }
      where.add(run(s, kinks, i, j, max));
      i = j + 1;
    }
    return where;
  }

  private static Interval run(Samples s, List<Kink> kinks, int first, int last, double max) {
    int n = s.size();
    boolean toMinusInfinity = first == 0;
    boolean toPlusInfinity = last == n - 1;
    if (toMinusInfinity && toPlusInfinity) {
      return new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }
    Double lowKink = toMinusInfinity ? null : kinkIn(kinks, s.x[first - 1],
        s.x[first] + AT_KINK * Math.max(1, Math.abs(s.x[first])));
    Double highKink = toPlusInfinity ? null : kinkIn(kinks,
        s.x[last] - AT_KINK * Math.max(1, Math.abs(s.x[last])), s.x[last + 1]);
    if (toPlusInfinity && lowKink == null) {
      return Interval.point(Double.POSITIVE_INFINITY);
    }
    if (toMinusInfinity && highKink == null) {
      return Interval.point(Double.NEGATIVE_INFINITY);
    }
    if (lowKink == null && highKink == null) {
      return first == last ? Interval.point(s.x[first])
          : new Interval(s.x[first], true, s.x[last], true);
    }
    double lower = toMinusInfinity ? Double.NEGATIVE_INFINITY
        : lowKink != null ? lowKink : s.x[first];
    double upper = toPlusInfinity ? Double.POSITIVE_INFINITY
        : highKink != null ? highKink : s.x[last];
    boolean lowerClosed = Double.isFinite(lower) && (lowKink == null || reaches(s, lower, max));
    boolean upperClosed = Double.isFinite(upper) && (highKink == null || reaches(s, upper, max));
    if (Double.isFinite(lower) && Double.isFinite(upper)
        && upper - lower <= AT_KINK * Math.max(1, Math.abs(upper))) {
      // a run squeezed against a kink: the maximum is there, attained or only approached
      double at = lowKink != null ? lowKink : highKink;
      return reaches(s, at, max) ? Interval.point(at) : Interval.approached(at);
    }
    return new Interval(lower, lowerClosed, upper, upperClosed);
  }

  /** Whether |f'| at the sample x (a kink) is the maximum, within rounding. */
  private static boolean reaches(Samples s, double x, double max) {
    for (int i = 0; i < s.size(); i++) {
      if (s.x[i] == x) {
        return Math.abs(s.d[i]) >= max - NOISE_ULPS * Math.ulp(max);
      }
    }
    return false;
  }

  /** A kink in [a, b], or null; kinks are samples themselves, so a or b may be one. */
  private static Double kinkIn(List<Kink> kinks, double a, double b) {
    for (Kink k : kinks) {
      if (k.x() >= a && k.x() <= b) {
        return k.x();
      }
    }
    return null;
  }
}
