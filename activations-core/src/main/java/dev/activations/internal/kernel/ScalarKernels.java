// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

/**
 * The scalar kernels: plain loops over {@link Formulas}, one class per function so that each
 * loop is monomorphic. The reference path, and the one used wherever the Vector API is not
 * available; the vector kernels run the same formulas for their tails.
 */
@Generated("tools/panama_kernels.py")
final class ScalarKernels extends KernelProvider {
  static final ScalarKernels INSTANCE = new ScalarKernels();

  private ScalarKernels() {}

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public FloatKernel sigmoid() {
    return new Sigmoid();
  }

  @Override
  public FloatKernel tanh() {
    return new Tanh();
  }

  @Override
  public FloatKernel elu(double alpha) {
    return new Elu(alpha);
  }

  @Override
  public FloatKernel selu() {
    return new Selu();
  }

  @Override
  public FloatKernel celu(double alpha) {
    return new Celu(alpha);
  }

  @Override
  public FloatKernel softplus(double beta, double threshold) {
    return new Softplus(beta, threshold);
  }

  @Override
  public FloatKernel swish(double beta) {
    return new Swish(beta);
  }

  @Override
  public FloatKernel mish() {
    return new Mish();
  }

  @Override
  public FloatKernel gelu() {
    return new Gelu();
  }

  @Override
  public FloatKernel geluTanh() {
    return new GeluTanh();
  }

  @Override
  public FloatKernel tanhshrink() {
    return new Tanhshrink();
  }

  @Override
  public FloatKernel softsign() {
    return new Softsign();
  }

  @Override
  public FloatKernel hardsigmoid() {
    return new Hardsigmoid();
  }

  @Override
  public FloatKernel hardswish() {
    return new Hardswish();
  }

  @Override
  public FloatKernel logsigmoid() {
    return new Logsigmoid();
  }

  @Override
  public FloatKernel leakyRelu(double slope) {
    return new LeakyRelu(slope);
  }

  @Override
  public FloatKernel softshrink(double lambd) {
    return new Softshrink(lambd);
  }

  @Override
  public FloatKernel identity() {
    return new Identity();
  }

  @Override
  public FloatKernel relu() {
    return new Relu();
  }

  @Override
  public FloatKernel hardtanh(double min, double max) {
    return new Hardtanh(min, max);
  }

  @Override
  public FloatKernel hardshrink(double lambd) {
    return new Hardshrink(lambd);
  }

  @Override
  public FloatKernel threshold(double threshold, double value) {
    return new Threshold(threshold, value);
  }

  @Override
  public FloatKernel fastSigmoid(FloatKernel exact) {
    return new FastSigmoid.Scalar(exact);
  }

  @Override
  public FloatKernel fastTanh(FloatKernel exact) {
    return new FastTanh.Scalar(exact);
  }

  @Override
  public FloatKernel fastElu(double alpha, FloatKernel exact) {
    return new FastElu.Scalar(alpha, exact);
  }

  @Override
  public FloatKernel fastSelu(FloatKernel exact) {
    return new FastSelu.Scalar(exact);
  }

  @Override
  public FloatKernel fastCelu(double alpha, FloatKernel exact) {
    return new FastCelu.Scalar(alpha, exact);
  }

  @Override
  public FloatKernel fastSoftplus(double threshold, FloatKernel exact) {
    return new FastSoftplus.Scalar(threshold, exact);
  }

  @Override
  public FloatKernel fastLogsigmoid(FloatKernel exact) {
    return new FastLogsigmoid.Scalar(exact);
  }

  @Override
  public FloatKernel fastSilu(FloatKernel exact) {
    return new FastSilu.Scalar(exact);
  }

  @Override
  public FloatKernel fastMish(FloatKernel exact) {
    return new FastMish.Scalar(exact);
  }

  @Override
  public FloatKernel fastGelu(FloatKernel exact) {
    return new FastGelu.Scalar(exact);
  }

