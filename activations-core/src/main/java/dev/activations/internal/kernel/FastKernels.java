// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import dev.activations.Precision;

/**
 * The {@link Precision#FAST} kernels of one path: the path's FAST float kernel where a function
 * has one (see the Fast* classes), else its EXACT kernel under the FAST label (piecewise
 * functions, whose EXACT kernels already run on float lanes, and the functions whose FAST bound
 * float lanes cannot keep: tanhshrink, softsign, swish with β ≠ 1,
 * softplus with β ≠ 1, celu with α &lt; 0). Double kernels are the path's own: double has one precision.
 */
@Generated("tools/panama_kernels.py")
public final class FastKernels extends KernelProvider {
  private final KernelProvider base;

  /** The FAST kernels over {@code base}'s path. */
  public FastKernels(KernelProvider base) {
    this.base = base;
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public FloatKernel sigmoid() {
    FloatKernel exact = base.sigmoid();
    return base.fastSigmoid(exact);
  }

  @Override
  public FloatKernel tanh() {
    FloatKernel exact = base.tanh();
    return base.fastTanh(exact);
  }

  @Override
  public FloatKernel elu(double alpha) {
    FloatKernel exact = base.elu(alpha);
    return base.fastElu(alpha, exact);
  }

  @Override
  public FloatKernel selu() {
    FloatKernel exact = base.selu();
    return base.fastSelu(exact);
  }

  @Override
  public FloatKernel celu(double alpha) {
    FloatKernel exact = base.celu(alpha);
    return alpha > 0 ? base.fastCelu(alpha, exact) : new FastAlias(exact);
  }

  @Override
  public FloatKernel softplus(double beta, double threshold) {
    FloatKernel exact = base.softplus(beta, threshold);
    return beta == 1 ? base.fastSoftplus(threshold, exact) : new FastAlias(exact);
  }

  @Override
  public FloatKernel swish(double beta) {
    FloatKernel exact = base.swish(beta);
    return beta == 1 ? base.fastSilu(exact) : new FastAlias(exact);
  }

  @Override
  public FloatKernel mish() {
    FloatKernel exact = base.mish();
    return base.fastMish(exact);
  }

  @Override
  public FloatKernel gelu() {
    FloatKernel exact = base.gelu();
    return base.fastGelu(exact);
  }

  @Override
  public FloatKernel geluTanh() {
    FloatKernel exact = base.geluTanh();
    return base.fastGeluTanh(exact);
  }

  @Override
  public FloatKernel tanhshrink() {
    return new FastAlias(base.tanhshrink());
  }

  @Override
  public FloatKernel softsign() {
    return new FastAlias(base.softsign());
  }

  @Override
  public FloatKernel hardsigmoid() {
    return new FastAlias(base.hardsigmoid());
  }

  @Override
  public FloatKernel hardswish() {
    return new FastAlias(base.hardswish());
  }

  @Override
  public FloatKernel logsigmoid() {
    FloatKernel exact = base.logsigmoid();
    return base.fastLogsigmoid(exact);
  }

  @Override
  public FloatKernel leakyRelu(double slope) {
    return new FastAlias(base.leakyRelu(slope));
  }

  @Override
  public FloatKernel softshrink(double lambd) {
    return new FastAlias(base.softshrink(lambd));
  }

  @Override
  public FloatKernel identity() {
    return new FastAlias(base.identity());
  }

  @Override
  public FloatKernel relu() {
    return new FastAlias(base.relu());
  }

  @Override
  public FloatKernel hardtanh(double min, double max) {
    return new FastAlias(base.hardtanh(min, max));
  }

  @Override
  public FloatKernel hardshrink(double lambd) {
    return new FastAlias(base.hardshrink(lambd));
  }

  @Override
  public FloatKernel threshold(double threshold, double value) {
    return new FastAlias(base.threshold(threshold, value));
  }

  @Override
  public FloatKernel fastSigmoid(FloatKernel exact) {
    return base.fastSigmoid(exact);
  }

  @Override
  public FloatKernel fastTanh(FloatKernel exact) {
    return base.fastTanh(exact);
  }

  @Override
  public FloatKernel fastElu(double alpha, FloatKernel exact) {
    return base.fastElu(alpha, exact);
  }

  @Override
  public FloatKernel fastSelu(FloatKernel exact) {
    return base.fastSelu(exact);
  }

  @Override
  public FloatKernel fastCelu(double alpha, FloatKernel exact) {
    return base.fastCelu(alpha, exact);
  }

  @Override
  public FloatKernel fastSoftplus(double threshold, FloatKernel exact) {
    return base.fastSoftplus(threshold, exact);
  }

  @Override
  public FloatKernel fastLogsigmoid(FloatKernel exact) {
    return base.fastLogsigmoid(exact);
  }

  @Override
  public FloatKernel fastSilu(FloatKernel exact) {
    return base.fastSilu(exact);
  }

  @Override
  public FloatKernel fastMish(FloatKernel exact) {
    return base.fastMish(exact);
  }

  @Override
  public FloatKernel fastGelu(FloatKernel exact) {
    return base.fastGelu(exact);
  }

  @Override
  public FloatKernel fastGeluTanh(FloatKernel exact) {
    return base.fastGeluTanh(exact);
  }

  @Override
  public DoubleKernel sigmoidDouble() {
    return base.sigmoidDouble();
  }

  @Override
  public DoubleKernel tanhDouble() {
    return base.tanhDouble();
  }

  @Override
  public DoubleKernel eluDouble(double alpha) {
    return base.eluDouble(alpha);
  }

  @Override
  public DoubleKernel seluDouble() {
    return base.seluDouble();
  }

  @Override
  public DoubleKernel celuDouble(double alpha) {
    return base.celuDouble(alpha);
  }

  @Override
  public DoubleKernel softplusDouble(double beta, double threshold) {
    return base.softplusDouble(beta, threshold);
  }

  @Override
  public DoubleKernel swishDouble(double beta) {
    return base.swishDouble(beta);
  }

  @Override
  public DoubleKernel mishDouble() {
    return base.mishDouble();
  }

  @Override
  public DoubleKernel geluDouble() {
    return base.geluDouble();
  }

  @Override
  public DoubleKernel geluTanhDouble() {
    return base.geluTanhDouble();
  }

  @Override
  public DoubleKernel logsigmoidDouble() {
    return base.logsigmoidDouble();
  }

  @Override
  public DoubleKernel tanhshrinkDouble() {
    return base.tanhshrinkDouble();
  }

  @Override
  public DoubleKernel softsignDouble() {
    return base.softsignDouble();
  }

  @Override
  public DoubleKernel hardsigmoidDouble() {
    return base.hardsigmoidDouble();
  }

  @Override
  public DoubleKernel hardswishDouble() {
    return base.hardswishDouble();
  }

  @Override
  public DoubleKernel softshrinkDouble(double lambd) {
    return base.softshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel leakyReluDouble(double slope) {
    return base.leakyReluDouble(slope);
  }

  @Override
  public DoubleKernel identityDouble() {
    return base.identityDouble();
  }

  @Override
  public DoubleKernel reluDouble() {
    return base.reluDouble();
  }

  @Override
  public DoubleKernel hardtanhDouble(double min, double max) {
    return base.hardtanhDouble(min, max);
  }

  @Override
  public DoubleKernel hardshrinkDouble(double lambd) {
    return base.hardshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel thresholdDouble(double threshold, double value) {
    return base.thresholdDouble(threshold, value);
  }
}
