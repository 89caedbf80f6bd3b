package dev.activations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activation;
import dev.activations.Activations;
import org.junit.jupiter.api.Test;

/**
 * The naive loops are baselines only if they compute the same functions as the library: on the
 * benchmark inputs, their values and derivatives must match ours to float accuracy (the naive
 * forms lose a little to cancellation, never more than {@link #TOLERANCE}).
 */
class NaiveKernelTest {
  /** Relative to max(1, |ours|): a few float ULPs of headroom for the textbook formulas. */
  private static final double TOLERANCE = 2e-6;

  private static final int N = 4096 + 3;

  @Test
  void everyNaiveKernelMatchesTheLibraryForwardAndBackward() {
    float[] x = Inputs.x(N);
    float[] dy = Inputs.dy(N);
    for (String fn : NaiveKernel.specs()) {
      Activation f = Activations.of(fn);
      NaiveKernel k = NaiveKernel.of(fn);
      float[] ours = new float[N];
      float[] naive = new float[N];
      f.forward(x, ours);
      k.forward(x, naive);
      assertClose(fn + " forward", x, ours, naive);
      float[] oursDx = new float[N];
      float[] naiveDx = new float[N];
      f.backward(x, ours, dy, oursDx);
      k.backward(x, dy, naiveDx);
      assertClose(fn + " backward", x, oursDx, naiveDx);
    }
  }

  private static void assertClose(String what, float[] x, float[] ours, float[] naive) {
    for (int i = 0; i < x.length; i++) {
      double bound = TOLERANCE * Math.max(1, Math.abs(ours[i]));
      assertThat(Math.abs((double) naive[i] - ours[i]))
          .as("%s at x = %s: ours %s, naive %s", what, x[i], ours[i], naive[i])
          .isLessThanOrEqualTo(bound);
    }
  }
}