  @Override
  public FloatKernel fastGeluTanh(FloatKernel exact) {
    return new FastGeluTanh.Scalar(exact);
  }

  @Override
  public DoubleKernel sigmoidDouble() {
    return new SigmoidDouble();
  }

  @Override
  public DoubleKernel tanhDouble() {
    return new TanhDouble();
  }

  @Override
  public DoubleKernel eluDouble(double alpha) {
    return new EluDouble(alpha);
  }

  @Override
  public DoubleKernel seluDouble() {
    return new SeluDouble();
  }

  @Override
  public DoubleKernel celuDouble(double alpha) {
    return new CeluDouble(alpha);
  }

  @Override
  public DoubleKernel softplusDouble(double beta, double threshold) {
    return new SoftplusDouble(beta, threshold);
  }

  @Override
  public DoubleKernel swishDouble(double beta) {
    return new SwishDouble(beta);
  }

  @Override
  public DoubleKernel mishDouble() {
    return new MishDouble();
  }

  @Override
  public DoubleKernel geluDouble() {
    return new GeluDouble();
  }

  @Override
  public DoubleKernel geluTanhDouble() {
    return new GeluTanhDouble();
  }

  @Override
  public DoubleKernel logsigmoidDouble() {
    return new LogsigmoidDouble();
  }

  @Override
  public DoubleKernel tanhshrinkDouble() {
    return new TanhshrinkDouble();
  }

  @Override
  public DoubleKernel softsignDouble() {
    return new SoftsignDouble();
  }

  @Override
  public DoubleKernel hardsigmoidDouble() {
    return new HardsigmoidDouble();
  }

  @Override
  public DoubleKernel hardswishDouble() {
    return new HardswishDouble();
  }

