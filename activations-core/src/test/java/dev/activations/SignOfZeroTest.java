package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Vectorization.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * At ±0 and ±∞ every way of computing a function gives the same value and derivative, down to
 * the sign of a zero (docs/semantics.md, "Signs of zero"): float on both kernel paths and both
 * precisions, double on both paths, the reference, scalar calls and array passes. Where the
 * result is a zero, its sign is the formula's: the side from which f or f' approaches its limit
 * (silu'(−∞) = −0, since silu' &lt; 0 in the left tail), or the sign x·c gives for x = ±0.
 */
class SignOfZeroTest {
  private static final double[] INPUTS = {
    0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };

  static java.util.stream.Stream<String> specs() {
    return ArrayContractTest.specs();
  }

  /** Every way of computing the spec that can run here, named. */
  private static List<Object[]> ways(String spec) {
    List<Object[]> ways = new ArrayList<>();
    for (Path path : Path.values()) {
      if (Vectorization.unavailable(path) != null) {
        continue;
      }
      for (Precision p : Precision.values()) {
        ways.add(new Object[] {path + " " + p, Vectorization.of(spec, path, p)});
      }
    }
    ways.add(new Object[] {"reference", Vectorization.reference(spec)});
    return ways;
  }

  @ParameterizedTest
  @MethodSource("specs")
  void everyPathDtypeAndPrecisionAgreesAtZerosAndInfinities(String spec) {
    // the double kernel of the default path is the yardstick; a float result must be its
    // value rounded to float, sign of zero included
    Activation base = Activations.of(spec);
    for (double x : INPUTS) {
      double v = base.value(x);
      double d = base.derivative(x);
      for (Object[] w : ways(spec)) {
        String name = (String) w[0];
        Activation f = (Activation) w[1];
        float xf = (float) x;
        double[] xd = {x};
        double[] yd = new double[1];
        double[] dxd = new double[1];
        f.forward(xd, yd);
        f.backward(xd, yd, new double[] {1}, dxd);
        float[] xa = {xf};
        float[] ya = new float[1];
        float[] dxa = new float[1];
        f.forward(xa, ya);
        f.backward(xa, ya, new float[] {1f}, dxa);
        String at = spec + " " + name + " at " + x;
        assertThat(bits(f.value(x))).as(at + " double value").isEqualTo(bits(v));
        assertThat(bits(yd[0])).as(at + " double array value").isEqualTo(bits(v));
        assertThat(bits(f.derivative(x))).as(at + " double derivative").isEqualTo(bits(d));
        assertThat(bits(dxd[0])).as(at + " double array derivative").isEqualTo(bits(d));
        assertThat(fbits(f.value(xf))).as(at + " float value").isEqualTo(fbits((float) v));
        assertThat(fbits(ya[0])).as(at + " float array value").isEqualTo(fbits((float) v));
        assertThat(fbits(f.derivative(xf))).as(at + " float derivative")
            .isEqualTo(fbits((float) d));
        assertThat(fbits(dxa[0])).as(at + " float array derivative")
            .isEqualTo(fbits((float) d));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void zeroResultsHaveTheSignOfTheirLimit(String spec) {
    Activation f = Activations.of(spec);
    // a zero at ±∞ is approached from the side of the finite values next to it
    for (double far : new double[] {-1e4, 1e4, -200, 200}) {
      double inf = Math.copySign(Double.POSITIVE_INFINITY, far);
      check(spec + " value at " + inf, f.value(inf), f.value(far));
      check(spec + " derivative at " + inf, f.derivative(inf), f.derivative(far));
    }
  }

  /** A zero limit must carry the sign of a nonzero neighbour; a neighbour that is 0 says +0 or −0 itself. */
  private static void check(String what, double limit, double neighbour) {
    if (limit != 0 || Double.isNaN(neighbour)) {
      return;
    }
    assertThat(Math.copySign(1, limit)).as(what + " (next to it: " + neighbour + ")")
        .isEqualTo(Math.copySign(1, neighbour));
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }

  private static int fbits(float v) {
    return Float.floatToRawIntBits(v);
  }
}
