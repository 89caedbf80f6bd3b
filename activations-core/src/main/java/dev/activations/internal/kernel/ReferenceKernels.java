// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

/**
 * No kernels: functions built with this provider compute double by the library's reference
 * implementation (double-double arithmetic where it matters) and float as that double rounded
 * once. The yardstick the kernels are measured against.
 */
@Generated("tools/panama_kernels.py")
public final class ReferenceKernels extends KernelProvider {
  public static final ReferenceKernels INSTANCE = new ReferenceKernels();

  private ReferenceKernels() {}

  @Override
  public String name() {
    return "reference";
  }

  @Override
  public FloatKernel sigmoid() {
    return null;
  }

  @Override
  public FloatKernel tanh() {
    return null;
  }

  @Override
  public FloatKernel elu(double alpha) {
    return null;
  }

  @Override
  public FloatKernel selu() {
    return null;
  }

  @Override
  public FloatKernel celu(double alpha) {
    return null;
  }

  @Override
  public FloatKernel softplus(double beta, double threshold) {
    return null;
  }

  @Override
  public FloatKernel swish(double beta) {
    return null;
  }

  @Override
  public FloatKernel mish() {
    return null;
  }

  @Override
  public FloatKernel gelu() {
    return null;
  }

  @Override
  public FloatKernel geluTanh() {
    return null;
  }

  @Override
  public FloatKernel tanhshrink() {
    return null;
  }

  @Override
  public FloatKernel softsign() {
    return null;
  }

  @Override
  public FloatKernel hardsigmoid() {
    return null;
  }

  @Override
  public FloatKernel hardswish() {
    return null;
  }

  @Override
  public FloatKernel logsigmoid() {
    return null;
  }

  @Override
  public FloatKernel leakyRelu(double slope) {
    return null;
  }

  @Override
  public FloatKernel softshrink(double lambd) {
    return null;
  }

  @Override
  public FloatKernel identity() {
    return null;
  }

  @Override
  public FloatKernel relu() {
    return null;
  }

  @Override
  public FloatKernel hardtanh(double min, double max) {
    return null;
  }

  @Override
  public FloatKernel hardshrink(double lambd) {
    return null;
  }

  @Override
  public FloatKernel threshold(double threshold, double value) {
    return null;
  }

  @Override
  public DoubleKernel sigmoidDouble() {
    return null;
  }

  @Override
  public DoubleKernel tanhDouble() {
    return null;
  }

  @Override
  public DoubleKernel eluDouble(double alpha) {
    return null;
  }

  @Override
  public DoubleKernel seluDouble() {
    return null;
  }

  @Override
  public DoubleKernel celuDouble(double alpha) {
    return null;
  }

  @Override
  public DoubleKernel softplusDouble(double beta, double threshold) {
    return null;
  }

  @Override
  public DoubleKernel swishDouble(double beta) {
    return null;
  }

  @Override
  public DoubleKernel mishDouble() {
    return null;
  }

  @Override
  public DoubleKernel geluDouble() {
    return null;
  }

  @Override
  public DoubleKernel geluTanhDouble() {
    return null;
  }

  @Override
  public DoubleKernel logsigmoidDouble() {
    return null;
  }

  @Override
  public DoubleKernel tanhshrinkDouble() {
    return null;
  }

  @Override
  public DoubleKernel softsignDouble() {
    return null;
  }

  @Override
  public DoubleKernel hardsigmoidDouble() {
    return null;
  }

  @Override
  public DoubleKernel hardswishDouble() {
    return null;
  }

  @Override
  public DoubleKernel softshrinkDouble(double lambd) {
    return null;
  }

  @Override
  public DoubleKernel leakyReluDouble(double slope) {
    return null;
  }

  @Override
  public DoubleKernel identityDouble() {
    return null;
  }

  @Override
  public DoubleKernel reluDouble() {
    return null;
  }

  @Override
  public DoubleKernel hardtanhDouble(double min, double max) {
    return null;
  }

  @Override
  public DoubleKernel hardshrinkDouble(double lambd) {
    return null;
  }

  @Override
  public DoubleKernel thresholdDouble(double threshold, double value) {
    return null;
  }

  @Override
  public FloatKernel fastSigmoid(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastTanh(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastElu(double alpha, FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastSelu(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastCelu(double alpha, FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastSoftplus(double threshold, FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastLogsigmoid(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastSilu(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastMish(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastGelu(FloatKernel exact) {
    return null;
  }

  @Override
  public FloatKernel fastGeluTanh(FloatKernel exact) {
    return null;
  }
}