  @Override
  public DoubleKernel softshrinkDouble(double lambd) {
    return new SoftshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel leakyReluDouble(double slope) {
    return new LeakyReluDouble(slope);
  }

  @Override
  public DoubleKernel identityDouble() {
    return new IdentityDouble();
  }

  @Override
  public DoubleKernel reluDouble() {
    return new ReluDouble();
  }

  @Override
  public DoubleKernel hardtanhDouble(double min, double max) {
    return new HardtanhDouble(min, max);
  }

  @Override
  public DoubleKernel hardshrinkDouble(double lambd) {
    return new HardshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel thresholdDouble(double threshold, double value) {
    return new ThresholdDouble(threshold, value);
  }

  static final class Sigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.sigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.sigmoidDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.sigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.sigmoidDerivative(v));
      }
    }
  }

  static final class Tanh implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.tanh(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.tanhDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.tanh(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.tanhDerivative(v));
      }
    }
  }

  static final class Elu implements FloatKernel {
    private final double alpha;

    Elu(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.elu(v, alpha);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.eluDerivative(v, alpha);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.eluDerivative(v, alpha));
      }
    }
  }

  static final class Selu implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.selu(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.seluDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.selu(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.seluDerivative(v));
      }
    }
  }

  static final class Celu implements FloatKernel {
    private final double alpha;
    private final double inverseAlpha;

    Celu(double alpha) {
      this.alpha = alpha;
      this.inverseAlpha = 1 / alpha;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.celu(v, alpha, inverseAlpha);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.celuDerivative(v, inverseAlpha);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double alpha = this.alpha;
      final double inverseAlpha = this.inverseAlpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.celu(v, alpha, inverseAlpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      final double inverseAlpha = this.inverseAlpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.celuDerivative(v, inverseAlpha));
      }
    }
  }

  static final class Softplus implements FloatKernel {
    private final double beta;
    private final double inverseBeta;
    private final double threshold;

    Softplus(double beta, double threshold) {
      this.beta = beta;
      this.inverseBeta = 1 / beta;
      this.threshold = threshold;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softplus(v, beta, inverseBeta, threshold);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softplusDerivative(v, beta, threshold);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double beta = this.beta;
      final double inverseBeta = this.inverseBeta;
      final double threshold = this.threshold;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softplus(v, beta, inverseBeta, threshold);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double inverseBeta = this.inverseBeta;
      final double threshold = this.threshold;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softplusDerivative(v, beta, threshold));
      }
    }
  }

  static final class Swish implements FloatKernel {
    private final double beta;
    private final double low;
    private final double high;

    Swish(double beta) {
      this.beta = beta;
      this.low = beta > 0 ? -Formulas.FLOAT_MAX : Double.NEGATIVE_INFINITY;
      this.high = beta < 0 ? Formulas.FLOAT_MAX : Double.POSITIVE_INFINITY;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.swish(v, beta, low, high);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.swishDerivative(v, beta);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.swishDerivative(v, beta));
      }
    }
  }

  static final class Mish implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.mish(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.mishDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.mish(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.mishDerivative(v));
      }
    }
  }

  static final class Gelu implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.gelu(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.geluDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.gelu(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.geluDerivative(v));
      }
    }
  }

  static final class GeluTanh implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.geluTanh(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.geluTanhDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.geluTanh(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.geluTanhDerivative(v));
      }
    }
  }

  static final class Tanhshrink implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.tanhshrink(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.tanhshrinkDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.tanhshrink(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.tanhshrinkDerivative(v));
      }
    }
  }

  static final class Softsign implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softsign(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softsignDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softsign(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softsignDerivative(v));
      }
    }
  }

  static final class Hardsigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.hardsigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.hardsigmoidDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.hardsigmoidDerivative(v));
      }
    }
  }

  static final class Hardswish implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.hardswish(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.hardswishDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardswish(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.hardswishDerivative(v));
      }
    }
  }

  static final class Logsigmoid implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.logsigmoid(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.logsigmoidDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.logsigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.logsigmoidDerivative(v));
      }
    }
  }

  static final class LeakyRelu implements FloatKernel {
    private final float high;
    private final float low;
    private final float floor;

    LeakyRelu(double slope) {
      this.high = (float) slope;
      this.low = (float) (slope - (float) slope);
      this.floor = slope == 0 ? -Float.MAX_VALUE : Float.NEGATIVE_INFINITY;
    }

    @Override
    public float value(float v) {
      return (v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)));
    }

    @Override
    public float derivative(float v) {
      return (v > 0 ? 1f : (v != v ? v : high));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float high = this.high;
      final float low = this.low;
      final float floor = this.floor;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)));
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float high = this.high;
      final float low = this.low;
      final float floor = this.floor;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1f : (v != v ? v : high));
      }
    }
  }

  static final class Softshrink implements FloatKernel {
    private final double lambd;

    Softshrink(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softshrink(v, lambd);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softshrinkDerivative(v, lambd);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softshrinkDerivative(v, lambd));
      }
    }
  }

  static final class Identity implements FloatKernel {
    @Override
    public float value(float v) {
      return v;
    }

    @Override
    public float derivative(float v) {
      return (v != v ? v : 1f);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = v;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v != v ? v : 1f);
      }
    }
  }

  static final class Relu implements FloatKernel {
    @Override
    public float value(float v) {
      return (v <= 0 ? 0f : v);
    }

    @Override
    public float derivative(float v) {
      return (v > 0 ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v <= 0 ? 0f : v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class Hardtanh implements FloatKernel {
    private final float minDown;
    private final float minUp;
    private final float maxDown;
    private final float maxUp;
    private final float minValue;
    private final float maxValue;

    Hardtanh(double min, double max) {
      this.minDown = FloatBounds.down(min);
      this.minUp = FloatBounds.up(min);
      this.maxDown = FloatBounds.down(max);
      this.maxUp = FloatBounds.up(max);
      this.minValue = (float) min;
      this.maxValue = (float) max;
    }

    @Override
    public float value(float v) {
      return (v > maxDown ? maxValue : (v < minUp ? minValue : v));
    }

    @Override
    public float derivative(float v) {
      return (v > minDown && v < maxUp ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float minDown = this.minDown;
      final float minUp = this.minUp;
      final float maxDown = this.maxDown;
      final float maxUp = this.maxUp;
      final float minValue = this.minValue;
      final float maxValue = this.maxValue;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > maxDown ? maxValue : (v < minUp ? minValue : v));
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float minDown = this.minDown;
      final float minUp = this.minUp;
      final float maxDown = this.maxDown;
      final float maxUp = this.maxUp;
      final float minValue = this.minValue;
      final float maxValue = this.maxValue;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > minDown && v < maxUp ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class Hardshrink implements FloatKernel {
    private final float lowUp;
    private final float highDown;

    Hardshrink(double lambd) {
      this.lowUp = FloatBounds.up(-lambd);
      this.highDown = FloatBounds.down(lambd);
    }

    @Override
    public float value(float v) {
      return (v >= lowUp && v <= highDown ? 0f : v);
    }

    @Override
    public float derivative(float v) {
      return (v > highDown || v < lowUp ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float lowUp = this.lowUp;
      final float highDown = this.highDown;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v >= lowUp && v <= highDown ? 0f : v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float lowUp = this.lowUp;
      final float highDown = this.highDown;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > highDown || v < lowUp ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class Threshold implements FloatKernel {
    private final float thresholdDown;
    private final float replacement;

    Threshold(double threshold, double value) {
      this.thresholdDown = FloatBounds.down(threshold);
      this.replacement = (float) value;
    }

    @Override
    public float value(float v) {
      return (v > thresholdDown || v != v ? v : replacement);
    }

    @Override
    public float derivative(float v) {
      return (v > thresholdDown ? 1f : (v != v ? v : 0f));
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float thresholdDown = this.thresholdDown;
      final float replacement = this.replacement;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > thresholdDown || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float thresholdDown = this.thresholdDown;
      final float replacement = this.replacement;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > thresholdDown ? 1f : (v != v ? v : 0f));
      }
    }
  }

  static final class SigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.sigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.sigmoidDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.sigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.sigmoidDerivative(v);
      }
    }
  }

  static final class TanhDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.tanh(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.tanhDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.tanh(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.tanhDerivative(v);
      }
    }
  }

  static final class EluDouble implements DoubleKernel {
    private final double alpha;

    EluDouble(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.elu(v, alpha);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.eluDerivative(v, alpha);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.eluDerivative(v, alpha);
      }
    }
  }

  static final class SeluDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.selu(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.seluDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.selu(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.seluDerivative(v);
      }
    }
  }

  static final class CeluDouble implements DoubleKernel {
    private final double alpha;

    CeluDouble(double alpha) {
      this.alpha = alpha;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.celu(v, alpha);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.celuDerivative(v, alpha);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.celu(v, alpha);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.celuDerivative(v, alpha);
      }
    }
  }

  static final class SoftplusDouble implements DoubleKernel {
    private final double beta;
    private final double threshold;

    SoftplusDouble(double beta, double threshold) {
      this.beta = beta;
      this.threshold = threshold;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.softplus(v, beta, threshold);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.softplusDerivative(v, beta, threshold);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double beta = this.beta;
      final double threshold = this.threshold;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softplus(v, beta, threshold);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double threshold = this.threshold;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.softplusDerivative(v, beta, threshold);
      }
    }
  }

  static final class SwishDouble implements DoubleKernel {
    private final double beta;
    private final double low;
    private final double high;

    SwishDouble(double beta) {
      this.beta = beta;
      this.low = beta > 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY;
      this.high = beta < 0 ? Double.MAX_VALUE : Double.POSITIVE_INFINITY;
    }

    @Override
    public double value(double v) {
      return DoubleFormulas.swish(v, beta, low, high);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.swishDerivative(v, beta);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.swishDerivative(v, beta);
      }
    }
  }

  static final class MishDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.mish(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.mishDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.mish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.mishDerivative(v);
      }
    }
  }

  static final class GeluDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.gelu(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.geluDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.gelu(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.geluDerivative(v);
      }
    }
  }

  static final class GeluTanhDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.geluTanh(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.geluTanhDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.geluTanh(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.geluTanhDerivative(v);
      }
    }
  }

  static final class LogsigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.logsigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.logsigmoidDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.logsigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.logsigmoidDerivative(v);
      }
    }
  }

  static final class TanhshrinkDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.tanhshrink(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.tanhshrinkDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.tanhshrink(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.tanhshrinkDerivative(v);
      }
    }
  }

  static final class SoftsignDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.softsign(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.softsignDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softsign(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.softsignDerivative(v);
      }
    }
  }

  static final class HardsigmoidDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.hardsigmoid(v);
    }

    @Override
    public double derivative(double v) {
      return Formulas.hardsigmoidDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * Formulas.hardsigmoidDerivative(v);
      }
    }
  }

  static final class HardswishDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.hardswish(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.hardswishDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardswish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.hardswishDerivative(v);
      }
    }
  }

  static final class SoftshrinkDouble implements DoubleKernel {
    private final double lambd;

    SoftshrinkDouble(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public double value(double v) {
      return Formulas.softshrink(v, lambd);
    }

    @Override
    public double derivative(double v) {
      return Formulas.softshrinkDerivative(v, lambd);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * Formulas.softshrinkDerivative(v, lambd);
      }
    }
  }

  static final class LeakyReluDouble implements DoubleKernel {
    private final double slope;
    private final double floor;

    LeakyReluDouble(double slope) {
      this.slope = slope;
      this.floor = slope == 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double value(double v) {
      return (v > 0 ? v : Cores.atLeast(v, floor) * slope);
    }

    @Override
    public double derivative(double v) {
      return (v > 0 ? 1.0 : (v != v ? v : slope));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double slope = this.slope;
      final double floor = this.floor;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > 0 ? v : Cores.atLeast(v, floor) * slope);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double slope = this.slope;
      final double floor = this.floor;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1.0 : (v != v ? v : slope));
      }
    }
  }

  static final class IdentityDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return v;
    }

    @Override
    public double derivative(double v) {
      return (v != v ? v : 1.0);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = v;
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v != v ? v : 1.0);
      }
    }
  }

  static final class ReluDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return (v <= 0 ? 0.0 : v);
    }

    @Override
    public double derivative(double v) {
      return (v > 0 ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v <= 0 ? 0.0 : v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > 0 ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }

  static final class HardtanhDouble implements DoubleKernel {
    private final double min;
    private final double max;

    HardtanhDouble(double min, double max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public double value(double v) {
      return (v > max ? max : (v < min ? min : v));
    }

    @Override
    public double derivative(double v) {
      return (v > min && v < max ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double min = this.min;
      final double max = this.max;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > max ? max : (v < min ? min : v));
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double min = this.min;
      final double max = this.max;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > min && v < max ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }

  static final class HardshrinkDouble implements DoubleKernel {
    private final double lambd;

    HardshrinkDouble(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public double value(double v) {
      return (v >= -lambd && v <= lambd ? 0.0 : v);
    }

    @Override
    public double derivative(double v) {
      return (v > lambd || v < -lambd ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v >= -lambd && v <= lambd ? 0.0 : v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > lambd || v < -lambd ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }

  static final class ThresholdDouble implements DoubleKernel {
    private final double threshold;
    private final double replacement;

    ThresholdDouble(double threshold, double value) {
      this.threshold = threshold;
      this.replacement = value;
    }

    @Override
    public double value(double v) {
      return (v > threshold || v != v ? v : replacement);
    }

    @Override
    public double derivative(double v) {
      return (v > threshold ? 1.0 : (v != v ? v : 0.0));
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double threshold = this.threshold;
      final double replacement = this.replacement;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > threshold || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double threshold = this.threshold;
      final double replacement = this.replacement;
      for (int i = 0; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > threshold ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }
}
