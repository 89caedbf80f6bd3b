// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.ERFC_EXP_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_FIT_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_OFFSET;
import static dev.activations.internal.kernel.Cores.ERFC_SCALE;
import static dev.activations.internal.kernel.Cores.EXP_MAX;
import static dev.activations.internal.kernel.Cores.EXP_MIN;
import static dev.activations.internal.kernel.Cores.FMA;
import static dev.activations.internal.kernel.Cores.LN2_HI;
import static dev.activations.internal.kernel.Cores.LN2_LO;
import static dev.activations.internal.kernel.Cores.LOG2E;
import static dev.activations.internal.kernel.Cores.MANTISSA;
import static dev.activations.internal.kernel.Cores.ONE_BITS;
import static dev.activations.internal.kernel.Cores.SHIFT;
import static dev.activations.internal.kernel.Cores.SQRT_HALF_BITS;
import static dev.activations.internal.kernel.Cores.TWO52_BITS;
import static dev.activations.internal.kernel.DoubleFormulas.MAX;
import static dev.activations.internal.kernel.Formulas.FLOAT_MAX;
import static dev.activations.internal.kernel.Formulas.GELU_K;
import static dev.activations.internal.kernel.Formulas.GELU_KC;
import static dev.activations.internal.kernel.Formulas.INV_SQRT2;
import static dev.activations.internal.kernel.Formulas.INV_SQRT_2PI;
import static dev.activations.internal.kernel.Formulas.MISH_LINEAR;
import static dev.activations.internal.kernel.Formulas.SELU_LAMBDA;
import static dev.activations.internal.kernel.Formulas.SELU_LAMBDA_ALPHA;
import static dev.activations.internal.kernel.Formulas.SIXTH;
import static dev.activations.internal.kernel.Formulas.TANHSHRINK_SERIES;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API kernels, one class per function so that each loop is monomorphic, in one file
 * per function (Panama&lt;Function&gt;.java, float and double kernels side by side). Functions
 * with transcendental parts widen floats to double lanes and evaluate, operation for operation,
 * the scalar {@link Formulas}; the loops are written out with no helper calls, so that HotSpot
 * compiles each as one unit and never boxes a vector. The piecewise functions whose results are
 * exact in float (relu, identity, hardtanh, hardshrink, threshold) run on float lanes. Tails run
 * the scalar formulas, which agree bit for bit.
 *
 * <p>Loaded by name only after {@link Kernels} has checked that the Vector API is usable: this
 * class links against {@code jdk.incubator.vector}.
 */
@Generated("tools/panama_kernels.py")
final class PanamaKernels extends KernelProvider {
  static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  static final VectorSpecies<Float> F =
      VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
  static final VectorSpecies<Float> FF = FloatVector.SPECIES_PREFERRED;
  static final int LANES = F.length();
  static final int FLANES = FF.length();
  static final int DLANES = D.length();
  /**
   * Elements per chunk where a kernel first computes a piecewise part element by element into a
   * buffer (gelu's normal tail, whose pieces would need gathers and conversions that C2 does not
   * compile to vector instructions here).
   */
  static final int CHUNK = 256;

  PanamaKernels() {}

  @Override
  public String name() {
    return "panama";
  }

  /** Bits of the double species the float kernels compute in. */
  int vectorBits() {
    return D.vectorBitSize();
  }

  @Override
  public FloatKernel sigmoid() {
    return new PanamaSigmoid.Sigmoid();
  }

  @Override
  public FloatKernel tanh() {
    return new PanamaTanh.Tanh();
  }

  @Override
  public FloatKernel elu(double alpha) {
    return new PanamaElu.Elu(alpha);
  }

  @Override
  public FloatKernel selu() {
    return new PanamaSelu.Selu();
  }

  @Override
  public FloatKernel celu(double alpha) {
    return new PanamaCelu.Celu(alpha);
  }

  @Override
  public FloatKernel softplus(double beta, double threshold) {
    return new PanamaSoftplus.Softplus(beta, threshold);
  }

  @Override
  public FloatKernel swish(double beta) {
    return new PanamaSwish.Swish(beta);
  }

  @Override
  public FloatKernel mish() {
    return new PanamaMish.Mish();
  }

  @Override
  public FloatKernel gelu() {
    return new PanamaGelu.Gelu();
  }

  @Override
  public FloatKernel geluTanh() {
    return new PanamaGeluTanh.GeluTanh();
  }

  @Override
  public FloatKernel tanhshrink() {
    return new PanamaTanhshrink.Tanhshrink();
  }

  @Override
  public FloatKernel softsign() {
    return new PanamaSoftsign.Softsign();
  }

  @Override
  public FloatKernel hardsigmoid() {
    return new PanamaHardsigmoid.Hardsigmoid();
  }

  @Override
  public FloatKernel hardswish() {
    return new PanamaHardswish.Hardswish();
  }

  @Override
  public FloatKernel logsigmoid() {
    return new PanamaLogsigmoid.Logsigmoid();
  }

  @Override
  public FloatKernel leakyRelu(double slope) {
    return new PanamaLeakyRelu.LeakyRelu(slope);
  }

