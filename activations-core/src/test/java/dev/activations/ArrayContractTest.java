package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The array contract of {@link Activation}: arrays equal the scalar methods element by element at
 * every size class and offset, in-place equals out-of-place, float agrees with double, and every
 * argument error is thrown before anything is written.
 */
class ArrayContractTest {
  private static final int[] SIZES = {0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 97, 4099};

  static java.util.stream.Stream<String> specs() {
    return SemanticsTest.everyElementwiseSpec()
        .filter(s -> !s.startsWith("rrelu(training=true")); // slopes depend on the index
  }

  private static double[] inputs(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (i % 5) {
        case 0 -> r.nextDouble(-8, 8);
        case 1 -> r.nextDouble(-40, 40);
        case 2 -> (float) r.nextDouble(-1, 1);
        case 3 -> i % 2 == 0 ? 0.0 : -3.0;
        default -> r.nextGaussian();
      };
    }
    return x;
  }

  @ParameterizedTest
  @MethodSource("specs")
  void arraysMatchScalarsAtEverySizeAndOffset(String spec) {
    Activation f = Activations.of(spec);
    for (int n : SIZES) {
      for (int off : new int[] {0, 3}) {
        double[] xd = new double[n + off + 2];
        double[] src = inputs(n, n * 31L + off);
        System.arraycopy(src, 0, xd, off, n);
        double[] yd = new double[n + off + 1];
        Arrays.fill(yd, 42);
        f.forward(xd, off, yd, 1, n);
        double[] dy = inputs(n, 7);
        double[] dyd = new double[n + 2];
        System.arraycopy(dy, 0, dyd, 2, n);
        double[] dxd = new double[n];
        f.backward(xd, off, null, 0, dyd, 2, dxd, 0, n);
        float[] xf = new float[n + off];
        float[] dyf = new float[n];
        for (int i = 0; i < n; i++) {
          xf[off + i] = (float) src[i];
          dyf[i] = (float) dy[i];
        }
        float[] yf = new float[n];
        f.forward(xf, off, yf, 0, n);
        float[] dxf = new float[n];
        f.backward(xf, off, yf, 0, dyf, 0, dxf, 0, n);
        assertThat(yd[0]).isEqualTo(42);
        for (int i = 0; i < n; i++) {
          double x = src[i];
          assertThat(yd[1 + i]).as("%s forward double at %s", spec, x).isEqualTo(f.value(x));
          assertThat(dxd[i]).as("%s backward double at %s", spec, x)
              .isEqualTo(dy[i] * f.derivative(x));
          float xi = (float) x;
          assertThat(yf[i]).as("%s forward float at %s", spec, xi).isEqualTo(f.value(xi));
          // The float kernel rounds dy·f'(x) once from its own double f'(x), which is within
          // 1e−10 of the double path's: the product agrees with it to within 1 ULP.
          float expected = (float) (dyf[i] * f.derivative((double) xi));
          assertThat(Math.abs(dxf[i] - expected))
              .as("%s backward float at %s", spec, xi)
              .isLessThanOrEqualTo(Math.ulp(expected));
        }
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        float[] unit = new float[n];
        f.backward(xf, off, null, 0, ones, 0, unit, 0, n);
        for (int i = 0; i < n; i++) {
          float xi = xf[off + i];
          assertThat(unit[i]).as("%s backward float, dy = 1, at %s", spec, xi)
              .isEqualTo(f.derivative(xi));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void inPlaceEqualsOutOfPlace(String spec) {
    Activation f = Activations.of(spec);
    double[] x = inputs(257, 3);
    double[] y = new double[x.length];
    f.forward(x, y);
    double[] dy = inputs(257, 4);
    double[] dx = new double[x.length];
    f.backward(x, y, dy, dx);
    double[] inPlace = x.clone();
    f.forward(inPlace, inPlace);
    assertThat(inPlace).containsExactly(y);
    double[] g = dy.clone();
    f.backward(x, y, g, g);
    assertThat(g).containsExactly(dx);
    double[] xAsOut = x.clone();
    f.backward(xAsOut, y, dy, xAsOut);
    assertThat(xAsOut).containsExactly(dx);
    float[] xf = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      xf[i] = (float) x[i];
    }
    float[] yf = new float[x.length];
    f.forward(xf, yf);
    f.forward(xf, xf);
    assertThat(xf).containsExactly(yf);
  }

  @ParameterizedTest
  @MethodSource("specs")
  void floatIsTheDoubleResultRoundedOnce(String spec) {
    Activation f = Activations.of(spec);
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 2000; i++) {
      float x = (float) r.nextDouble(-30, 30);
      assertThat(f.value(x)).isEqualTo((float) f.value((double) x));
      assertThat(f.derivative(x)).isEqualTo((float) f.derivative((double) x));
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void argumentErrorsComeBeforeAnyWrite(String spec) {
    Activation f = Activations.of(spec);
    float[] x = {1, 2, 3};
    float[] y = {9, 9, 9};
    assertThatThrownBy(() -> f.forward(null, y)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x is null");
    assertThatThrownBy(() -> f.forward(x, new float[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    assertThatThrownBy(() -> f.forward(x, 0, y, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y has length 3");
    assertThatThrownBy(() -> f.forward(x, -1, y, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> f.forward(x, 0, y, 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThat(y).containsExactly(9, 9, 9);
    float[] dx = {7, 7, 7};
    assertThatThrownBy(() -> f.backward(x, 0, null, 0, new float[2], 0, dx, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dy has length 2");
    assertThatThrownBy(() -> f.backward(x, null, null, dx))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dy is null");
    assertThatThrownBy(() -> f.backward(x, new float[1], new float[3], dx))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y has length 1");
    assertThat(dx).containsExactly(7, 7, 7);
    double[] xd = {1, 2};
    double[] dxd = {5, 5};
    assertThatThrownBy(() -> f.backward(xd, 0, null, 0, new double[] {1, 1}, 0, dxd, 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dx has length 2");
    assertThat(dxd).containsExactly(5, 5);
  }
}
