package dev.activations.internal.function;

import dev.activations.Activation;
import dev.activations.ParametricActivation;
import dev.activations.Precision;
import dev.activations.internal.kernel.DoubleKernel;
import dev.activations.internal.kernel.FloatKernel;
import dev.activations.internal.kernel.Kernels;
import dev.activations.internal.kernel.Parallel;
import dev.activations.internal.registry.Registry;

/**
 * Base of the element-wise functions: subclasses give the reference f and f' in double precision
 * (double-double arithmetic where it matters), within 2 and 4 ULP. Float goes through the
 * function's {@link FloatKernel} and double through its {@link DoubleKernel} (each scalar or
 * Vector API, bit-identical to each other, within the same bars), split across threads for large
 * arrays; scalar calls give the same bits as the arrays. Without a kernel, double is the
 * reference and float its value rounded once. The array passes check every argument before
 * writing anything.
 */
public abstract class Elementwise implements Activation {
  private final String name;
  private final String spec;
  /** The float kernel; null where float goes through the double path (rrelu training). */
  private final FloatKernel kernel;
  /** The double kernel; null where double is the reference. */
  private final DoubleKernel doubleKernel;

  protected Elementwise(String name, String spec) {
    this(name, spec, null, null);
  }

  protected Elementwise(String name, String spec, FloatKernel kernel) {
    this(name, spec, kernel, null);
  }

  protected Elementwise(String name, String spec, FloatKernel kernel, DoubleKernel doubleKernel) {
    this.name = name;
    this.spec = spec;
    this.kernel = kernel;
    this.doubleKernel = doubleKernel;
  }

  /** The reference f(x). */
  protected abstract double referenceValue(double x);

  /** The reference f'(x). */
  protected abstract double referenceDerivative(double x);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec;
  }

  @Override
  public final Precision precision() {
    return kernel == null ? Precision.EXACT : kernel.precision();
  }

  @Override
  public final Activation with(Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is null: pass Precision.EXACT or Precision.FAST");
    }
    if (precision == precision()) {
      return this;
    }
    Activation a = Registry.elementwise(spec, Kernels.provider(precision));
    if (this instanceof ParametricActivation p && a instanceof ParametricActivation q) {
      return q.withParameters(p.parameters()); // trained parameters travel too
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Elementwise e && e.getClass() == getClass() && e.spec.equals(spec)
        && e.precision() == precision();
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public double value(double x) {
    return doubleKernel != null ? doubleKernel.value(x) : referenceValue(x);
  }

  @Override
  public double derivative(double x) {
    return doubleKernel != null ? doubleKernel.derivative(x) : referenceDerivative(x);
  }

  @Override
  public float value(float x) {
    return kernel != null ? kernel.value(x) : (float) value((double) x);
  }

  @Override
  public float derivative(float x) {
    return kernel != null ? kernel.derivative(x) : (float) derivative((double) x);
  }

  @Override
  public void forward(float[] x, int xOffset, float[] y, int yOffset, int length) {
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    checkLength(length);
    FloatKernel k = kernel;
    if (k != null) {
      Parallel.run(length, (from, to) ->
          k.forward(x, xOffset + from, y, yOffset + from, to - from));
      return;
    }
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = value(x[xOffset + i]);
    }
  }

  @Override
  public void forward(double[] x, int xOffset, double[] y, int yOffset, int length) {
    ArgumentChecks.range("x", x, xOffset, length);
    ArgumentChecks.range("y", y, yOffset, length);
    checkLength(length);
    DoubleKernel k = doubleKernel;
    if (k != null) {
      Parallel.run(length, (from, to) ->
          k.forward(x, xOffset + from, y, yOffset + from, to - from));
      return;
    }
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = referenceValue(x[xOffset + i]);
    }
  }

  @Override
  public void backward(float[] x, int xOffset, float[] y, int yOffset, float[] dy, int dyOffset,
      float[] dx, int dxOffset, int length) {
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    FloatKernel k = kernel;
    if (k != null) {
      Parallel.run(length, (from, to) ->
          k.backward(x, xOffset + from, dy, dyOffset + from, dx, dxOffset + from, to - from));
      return;
    }
    for (int i = 0; i < length; i++) {
      dx[dxOffset + i] = (float) (dy[dyOffset + i] * derivative((double) x[xOffset + i]));
    }
  }

  @Override
  public void backward(double[] x, int xOffset, double[] y, int yOffset, double[] dy,
      int dyOffset, double[] dx, int dxOffset, int length) {
    checkBackward(x, xOffset, y, yOffset, dy, dyOffset, dx, dxOffset, length);
    DoubleKernel k = doubleKernel;
    if (k != null) {
      Parallel.run(length, (from, to) ->
          k.backward(x, xOffset + from, dy, dyOffset + from, dx, dxOffset + from, to - from));
      return;
    }
    for (int i = 0; i < length; i++) {
      dx[dxOffset + i] = dy[dyOffset + i] * referenceDerivative(x[xOffset + i]);
    }
  }

  /** Every check of a backward call; y is optional. */
  protected final void checkBackward(Object x, int xOffset, Object y, int yOffset, Object dy,
      int dyOffset, Object dx, int dxOffset, int length) {
    ArgumentChecks.range("x", x, xOffset, length);
    if (y != null) {
      ArgumentChecks.range("y", y, yOffset, length);
    }
    ArgumentChecks.range("dy", dy, dyOffset, length);
    ArgumentChecks.range("dx", dx, dxOffset, length);
    checkLength(length);
  }

  /** Hook for functions that constrain the length of an array call (channels). */
  protected void checkLength(int length) {}
}
