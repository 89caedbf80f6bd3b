package dev.activations.internal.function;

import dev.activations.ParametricActivation;
import dev.activations.internal.kernel.KernelProvider;

/**
 * prelu(x) = x for x &gt; 0, else a_c·x, with a learnable slope a_c per channel (num_parameters
 * channels, each initialised to {@code init}, default 0.25). prelu'(x) = 1 for x &gt; 0, else a_c
 * (so prelu'(0) = a_c); ∂prelu/∂a_c = x for x ≤ 0, else 0.
 *
 * <p>Array calls read elements as rows of C channels, channel fastest: element k of a call
 * (counted from its offset) is in channel k mod C, and the length must be a multiple of C. The
 * scalar methods need a single slope (num_parameters = 1); with more, they throw
 * {@link IllegalStateException} since the channel is unknown. With a single slope, arrays run
 * the leaky_relu kernels of that slope (Vector API where available); with several, a plain loop.
 */
final class Prelu extends Elementwise implements ParametricActivation {
  private final double[] slopes;
  private final double init;
  private final KernelProvider kernels;

  Prelu(double[] slopes, double init, KernelProvider k) {
    // The spec names the shape and the initial value; trained slopes travel in parameters().
    super("prelu", Specs.of("prelu", "num_parameters", (long) slopes.length, "init", init),
        slopes.length == 1 ? k.leakyRelu(slopes[0]) : null,
        slopes.length == 1 ? k.leakyReluDouble(slopes[0]) : null);
    this.slopes = slopes.clone();
    this.init = init;
    this.kernels = k;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prelu p && p.init == init && java.util.Arrays.equals(p.slopes, slopes);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(slopes);
  }

  private double single() {
    if (slopes.length != 1) {
      throw new IllegalStateException("prelu has " + slopes.length
          + " channels: a scalar call cannot tell which slope to use; use the array methods");
    }
    return slopes[0];
  }

  @Override
  protected double referenceValue(double x) {
    return LeakyRelu.leaky(x, single());
  }

  @Override
  protected double referenceDerivative(double x) {
    double a = single();
    return x > 0 ? 1.0 : (x != x ? x : a);
  }

  @Override
  protected void checkLength(int length) {
    if (length % slopes.length != 0) {
      throw new IllegalArgumentException("prelu has " + slopes.length + " channels but the length "
          + length + " is not a multiple of " + slopes.length);
    }
  }

  @Override
  public void forward(float[] x, int xOffset, float[] y, int yOffset, int length) {
    if (slopes.length == 1) {
      super.forward(x, xOffset, y, yOffset, length);
      return;
    }
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    checkLength(length);
    int c = slopes.length;
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = (float) LeakyRelu.leaky(x[xOffset + i], slopes[i % c]);
    }
  }

  @Override
  public void forward(double[] x, int xOffset, double[] y, int yOffset, int length) {
    if (slopes.length == 1) {
      super.forward(x, xOffset, y, yOffset, length);
      return;
    }
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    checkLength(length);
    int c = slopes.length;
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = LeakyRelu.leaky(x[xOffset + i], slopes[i % c]);
    }
  }

  @Override
  public void backward(float[] x, int xOffset, float[] y, int yOffset, float[] dy, int dyOffset,
      float[] dx, int dxOffset, int length) {
    if (slopes.length == 1) {
      super.backward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
      return;
    }
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    int c = slopes.length;
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double d = xi > 0 ? 1.0 : (xi != xi ? xi : slopes[i % c]);
      dx[dxOffset + i] = (float) (dy[dyOffset + i] * d);
    }
  }

  @Override
  public void backward(double[] x, int xOffset, double[] y, int yOffset, double[] dy,
      int dyOffset, double[] dx, int dxOffset, int length) {
    if (slopes.length == 1) {
      super.backward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
      return;
    }
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    int c = slopes.length;
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double d = xi > 0 ? 1.0 : (xi != xi ? xi : slopes[i % c]);
      dx[dxOffset + i] = dy[dyOffset + i] * d;
    }
  }

  @Override
  public int parameterCount() {
    return slopes.length;
  }

  @Override
  public double[] parameters() {
    return slopes.clone();
  }

  @Override
  public ParametricActivation withParameters(double[] parameters) {
    Parameters.check("prelu", parameters, slopes.length);
    return new Prelu(parameters, init, kernels);
  }

  @Override
  public void backward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx,
      int dxOffset, int length, double[] dTheta) {
    checkBackward(x, xOffset, null, 0, dy, dyOffset, dx, dxOffset, length);
    Parameters.checkGradient("prelu", dTheta, slopes.length);
    int c = slopes.length;
    // Read x before writing dx: dx may alias x.
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double g = dy[dyOffset + i];
      if (xi > 0) {
        dx[dxOffset + i] = (float) g;
      } else if (xi != xi) {
        dx[dxOffset + i] = Float.NaN;
        dTheta[i % c] += Double.NaN;
      } else {
        dTheta[i % c] += g * xi;
        dx[dxOffset + i] = (float) (g * slopes[i % c]);
      }
    }
  }

  @Override
  public void backward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx,
      int dxOffset, int length, double[] dTheta) {
    checkBackward(x, xOffset, null, 0, dy, dyOffset, dx, dxOffset, length);
    Parameters.checkGradient("prelu", dTheta, slopes.length);
    int c = slopes.length;
    for (int i = 0; i < length; i++) {
      double xi = x[xOffset + i];
      double g = dy[dyOffset + i];
      if (xi > 0) {
        dx[dxOffset + i] = g;
      } else if (xi != xi) {
        dx[dxOffset + i] = Double.NaN;
        dTheta[i % c] += Double.NaN;
      } else {
        dTheta[i % c] += g * xi;
        dx[dxOffset + i] = g * slopes[i % c];
      }
    }
  }
}
