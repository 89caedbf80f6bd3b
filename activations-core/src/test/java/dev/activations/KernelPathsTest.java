package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.activations.Vectorization.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scalar and Vector API kernels, float and double, EXACT and FAST, agree bit for bit, forward and backward, at every size
 * class a vector loop can get wrong (empty, shorter than a vector, one short of it, exact, one
 * over, the unrolled pair ± 1, primes, 4099), at offsets that are not multiples of the lane
 * count, in place, and above the size where arrays are split across threads.
 */
class KernelPathsTest {
  /** Lanes of the widest float species in use (16 with AVX-512); covers every narrower one. */
  private static final int LANES = 16;

  static int[] sizes() {
    List<Integer> s = new ArrayList<>(List.of(0, 1, 2, 3, 5, 7, 13, 31, 97, 1021, 4099));
    for (int l : new int[] {2, 4, 8, 16}) {
      for (int d = -1; d <= 1; d++) {
        s.add(l + d);
        s.add(2 * l + d);
        s.add(4 * l + d);
      }
    }
    return s.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
  }

  static java.util.stream.Stream<String> specs() {
    return ArrayContractTest.specs();
  }

  private static Activation on(String spec, Path path) {
    String why = Vectorization.unavailable(path);
    if (why != null) {
      boolean moduleLoaded = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
      if (moduleLoaded) {
        fail("the Vector API module is loaded but the panama path is unavailable: " + why);
      }
      org.junit.jupiter.api.Assumptions.abort("no Vector API here: " + why);
    }
    return Vectorization.of(spec, path);
  }

