// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

/**
 * Makes the float kernels of one path ({@code scalar} or {@code panama}); parameters are as the
 * registry validated them. {@link Kernels} holds the chosen provider.
 */
@Generated("tools/panama_kernels.py")
public abstract class KernelProvider {
  /** The path's name: {@code scalar} or {@code panama}. */
  public abstract String name();

  /** The sigmoid kernel. */
  public abstract FloatKernel sigmoid();

  /** The tanh kernel. */
  public abstract FloatKernel tanh();

  /** The elu kernel. */
  public abstract FloatKernel elu(double alpha);

  /** The selu kernel. */
  public abstract FloatKernel selu();

  /** The celu kernel. */
  public abstract FloatKernel celu(double alpha);

  /** The softplus kernel. */
  public abstract FloatKernel softplus(double beta, double threshold);

  /** The swish kernel. */
  public abstract FloatKernel swish(double beta);

  /** The mish kernel. */
  public abstract FloatKernel mish();

  /** The gelu kernel. */
  public abstract FloatKernel gelu();

  /** The geluTanh kernel. */
  public abstract FloatKernel geluTanh();

  /** The tanhshrink kernel. */
  public abstract FloatKernel tanhshrink();

  /** The softsign kernel. */
  public abstract FloatKernel softsign();

  /** The hardsigmoid kernel. */
  public abstract FloatKernel hardsigmoid();

  /** The hardswish kernel. */
  public abstract FloatKernel hardswish();

  /** The logsigmoid kernel. */
  public abstract FloatKernel logsigmoid();

  /** The leakyRelu kernel. */
  public abstract FloatKernel leakyRelu(double slope);

  /** The softshrink kernel. */
  public abstract FloatKernel softshrink(double lambd);

  /** The identity kernel. */
  public abstract FloatKernel identity();

  /** The relu kernel. */
  public abstract FloatKernel relu();

  /** The hardtanh kernel. */
  public abstract FloatKernel hardtanh(double min, double max);

  /** The hardshrink kernel. */
  public abstract FloatKernel hardshrink(double lambd);

  /** The threshold kernel. */
  public abstract FloatKernel threshold(double threshold, double value);

  /** The FAST sigmoid kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastSigmoid(FloatKernel exact);

  /** The FAST tanh kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastTanh(FloatKernel exact);

  /** The FAST elu kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastElu(double alpha, FloatKernel exact);

  /** The FAST selu kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastSelu(FloatKernel exact);

  /** The FAST celu kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastCelu(double alpha, FloatKernel exact);

  /** The FAST softplus kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastSoftplus(double threshold, FloatKernel exact);

  /** The FAST logsigmoid kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastLogsigmoid(FloatKernel exact);

  /** The FAST silu kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastSilu(FloatKernel exact);

  /** The FAST mish kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastMish(FloatKernel exact);

  /** The FAST gelu kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastGelu(FloatKernel exact);

  /** The FAST gelutanh kernel; {@code exact} serves what it does not compute itself. */
  public abstract FloatKernel fastGeluTanh(FloatKernel exact);

  /** The sigmoid kernel for double. */
  public abstract DoubleKernel sigmoidDouble();

  /** The tanh kernel for double. */
  public abstract DoubleKernel tanhDouble();

  /** The elu kernel for double. */
  public abstract DoubleKernel eluDouble(double alpha);

  /** The selu kernel for double. */
  public abstract DoubleKernel seluDouble();

  /** The celu kernel for double. */
  public abstract DoubleKernel celuDouble(double alpha);

  /** The softplus kernel for double. */
  public abstract DoubleKernel softplusDouble(double beta, double threshold);

  /** The swish kernel for double. */
  public abstract DoubleKernel swishDouble(double beta);

  /** The mish kernel for double. */
  public abstract DoubleKernel mishDouble();

  /** The gelu kernel for double. */
  public abstract DoubleKernel geluDouble();

  /** The geluTanh kernel for double. */
  public abstract DoubleKernel geluTanhDouble();

  /** The logsigmoid kernel for double. */
  public abstract DoubleKernel logsigmoidDouble();

  /** The tanhshrink kernel for double. */
  public abstract DoubleKernel tanhshrinkDouble();

  /** The softsign kernel for double. */
  public abstract DoubleKernel softsignDouble();

  /** The hardsigmoid kernel for double. */
  public abstract DoubleKernel hardsigmoidDouble();

  /** The hardswish kernel for double. */
  public abstract DoubleKernel hardswishDouble();

  /** The softshrink kernel for double. */
  public abstract DoubleKernel softshrinkDouble(double lambd);

  /** The leakyRelu kernel for double. */
  public abstract DoubleKernel leakyReluDouble(double slope);

  /** The identity kernel for double. */
  public abstract DoubleKernel identityDouble();

  /** The relu kernel for double. */
  public abstract DoubleKernel reluDouble();

  /** The hardtanh kernel for double. */
  public abstract DoubleKernel hardtanhDouble(double min, double max);

  /** The hardshrink kernel for double. */
  public abstract DoubleKernel hardshrinkDouble(double lambd);

  /** The threshold kernel for double. */
  public abstract DoubleKernel thresholdDouble(double threshold, double value);
}
