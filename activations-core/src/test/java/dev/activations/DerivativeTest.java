package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every derivative and every parameter gradient against central finite differences in double:
 * f'(x) ≈ (f(x+h) − f(x−h))/2h away from kinks, and ∂L/∂θ ≈ (L(θ+h) − L(θ−h))/2h for
 * L(θ) = Σ dy·f_θ(x), the parameters changed through {@link ParametricActivation#withParameters}.
 */
class DerivativeTest {

  /** Step of the difference quotient relative to max(1, |x|): truncation h² ≈ 1e−10. */
  private static final double RELATIVE_STEP = 1e-5;

  /**
   * Allowed |difference quotient − f'(x)| relative to the scale of f' (|f'(x)| plus a floor);
   * the quotient's own error is about h²|f'''|/6 + ε|f|/h ≲ 1e−10 of that scale.
   */
  private static final double DERIVATIVE_TOLERANCE = 1e-6;

  /**
   * The floor of that scale, as a fraction of the largest |f'| of the function on the sample:
   * where f' itself is tiny the quotient's absolute error (not its relative error) is what is
   * small.
   */
  private static final double SCALE_FLOOR = 1e-3;

  /** Inputs closer than this many steps to a kink are skipped: the quotient straddles it. */
  private static final double KINK_MARGIN_STEPS = 4;

  /** Every kink or jump of any function in the sweep (the set is shared; extras cost nothing). */
  private static final double[] KINKS = {
    0, 0.25, -0.25, 0.5, -0.5, 1, -1, 2, -2, 3, -3, 5, 6, 20, 40
  };

  private static final int POINTS_PER_FUNCTION = 3000;
  private static final long SEED = 0xD1FFL;

  /** Relative tolerance of a parameter gradient against its difference quotient. */
  private static final double GRADIENT_TOLERANCE = 1e-7;

  /** The same for the float backward pass, whose products are rounded to float (ε ≈ 6e−8). */
  private static final double FLOAT_GRADIENT_TOLERANCE = 1e-5;

  /** Step in θ: the losses are sums of ~100 terms, so rounding (ε·Σ|dy·f|/h) stays ≈ 1e−10. */
  private static final double PARAMETER_STEP = 1e-5;

  @ParameterizedTest(name = "{0}")
  @FieldSource("dev.activations.AccuracyTest#SPECS")
  void derivativeMatchesCentralDifferences(String spec) {
    Activation f = Activations.of(spec);
    SplittableRandom random = new SplittableRandom(SEED ^ spec.hashCode());
    List<double[]> samples = new ArrayList<>();
    double largest = 0;
    while (samples.size() < POINTS_PER_FUNCTION) {
      double x = samplePoint(random, samples.size());
      double h = RELATIVE_STEP * Math.max(1, Math.abs(x));
      if (nearKink(x, h)) {
        continue;
      }
      double quotient = (f.value(x + h) - f.value(x - h)) / (2 * h);
      samples.add(new double[] {x, quotient, f.derivative(x)});
      largest = Math.max(largest, Math.abs(quotient));
    }
    List<String> failures = new ArrayList<>();
    for (double[] s : samples) {
      double scale = Math.abs(s[1]) + SCALE_FLOOR * largest;
      if (!(Math.abs(s[1] - s[2]) <= DERIVATIVE_TOLERANCE * scale)) {
        failures.add(
            String.format(
                Locale.ROOT,
                "x = %s: f' = %s, central difference %s",
                Double.toString(s[0]),
                Double.toString(s[2]),
                Double.toString(s[1])));
      }
    }
    assertThat(failures).as("%s derivative vs central differences", spec).isEmpty();
  }

  /** Uniform over [−10, 10], log-uniform magnitudes 1e−6..1e2, and the tails to ±40. */
  private static double samplePoint(SplittableRandom random, int k) {
    switch (k % 3) {
      case 0:
        return random.nextDouble(-10, 10);
      case 1:
        return Math.pow(10, random.nextDouble(-6, 2)) * (random.nextBoolean() ? 1 : -1);
      default:
        return random.nextDouble(-40, 40);
    }
  }

  private static boolean nearKink(double x, double h) {
    for (double k : KINKS) {
      if (Math.abs(x - k) <= KINK_MARGIN_STEPS * h) {
        return true;
      }
    }
    return false;
  }

  // -----------------------------------------------------------------------------------------
  // Parameter gradients

  private static final int CHANNELS = 3;
  private static final int ROWS = 40;

  /** Slopes that differ per channel, so that a channel mix-up shows. */
  private static final double[] PRELU_SLOPES = {0.1, 0.25, -0.3};

  @Test
  void preluHasOneParameterPerChannelAtItsInit() {
    ParametricActivation p =
        (ParametricActivation) Activations.of("prelu(num_parameters=3, init=0.25)");
    assertThat(p.parameterCount()).isEqualTo(CHANNELS);
    assertThat(p.parameters()).containsExactly(0.25, 0.25, 0.25);
  }

  @Test
  void preluForwardUsesTheChannelOfEachElementCountedFromTheOffset() {
    ParametricActivation p = prelu();
    int n = CHANNELS * ROWS;
    int offset = 2;
    double[] x = signedInputs(n + offset, 11);
    double[] y = new double[n];
    p.forward(x, offset, y, 0, n);
    for (int k = 0; k < n; k++) {
      double xk = x[offset + k];
      double expected = xk > 0 ? xk : PRELU_SLOPES[k % CHANNELS] * xk;
      assertThat(y[k]).as("element %d", k).isEqualTo(expected);
    }
  }

  @Test
  void preluGradientsMatchCentralDifferencesAndAccumulate() {
    ParametricActivation p = prelu();
    int n = CHANNELS * ROWS;
    int xOff = 2;
    int dyOff = 5;
    int dxOff = 1;
    double[] x = signedInputs(n + xOff, 12);
    double[] dy = signedInputs(n + dyOff, 13);
    double[] dx = new double[n + dxOff];
    double[] initial = {1.5, -2.0, 0.75};
    double[] dTheta = initial.clone();
    p.backward(x, xOff, dy, dyOff, dx, dxOff, n, dTheta);

    double[] expected = parameterQuotients(p, x, xOff, dy, dyOff, n);
    double[] scale = new double[CHANNELS];
    for (int k = 0; k < n; k++) {
      scale[k % CHANNELS] += Math.abs(dy[dyOff + k] * x[xOff + k]);
    }
    for (int j = 0; j < CHANNELS; j++) {
      assertThat(Math.abs(dTheta[j] - initial[j] - expected[j]))
          .as("dTheta[%d] = %s onto %s, quotient %s", j, dTheta[j], initial[j], expected[j])
          .isLessThanOrEqualTo(GRADIENT_TOLERANCE * scale[j]);
    }
    double[] quotient = inputQuotients(p, x, xOff, n);
    for (int k = 0; k < n; k++) {
      assertThat(dx[dxOff + k])
          .as("dx[%d]", k)
          .isCloseTo(dy[dyOff + k] * quotient[k], within(
              GRADIENT_TOLERANCE * Math.abs(dy[dyOff + k])));
    }

    float[] xf = toFloat(x);
    float[] dyf = toFloat(dy);
    float[] dxf = new float[n + dxOff];
    double[] dThetaF = initial.clone();
    p.backward(xf, xOff, dyf, dyOff, dxf, dxOff, n, dThetaF);
    double[] expectedF = parameterQuotients(p, toDouble(xf), xOff, toDouble(dyf), dyOff, n);
    for (int j = 0; j < CHANNELS; j++) {
      assertThat(Math.abs(dThetaF[j] - initial[j] - expectedF[j]))
          .as("float dTheta[%d] = %s onto %s, quotient %s", j, dThetaF[j], initial[j], expectedF[j])
          .isLessThanOrEqualTo(FLOAT_GRADIENT_TOLERANCE * scale[j]);
    }
  }

  @Test
  void learnableSwishExposesBeta() {
    ParametricActivation s =
        (ParametricActivation) Activations.of("swish(beta=1.3, learnable=true)");
    assertThat(s.parameterCount()).isEqualTo(1);
    assertThat(s.parameters()).containsExactly(1.3);
  }

  @Test
  void swishBetaGradientMatchesCentralDifferencesAndAccumulates() {
    ParametricActivation s =
        (ParametricActivation) Activations.of("swish(beta=1.3, learnable=true)");
    int n = 101;
    int xOff = 3;
    int dyOff = 0;
    int dxOff = 7;
    double[] x = signedInputs(n + xOff, 21);
    double[] dy = signedInputs(n + dyOff, 22);
    double[] dx = new double[n + dxOff];
    double[] initial = {0.5};
    double[] dTheta = initial.clone();
    s.backward(x, xOff, dy, dyOff, dx, dxOff, n, dTheta);

    double expected = parameterQuotients(s, x, xOff, dy, dyOff, n)[0];
    // |∂f/∂β| = x²σ(βx)σ(−βx) ≤ x²/4: the natural size of the sum.
    double scale = 0;
    for (int k = 0; k < n; k++) {
      scale += Math.abs(dy[dyOff + k]) * x[xOff + k] * x[xOff + k] / 4;
    }
    assertThat(Math.abs(dTheta[0] - initial[0] - expected))
        .as("dβ = %s accumulated onto %s, quotient %s", dTheta[0], initial[0], expected)
        .isLessThanOrEqualTo(GRADIENT_TOLERANCE * scale);

    double[] quotient = inputQuotients(s, x, xOff, n);
    for (int k = 0; k < n; k++) {
      assertThat(dx[dxOff + k])
          .as("dx[%d]", k)
          .isCloseTo(dy[dyOff + k] * quotient[k], within(
              GRADIENT_TOLERANCE * Math.abs(dy[dyOff + k])));
    }

    float[] xf = toFloat(x);
    float[] dyf = toFloat(dy);
    double[] dThetaF = initial.clone();
    s.backward(xf, xOff, dyf, dyOff, new float[n + dxOff], dxOff, n, dThetaF);
    double expectedF = parameterQuotients(s, toDouble(xf), xOff, toDouble(dyf), dyOff, n)[0];
    assertThat(Math.abs(dThetaF[0] - initial[0] - expectedF))
        .as("float dβ = %s accumulated onto %s, quotient %s", dThetaF[0], initial[0], expectedF)
        .isLessThanOrEqualTo(FLOAT_GRADIENT_TOLERANCE * scale);
  }

  /** (L(θ + h e_j) − L(θ − h e_j))/2h for every j, L(θ) = Σ_k dy_k·f_θ(x_k). */
  private static double[] parameterQuotients(
      ParametricActivation f, double[] x, int xOff, double[] dy, int dyOff, int n) {
    double[] theta = f.parameters();
    double[] q = new double[theta.length];
    for (int j = 0; j < theta.length; j++) {
      double h = PARAMETER_STEP * Math.max(1, Math.abs(theta[j]));
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += h;
      down[j] -= h;
      q[j] = (loss(f.withParameters(up), x, xOff, dy, dyOff, n)
              - loss(f.withParameters(down), x, xOff, dy, dyOff, n))
          / (up[j] - down[j]);
    }
    return q;
  }

  private static double loss(
      ParametricActivation f, double[] x, int xOff, double[] dy, int dyOff, int n) {
    double[] y = new double[n];
    f.forward(x, xOff, y, 0, n);
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += dy[dyOff + k] * y[k];
    }
    return sum;
  }

  /**
   * f'(x_k) for every element by one difference quotient of whole-array forward calls: the
   * function is element-wise, so shifting every input by h at once is a central difference of
   * each (keeping the channel layout of the call).
   */
  private static double[] inputQuotients(Activation f, double[] x, int xOff, int n) {
    double[] plus = new double[n];
    double[] minus = new double[n];
    double[] hs = new double[n];
    for (int k = 0; k < n; k++) {
      double xk = x[xOff + k];
      hs[k] = RELATIVE_STEP * Math.max(1, Math.abs(xk));
      plus[k] = xk + hs[k];
      minus[k] = xk - hs[k];
    }
    double[] yPlus = new double[n];
    double[] yMinus = new double[n];
    f.forward(plus, 0, yPlus, 0, n);
    f.forward(minus, 0, yMinus, 0, n);
    double[] q = new double[n];
    for (int k = 0; k < n; k++) {
      q[k] = (yPlus[k] - yMinus[k]) / (plus[k] - minus[k]);
    }
    return q;
  }

  private static ParametricActivation prelu() {
    return ((ParametricActivation) Activations.of("prelu(num_parameters=3, init=0.25)"))
        .withParameters(PRELU_SLOPES.clone());
  }

  /** Values in ±[0.05, 4], kept off 0 so that no difference quotient straddles a kink. */
  private static double[] signedInputs(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(0.05, 4) * (random.nextBoolean() ? 1 : -1);
    }
    return v;
  }

  private static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
    }
    return f;
  }

  private static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