  /** Specials, tails, the neighbourhood of every kink, and random bit patterns. */
  static float[] inputs(int n, long seed) {
    float[] specials = {
      Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, Float.MIN_VALUE,
      -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f, 3f, -3f,
      6f, 0.5f, -0.5f, 20f, 20.000002f, -88.7f, 88.8f, -103.9f, 1e-30f, -1e-30f, 0.29999998f,
      -0.3f, 30.000002f, 15.5f, -15.6f, 36.8f, -37f,
    };
    SplittableRandom r = new SplittableRandom(seed);
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (r.nextInt(6)) {
        case 0 -> specials[r.nextInt(specials.length)];
        case 1 -> Float.intBitsToFloat(r.nextInt());
        case 2 -> (float) r.nextGaussian();
        case 3 -> (float) (r.nextGaussian() * 12);
        case 4 -> (float) r.nextDouble(-120, 120);
        default -> (float) (r.nextGaussian() * 1e-3);
      };
    }
    return x;
  }

  private static void assertSame(String what, float[] scalar, float[] panama) {
    for (int i = 0; i < scalar.length; i++) {
      if (Float.floatToIntBits(scalar[i]) != Float.floatToIntBits(panama[i])) {
        fail("%s differs at %d: scalar %s, panama %s", what, i, scalar[i], panama[i]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void pathsAgreeAtEverySizeOffsetAndInPlace(String spec) {
    pathsAgree(spec, on(spec, Path.SCALAR), on(spec, Path.PANAMA));
  }

  @ParameterizedTest
  @MethodSource("specs")
  void fastPathsAgreeAtEverySizeOffsetAndInPlace(String spec) {
    on(spec, Path.PANAMA); // skips where the Vector API cannot run
    Activation s = Vectorization.of(spec, Path.SCALAR, Precision.FAST);
    Activation p = Vectorization.of(spec, Path.PANAMA, Precision.FAST);
    assertThat(s.precision()).isEqualTo(p.precision());
    pathsAgree(spec + " (fast)", s, p);
  }

  private static void pathsAgree(String spec, Activation s, Activation p) {
    for (int n : sizes()) {
      for (int off : new int[] {0, 1, 3, 5, LANES + 3}) {
        float[] x = new float[off + n + 2];
        System.arraycopy(inputs(n, n * 131L + off), 0, x, off, n);
        float[] dy = new float[n + off];
        System.arraycopy(inputs(n, n + 7L), 0, dy, off, n);
        for (int i = 0; i < dy.length; i++) {
          dy[i] = Float.isFinite(dy[i]) ? dy[i] : 1f;
        }
        String where = spec + " n=" + n + " offset=" + off;
        float[] ys = new float[n + 3];
        float[] yp = new float[n + 3];
        Arrays.fill(ys, 42f);
        Arrays.fill(yp, 42f);
        s.forward(x, off, ys, 2, n);
        p.forward(x, off, yp, 2, n);
        assertSame(where + " forward", ys, yp);
        assertThat(yp[0]).isEqualTo(42f);
        assertThat(yp[n + 2]).isEqualTo(42f);
        float[] dxs = new float[n];
        float[] dxp = new float[n];
        s.backward(x, off, null, 0, dy, off, dxs, 0, n);
        p.backward(x, off, null, 0, dy, off, dxp, 0, n);
        assertSame(where + " backward", dxs, dxp);
        for (int i = 0; i < n; i++) {
          float xi = x[off + i];
          assertThat(Float.floatToIntBits(p.value(xi)))
              .as("%s scalar value at %s", where, xi)
              .isEqualTo(Float.floatToIntBits(yp[2 + i]));
          assertThat(Float.floatToIntBits(s.derivative(xi)))
              .isEqualTo(Float.floatToIntBits(p.derivative(xi)));
        }
        float[] inPlace = Arrays.copyOf(x, x.length);
        p.forward(inPlace, off, inPlace, off, n);
        assertSame(where + " forward in place", Arrays.copyOfRange(ys, 2, n + 2),
            Arrays.copyOfRange(inPlace, off, off + n));
        float[] g = Arrays.copyOf(dy, dy.length);
        p.backward(x, off, null, 0, g, off, g, off, n);
        assertSame(where + " backward in place", dxs, Arrays.copyOfRange(g, off, off + n));
      }
    }
  }

  /** Double specials: the float ones, the double edges, and the tails of exp. */
  static double[] doubleInputs(int n, long seed) {
    double[] specials = {
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -0.0, Double.MIN_VALUE,
      -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1, 3, -3, 6,
      0.5, -0.5, 0.49999999999999994, 20, -700, -700.0000000000001, -709.8, -745.2, -746, 709.8,
      710, -1500, -1e-300, 1e-300, 0x1p-54, -0x1p-55, 30, 30.000000000000004, -40, 1e200, -1e200,
    };
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (r.nextInt(6)) {
        case 0 -> specials[r.nextInt(specials.length)];
        case 1 -> Double.longBitsToDouble(r.nextLong());
        case 2 -> r.nextGaussian();
        case 3 -> r.nextGaussian() * 12;
        case 4 -> r.nextDouble(-800, 800);
        default -> r.nextGaussian() * 1e-3;
      };
    }
    return x;
  }

  private static void assertSame(String what, double[] scalar, double[] panama) {
    for (int i = 0; i < scalar.length; i++) {
      if (Double.doubleToLongBits(scalar[i]) != Double.doubleToLongBits(panama[i])) {
        fail("%s differs at %d: scalar %s, panama %s", what, i, scalar[i], panama[i]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void doublePathsAgreeAtEverySizeOffsetAndInPlace(String spec) {
    Activation s = on(spec, Path.SCALAR);
    Activation p = on(spec, Path.PANAMA);
    for (int n : sizes()) {
      for (int off : new int[] {0, 1, 3, LANES + 3}) {
        double[] x = new double[off + n + 2];
        System.arraycopy(doubleInputs(n, n * 137L + off), 0, x, off, n);
        double[] dy = new double[n + off];
        System.arraycopy(doubleInputs(n, n + 11L), 0, dy, off, n);
        for (int i = 0; i < dy.length; i++) {
          dy[i] = Double.isFinite(dy[i]) ? dy[i] : 1;
        }
        String where = spec + " double n=" + n + " offset=" + off;
        double[] ys = new double[n + 3];
        double[] yp = new double[n + 3];
        Arrays.fill(ys, 42);
        Arrays.fill(yp, 42);
        s.forward(x, off, ys, 2, n);
        p.forward(x, off, yp, 2, n);
        assertSame(where + " forward", ys, yp);
        assertThat(yp[0]).isEqualTo(42);
        assertThat(yp[n + 2]).isEqualTo(42);
        double[] dxs = new double[n];
        double[] dxp = new double[n];
        s.backward(x, off, null, 0, dy, off, dxs, 0, n);
        p.backward(x, off, null, 0, dy, off, dxp, 0, n);
        assertSame(where + " backward", dxs, dxp);
        for (int i = 0; i < n; i++) {
          double xi = x[off + i];
          assertThat(Double.doubleToLongBits(p.value(xi)))
              .as("%s scalar value at %s", where, xi)
              .isEqualTo(Double.doubleToLongBits(yp[2 + i]));
          assertThat(Double.doubleToLongBits(s.derivative(xi)))
              .isEqualTo(Double.doubleToLongBits(p.derivative(xi)));
        }
        double[] inPlace = Arrays.copyOf(x, x.length);
        p.forward(inPlace, off, inPlace, off, n);
        assertSame(where + " forward in place", Arrays.copyOfRange(ys, 2, n + 2),
            Arrays.copyOfRange(inPlace, off, off + n));
        double[] g = Arrays.copyOf(dy, dy.length);
        p.backward(x, off, null, 0, g, off, g, off, n);
        assertSame(where + " backward in place", dxs, Arrays.copyOfRange(g, off, off + n));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void splitDoubleArraysEqualOneThread(String spec) {
    int n = Vectorization.parallelThreshold() * 2 + 13;
    double[] x = doubleInputs(n, 98);
    double[] dy = new double[n];
    Arrays.fill(dy, 0.75);
    Activation p = on(spec, Path.PANAMA);
    Activation s = on(spec, Path.SCALAR);
    double[] y = new double[n];
    p.forward(x, y);
    double[] dx = new double[n];
    p.backward(x, null, dy, dx);
    double[] expected = new double[n];
    double[] expectedDx = new double[n];
    int piece = 4096;
    for (int from = 0; from < n; from += piece) {
      int len = Math.min(piece, n - from);
      s.forward(x, from, expected, from, len);
      s.backward(x, from, null, 0, dy, from, expectedDx, from, len);
    }
    assertSame(spec + " split double forward", expected, y);
    assertSame(spec + " split double backward", expectedDx, dx);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void splitArraysEqualOneThread(String spec) {
    int n = Vectorization.parallelThreshold() * 2 + 13;
    float[] x = inputs(n, 99);
    float[] dy = new float[n];
    Arrays.fill(dy, 0.75f);
    Activation p = on(spec, Path.PANAMA);
    Activation s = on(spec, Path.SCALAR);
    float[] y = new float[n];
    p.forward(x, y);
    float[] dx = new float[n];
    p.backward(x, null, dy, dx);
    float[] expected = new float[n];
    float[] expectedDx = new float[n];
    // Pieces below the threshold run on the calling thread only.
    int piece = 4096;
    for (int from = 0; from < n; from += piece) {
      int len = Math.min(piece, n - from);
      s.forward(x, from, expected, from, len);
      s.backward(x, from, null, 0, dy, from, expectedDx, from, len);
    }
    assertSame(spec + " split forward", expected, y);
    assertSame(spec + " split backward", expectedDx, dx);
  }

  @Test
  void theDefaultPathIsOneOfTheTwoAndSaysWhy() {
    assertThat(Vectorization.path()).isIn(Path.SCALAR, Path.PANAMA);
    assertThat(Vectorization.reason()).isNotBlank();
    assertThat(Vectorization.threads()).isPositive();
    assertThat(Vectorization.checkSetting("auto")).isNull();
    assertThat(Vectorization.checkSetting("Panama")).isNull();
    assertThat(Vectorization.checkSetting("simd"))
        .isEqualTo("activations.vectorization = 'simd' is not one of auto, scalar, panama");
    if (Vectorization.path() == Path.PANAMA) {
      assertThat(Vectorization.vectorBits()).isGreaterThanOrEqualTo(128);
      assertThat(Vectorization.lanes()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void concurrentCallsGiveTheSameResults() {
    Activation p = on("gelu", Path.PANAMA);
    int n = Vectorization.parallelThreshold() + 1000;
    float[] x = inputs(n, 5);
    float[] expected = new float[n];
    p.forward(x, expected);
    IntStream.range(0, 8).parallel().forEach(k -> {
      float[] y = new float[n];
      p.forward(x, y);
      assertSame("concurrent forward " + k, expected, y);
    });
  }
}