  @Override
  public FloatKernel softshrink(double lambd) {
    return new PanamaSoftshrink.Softshrink(lambd);
  }

  @Override
  public FloatKernel identity() {
    return new PanamaIdentity.Identity();
  }

  @Override
  public FloatKernel relu() {
    return new PanamaRelu.Relu();
  }

  @Override
  public FloatKernel hardtanh(double min, double max) {
    return new PanamaHardtanh.Hardtanh(min, max);
  }

  @Override
  public FloatKernel hardshrink(double lambd) {
    return new PanamaHardshrink.Hardshrink(lambd);
  }

  @Override
  public FloatKernel threshold(double threshold, double value) {
    return new PanamaThreshold.Threshold(threshold, value);
  }

  @Override
  public FloatKernel fastSigmoid(FloatKernel exact) {
    return new FastSigmoid.Panama(exact);
  }

  @Override
  public FloatKernel fastTanh(FloatKernel exact) {
    return new FastTanh.Panama(exact);
  }

  @Override
  public FloatKernel fastElu(double alpha, FloatKernel exact) {
    return new FastElu.Panama(alpha, exact);
  }

  @Override
  public FloatKernel fastSelu(FloatKernel exact) {
    return new FastSelu.Panama(exact);
  }

  @Override
  public FloatKernel fastCelu(double alpha, FloatKernel exact) {
    return new FastCelu.Panama(alpha, exact);
  }

  @Override
  public FloatKernel fastSoftplus(double threshold, FloatKernel exact) {
    return new FastSoftplus.Panama(threshold, exact);
  }

  @Override
  public FloatKernel fastLogsigmoid(FloatKernel exact) {
    return new FastLogsigmoid.Panama(exact);
  }

  @Override
  public FloatKernel fastSilu(FloatKernel exact) {
    return new FastSilu.Panama(exact);
  }

  @Override
  public FloatKernel fastMish(FloatKernel exact) {
    return new FastMish.Panama(exact);
  }

  @Override
  public FloatKernel fastGelu(FloatKernel exact) {
    return new FastGelu.Panama(exact);
  }

  @Override
  public FloatKernel fastGeluTanh(FloatKernel exact) {
    return new FastGeluTanh.Panama(exact);
  }

  @Override
  public DoubleKernel sigmoidDouble() {
    return new PanamaSigmoid.SigmoidDouble();
  }

  @Override
  public DoubleKernel tanhDouble() {
    return new PanamaTanh.TanhDouble();
  }

  @Override
  public DoubleKernel eluDouble(double alpha) {
    return new PanamaElu.EluDouble(alpha);
  }

  @Override
  public DoubleKernel seluDouble() {
    return new PanamaSelu.SeluDouble();
  }

  @Override
  public DoubleKernel celuDouble(double alpha) {
    return new PanamaCelu.CeluDouble(alpha);
  }

  @Override
  public DoubleKernel softplusDouble(double beta, double threshold) {
    return new PanamaSoftplus.SoftplusDouble(beta, threshold);
  }

  @Override
  public DoubleKernel swishDouble(double beta) {
    return new PanamaSwish.SwishDouble(beta);
  }

  @Override
  public DoubleKernel mishDouble() {
    return new PanamaMish.MishDouble();
  }

  @Override
  public DoubleKernel geluDouble() {
    return new PanamaGelu.GeluDouble();
  }

  @Override
  public DoubleKernel geluTanhDouble() {
    return new PanamaGeluTanh.GeluTanhDouble();
  }

  @Override
  public DoubleKernel logsigmoidDouble() {
    return new PanamaLogsigmoid.LogsigmoidDouble();
  }

  @Override
  public DoubleKernel tanhshrinkDouble() {
    return new PanamaTanhshrink.TanhshrinkDouble();
  }

  @Override
  public DoubleKernel softsignDouble() {
    return new PanamaSoftsign.SoftsignDouble();
  }

  @Override
  public DoubleKernel hardsigmoidDouble() {
    return new PanamaHardsigmoid.HardsigmoidDouble();
  }

  @Override
  public DoubleKernel hardswishDouble() {
    return new PanamaHardswish.HardswishDouble();
  }

  @Override
  public DoubleKernel softshrinkDouble(double lambd) {
    return new PanamaSoftshrink.SoftshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel leakyReluDouble(double slope) {
    return new PanamaLeakyRelu.LeakyReluDouble(slope);
  }

  @Override
  public DoubleKernel identityDouble() {
    return new PanamaIdentity.IdentityDouble();
  }

  @Override
  public DoubleKernel reluDouble() {
    return new PanamaRelu.ReluDouble();
  }

  @Override
  public DoubleKernel hardtanhDouble(double min, double max) {
    return new PanamaHardtanh.HardtanhDouble(min, max);
  }

  @Override
  public DoubleKernel hardshrinkDouble(double lambd) {
    return new PanamaHardshrink.HardshrinkDouble(lambd);
  }

  @Override
  public DoubleKernel thresholdDouble(double threshold, double value) {
    return new PanamaThreshold.ThresholdDouble(threshold, value);
  }
}
