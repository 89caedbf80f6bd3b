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
 * The Vector API kernels, one class per function so that each loop is monomorphic. Functions
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.neg();
        DoubleVector b0 = vb.neg();
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = FMA ? a15.fma(a14, a15) : a15.mul(a14).add(a15);
        DoubleVector b16 = FMA ? b15.fma(b14, b15) : b15.mul(b14).add(b15);
        DoubleVector a17 = a16.add(1.0);
        DoubleVector b17 = b16.add(1.0);
        DoubleVector a18 = DoubleVector.broadcast(D, 1.0).div(a17);
        DoubleVector b18 = DoubleVector.broadcast(D, 1.0).div(b17);
        ((FloatVector) a18.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b18.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = FMA ? t15.fma(t14, t15) : t15.mul(t14).add(t15);
        DoubleVector t17 = t16.add(1.0);
        DoubleVector t18 = DoubleVector.broadcast(D, 1.0).div(t17);
        ((FloatVector) t18.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.sigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.neg();
        DoubleVector b0 = vb.neg();
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = FMA ? a15.fma(a14, a15) : a15.mul(a14).add(a15);
        DoubleVector b16 = FMA ? b15.fma(b14, b15) : b15.mul(b14).add(b15);
        DoubleVector a17 = a16.add(1.0);
        DoubleVector b17 = b16.add(1.0);
        DoubleVector a18 = DoubleVector.broadcast(D, 1.0).div(a17);
        DoubleVector b18 = DoubleVector.broadcast(D, 1.0).div(b17);
        DoubleVector a19 = a16.mul(a18);
        DoubleVector b19 = b16.mul(b18);
        DoubleVector a20 = a19.mul(a18);
        DoubleVector b20 = b19.mul(b18);
        ((FloatVector) ga.mul(a20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = FMA ? t15.fma(t14, t15) : t15.mul(t14).add(t15);
        DoubleVector t17 = t16.add(1.0);
        DoubleVector t18 = DoubleVector.broadcast(D, 1.0).div(t17);
        DoubleVector t19 = t16.mul(t18);
        DoubleVector t20 = t19.mul(t18);
        ((FloatVector) g.mul(t20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(va);
        DoubleVector b0 = vb.add(vb);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = a15.sub(1.0);
        DoubleVector b16 = b15.sub(1.0);
        DoubleVector a17 = FMA ? a15.fma(a14, a16) : a15.mul(a14).add(a16);
        DoubleVector b17 = FMA ? b15.fma(b14, b16) : b15.mul(b14).add(b16);
        DoubleVector a18 = a17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b18 = b17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a19 = a18.add(2.0);
        DoubleVector b19 = b18.add(2.0);
        DoubleVector a20 = a18.div(a19);
        DoubleVector b20 = b18.div(b19);
        ((FloatVector) a20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b20.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(v);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = t15.sub(1.0);
        DoubleVector t17 = FMA ? t15.fma(t14, t16) : t15.mul(t14).add(t16);
        DoubleVector t18 = t17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t19 = t18.add(2.0);
        DoubleVector t20 = t18.div(t19);
        ((FloatVector) t20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.tanh(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(-2.0);
        DoubleVector b1 = b0.mul(-2.0);
        DoubleVector a2 = a1.blend(EXP_MIN, a1.compare(LT, EXP_MIN));
        DoubleVector b2 = b1.blend(EXP_MIN, b1.compare(LT, EXP_MIN));
        DoubleVector a3 = a2.blend(EXP_MAX, a2.compare(GT, EXP_MAX));
        DoubleVector b3 = b2.blend(EXP_MAX, b2.compare(GT, EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(2.487618804110902e-05, 0.00019907584981393008) : a7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b8 = FMA ? b7.fma(2.487618804110902e-05, 0.00019907584981393008) : b7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 0.0013888821633350108)) : a8.mul(a7).add(0.0013888821633350108);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 0.0013888821633350108)) : b8.mul(b7).add(0.0013888821633350108);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 0.008333283514493672)) : a9.mul(a7).add(0.008333283514493672);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 0.008333283514493672)) : b9.mul(b7).add(0.008333283514493672);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 0.04166666689117805)) : a10.mul(a7).add(0.04166666689117805);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 0.04166666689117805)) : b10.mul(b7).add(0.04166666689117805);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 0.16666666786399478)) : a11.mul(a7).add(0.16666666786399478);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 0.16666666786399478)) : b11.mul(b7).add(0.16666666786399478);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.49999999999797706)) : a12.mul(a7).add(0.49999999999797706);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.49999999999797706)) : b12.mul(b7).add(0.49999999999797706);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.9999999999955043)) : a13.mul(a7).add(0.9999999999955043);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.9999999999955043)) : b13.mul(b7).add(0.9999999999955043);
        DoubleVector a15 = a7.mul(a14);
        DoubleVector b15 = b7.mul(b14);
        DoubleVector a16 = a4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b16 = b4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a17 = FMA ? a16.fma(a15, a16) : a16.mul(a15).add(a16);
        DoubleVector b17 = FMA ? b16.fma(b15, b16) : b16.mul(b15).add(b16);
        DoubleVector a18 = a17.add(1.0);
        DoubleVector b18 = b17.add(1.0);
        DoubleVector a19 = a17.mul(4.0);
        DoubleVector b19 = b17.mul(4.0);
        DoubleVector a20 = a18.mul(a18);
        DoubleVector b20 = b18.mul(b18);
        DoubleVector a21 = a19.div(a20);
        DoubleVector b21 = b19.div(b20);
        ((FloatVector) ga.mul(a21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(-2.0);
        DoubleVector t2 = t1.blend(EXP_MIN, t1.compare(LT, EXP_MIN));
        DoubleVector t3 = t2.blend(EXP_MAX, t2.compare(GT, EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(2.487618804110902e-05, 0.00019907584981393008) : t7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 0.0013888821633350108)) : t8.mul(t7).add(0.0013888821633350108);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 0.008333283514493672)) : t9.mul(t7).add(0.008333283514493672);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 0.04166666689117805)) : t10.mul(t7).add(0.04166666689117805);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 0.16666666786399478)) : t11.mul(t7).add(0.16666666786399478);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.49999999999797706)) : t12.mul(t7).add(0.49999999999797706);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.9999999999955043)) : t13.mul(t7).add(0.9999999999955043);
        DoubleVector t15 = t7.mul(t14);
        DoubleVector t16 = t4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t17 = FMA ? t16.fma(t15, t16) : t16.mul(t15).add(t16);
        DoubleVector t18 = t17.add(1.0);
        DoubleVector t19 = t17.mul(4.0);
        DoubleVector t20 = t18.mul(t18);
        DoubleVector t21 = t19.div(t20);
        ((FloatVector) g.mul(t21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = a14.sub(1.0);
        DoubleVector b15 = b14.sub(1.0);
        DoubleVector a16 = FMA ? a14.fma(a13, a15) : a14.mul(a13).add(a15);
        DoubleVector b16 = FMA ? b14.fma(b13, b15) : b14.mul(b13).add(b15);
        DoubleVector a17 = a16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b17 = b16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a18 = a17.mul(alpha);
        DoubleVector b18 = b17.mul(alpha);
        DoubleVector a19 = a18.blend(va, va.compare(GT, 0.0));
        DoubleVector b19 = b18.blend(vb, vb.compare(GT, 0.0));
        ((FloatVector) a19.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b19.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = t14.sub(1.0);
        DoubleVector t16 = FMA ? t14.fma(t13, t15) : t14.mul(t13).add(t15);
        DoubleVector t17 = t16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t18 = t17.mul(alpha);
        DoubleVector t19 = t18.blend(v, v.compare(GT, 0.0));
        ((FloatVector) t19.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = FMA ? a14.fma(a13, a14) : a14.mul(a13).add(a14);
        DoubleVector b15 = FMA ? b14.fma(b13, b14) : b14.mul(b13).add(b14);
        DoubleVector a16 = a15.mul(alpha);
        DoubleVector b16 = b15.mul(alpha);
        DoubleVector a17 = a16.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b17 = b16.blend(1.0, vb.compare(GT, 0.0));
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = FMA ? t14.fma(t13, t14) : t14.mul(t13).add(t14);
        DoubleVector t16 = t15.mul(alpha);
        DoubleVector t17 = t16.blend(1.0, v.compare(GT, 0.0));
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = a14.sub(1.0);
        DoubleVector b15 = b14.sub(1.0);
        DoubleVector a16 = FMA ? a14.fma(a13, a15) : a14.mul(a13).add(a15);
        DoubleVector b16 = FMA ? b14.fma(b13, b15) : b14.mul(b13).add(b15);
        DoubleVector a17 = a16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b17 = b16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a18 = a17.mul(SELU_LAMBDA_ALPHA);
        DoubleVector b18 = b17.mul(SELU_LAMBDA_ALPHA);
        DoubleVector a19 = va.mul(SELU_LAMBDA);
        DoubleVector b19 = vb.mul(SELU_LAMBDA);
        DoubleVector a20 = a18.blend(a19, va.compare(GT, 0.0));
        DoubleVector b20 = b18.blend(b19, vb.compare(GT, 0.0));
        ((FloatVector) a20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b20.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = t14.sub(1.0);
        DoubleVector t16 = FMA ? t14.fma(t13, t15) : t14.mul(t13).add(t15);
        DoubleVector t17 = t16.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t18 = t17.mul(SELU_LAMBDA_ALPHA);
        DoubleVector t19 = v.mul(SELU_LAMBDA);
        DoubleVector t20 = t18.blend(t19, v.compare(GT, 0.0));
        ((FloatVector) t20.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.selu(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = FMA ? a14.fma(a13, a14) : a14.mul(a13).add(a14);
        DoubleVector b15 = FMA ? b14.fma(b13, b14) : b14.mul(b13).add(b14);
        DoubleVector a16 = a15.mul(SELU_LAMBDA_ALPHA);
        DoubleVector b16 = b15.mul(SELU_LAMBDA_ALPHA);
        DoubleVector a17 = a16.blend(SELU_LAMBDA, va.compare(GT, 0.0));
        DoubleVector b17 = b16.blend(SELU_LAMBDA, vb.compare(GT, 0.0));
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = FMA ? t14.fma(t13, t14) : t14.mul(t13).add(t14);
        DoubleVector t16 = t15.mul(SELU_LAMBDA_ALPHA);
        DoubleVector t17 = t16.blend(SELU_LAMBDA, v.compare(GT, 0.0));
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(inverseAlpha);
        DoubleVector b0 = vb.mul(inverseAlpha);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = a15.sub(1.0);
        DoubleVector b16 = b15.sub(1.0);
        DoubleVector a17 = FMA ? a15.fma(a14, a16) : a15.mul(a14).add(a16);
        DoubleVector b17 = FMA ? b15.fma(b14, b16) : b15.mul(b14).add(b16);
        DoubleVector a18 = a17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b18 = b17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a19 = a18.mul(alpha);
        DoubleVector b19 = b18.mul(alpha);
        DoubleVector a20 = a0.abs();
        DoubleVector b20 = b0.abs();
        DoubleVector a21 = a19.blend(va, a20.compare(LT, 0x1p-60));
        DoubleVector b21 = b19.blend(vb, b20.compare(LT, 0x1p-60));
        DoubleVector a22 = a21.blend(va, va.compare(GT, 0.0));
        DoubleVector b22 = b21.blend(vb, vb.compare(GT, 0.0));
        ((FloatVector) a22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b22.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(inverseAlpha);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = t15.sub(1.0);
        DoubleVector t17 = FMA ? t15.fma(t14, t16) : t15.mul(t14).add(t16);
        DoubleVector t18 = t17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t19 = t18.mul(alpha);
        DoubleVector t20 = t0.abs();
        DoubleVector t21 = t19.blend(v, t20.compare(LT, 0x1p-60));
        DoubleVector t22 = t21.blend(v, v.compare(GT, 0.0));
        ((FloatVector) t22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.celu(v, alpha, inverseAlpha);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      final double inverseAlpha = this.inverseAlpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(inverseAlpha);
        DoubleVector b0 = vb.mul(inverseAlpha);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = FMA ? a15.fma(a14, a15) : a15.mul(a14).add(a15);
        DoubleVector b16 = FMA ? b15.fma(b14, b15) : b15.mul(b14).add(b15);
        DoubleVector a17 = a16.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b17 = b16.blend(1.0, vb.compare(GT, 0.0));
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(inverseAlpha);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = FMA ? t15.fma(t14, t15) : t15.mul(t14).add(t15);
        DoubleVector t17 = t16.blend(1.0, v.compare(GT, 0.0));
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b1 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = a3.blend(EXP_MIN, a3.compare(LT, EXP_MIN));
        DoubleVector b4 = b3.blend(EXP_MIN, b3.compare(LT, EXP_MIN));
        DoubleVector a5 = a4.blend(EXP_MAX, a4.compare(GT, EXP_MAX));
        DoubleVector b5 = b4.blend(EXP_MAX, b4.compare(GT, EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(2.487618804110902e-05, 0.00019907584981393008) : a9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b10 = FMA ? b9.fma(2.487618804110902e-05, 0.00019907584981393008) : b9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 0.0013888821633350108)) : a10.mul(a9).add(0.0013888821633350108);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 0.0013888821633350108)) : b10.mul(b9).add(0.0013888821633350108);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 0.008333283514493672)) : a11.mul(a9).add(0.008333283514493672);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 0.008333283514493672)) : b11.mul(b9).add(0.008333283514493672);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 0.04166666689117805)) : a12.mul(a9).add(0.04166666689117805);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 0.04166666689117805)) : b12.mul(b9).add(0.04166666689117805);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 0.16666666786399478)) : a13.mul(a9).add(0.16666666786399478);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 0.16666666786399478)) : b13.mul(b9).add(0.16666666786399478);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.49999999999797706)) : a14.mul(a9).add(0.49999999999797706);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.49999999999797706)) : b14.mul(b9).add(0.49999999999797706);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.9999999999955043)) : a15.mul(a9).add(0.9999999999955043);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.9999999999955043)) : b15.mul(b9).add(0.9999999999955043);
        DoubleVector a17 = a9.mul(a16);
        DoubleVector b17 = b9.mul(b16);
        DoubleVector a18 = a6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b18 = b6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a19 = FMA ? a18.fma(a17, a18) : a18.mul(a17).add(a18);
        DoubleVector b19 = FMA ? b18.fma(b17, b18) : b18.mul(b17).add(b18);
        DoubleVector a20 = a19.add(1.0);
        DoubleVector b20 = b19.add(1.0);
        DoubleVector a21 = a20.sub(1.0);
        DoubleVector b21 = b20.sub(1.0);
        DoubleVector a22 = a19.sub(a21);
        DoubleVector b22 = b19.sub(b21);
        DoubleVector a23 = a22.div(a20);
        DoubleVector b23 = b22.div(b20);
        LongVector a24 = a20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b24 = b20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a25 = a24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b25 = b24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a26 = a24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b26 = b24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a27 = a26.sub(1.0);
        DoubleVector b27 = b26.sub(1.0);
        DoubleVector a28 = a27.add(2.0);
        DoubleVector b28 = b27.add(2.0);
        DoubleVector a29 = a27.div(a28);
        DoubleVector b29 = b27.div(b28);
        DoubleVector a30 = a29.mul(a29);
        DoubleVector b30 = b29.mul(b29);
        DoubleVector a31 = FMA ? a30.fma(0.13333333333333333, 0.15384615384615385) : a30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector b31 = FMA ? b30.fma(0.13333333333333333, 0.15384615384615385) : b30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector a32 = FMA ? a31.fma(a30, DoubleVector.broadcast(D, 0.18181818181818182)) : a31.mul(a30).add(0.18181818181818182);
        DoubleVector b32 = FMA ? b31.fma(b30, DoubleVector.broadcast(D, 0.18181818181818182)) : b31.mul(b30).add(0.18181818181818182);
        DoubleVector a33 = FMA ? a32.fma(a30, DoubleVector.broadcast(D, 0.2222222222222222)) : a32.mul(a30).add(0.2222222222222222);
        DoubleVector b33 = FMA ? b32.fma(b30, DoubleVector.broadcast(D, 0.2222222222222222)) : b32.mul(b30).add(0.2222222222222222);
        DoubleVector a34 = FMA ? a33.fma(a30, DoubleVector.broadcast(D, 0.2857142857142857)) : a33.mul(a30).add(0.2857142857142857);
        DoubleVector b34 = FMA ? b33.fma(b30, DoubleVector.broadcast(D, 0.2857142857142857)) : b33.mul(b30).add(0.2857142857142857);
        DoubleVector a35 = FMA ? a34.fma(a30, DoubleVector.broadcast(D, 0.4)) : a34.mul(a30).add(0.4);
        DoubleVector b35 = FMA ? b34.fma(b30, DoubleVector.broadcast(D, 0.4)) : b34.mul(b30).add(0.4);
        DoubleVector a36 = FMA ? a35.fma(a30, DoubleVector.broadcast(D, 0.6666666666666666)) : a35.mul(a30).add(0.6666666666666666);
        DoubleVector b36 = FMA ? b35.fma(b30, DoubleVector.broadcast(D, 0.6666666666666666)) : b35.mul(b30).add(0.6666666666666666);
        DoubleVector a37 = FMA ? a36.fma(a30, DoubleVector.broadcast(D, 2.0)) : a36.mul(a30).add(2.0);
        DoubleVector b37 = FMA ? b36.fma(b30, DoubleVector.broadcast(D, 2.0)) : b36.mul(b30).add(2.0);
        DoubleVector a38 = FMA ? a29.fma(a37, a23) : a29.mul(a37).add(a23);
        DoubleVector b38 = FMA ? b29.fma(b37, b23) : b29.mul(b37).add(b23);
        DoubleVector a39 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_LO), a38) : a25.mul(LN2_LO).add(a38);
        DoubleVector b39 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_LO), b38) : b25.mul(LN2_LO).add(b38);
        DoubleVector a40 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_HI), a39) : a25.mul(LN2_HI).add(a39);
        DoubleVector b40 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_HI), b39) : b25.mul(LN2_HI).add(b39);
        DoubleVector a41 = a1.add(a40);
        DoubleVector b41 = b1.add(b40);
        DoubleVector a42 = a41.mul(inverseBeta);
        DoubleVector b42 = b41.mul(inverseBeta);
        DoubleVector a43 = a42.blend(va, a0.compare(GT, threshold));
        DoubleVector b43 = b42.blend(vb, b0.compare(GT, threshold));
        ((FloatVector) a43.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b43.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = t3.blend(EXP_MIN, t3.compare(LT, EXP_MIN));
        DoubleVector t5 = t4.blend(EXP_MAX, t4.compare(GT, EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(2.487618804110902e-05, 0.00019907584981393008) : t9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 0.0013888821633350108)) : t10.mul(t9).add(0.0013888821633350108);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 0.008333283514493672)) : t11.mul(t9).add(0.008333283514493672);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 0.04166666689117805)) : t12.mul(t9).add(0.04166666689117805);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 0.16666666786399478)) : t13.mul(t9).add(0.16666666786399478);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.49999999999797706)) : t14.mul(t9).add(0.49999999999797706);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.9999999999955043)) : t15.mul(t9).add(0.9999999999955043);
        DoubleVector t17 = t9.mul(t16);
        DoubleVector t18 = t6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t19 = FMA ? t18.fma(t17, t18) : t18.mul(t17).add(t18);
        DoubleVector t20 = t19.add(1.0);
        DoubleVector t21 = t20.sub(1.0);
        DoubleVector t22 = t19.sub(t21);
        DoubleVector t23 = t22.div(t20);
        LongVector t24 = t20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t25 = t24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t26 = t24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t27 = t26.sub(1.0);
        DoubleVector t28 = t27.add(2.0);
        DoubleVector t29 = t27.div(t28);
        DoubleVector t30 = t29.mul(t29);
        DoubleVector t31 = FMA ? t30.fma(0.13333333333333333, 0.15384615384615385) : t30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector t32 = FMA ? t31.fma(t30, DoubleVector.broadcast(D, 0.18181818181818182)) : t31.mul(t30).add(0.18181818181818182);
        DoubleVector t33 = FMA ? t32.fma(t30, DoubleVector.broadcast(D, 0.2222222222222222)) : t32.mul(t30).add(0.2222222222222222);
        DoubleVector t34 = FMA ? t33.fma(t30, DoubleVector.broadcast(D, 0.2857142857142857)) : t33.mul(t30).add(0.2857142857142857);
        DoubleVector t35 = FMA ? t34.fma(t30, DoubleVector.broadcast(D, 0.4)) : t34.mul(t30).add(0.4);
        DoubleVector t36 = FMA ? t35.fma(t30, DoubleVector.broadcast(D, 0.6666666666666666)) : t35.mul(t30).add(0.6666666666666666);
        DoubleVector t37 = FMA ? t36.fma(t30, DoubleVector.broadcast(D, 2.0)) : t36.mul(t30).add(2.0);
        DoubleVector t38 = FMA ? t29.fma(t37, t23) : t29.mul(t37).add(t23);
        DoubleVector t39 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_LO), t38) : t25.mul(LN2_LO).add(t38);
        DoubleVector t40 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_HI), t39) : t25.mul(LN2_HI).add(t39);
        DoubleVector t41 = t1.add(t40);
        DoubleVector t42 = t41.mul(inverseBeta);
        DoubleVector t43 = t42.blend(v, t0.compare(GT, threshold));
        ((FloatVector) t43.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softplus(v, beta, inverseBeta, threshold);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double inverseBeta = this.inverseBeta;
      final double threshold = this.threshold;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = a1.blend(EXP_MIN, a1.compare(LT, EXP_MIN));
        DoubleVector b2 = b1.blend(EXP_MIN, b1.compare(LT, EXP_MIN));
        DoubleVector a3 = a2.blend(EXP_MAX, a2.compare(GT, EXP_MAX));
        DoubleVector b3 = b2.blend(EXP_MAX, b2.compare(GT, EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(2.487618804110902e-05, 0.00019907584981393008) : a7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b8 = FMA ? b7.fma(2.487618804110902e-05, 0.00019907584981393008) : b7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 0.0013888821633350108)) : a8.mul(a7).add(0.0013888821633350108);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 0.0013888821633350108)) : b8.mul(b7).add(0.0013888821633350108);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 0.008333283514493672)) : a9.mul(a7).add(0.008333283514493672);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 0.008333283514493672)) : b9.mul(b7).add(0.008333283514493672);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 0.04166666689117805)) : a10.mul(a7).add(0.04166666689117805);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 0.04166666689117805)) : b10.mul(b7).add(0.04166666689117805);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 0.16666666786399478)) : a11.mul(a7).add(0.16666666786399478);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 0.16666666786399478)) : b11.mul(b7).add(0.16666666786399478);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.49999999999797706)) : a12.mul(a7).add(0.49999999999797706);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.49999999999797706)) : b12.mul(b7).add(0.49999999999797706);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.9999999999955043)) : a13.mul(a7).add(0.9999999999955043);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.9999999999955043)) : b13.mul(b7).add(0.9999999999955043);
        DoubleVector a15 = a7.mul(a14);
        DoubleVector b15 = b7.mul(b14);
        DoubleVector a16 = a4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b16 = b4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a17 = FMA ? a16.fma(a15, a16) : a16.mul(a15).add(a16);
        DoubleVector b17 = FMA ? b16.fma(b15, b16) : b16.mul(b15).add(b16);
        DoubleVector a18 = a17.add(1.0);
        DoubleVector b18 = b17.add(1.0);
        DoubleVector a19 = DoubleVector.broadcast(D, 1.0).div(a18);
        DoubleVector b19 = DoubleVector.broadcast(D, 1.0).div(b18);
        DoubleVector a20 = a19.blend(1.0, a0.compare(GT, threshold));
        DoubleVector b20 = b19.blend(1.0, b0.compare(GT, threshold));
        ((FloatVector) ga.mul(a20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = t1.blend(EXP_MIN, t1.compare(LT, EXP_MIN));
        DoubleVector t3 = t2.blend(EXP_MAX, t2.compare(GT, EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(2.487618804110902e-05, 0.00019907584981393008) : t7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 0.0013888821633350108)) : t8.mul(t7).add(0.0013888821633350108);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 0.008333283514493672)) : t9.mul(t7).add(0.008333283514493672);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 0.04166666689117805)) : t10.mul(t7).add(0.04166666689117805);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 0.16666666786399478)) : t11.mul(t7).add(0.16666666786399478);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.49999999999797706)) : t12.mul(t7).add(0.49999999999797706);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.9999999999955043)) : t13.mul(t7).add(0.9999999999955043);
        DoubleVector t15 = t7.mul(t14);
        DoubleVector t16 = t4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t17 = FMA ? t16.fma(t15, t16) : t16.mul(t15).add(t16);
        DoubleVector t18 = t17.add(1.0);
        DoubleVector t19 = DoubleVector.broadcast(D, 1.0).div(t18);
        DoubleVector t20 = t19.blend(1.0, t0.compare(GT, threshold));
        ((FloatVector) g.mul(t20).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(beta);
        DoubleVector b2 = b1.mul(beta);
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = a3.blend(EXP_MIN, a3.compare(LT, EXP_MIN));
        DoubleVector b4 = b3.blend(EXP_MIN, b3.compare(LT, EXP_MIN));
        DoubleVector a5 = a4.blend(EXP_MAX, a4.compare(GT, EXP_MAX));
        DoubleVector b5 = b4.blend(EXP_MAX, b4.compare(GT, EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(2.487618804110902e-05, 0.00019907584981393008) : a9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b10 = FMA ? b9.fma(2.487618804110902e-05, 0.00019907584981393008) : b9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 0.0013888821633350108)) : a10.mul(a9).add(0.0013888821633350108);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 0.0013888821633350108)) : b10.mul(b9).add(0.0013888821633350108);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 0.008333283514493672)) : a11.mul(a9).add(0.008333283514493672);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 0.008333283514493672)) : b11.mul(b9).add(0.008333283514493672);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 0.04166666689117805)) : a12.mul(a9).add(0.04166666689117805);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 0.04166666689117805)) : b12.mul(b9).add(0.04166666689117805);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 0.16666666786399478)) : a13.mul(a9).add(0.16666666786399478);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 0.16666666786399478)) : b13.mul(b9).add(0.16666666786399478);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.49999999999797706)) : a14.mul(a9).add(0.49999999999797706);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.49999999999797706)) : b14.mul(b9).add(0.49999999999797706);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.9999999999955043)) : a15.mul(a9).add(0.9999999999955043);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.9999999999955043)) : b15.mul(b9).add(0.9999999999955043);
        DoubleVector a17 = a9.mul(a16);
        DoubleVector b17 = b9.mul(b16);
        DoubleVector a18 = a6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b18 = b6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a19 = FMA ? a18.fma(a17, a18) : a18.mul(a17).add(a18);
        DoubleVector b19 = FMA ? b18.fma(b17, b18) : b18.mul(b17).add(b18);
        DoubleVector a20 = a19.add(1.0);
        DoubleVector b20 = b19.add(1.0);
        DoubleVector a21 = DoubleVector.broadcast(D, 1.0).div(a20);
        DoubleVector b21 = DoubleVector.broadcast(D, 1.0).div(b20);
        DoubleVector a22 = va.blend(low, va.compare(LT, low));
        DoubleVector b22 = vb.blend(low, vb.compare(LT, low));
        DoubleVector a23 = a22.blend(high, a22.compare(GT, high));
        DoubleVector b23 = b22.blend(high, b22.compare(GT, high));
        DoubleVector a24 = a23.mul(a21);
        DoubleVector b24 = b23.mul(b21);
        ((FloatVector) a24.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b24.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = t3.blend(EXP_MIN, t3.compare(LT, EXP_MIN));
        DoubleVector t5 = t4.blend(EXP_MAX, t4.compare(GT, EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(2.487618804110902e-05, 0.00019907584981393008) : t9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 0.0013888821633350108)) : t10.mul(t9).add(0.0013888821633350108);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 0.008333283514493672)) : t11.mul(t9).add(0.008333283514493672);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 0.04166666689117805)) : t12.mul(t9).add(0.04166666689117805);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 0.16666666786399478)) : t13.mul(t9).add(0.16666666786399478);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.49999999999797706)) : t14.mul(t9).add(0.49999999999797706);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.9999999999955043)) : t15.mul(t9).add(0.9999999999955043);
        DoubleVector t17 = t9.mul(t16);
        DoubleVector t18 = t6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t19 = FMA ? t18.fma(t17, t18) : t18.mul(t17).add(t18);
        DoubleVector t20 = t19.add(1.0);
        DoubleVector t21 = DoubleVector.broadcast(D, 1.0).div(t20);
        DoubleVector t22 = v.blend(low, v.compare(LT, low));
        DoubleVector t23 = t22.blend(high, t22.compare(GT, high));
        DoubleVector t24 = t23.mul(t21);
        ((FloatVector) t24.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(beta);
        DoubleVector b2 = b1.mul(beta);
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = a3.blend(EXP_MIN, a3.compare(LT, EXP_MIN));
        DoubleVector b4 = b3.blend(EXP_MIN, b3.compare(LT, EXP_MIN));
        DoubleVector a5 = a4.blend(EXP_MAX, a4.compare(GT, EXP_MAX));
        DoubleVector b5 = b4.blend(EXP_MAX, b4.compare(GT, EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(2.487618804110902e-05, 0.00019907584981393008) : a9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b10 = FMA ? b9.fma(2.487618804110902e-05, 0.00019907584981393008) : b9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 0.0013888821633350108)) : a10.mul(a9).add(0.0013888821633350108);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 0.0013888821633350108)) : b10.mul(b9).add(0.0013888821633350108);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 0.008333283514493672)) : a11.mul(a9).add(0.008333283514493672);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 0.008333283514493672)) : b11.mul(b9).add(0.008333283514493672);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 0.04166666689117805)) : a12.mul(a9).add(0.04166666689117805);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 0.04166666689117805)) : b12.mul(b9).add(0.04166666689117805);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 0.16666666786399478)) : a13.mul(a9).add(0.16666666786399478);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 0.16666666786399478)) : b13.mul(b9).add(0.16666666786399478);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.49999999999797706)) : a14.mul(a9).add(0.49999999999797706);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.49999999999797706)) : b14.mul(b9).add(0.49999999999797706);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.9999999999955043)) : a15.mul(a9).add(0.9999999999955043);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.9999999999955043)) : b15.mul(b9).add(0.9999999999955043);
        DoubleVector a17 = a9.mul(a16);
        DoubleVector b17 = b9.mul(b16);
        DoubleVector a18 = a6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b18 = b6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a19 = FMA ? a18.fma(a17, a18) : a18.mul(a17).add(a18);
        DoubleVector b19 = FMA ? b18.fma(b17, b18) : b18.mul(b17).add(b18);
        DoubleVector a20 = a19.add(1.0);
        DoubleVector b20 = b19.add(1.0);
        DoubleVector a21 = DoubleVector.broadcast(D, 1.0).div(a20);
        DoubleVector b21 = DoubleVector.broadcast(D, 1.0).div(b20);
        DoubleVector a22 = a2.mul(a21);
        DoubleVector b22 = b2.mul(b21);
        DoubleVector a23 = a19.mul(a21);
        DoubleVector b23 = b19.mul(b21);
        DoubleVector a24 = FMA ? a22.fma(a23, a21) : a22.mul(a23).add(a21);
        DoubleVector b24 = FMA ? b22.fma(b23, b21) : b22.mul(b23).add(b21);
        ((FloatVector) ga.mul(a24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = t3.blend(EXP_MIN, t3.compare(LT, EXP_MIN));
        DoubleVector t5 = t4.blend(EXP_MAX, t4.compare(GT, EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(2.487618804110902e-05, 0.00019907584981393008) : t9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 0.0013888821633350108)) : t10.mul(t9).add(0.0013888821633350108);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 0.008333283514493672)) : t11.mul(t9).add(0.008333283514493672);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 0.04166666689117805)) : t12.mul(t9).add(0.04166666689117805);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 0.16666666786399478)) : t13.mul(t9).add(0.16666666786399478);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.49999999999797706)) : t14.mul(t9).add(0.49999999999797706);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.9999999999955043)) : t15.mul(t9).add(0.9999999999955043);
        DoubleVector t17 = t9.mul(t16);
        DoubleVector t18 = t6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t19 = FMA ? t18.fma(t17, t18) : t18.mul(t17).add(t18);
        DoubleVector t20 = t19.add(1.0);
        DoubleVector t21 = DoubleVector.broadcast(D, 1.0).div(t20);
        DoubleVector t22 = t2.mul(t21);
        DoubleVector t23 = t19.mul(t21);
        DoubleVector t24 = FMA ? t22.fma(t23, t21) : t22.mul(t23).add(t21);
        ((FloatVector) g.mul(t24).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(MISH_LINEAR, va.compare(GT, MISH_LINEAR));
        DoubleVector b0 = vb.blend(MISH_LINEAR, vb.compare(GT, MISH_LINEAR));
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = FMA ? a15.fma(a14, a15) : a15.mul(a14).add(a15);
        DoubleVector b16 = FMA ? b15.fma(b14, b15) : b15.mul(b14).add(b15);
        DoubleVector a17 = a16.add(2.0);
        DoubleVector b17 = b16.add(2.0);
        DoubleVector a18 = a16.mul(a17);
        DoubleVector b18 = b16.mul(b17);
        DoubleVector a19 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b19 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a20 = a18.add(2.0);
        DoubleVector b20 = b18.add(2.0);
        DoubleVector a21 = a18.div(a20);
        DoubleVector b21 = b18.div(b20);
        DoubleVector a22 = a19.mul(a21);
        DoubleVector b22 = b19.mul(b21);
        ((FloatVector) a22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b22.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = FMA ? t15.fma(t14, t15) : t15.mul(t14).add(t15);
        DoubleVector t17 = t16.add(2.0);
        DoubleVector t18 = t16.mul(t17);
        DoubleVector t19 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t20 = t18.add(2.0);
        DoubleVector t21 = t18.div(t20);
        DoubleVector t22 = t19.mul(t21);
        ((FloatVector) t22.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.mish(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(MISH_LINEAR, a0.compare(GT, MISH_LINEAR));
        DoubleVector b1 = b0.blend(MISH_LINEAR, b0.compare(GT, MISH_LINEAR));
        DoubleVector a2 = a1.blend(EXP_MIN, a1.compare(LT, EXP_MIN));
        DoubleVector b2 = b1.blend(EXP_MIN, b1.compare(LT, EXP_MIN));
        DoubleVector a3 = a2.blend(EXP_MAX, a2.compare(GT, EXP_MAX));
        DoubleVector b3 = b2.blend(EXP_MAX, b2.compare(GT, EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(2.487618804110902e-05, 0.00019907584981393008) : a7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b8 = FMA ? b7.fma(2.487618804110902e-05, 0.00019907584981393008) : b7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 0.0013888821633350108)) : a8.mul(a7).add(0.0013888821633350108);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 0.0013888821633350108)) : b8.mul(b7).add(0.0013888821633350108);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 0.008333283514493672)) : a9.mul(a7).add(0.008333283514493672);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 0.008333283514493672)) : b9.mul(b7).add(0.008333283514493672);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 0.04166666689117805)) : a10.mul(a7).add(0.04166666689117805);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 0.04166666689117805)) : b10.mul(b7).add(0.04166666689117805);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 0.16666666786399478)) : a11.mul(a7).add(0.16666666786399478);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 0.16666666786399478)) : b11.mul(b7).add(0.16666666786399478);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.49999999999797706)) : a12.mul(a7).add(0.49999999999797706);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.49999999999797706)) : b12.mul(b7).add(0.49999999999797706);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.9999999999955043)) : a13.mul(a7).add(0.9999999999955043);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.9999999999955043)) : b13.mul(b7).add(0.9999999999955043);
        DoubleVector a15 = a7.mul(a14);
        DoubleVector b15 = b7.mul(b14);
        DoubleVector a16 = a4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b16 = b4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a17 = FMA ? a16.fma(a15, a16) : a16.mul(a15).add(a16);
        DoubleVector b17 = FMA ? b16.fma(b15, b16) : b16.mul(b15).add(b16);
        DoubleVector a18 = a17.add(2.0);
        DoubleVector b18 = b17.add(2.0);
        DoubleVector a19 = a17.mul(a18);
        DoubleVector b19 = b17.mul(b18);
        DoubleVector a20 = a19.add(2.0);
        DoubleVector b20 = b19.add(2.0);
        DoubleVector a21 = a1.mul(4.0);
        DoubleVector b21 = b1.mul(4.0);
        DoubleVector a22 = a17.add(1.0);
        DoubleVector b22 = b17.add(1.0);
        DoubleVector a23 = a17.mul(a22);
        DoubleVector b23 = b17.mul(b22);
        DoubleVector a24 = a20.mul(a20);
        DoubleVector b24 = b20.mul(b20);
        DoubleVector a25 = a23.div(a24);
        DoubleVector b25 = b23.div(b24);
        DoubleVector a26 = a19.div(a20);
        DoubleVector b26 = b19.div(b20);
        DoubleVector a27 = FMA ? a21.fma(a25, a26) : a21.mul(a25).add(a26);
        DoubleVector b27 = FMA ? b21.fma(b25, b26) : b21.mul(b25).add(b26);
        ((FloatVector) ga.mul(a27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(MISH_LINEAR, t0.compare(GT, MISH_LINEAR));
        DoubleVector t2 = t1.blend(EXP_MIN, t1.compare(LT, EXP_MIN));
        DoubleVector t3 = t2.blend(EXP_MAX, t2.compare(GT, EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(2.487618804110902e-05, 0.00019907584981393008) : t7.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 0.0013888821633350108)) : t8.mul(t7).add(0.0013888821633350108);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 0.008333283514493672)) : t9.mul(t7).add(0.008333283514493672);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 0.04166666689117805)) : t10.mul(t7).add(0.04166666689117805);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 0.16666666786399478)) : t11.mul(t7).add(0.16666666786399478);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.49999999999797706)) : t12.mul(t7).add(0.49999999999797706);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.9999999999955043)) : t13.mul(t7).add(0.9999999999955043);
        DoubleVector t15 = t7.mul(t14);
        DoubleVector t16 = t4.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t17 = FMA ? t16.fma(t15, t16) : t16.mul(t15).add(t16);
        DoubleVector t18 = t17.add(2.0);
        DoubleVector t19 = t17.mul(t18);
        DoubleVector t20 = t19.add(2.0);
        DoubleVector t21 = t1.mul(4.0);
        DoubleVector t22 = t17.add(1.0);
        DoubleVector t23 = t17.mul(t22);
        DoubleVector t24 = t20.mul(t20);
        DoubleVector t25 = t23.div(t24);
        DoubleVector t26 = t19.div(t20);
        DoubleVector t27 = FMA ? t21.fma(t25, t26) : t21.mul(t25).add(t26);
        ((FloatVector) g.mul(t27).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(INV_SQRT2);
        DoubleVector b1 = b0.mul(INV_SQRT2);
        DoubleVector a2 = a1.blend(ERFC_FIT_MAX, a1.compare(GT, ERFC_FIT_MAX));
        DoubleVector b2 = b1.blend(ERFC_FIT_MAX, b1.compare(GT, ERFC_FIT_MAX));
        DoubleVector a3 = FMA ? a2.fma(0.5, 1.0) : a2.mul(0.5).add(1.0);
        DoubleVector b3 = FMA ? b2.fma(0.5, 1.0) : b2.mul(0.5).add(1.0);
        DoubleVector a4 = DoubleVector.broadcast(D, 1.0).div(a3);
        DoubleVector b4 = DoubleVector.broadcast(D, 1.0).div(b3);
        DoubleVector a5 = FMA ? a4.fma(ERFC_SCALE, ERFC_OFFSET) : a4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector b5 = FMA ? b4.fma(ERFC_SCALE, ERFC_OFFSET) : b4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector a6 = FMA ? a5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : a5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector b6 = FMA ? b5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : b5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : a6.mul(a5).add(1.1281206080275582e-07);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : b6.mul(b5).add(1.1281206080275582e-07);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : a7.mul(a5).add(3.3180080354588663e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : b7.mul(b5).add(3.3180080354588663e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : a8.mul(a5).add(-1.4948668511704334e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : b8.mul(b5).add(-1.4948668511704334e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : a9.mul(a5).add(5.669543051304026e-07);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : b9.mul(b5).add(5.669543051304026e-07);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : a10.mul(a5).add(9.936067971447882e-06);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : b10.mul(b5).add(9.936067971447882e-06);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : a11.mul(a5).add(-2.3887110235121812e-05);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : b11.mul(b5).add(-2.3887110235121812e-05);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : a12.mul(a5).add(-4.096739607253563e-05);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : b12.mul(b5).add(-4.096739607253563e-05);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.00028050080936646116)) : a13.mul(a5).add(0.00028050080936646116);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.00028050080936646116)) : b13.mul(b5).add(0.00028050080936646116);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : a14.mul(a5).add(6.9760726371928e-05);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : b14.mul(b5).add(6.9760726371928e-05);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, -0.003163843018702418)) : a15.mul(a5).add(-0.003163843018702418);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, -0.003163843018702418)) : b15.mul(b5).add(-0.003163843018702418);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, -0.0009357785853719195)) : a16.mul(a5).add(-0.0009357785853719195);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, -0.0009357785853719195)) : b16.mul(b5).add(-0.0009357785853719195);
        DoubleVector a18 = FMA ? a17.fma(a5, DoubleVector.broadcast(D, 0.04820990142652417)) : a17.mul(a5).add(0.04820990142652417);
        DoubleVector b18 = FMA ? b17.fma(b5, DoubleVector.broadcast(D, 0.04820990142652417)) : b17.mul(b5).add(0.04820990142652417);
        DoubleVector a19 = FMA ? a18.fma(a5, DoubleVector.broadcast(D, 0.1993133649725431)) : a18.mul(a5).add(0.1993133649725431);
        DoubleVector b19 = FMA ? b18.fma(b5, DoubleVector.broadcast(D, 0.1993133649725431)) : b18.mul(b5).add(0.1993133649725431);
        DoubleVector a20 = FMA ? a19.fma(a5, DoubleVector.broadcast(D, 0.4291561877066292)) : a19.mul(a5).add(0.4291561877066292);
        DoubleVector b20 = FMA ? b19.fma(b5, DoubleVector.broadcast(D, 0.4291561877066292)) : b19.mul(b5).add(0.4291561877066292);
        DoubleVector a21 = FMA ? a20.fma(a5, DoubleVector.broadcast(D, 0.327125362371329)) : a20.mul(a5).add(0.327125362371329);
        DoubleVector b21 = FMA ? b20.fma(b5, DoubleVector.broadcast(D, 0.327125362371329)) : b20.mul(b5).add(0.327125362371329);
        DoubleVector a22 = a21.mul(0.5);
        DoubleVector b22 = b21.mul(0.5);
        DoubleVector a23 = a1.blend(ERFC_EXP_MAX, a1.compare(GT, ERFC_EXP_MAX));
        DoubleVector b23 = b1.blend(ERFC_EXP_MAX, b1.compare(GT, ERFC_EXP_MAX));
        DoubleVector a24 = a23.mul(a23);
        DoubleVector b24 = b23.mul(b23);
        DoubleVector a25 = a24.neg();
        DoubleVector b25 = b24.neg();
        DoubleVector a26 = a25.blend(EXP_MIN, a25.compare(LT, EXP_MIN));
        DoubleVector b26 = b25.blend(EXP_MIN, b25.compare(LT, EXP_MIN));
        DoubleVector a27 = a26.blend(EXP_MAX, a26.compare(GT, EXP_MAX));
        DoubleVector b27 = b26.blend(EXP_MAX, b26.compare(GT, EXP_MAX));
        DoubleVector a28 = FMA ? a27.fma(LOG2E, SHIFT) : a27.mul(LOG2E).add(SHIFT);
        DoubleVector b28 = FMA ? b27.fma(LOG2E, SHIFT) : b27.mul(LOG2E).add(SHIFT);
        DoubleVector a29 = a28.sub(SHIFT);
        DoubleVector b29 = b28.sub(SHIFT);
        DoubleVector a30 = FMA ? a29.fma(DoubleVector.broadcast(D, -LN2_HI), a27) : a29.mul(-LN2_HI).add(a27);
        DoubleVector b30 = FMA ? b29.fma(DoubleVector.broadcast(D, -LN2_HI), b27) : b29.mul(-LN2_HI).add(b27);
        DoubleVector a31 = FMA ? a29.fma(DoubleVector.broadcast(D, -LN2_LO), a30) : a29.mul(-LN2_LO).add(a30);
        DoubleVector b31 = FMA ? b29.fma(DoubleVector.broadcast(D, -LN2_LO), b30) : b29.mul(-LN2_LO).add(b30);
        DoubleVector a32 = FMA ? a31.fma(2.487618804110902e-05, 0.00019907584981393008) : a31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b32 = FMA ? b31.fma(2.487618804110902e-05, 0.00019907584981393008) : b31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a33 = FMA ? a32.fma(a31, DoubleVector.broadcast(D, 0.0013888821633350108)) : a32.mul(a31).add(0.0013888821633350108);
        DoubleVector b33 = FMA ? b32.fma(b31, DoubleVector.broadcast(D, 0.0013888821633350108)) : b32.mul(b31).add(0.0013888821633350108);
        DoubleVector a34 = FMA ? a33.fma(a31, DoubleVector.broadcast(D, 0.008333283514493672)) : a33.mul(a31).add(0.008333283514493672);
        DoubleVector b34 = FMA ? b33.fma(b31, DoubleVector.broadcast(D, 0.008333283514493672)) : b33.mul(b31).add(0.008333283514493672);
        DoubleVector a35 = FMA ? a34.fma(a31, DoubleVector.broadcast(D, 0.04166666689117805)) : a34.mul(a31).add(0.04166666689117805);
        DoubleVector b35 = FMA ? b34.fma(b31, DoubleVector.broadcast(D, 0.04166666689117805)) : b34.mul(b31).add(0.04166666689117805);
        DoubleVector a36 = FMA ? a35.fma(a31, DoubleVector.broadcast(D, 0.16666666786399478)) : a35.mul(a31).add(0.16666666786399478);
        DoubleVector b36 = FMA ? b35.fma(b31, DoubleVector.broadcast(D, 0.16666666786399478)) : b35.mul(b31).add(0.16666666786399478);
        DoubleVector a37 = FMA ? a36.fma(a31, DoubleVector.broadcast(D, 0.49999999999797706)) : a36.mul(a31).add(0.49999999999797706);
        DoubleVector b37 = FMA ? b36.fma(b31, DoubleVector.broadcast(D, 0.49999999999797706)) : b36.mul(b31).add(0.49999999999797706);
        DoubleVector a38 = FMA ? a37.fma(a31, DoubleVector.broadcast(D, 0.9999999999955043)) : a37.mul(a31).add(0.9999999999955043);
        DoubleVector b38 = FMA ? b37.fma(b31, DoubleVector.broadcast(D, 0.9999999999955043)) : b37.mul(b31).add(0.9999999999955043);
        DoubleVector a39 = a31.mul(a38);
        DoubleVector b39 = b31.mul(b38);
        DoubleVector a40 = a28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b40 = b28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a41 = FMA ? a40.fma(a39, a40) : a40.mul(a39).add(a40);
        DoubleVector b41 = FMA ? b40.fma(b39, b40) : b40.mul(b39).add(b40);
        DoubleVector a42 = a22.mul(a41);
        DoubleVector b42 = b22.mul(b41);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = a43.add(1.0);
        DoubleVector b44 = b43.add(1.0);
        DoubleVector a45 = a44.blend(a42, va.compare(LT, 0.0));
        DoubleVector b45 = b44.blend(b42, vb.compare(LT, 0.0));
        DoubleVector a46 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b46 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a47 = a46.mul(a45);
        DoubleVector b47 = b46.mul(b45);
        ((FloatVector) a47.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b47.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(INV_SQRT2);
        DoubleVector t2 = t1.blend(ERFC_FIT_MAX, t1.compare(GT, ERFC_FIT_MAX));
        DoubleVector t3 = FMA ? t2.fma(0.5, 1.0) : t2.mul(0.5).add(1.0);
        DoubleVector t4 = DoubleVector.broadcast(D, 1.0).div(t3);
        DoubleVector t5 = FMA ? t4.fma(ERFC_SCALE, ERFC_OFFSET) : t4.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector t6 = FMA ? t5.fma(1.2770895559808525e-09, -5.594786291889463e-08) : t5.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : t6.mul(t5).add(1.1281206080275582e-07);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : t7.mul(t5).add(3.3180080354588663e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : t8.mul(t5).add(-1.4948668511704334e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 5.669543051304026e-07)) : t9.mul(t5).add(5.669543051304026e-07);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 9.936067971447882e-06)) : t10.mul(t5).add(9.936067971447882e-06);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : t11.mul(t5).add(-2.3887110235121812e-05);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, -4.096739607253563e-05)) : t12.mul(t5).add(-4.096739607253563e-05);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.00028050080936646116)) : t13.mul(t5).add(0.00028050080936646116);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 6.9760726371928e-05)) : t14.mul(t5).add(6.9760726371928e-05);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, -0.003163843018702418)) : t15.mul(t5).add(-0.003163843018702418);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, -0.0009357785853719195)) : t16.mul(t5).add(-0.0009357785853719195);
        DoubleVector t18 = FMA ? t17.fma(t5, DoubleVector.broadcast(D, 0.04820990142652417)) : t17.mul(t5).add(0.04820990142652417);
        DoubleVector t19 = FMA ? t18.fma(t5, DoubleVector.broadcast(D, 0.1993133649725431)) : t18.mul(t5).add(0.1993133649725431);
        DoubleVector t20 = FMA ? t19.fma(t5, DoubleVector.broadcast(D, 0.4291561877066292)) : t19.mul(t5).add(0.4291561877066292);
        DoubleVector t21 = FMA ? t20.fma(t5, DoubleVector.broadcast(D, 0.327125362371329)) : t20.mul(t5).add(0.327125362371329);
        DoubleVector t22 = t21.mul(0.5);
        DoubleVector t23 = t1.blend(ERFC_EXP_MAX, t1.compare(GT, ERFC_EXP_MAX));
        DoubleVector t24 = t23.mul(t23);
        DoubleVector t25 = t24.neg();
        DoubleVector t26 = t25.blend(EXP_MIN, t25.compare(LT, EXP_MIN));
        DoubleVector t27 = t26.blend(EXP_MAX, t26.compare(GT, EXP_MAX));
        DoubleVector t28 = FMA ? t27.fma(LOG2E, SHIFT) : t27.mul(LOG2E).add(SHIFT);
        DoubleVector t29 = t28.sub(SHIFT);
        DoubleVector t30 = FMA ? t29.fma(DoubleVector.broadcast(D, -LN2_HI), t27) : t29.mul(-LN2_HI).add(t27);
        DoubleVector t31 = FMA ? t29.fma(DoubleVector.broadcast(D, -LN2_LO), t30) : t29.mul(-LN2_LO).add(t30);
        DoubleVector t32 = FMA ? t31.fma(2.487618804110902e-05, 0.00019907584981393008) : t31.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t33 = FMA ? t32.fma(t31, DoubleVector.broadcast(D, 0.0013888821633350108)) : t32.mul(t31).add(0.0013888821633350108);
        DoubleVector t34 = FMA ? t33.fma(t31, DoubleVector.broadcast(D, 0.008333283514493672)) : t33.mul(t31).add(0.008333283514493672);
        DoubleVector t35 = FMA ? t34.fma(t31, DoubleVector.broadcast(D, 0.04166666689117805)) : t34.mul(t31).add(0.04166666689117805);
        DoubleVector t36 = FMA ? t35.fma(t31, DoubleVector.broadcast(D, 0.16666666786399478)) : t35.mul(t31).add(0.16666666786399478);
        DoubleVector t37 = FMA ? t36.fma(t31, DoubleVector.broadcast(D, 0.49999999999797706)) : t36.mul(t31).add(0.49999999999797706);
        DoubleVector t38 = FMA ? t37.fma(t31, DoubleVector.broadcast(D, 0.9999999999955043)) : t37.mul(t31).add(0.9999999999955043);
        DoubleVector t39 = t31.mul(t38);
        DoubleVector t40 = t28.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t41 = FMA ? t40.fma(t39, t40) : t40.mul(t39).add(t40);
        DoubleVector t42 = t22.mul(t41);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t43.add(1.0);
        DoubleVector t45 = t44.blend(t42, v.compare(LT, 0.0));
        DoubleVector t46 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t47 = t46.mul(t45);
        ((FloatVector) t47.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.gelu(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(INV_SQRT2);
        DoubleVector b1 = b0.mul(INV_SQRT2);
        DoubleVector a2 = a1.blend(ERFC_EXP_MAX, a1.compare(GT, ERFC_EXP_MAX));
        DoubleVector b2 = b1.blend(ERFC_EXP_MAX, b1.compare(GT, ERFC_EXP_MAX));
        DoubleVector a3 = a2.mul(a2);
        DoubleVector b3 = b2.mul(b2);
        DoubleVector a4 = a3.neg();
        DoubleVector b4 = b3.neg();
        DoubleVector a5 = a4.blend(EXP_MIN, a4.compare(LT, EXP_MIN));
        DoubleVector b5 = b4.blend(EXP_MIN, b4.compare(LT, EXP_MIN));
        DoubleVector a6 = a5.blend(EXP_MAX, a5.compare(GT, EXP_MAX));
        DoubleVector b6 = b5.blend(EXP_MAX, b5.compare(GT, EXP_MAX));
        DoubleVector a7 = FMA ? a6.fma(LOG2E, SHIFT) : a6.mul(LOG2E).add(SHIFT);
        DoubleVector b7 = FMA ? b6.fma(LOG2E, SHIFT) : b6.mul(LOG2E).add(SHIFT);
        DoubleVector a8 = a7.sub(SHIFT);
        DoubleVector b8 = b7.sub(SHIFT);
        DoubleVector a9 = FMA ? a8.fma(DoubleVector.broadcast(D, -LN2_HI), a6) : a8.mul(-LN2_HI).add(a6);
        DoubleVector b9 = FMA ? b8.fma(DoubleVector.broadcast(D, -LN2_HI), b6) : b8.mul(-LN2_HI).add(b6);
        DoubleVector a10 = FMA ? a8.fma(DoubleVector.broadcast(D, -LN2_LO), a9) : a8.mul(-LN2_LO).add(a9);
        DoubleVector b10 = FMA ? b8.fma(DoubleVector.broadcast(D, -LN2_LO), b9) : b8.mul(-LN2_LO).add(b9);
        DoubleVector a11 = FMA ? a10.fma(2.487618804110902e-05, 0.00019907584981393008) : a10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b11 = FMA ? b10.fma(2.487618804110902e-05, 0.00019907584981393008) : b10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a12 = FMA ? a11.fma(a10, DoubleVector.broadcast(D, 0.0013888821633350108)) : a11.mul(a10).add(0.0013888821633350108);
        DoubleVector b12 = FMA ? b11.fma(b10, DoubleVector.broadcast(D, 0.0013888821633350108)) : b11.mul(b10).add(0.0013888821633350108);
        DoubleVector a13 = FMA ? a12.fma(a10, DoubleVector.broadcast(D, 0.008333283514493672)) : a12.mul(a10).add(0.008333283514493672);
        DoubleVector b13 = FMA ? b12.fma(b10, DoubleVector.broadcast(D, 0.008333283514493672)) : b12.mul(b10).add(0.008333283514493672);
        DoubleVector a14 = FMA ? a13.fma(a10, DoubleVector.broadcast(D, 0.04166666689117805)) : a13.mul(a10).add(0.04166666689117805);
        DoubleVector b14 = FMA ? b13.fma(b10, DoubleVector.broadcast(D, 0.04166666689117805)) : b13.mul(b10).add(0.04166666689117805);
        DoubleVector a15 = FMA ? a14.fma(a10, DoubleVector.broadcast(D, 0.16666666786399478)) : a14.mul(a10).add(0.16666666786399478);
        DoubleVector b15 = FMA ? b14.fma(b10, DoubleVector.broadcast(D, 0.16666666786399478)) : b14.mul(b10).add(0.16666666786399478);
        DoubleVector a16 = FMA ? a15.fma(a10, DoubleVector.broadcast(D, 0.49999999999797706)) : a15.mul(a10).add(0.49999999999797706);
        DoubleVector b16 = FMA ? b15.fma(b10, DoubleVector.broadcast(D, 0.49999999999797706)) : b15.mul(b10).add(0.49999999999797706);
        DoubleVector a17 = FMA ? a16.fma(a10, DoubleVector.broadcast(D, 0.9999999999955043)) : a16.mul(a10).add(0.9999999999955043);
        DoubleVector b17 = FMA ? b16.fma(b10, DoubleVector.broadcast(D, 0.9999999999955043)) : b16.mul(b10).add(0.9999999999955043);
        DoubleVector a18 = a10.mul(a17);
        DoubleVector b18 = b10.mul(b17);
        DoubleVector a19 = a7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b19 = b7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a20 = FMA ? a19.fma(a18, a19) : a19.mul(a18).add(a19);
        DoubleVector b20 = FMA ? b19.fma(b18, b19) : b19.mul(b18).add(b19);
        DoubleVector a21 = a1.blend(ERFC_FIT_MAX, a1.compare(GT, ERFC_FIT_MAX));
        DoubleVector b21 = b1.blend(ERFC_FIT_MAX, b1.compare(GT, ERFC_FIT_MAX));
        DoubleVector a22 = FMA ? a21.fma(0.5, 1.0) : a21.mul(0.5).add(1.0);
        DoubleVector b22 = FMA ? b21.fma(0.5, 1.0) : b21.mul(0.5).add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = FMA ? a23.fma(ERFC_SCALE, ERFC_OFFSET) : a23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector b24 = FMA ? b23.fma(ERFC_SCALE, ERFC_OFFSET) : b23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector a25 = FMA ? a24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : a24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector b25 = FMA ? b24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : b24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector a26 = FMA ? a25.fma(a24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : a25.mul(a24).add(1.1281206080275582e-07);
        DoubleVector b26 = FMA ? b25.fma(b24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : b25.mul(b24).add(1.1281206080275582e-07);
        DoubleVector a27 = FMA ? a26.fma(a24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : a26.mul(a24).add(3.3180080354588663e-07);
        DoubleVector b27 = FMA ? b26.fma(b24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : b26.mul(b24).add(3.3180080354588663e-07);
        DoubleVector a28 = FMA ? a27.fma(a24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : a27.mul(a24).add(-1.4948668511704334e-06);
        DoubleVector b28 = FMA ? b27.fma(b24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : b27.mul(b24).add(-1.4948668511704334e-06);
        DoubleVector a29 = FMA ? a28.fma(a24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : a28.mul(a24).add(5.669543051304026e-07);
        DoubleVector b29 = FMA ? b28.fma(b24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : b28.mul(b24).add(5.669543051304026e-07);
        DoubleVector a30 = FMA ? a29.fma(a24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : a29.mul(a24).add(9.936067971447882e-06);
        DoubleVector b30 = FMA ? b29.fma(b24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : b29.mul(b24).add(9.936067971447882e-06);
        DoubleVector a31 = FMA ? a30.fma(a24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : a30.mul(a24).add(-2.3887110235121812e-05);
        DoubleVector b31 = FMA ? b30.fma(b24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : b30.mul(b24).add(-2.3887110235121812e-05);
        DoubleVector a32 = FMA ? a31.fma(a24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : a31.mul(a24).add(-4.096739607253563e-05);
        DoubleVector b32 = FMA ? b31.fma(b24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : b31.mul(b24).add(-4.096739607253563e-05);
        DoubleVector a33 = FMA ? a32.fma(a24, DoubleVector.broadcast(D, 0.00028050080936646116)) : a32.mul(a24).add(0.00028050080936646116);
        DoubleVector b33 = FMA ? b32.fma(b24, DoubleVector.broadcast(D, 0.00028050080936646116)) : b32.mul(b24).add(0.00028050080936646116);
        DoubleVector a34 = FMA ? a33.fma(a24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : a33.mul(a24).add(6.9760726371928e-05);
        DoubleVector b34 = FMA ? b33.fma(b24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : b33.mul(b24).add(6.9760726371928e-05);
        DoubleVector a35 = FMA ? a34.fma(a24, DoubleVector.broadcast(D, -0.003163843018702418)) : a34.mul(a24).add(-0.003163843018702418);
        DoubleVector b35 = FMA ? b34.fma(b24, DoubleVector.broadcast(D, -0.003163843018702418)) : b34.mul(b24).add(-0.003163843018702418);
        DoubleVector a36 = FMA ? a35.fma(a24, DoubleVector.broadcast(D, -0.0009357785853719195)) : a35.mul(a24).add(-0.0009357785853719195);
        DoubleVector b36 = FMA ? b35.fma(b24, DoubleVector.broadcast(D, -0.0009357785853719195)) : b35.mul(b24).add(-0.0009357785853719195);
        DoubleVector a37 = FMA ? a36.fma(a24, DoubleVector.broadcast(D, 0.04820990142652417)) : a36.mul(a24).add(0.04820990142652417);
        DoubleVector b37 = FMA ? b36.fma(b24, DoubleVector.broadcast(D, 0.04820990142652417)) : b36.mul(b24).add(0.04820990142652417);
        DoubleVector a38 = FMA ? a37.fma(a24, DoubleVector.broadcast(D, 0.1993133649725431)) : a37.mul(a24).add(0.1993133649725431);
        DoubleVector b38 = FMA ? b37.fma(b24, DoubleVector.broadcast(D, 0.1993133649725431)) : b37.mul(b24).add(0.1993133649725431);
        DoubleVector a39 = FMA ? a38.fma(a24, DoubleVector.broadcast(D, 0.4291561877066292)) : a38.mul(a24).add(0.4291561877066292);
        DoubleVector b39 = FMA ? b38.fma(b24, DoubleVector.broadcast(D, 0.4291561877066292)) : b38.mul(b24).add(0.4291561877066292);
        DoubleVector a40 = FMA ? a39.fma(a24, DoubleVector.broadcast(D, 0.327125362371329)) : a39.mul(a24).add(0.327125362371329);
        DoubleVector b40 = FMA ? b39.fma(b24, DoubleVector.broadcast(D, 0.327125362371329)) : b39.mul(b24).add(0.327125362371329);
        DoubleVector a41 = a40.mul(0.5);
        DoubleVector b41 = b40.mul(0.5);
        DoubleVector a42 = a41.mul(a20);
        DoubleVector b42 = b41.mul(b20);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = a43.add(1.0);
        DoubleVector b44 = b43.add(1.0);
        DoubleVector a45 = a44.blend(a42, va.compare(LT, 0.0));
        DoubleVector b45 = b44.blend(b42, vb.compare(LT, 0.0));
        DoubleVector a46 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b46 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a47 = a46.blend(FLOAT_MAX, a46.compare(GT, FLOAT_MAX));
        DoubleVector b47 = b46.blend(FLOAT_MAX, b46.compare(GT, FLOAT_MAX));
        DoubleVector a48 = a47.mul(INV_SQRT_2PI);
        DoubleVector b48 = b47.mul(INV_SQRT_2PI);
        DoubleVector a49 = FMA ? a48.fma(a20, a45) : a48.mul(a20).add(a45);
        DoubleVector b49 = FMA ? b48.fma(b20, b45) : b48.mul(b20).add(b45);
        ((FloatVector) ga.mul(a49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(INV_SQRT2);
        DoubleVector t2 = t1.blend(ERFC_EXP_MAX, t1.compare(GT, ERFC_EXP_MAX));
        DoubleVector t3 = t2.mul(t2);
        DoubleVector t4 = t3.neg();
        DoubleVector t5 = t4.blend(EXP_MIN, t4.compare(LT, EXP_MIN));
        DoubleVector t6 = t5.blend(EXP_MAX, t5.compare(GT, EXP_MAX));
        DoubleVector t7 = FMA ? t6.fma(LOG2E, SHIFT) : t6.mul(LOG2E).add(SHIFT);
        DoubleVector t8 = t7.sub(SHIFT);
        DoubleVector t9 = FMA ? t8.fma(DoubleVector.broadcast(D, -LN2_HI), t6) : t8.mul(-LN2_HI).add(t6);
        DoubleVector t10 = FMA ? t8.fma(DoubleVector.broadcast(D, -LN2_LO), t9) : t8.mul(-LN2_LO).add(t9);
        DoubleVector t11 = FMA ? t10.fma(2.487618804110902e-05, 0.00019907584981393008) : t10.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t12 = FMA ? t11.fma(t10, DoubleVector.broadcast(D, 0.0013888821633350108)) : t11.mul(t10).add(0.0013888821633350108);
        DoubleVector t13 = FMA ? t12.fma(t10, DoubleVector.broadcast(D, 0.008333283514493672)) : t12.mul(t10).add(0.008333283514493672);
        DoubleVector t14 = FMA ? t13.fma(t10, DoubleVector.broadcast(D, 0.04166666689117805)) : t13.mul(t10).add(0.04166666689117805);
        DoubleVector t15 = FMA ? t14.fma(t10, DoubleVector.broadcast(D, 0.16666666786399478)) : t14.mul(t10).add(0.16666666786399478);
        DoubleVector t16 = FMA ? t15.fma(t10, DoubleVector.broadcast(D, 0.49999999999797706)) : t15.mul(t10).add(0.49999999999797706);
        DoubleVector t17 = FMA ? t16.fma(t10, DoubleVector.broadcast(D, 0.9999999999955043)) : t16.mul(t10).add(0.9999999999955043);
        DoubleVector t18 = t10.mul(t17);
        DoubleVector t19 = t7.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t20 = FMA ? t19.fma(t18, t19) : t19.mul(t18).add(t19);
        DoubleVector t21 = t1.blend(ERFC_FIT_MAX, t1.compare(GT, ERFC_FIT_MAX));
        DoubleVector t22 = FMA ? t21.fma(0.5, 1.0) : t21.mul(0.5).add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = FMA ? t23.fma(ERFC_SCALE, ERFC_OFFSET) : t23.mul(ERFC_SCALE).add(ERFC_OFFSET);
        DoubleVector t25 = FMA ? t24.fma(1.2770895559808525e-09, -5.594786291889463e-08) : t24.mul(1.2770895559808525e-09).add(-5.594786291889463e-08);
        DoubleVector t26 = FMA ? t25.fma(t24, DoubleVector.broadcast(D, 1.1281206080275582e-07)) : t25.mul(t24).add(1.1281206080275582e-07);
        DoubleVector t27 = FMA ? t26.fma(t24, DoubleVector.broadcast(D, 3.3180080354588663e-07)) : t26.mul(t24).add(3.3180080354588663e-07);
        DoubleVector t28 = FMA ? t27.fma(t24, DoubleVector.broadcast(D, -1.4948668511704334e-06)) : t27.mul(t24).add(-1.4948668511704334e-06);
        DoubleVector t29 = FMA ? t28.fma(t24, DoubleVector.broadcast(D, 5.669543051304026e-07)) : t28.mul(t24).add(5.669543051304026e-07);
        DoubleVector t30 = FMA ? t29.fma(t24, DoubleVector.broadcast(D, 9.936067971447882e-06)) : t29.mul(t24).add(9.936067971447882e-06);
        DoubleVector t31 = FMA ? t30.fma(t24, DoubleVector.broadcast(D, -2.3887110235121812e-05)) : t30.mul(t24).add(-2.3887110235121812e-05);
        DoubleVector t32 = FMA ? t31.fma(t24, DoubleVector.broadcast(D, -4.096739607253563e-05)) : t31.mul(t24).add(-4.096739607253563e-05);
        DoubleVector t33 = FMA ? t32.fma(t24, DoubleVector.broadcast(D, 0.00028050080936646116)) : t32.mul(t24).add(0.00028050080936646116);
        DoubleVector t34 = FMA ? t33.fma(t24, DoubleVector.broadcast(D, 6.9760726371928e-05)) : t33.mul(t24).add(6.9760726371928e-05);
        DoubleVector t35 = FMA ? t34.fma(t24, DoubleVector.broadcast(D, -0.003163843018702418)) : t34.mul(t24).add(-0.003163843018702418);
        DoubleVector t36 = FMA ? t35.fma(t24, DoubleVector.broadcast(D, -0.0009357785853719195)) : t35.mul(t24).add(-0.0009357785853719195);
        DoubleVector t37 = FMA ? t36.fma(t24, DoubleVector.broadcast(D, 0.04820990142652417)) : t36.mul(t24).add(0.04820990142652417);
        DoubleVector t38 = FMA ? t37.fma(t24, DoubleVector.broadcast(D, 0.1993133649725431)) : t37.mul(t24).add(0.1993133649725431);
        DoubleVector t39 = FMA ? t38.fma(t24, DoubleVector.broadcast(D, 0.4291561877066292)) : t38.mul(t24).add(0.4291561877066292);
        DoubleVector t40 = FMA ? t39.fma(t24, DoubleVector.broadcast(D, 0.327125362371329)) : t39.mul(t24).add(0.327125362371329);
        DoubleVector t41 = t40.mul(0.5);
        DoubleVector t42 = t41.mul(t20);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t43.add(1.0);
        DoubleVector t45 = t44.blend(t42, v.compare(LT, 0.0));
        DoubleVector t46 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t47 = t46.blend(FLOAT_MAX, t46.compare(GT, FLOAT_MAX));
        DoubleVector t48 = t47.mul(INV_SQRT_2PI);
        DoubleVector t49 = FMA ? t48.fma(t20, t45) : t48.mul(t20).add(t45);
        ((FloatVector) g.mul(t49).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(a1);
        DoubleVector b2 = b1.mul(b1);
        DoubleVector a3 = FMA ? a2.fma(GELU_KC, GELU_K) : a2.mul(GELU_KC).add(GELU_K);
        DoubleVector b3 = FMA ? b2.fma(GELU_KC, GELU_K) : b2.mul(GELU_KC).add(GELU_K);
        DoubleVector a4 = a1.mul(a3);
        DoubleVector b4 = b1.mul(b3);
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a5.blend(EXP_MIN, a5.compare(LT, EXP_MIN));
        DoubleVector b6 = b5.blend(EXP_MIN, b5.compare(LT, EXP_MIN));
        DoubleVector a7 = a6.blend(EXP_MAX, a6.compare(GT, EXP_MAX));
        DoubleVector b7 = b6.blend(EXP_MAX, b6.compare(GT, EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(2.487618804110902e-05, 0.00019907584981393008) : a11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b12 = FMA ? b11.fma(2.487618804110902e-05, 0.00019907584981393008) : b11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 0.0013888821633350108)) : a12.mul(a11).add(0.0013888821633350108);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 0.0013888821633350108)) : b12.mul(b11).add(0.0013888821633350108);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 0.008333283514493672)) : a13.mul(a11).add(0.008333283514493672);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 0.008333283514493672)) : b13.mul(b11).add(0.008333283514493672);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 0.04166666689117805)) : a14.mul(a11).add(0.04166666689117805);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 0.04166666689117805)) : b14.mul(b11).add(0.04166666689117805);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 0.16666666786399478)) : a15.mul(a11).add(0.16666666786399478);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 0.16666666786399478)) : b15.mul(b11).add(0.16666666786399478);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.49999999999797706)) : a16.mul(a11).add(0.49999999999797706);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.49999999999797706)) : b16.mul(b11).add(0.49999999999797706);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.9999999999955043)) : a17.mul(a11).add(0.9999999999955043);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.9999999999955043)) : b17.mul(b11).add(0.9999999999955043);
        DoubleVector a19 = a11.mul(a18);
        DoubleVector b19 = b11.mul(b18);
        DoubleVector a20 = a8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = FMA ? a20.fma(a19, a20) : a20.mul(a19).add(a20);
        DoubleVector b21 = FMA ? b20.fma(b19, b20) : b20.mul(b19).add(b20);
        DoubleVector a22 = a21.add(1.0);
        DoubleVector b22 = b21.add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b24 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a25 = a24.mul(a23);
        DoubleVector b25 = b24.mul(b23);
        ((FloatVector) a25.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b25.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = FMA ? t2.fma(GELU_KC, GELU_K) : t2.mul(GELU_KC).add(GELU_K);
        DoubleVector t4 = t1.mul(t3);
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t5.blend(EXP_MIN, t5.compare(LT, EXP_MIN));
        DoubleVector t7 = t6.blend(EXP_MAX, t6.compare(GT, EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(2.487618804110902e-05, 0.00019907584981393008) : t11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 0.0013888821633350108)) : t12.mul(t11).add(0.0013888821633350108);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 0.008333283514493672)) : t13.mul(t11).add(0.008333283514493672);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 0.04166666689117805)) : t14.mul(t11).add(0.04166666689117805);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 0.16666666786399478)) : t15.mul(t11).add(0.16666666786399478);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.49999999999797706)) : t16.mul(t11).add(0.49999999999797706);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.9999999999955043)) : t17.mul(t11).add(0.9999999999955043);
        DoubleVector t19 = t11.mul(t18);
        DoubleVector t20 = t8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = FMA ? t20.fma(t19, t20) : t20.mul(t19).add(t20);
        DoubleVector t22 = t21.add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t25 = t24.mul(t23);
        ((FloatVector) t25.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.geluTanh(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.mul(a1);
        DoubleVector b2 = b1.mul(b1);
        DoubleVector a3 = FMA ? a2.fma(GELU_KC, GELU_K) : a2.mul(GELU_KC).add(GELU_K);
        DoubleVector b3 = FMA ? b2.fma(GELU_KC, GELU_K) : b2.mul(GELU_KC).add(GELU_K);
        DoubleVector a4 = a1.mul(a3);
        DoubleVector b4 = b1.mul(b3);
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a5.blend(EXP_MIN, a5.compare(LT, EXP_MIN));
        DoubleVector b6 = b5.blend(EXP_MIN, b5.compare(LT, EXP_MIN));
        DoubleVector a7 = a6.blend(EXP_MAX, a6.compare(GT, EXP_MAX));
        DoubleVector b7 = b6.blend(EXP_MAX, b6.compare(GT, EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(2.487618804110902e-05, 0.00019907584981393008) : a11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b12 = FMA ? b11.fma(2.487618804110902e-05, 0.00019907584981393008) : b11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 0.0013888821633350108)) : a12.mul(a11).add(0.0013888821633350108);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 0.0013888821633350108)) : b12.mul(b11).add(0.0013888821633350108);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 0.008333283514493672)) : a13.mul(a11).add(0.008333283514493672);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 0.008333283514493672)) : b13.mul(b11).add(0.008333283514493672);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 0.04166666689117805)) : a14.mul(a11).add(0.04166666689117805);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 0.04166666689117805)) : b14.mul(b11).add(0.04166666689117805);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 0.16666666786399478)) : a15.mul(a11).add(0.16666666786399478);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 0.16666666786399478)) : b15.mul(b11).add(0.16666666786399478);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.49999999999797706)) : a16.mul(a11).add(0.49999999999797706);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.49999999999797706)) : b16.mul(b11).add(0.49999999999797706);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.9999999999955043)) : a17.mul(a11).add(0.9999999999955043);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.9999999999955043)) : b17.mul(b11).add(0.9999999999955043);
        DoubleVector a19 = a11.mul(a18);
        DoubleVector b19 = b11.mul(b18);
        DoubleVector a20 = a8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = FMA ? a20.fma(a19, a20) : a20.mul(a19).add(a20);
        DoubleVector b21 = FMA ? b20.fma(b19, b20) : b20.mul(b19).add(b20);
        DoubleVector a22 = a21.add(1.0);
        DoubleVector b22 = b21.add(1.0);
        DoubleVector a23 = DoubleVector.broadcast(D, 1.0).div(a22);
        DoubleVector b23 = DoubleVector.broadcast(D, 1.0).div(b22);
        DoubleVector a24 = FMA ? a2.fma(3 * GELU_KC, GELU_K) : a2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector b24 = FMA ? b2.fma(3 * GELU_KC, GELU_K) : b2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector a25 = a1.mul(a24);
        DoubleVector b25 = b1.mul(b24);
        DoubleVector a26 = a25.mul(a23);
        DoubleVector b26 = b25.mul(b23);
        DoubleVector a27 = a21.mul(a23);
        DoubleVector b27 = b21.mul(b23);
        DoubleVector a28 = FMA ? a26.fma(a27, a23) : a26.mul(a27).add(a23);
        DoubleVector b28 = FMA ? b26.fma(b27, b23) : b26.mul(b27).add(b23);
        ((FloatVector) ga.mul(a28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = FMA ? t2.fma(GELU_KC, GELU_K) : t2.mul(GELU_KC).add(GELU_K);
        DoubleVector t4 = t1.mul(t3);
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t5.blend(EXP_MIN, t5.compare(LT, EXP_MIN));
        DoubleVector t7 = t6.blend(EXP_MAX, t6.compare(GT, EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(2.487618804110902e-05, 0.00019907584981393008) : t11.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 0.0013888821633350108)) : t12.mul(t11).add(0.0013888821633350108);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 0.008333283514493672)) : t13.mul(t11).add(0.008333283514493672);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 0.04166666689117805)) : t14.mul(t11).add(0.04166666689117805);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 0.16666666786399478)) : t15.mul(t11).add(0.16666666786399478);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.49999999999797706)) : t16.mul(t11).add(0.49999999999797706);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.9999999999955043)) : t17.mul(t11).add(0.9999999999955043);
        DoubleVector t19 = t11.mul(t18);
        DoubleVector t20 = t8.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = FMA ? t20.fma(t19, t20) : t20.mul(t19).add(t20);
        DoubleVector t22 = t21.add(1.0);
        DoubleVector t23 = DoubleVector.broadcast(D, 1.0).div(t22);
        DoubleVector t24 = FMA ? t2.fma(3 * GELU_KC, GELU_K) : t2.mul(3 * GELU_KC).add(GELU_K);
        DoubleVector t25 = t1.mul(t24);
        DoubleVector t26 = t25.mul(t23);
        DoubleVector t27 = t21.mul(t23);
        DoubleVector t28 = FMA ? t26.fma(t27, t23) : t26.mul(t27).add(t23);
        ((FloatVector) g.mul(t28).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(va);
        DoubleVector b0 = vb.mul(vb);
        DoubleVector a1 = va.mul(a0);
        DoubleVector b1 = vb.mul(b0);
        DoubleVector a2 = FMA ? a0.fma(0.00023912911424355248, -0.000590027440945586) : a0.mul(0.00023912911424355248).add(-0.000590027440945586);
        DoubleVector b2 = FMA ? b0.fma(0.00023912911424355248, -0.000590027440945586) : b0.mul(0.00023912911424355248).add(-0.000590027440945586);
        DoubleVector a3 = FMA ? a2.fma(a0, DoubleVector.broadcast(D, 0.0014558343870513183)) : a2.mul(a0).add(0.0014558343870513183);
        DoubleVector b3 = FMA ? b2.fma(b0, DoubleVector.broadcast(D, 0.0014558343870513183)) : b2.mul(b0).add(0.0014558343870513183);
        DoubleVector a4 = FMA ? a3.fma(a0, DoubleVector.broadcast(D, -0.003592128036572481)) : a3.mul(a0).add(-0.003592128036572481);
        DoubleVector b4 = FMA ? b3.fma(b0, DoubleVector.broadcast(D, -0.003592128036572481)) : b3.mul(b0).add(-0.003592128036572481);
        DoubleVector a5 = FMA ? a4.fma(a0, DoubleVector.broadcast(D, 0.008863235529902197)) : a4.mul(a0).add(0.008863235529902197);
        DoubleVector b5 = FMA ? b4.fma(b0, DoubleVector.broadcast(D, 0.008863235529902197)) : b4.mul(b0).add(0.008863235529902197);
        DoubleVector a6 = FMA ? a5.fma(a0, DoubleVector.broadcast(D, -0.021869488536155203)) : a5.mul(a0).add(-0.021869488536155203);
        DoubleVector b6 = FMA ? b5.fma(b0, DoubleVector.broadcast(D, -0.021869488536155203)) : b5.mul(b0).add(-0.021869488536155203);
        DoubleVector a7 = FMA ? a6.fma(a0, DoubleVector.broadcast(D, 0.05396825396825397)) : a6.mul(a0).add(0.05396825396825397);
        DoubleVector b7 = FMA ? b6.fma(b0, DoubleVector.broadcast(D, 0.05396825396825397)) : b6.mul(b0).add(0.05396825396825397);
        DoubleVector a8 = FMA ? a7.fma(a0, DoubleVector.broadcast(D, -0.13333333333333333)) : a7.mul(a0).add(-0.13333333333333333);
        DoubleVector b8 = FMA ? b7.fma(b0, DoubleVector.broadcast(D, -0.13333333333333333)) : b7.mul(b0).add(-0.13333333333333333);
        DoubleVector a9 = FMA ? a8.fma(a0, DoubleVector.broadcast(D, 0.3333333333333333)) : a8.mul(a0).add(0.3333333333333333);
        DoubleVector b9 = FMA ? b8.fma(b0, DoubleVector.broadcast(D, 0.3333333333333333)) : b8.mul(b0).add(0.3333333333333333);
        DoubleVector a10 = a1.mul(a9);
        DoubleVector b10 = b1.mul(b9);
        DoubleVector a11 = va.add(va);
        DoubleVector b11 = vb.add(vb);
        DoubleVector a12 = a11.blend(EXP_MIN, a11.compare(LT, EXP_MIN));
        DoubleVector b12 = b11.blend(EXP_MIN, b11.compare(LT, EXP_MIN));
        DoubleVector a13 = a12.blend(EXP_MAX, a12.compare(GT, EXP_MAX));
        DoubleVector b13 = b12.blend(EXP_MAX, b12.compare(GT, EXP_MAX));
        DoubleVector a14 = FMA ? a13.fma(LOG2E, SHIFT) : a13.mul(LOG2E).add(SHIFT);
        DoubleVector b14 = FMA ? b13.fma(LOG2E, SHIFT) : b13.mul(LOG2E).add(SHIFT);
        DoubleVector a15 = a14.sub(SHIFT);
        DoubleVector b15 = b14.sub(SHIFT);
        DoubleVector a16 = FMA ? a15.fma(DoubleVector.broadcast(D, -LN2_HI), a13) : a15.mul(-LN2_HI).add(a13);
        DoubleVector b16 = FMA ? b15.fma(DoubleVector.broadcast(D, -LN2_HI), b13) : b15.mul(-LN2_HI).add(b13);
        DoubleVector a17 = FMA ? a15.fma(DoubleVector.broadcast(D, -LN2_LO), a16) : a15.mul(-LN2_LO).add(a16);
        DoubleVector b17 = FMA ? b15.fma(DoubleVector.broadcast(D, -LN2_LO), b16) : b15.mul(-LN2_LO).add(b16);
        DoubleVector a18 = FMA ? a17.fma(2.487618804110902e-05, 0.00019907584981393008) : a17.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b18 = FMA ? b17.fma(2.487618804110902e-05, 0.00019907584981393008) : b17.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a19 = FMA ? a18.fma(a17, DoubleVector.broadcast(D, 0.0013888821633350108)) : a18.mul(a17).add(0.0013888821633350108);
        DoubleVector b19 = FMA ? b18.fma(b17, DoubleVector.broadcast(D, 0.0013888821633350108)) : b18.mul(b17).add(0.0013888821633350108);
        DoubleVector a20 = FMA ? a19.fma(a17, DoubleVector.broadcast(D, 0.008333283514493672)) : a19.mul(a17).add(0.008333283514493672);
        DoubleVector b20 = FMA ? b19.fma(b17, DoubleVector.broadcast(D, 0.008333283514493672)) : b19.mul(b17).add(0.008333283514493672);
        DoubleVector a21 = FMA ? a20.fma(a17, DoubleVector.broadcast(D, 0.04166666689117805)) : a20.mul(a17).add(0.04166666689117805);
        DoubleVector b21 = FMA ? b20.fma(b17, DoubleVector.broadcast(D, 0.04166666689117805)) : b20.mul(b17).add(0.04166666689117805);
        DoubleVector a22 = FMA ? a21.fma(a17, DoubleVector.broadcast(D, 0.16666666786399478)) : a21.mul(a17).add(0.16666666786399478);
        DoubleVector b22 = FMA ? b21.fma(b17, DoubleVector.broadcast(D, 0.16666666786399478)) : b21.mul(b17).add(0.16666666786399478);
        DoubleVector a23 = FMA ? a22.fma(a17, DoubleVector.broadcast(D, 0.49999999999797706)) : a22.mul(a17).add(0.49999999999797706);
        DoubleVector b23 = FMA ? b22.fma(b17, DoubleVector.broadcast(D, 0.49999999999797706)) : b22.mul(b17).add(0.49999999999797706);
        DoubleVector a24 = FMA ? a23.fma(a17, DoubleVector.broadcast(D, 0.9999999999955043)) : a23.mul(a17).add(0.9999999999955043);
        DoubleVector b24 = FMA ? b23.fma(b17, DoubleVector.broadcast(D, 0.9999999999955043)) : b23.mul(b17).add(0.9999999999955043);
        DoubleVector a25 = a17.mul(a24);
        DoubleVector b25 = b17.mul(b24);
        DoubleVector a26 = a14.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b14.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = a26.sub(1.0);
        DoubleVector b27 = b26.sub(1.0);
        DoubleVector a28 = FMA ? a26.fma(a25, a27) : a26.mul(a25).add(a27);
        DoubleVector b28 = FMA ? b26.fma(b25, b27) : b26.mul(b25).add(b27);
        DoubleVector a29 = a28.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a11.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b29 = b28.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b11.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a30 = a29.add(2.0);
        DoubleVector b30 = b29.add(2.0);
        DoubleVector a31 = a29.div(a30);
        DoubleVector b31 = b29.div(b30);
        DoubleVector a32 = va.sub(a31);
        DoubleVector b32 = vb.sub(b31);
        DoubleVector a33 = va.abs();
        DoubleVector b33 = vb.abs();
        DoubleVector a34 = a32.blend(a10, a33.compare(LT, TANHSHRINK_SERIES));
        DoubleVector b34 = b32.blend(b10, b33.compare(LT, TANHSHRINK_SERIES));
        ((FloatVector) a34.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b34.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(v);
        DoubleVector t1 = v.mul(t0);
        DoubleVector t2 = FMA ? t0.fma(0.00023912911424355248, -0.000590027440945586) : t0.mul(0.00023912911424355248).add(-0.000590027440945586);
        DoubleVector t3 = FMA ? t2.fma(t0, DoubleVector.broadcast(D, 0.0014558343870513183)) : t2.mul(t0).add(0.0014558343870513183);
        DoubleVector t4 = FMA ? t3.fma(t0, DoubleVector.broadcast(D, -0.003592128036572481)) : t3.mul(t0).add(-0.003592128036572481);
        DoubleVector t5 = FMA ? t4.fma(t0, DoubleVector.broadcast(D, 0.008863235529902197)) : t4.mul(t0).add(0.008863235529902197);
        DoubleVector t6 = FMA ? t5.fma(t0, DoubleVector.broadcast(D, -0.021869488536155203)) : t5.mul(t0).add(-0.021869488536155203);
        DoubleVector t7 = FMA ? t6.fma(t0, DoubleVector.broadcast(D, 0.05396825396825397)) : t6.mul(t0).add(0.05396825396825397);
        DoubleVector t8 = FMA ? t7.fma(t0, DoubleVector.broadcast(D, -0.13333333333333333)) : t7.mul(t0).add(-0.13333333333333333);
        DoubleVector t9 = FMA ? t8.fma(t0, DoubleVector.broadcast(D, 0.3333333333333333)) : t8.mul(t0).add(0.3333333333333333);
        DoubleVector t10 = t1.mul(t9);
        DoubleVector t11 = v.add(v);
        DoubleVector t12 = t11.blend(EXP_MIN, t11.compare(LT, EXP_MIN));
        DoubleVector t13 = t12.blend(EXP_MAX, t12.compare(GT, EXP_MAX));
        DoubleVector t14 = FMA ? t13.fma(LOG2E, SHIFT) : t13.mul(LOG2E).add(SHIFT);
        DoubleVector t15 = t14.sub(SHIFT);
        DoubleVector t16 = FMA ? t15.fma(DoubleVector.broadcast(D, -LN2_HI), t13) : t15.mul(-LN2_HI).add(t13);
        DoubleVector t17 = FMA ? t15.fma(DoubleVector.broadcast(D, -LN2_LO), t16) : t15.mul(-LN2_LO).add(t16);
        DoubleVector t18 = FMA ? t17.fma(2.487618804110902e-05, 0.00019907584981393008) : t17.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t19 = FMA ? t18.fma(t17, DoubleVector.broadcast(D, 0.0013888821633350108)) : t18.mul(t17).add(0.0013888821633350108);
        DoubleVector t20 = FMA ? t19.fma(t17, DoubleVector.broadcast(D, 0.008333283514493672)) : t19.mul(t17).add(0.008333283514493672);
        DoubleVector t21 = FMA ? t20.fma(t17, DoubleVector.broadcast(D, 0.04166666689117805)) : t20.mul(t17).add(0.04166666689117805);
        DoubleVector t22 = FMA ? t21.fma(t17, DoubleVector.broadcast(D, 0.16666666786399478)) : t21.mul(t17).add(0.16666666786399478);
        DoubleVector t23 = FMA ? t22.fma(t17, DoubleVector.broadcast(D, 0.49999999999797706)) : t22.mul(t17).add(0.49999999999797706);
        DoubleVector t24 = FMA ? t23.fma(t17, DoubleVector.broadcast(D, 0.9999999999955043)) : t23.mul(t17).add(0.9999999999955043);
        DoubleVector t25 = t17.mul(t24);
        DoubleVector t26 = t14.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = t26.sub(1.0);
        DoubleVector t28 = FMA ? t26.fma(t25, t27) : t26.mul(t25).add(t27);
        DoubleVector t29 = t28.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t11.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t30 = t29.add(2.0);
        DoubleVector t31 = t29.div(t30);
        DoubleVector t32 = v.sub(t31);
        DoubleVector t33 = v.abs();
        DoubleVector t34 = t32.blend(t10, t33.compare(LT, TANHSHRINK_SERIES));
        ((FloatVector) t34.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.tanhshrink(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(va);
        DoubleVector b0 = vb.add(vb);
        DoubleVector a1 = a0.blend(EXP_MIN, a0.compare(LT, EXP_MIN));
        DoubleVector b1 = b0.blend(EXP_MIN, b0.compare(LT, EXP_MIN));
        DoubleVector a2 = a1.blend(EXP_MAX, a1.compare(GT, EXP_MAX));
        DoubleVector b2 = b1.blend(EXP_MAX, b1.compare(GT, EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(2.487618804110902e-05, 0.00019907584981393008) : a6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b7 = FMA ? b6.fma(2.487618804110902e-05, 0.00019907584981393008) : b6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 0.0013888821633350108)) : a7.mul(a6).add(0.0013888821633350108);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 0.0013888821633350108)) : b7.mul(b6).add(0.0013888821633350108);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 0.008333283514493672)) : a8.mul(a6).add(0.008333283514493672);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 0.008333283514493672)) : b8.mul(b6).add(0.008333283514493672);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 0.04166666689117805)) : a9.mul(a6).add(0.04166666689117805);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 0.04166666689117805)) : b9.mul(b6).add(0.04166666689117805);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 0.16666666786399478)) : a10.mul(a6).add(0.16666666786399478);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 0.16666666786399478)) : b10.mul(b6).add(0.16666666786399478);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.49999999999797706)) : a11.mul(a6).add(0.49999999999797706);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.49999999999797706)) : b11.mul(b6).add(0.49999999999797706);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.9999999999955043)) : a12.mul(a6).add(0.9999999999955043);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.9999999999955043)) : b12.mul(b6).add(0.9999999999955043);
        DoubleVector a14 = a6.mul(a13);
        DoubleVector b14 = b6.mul(b13);
        DoubleVector a15 = a3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b15 = b3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a16 = a15.sub(1.0);
        DoubleVector b16 = b15.sub(1.0);
        DoubleVector a17 = FMA ? a15.fma(a14, a16) : a15.mul(a14).add(a16);
        DoubleVector b17 = FMA ? b15.fma(b14, b16) : b15.mul(b14).add(b16);
        DoubleVector a18 = a17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b18 = b17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a19 = a18.add(2.0);
        DoubleVector b19 = b18.add(2.0);
        DoubleVector a20 = a18.div(a19);
        DoubleVector b20 = b18.div(b19);
        DoubleVector a21 = a20.mul(a20);
        DoubleVector b21 = b20.mul(b20);
        ((FloatVector) ga.mul(a21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(v);
        DoubleVector t1 = t0.blend(EXP_MIN, t0.compare(LT, EXP_MIN));
        DoubleVector t2 = t1.blend(EXP_MAX, t1.compare(GT, EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(2.487618804110902e-05, 0.00019907584981393008) : t6.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 0.0013888821633350108)) : t7.mul(t6).add(0.0013888821633350108);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 0.008333283514493672)) : t8.mul(t6).add(0.008333283514493672);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 0.04166666689117805)) : t9.mul(t6).add(0.04166666689117805);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 0.16666666786399478)) : t10.mul(t6).add(0.16666666786399478);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.49999999999797706)) : t11.mul(t6).add(0.49999999999797706);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.9999999999955043)) : t12.mul(t6).add(0.9999999999955043);
        DoubleVector t14 = t6.mul(t13);
        DoubleVector t15 = t3.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t16 = t15.sub(1.0);
        DoubleVector t17 = FMA ? t15.fma(t14, t16) : t15.mul(t14).add(t16);
        DoubleVector t18 = t17.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t19 = t18.add(2.0);
        DoubleVector t20 = t18.div(t19);
        DoubleVector t21 = t20.mul(t20);
        ((FloatVector) g.mul(t21).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a1.div(a3);
        DoubleVector b4 = b1.div(b3);
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t1.div(t3);
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softsign(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(-FLOAT_MAX, va.compare(LT, -FLOAT_MAX));
        DoubleVector b0 = vb.blend(-FLOAT_MAX, vb.compare(LT, -FLOAT_MAX));
        DoubleVector a1 = a0.blend(FLOAT_MAX, a0.compare(GT, FLOAT_MAX));
        DoubleVector b1 = b0.blend(FLOAT_MAX, b0.compare(GT, FLOAT_MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a3.mul(a3);
        DoubleVector b4 = b3.mul(b3);
        DoubleVector a5 = DoubleVector.broadcast(D, 1.0).div(a4);
        DoubleVector b5 = DoubleVector.broadcast(D, 1.0).div(b4);
        ((FloatVector) ga.mul(a5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(-FLOAT_MAX, v.compare(LT, -FLOAT_MAX));
        DoubleVector t1 = t0.blend(FLOAT_MAX, t0.compare(GT, FLOAT_MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t3.mul(t3);
        DoubleVector t5 = DoubleVector.broadcast(D, 1.0).div(t4);
        ((FloatVector) g.mul(t5).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = a0.mul(SIXTH);
        DoubleVector b1 = b0.mul(SIXTH);
        DoubleVector a2 = a1.blend(0.0, a1.compare(LT, 0.0));
        DoubleVector b2 = b1.blend(0.0, b1.compare(LT, 0.0));
        DoubleVector a3 = a2.blend(1.0, a2.compare(GT, 1.0));
        DoubleVector b3 = b2.blend(1.0, b2.compare(GT, 1.0));
        ((FloatVector) a3.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b3.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = t0.mul(SIXTH);
        DoubleVector t2 = t1.blend(0.0, t1.compare(LT, 0.0));
        DoubleVector t3 = t2.blend(1.0, t2.compare(GT, 1.0));
        ((FloatVector) t3.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = ZERO.blend(SIXTH, va.compare(GT, -3.0).and(va.compare(LT, 3.0)));
        DoubleVector b0 = ZERO.blend(SIXTH, vb.compare(GT, -3.0).and(vb.compare(LT, 3.0)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ((FloatVector) ga.mul(a1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = ZERO.blend(SIXTH, v.compare(GT, -3.0).and(v.compare(LT, 3.0)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        ((FloatVector) g.mul(t1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = va.mul(a0);
        DoubleVector b1 = vb.mul(b0);
        DoubleVector a2 = a1.mul(SIXTH);
        DoubleVector b2 = b1.mul(SIXTH);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(va, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(vb, vb.compare(GE, 3.0));
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = v.mul(t0);
        DoubleVector t2 = t1.mul(SIXTH);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(v, v.compare(GE, 3.0));
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardswish(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(2.0);
        DoubleVector b0 = vb.mul(2.0);
        DoubleVector a1 = a0.add(3.0);
        DoubleVector b1 = b0.add(3.0);
        DoubleVector a2 = a1.mul(SIXTH);
        DoubleVector b2 = b1.mul(SIXTH);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(1.0, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(1.0, vb.compare(GE, 3.0));
        ((FloatVector) ga.mul(a4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(2.0);
        DoubleVector t1 = t0.add(3.0);
        DoubleVector t2 = t1.mul(SIXTH);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(1.0, v.compare(GE, 3.0));
        ((FloatVector) g.mul(t4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.neg();
        DoubleVector b0 = vb.neg();
        DoubleVector a1 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b1 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a2 = va.abs();
        DoubleVector b2 = vb.abs();
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = a3.blend(EXP_MIN, a3.compare(LT, EXP_MIN));
        DoubleVector b4 = b3.blend(EXP_MIN, b3.compare(LT, EXP_MIN));
        DoubleVector a5 = a4.blend(EXP_MAX, a4.compare(GT, EXP_MAX));
        DoubleVector b5 = b4.blend(EXP_MAX, b4.compare(GT, EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(2.487618804110902e-05, 0.00019907584981393008) : a9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b10 = FMA ? b9.fma(2.487618804110902e-05, 0.00019907584981393008) : b9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 0.0013888821633350108)) : a10.mul(a9).add(0.0013888821633350108);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 0.0013888821633350108)) : b10.mul(b9).add(0.0013888821633350108);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 0.008333283514493672)) : a11.mul(a9).add(0.008333283514493672);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 0.008333283514493672)) : b11.mul(b9).add(0.008333283514493672);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 0.04166666689117805)) : a12.mul(a9).add(0.04166666689117805);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 0.04166666689117805)) : b12.mul(b9).add(0.04166666689117805);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 0.16666666786399478)) : a13.mul(a9).add(0.16666666786399478);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 0.16666666786399478)) : b13.mul(b9).add(0.16666666786399478);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.49999999999797706)) : a14.mul(a9).add(0.49999999999797706);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.49999999999797706)) : b14.mul(b9).add(0.49999999999797706);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.9999999999955043)) : a15.mul(a9).add(0.9999999999955043);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.9999999999955043)) : b15.mul(b9).add(0.9999999999955043);
        DoubleVector a17 = a9.mul(a16);
        DoubleVector b17 = b9.mul(b16);
        DoubleVector a18 = a6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b18 = b6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a19 = FMA ? a18.fma(a17, a18) : a18.mul(a17).add(a18);
        DoubleVector b19 = FMA ? b18.fma(b17, b18) : b18.mul(b17).add(b18);
        DoubleVector a20 = a19.add(1.0);
        DoubleVector b20 = b19.add(1.0);
        DoubleVector a21 = a20.sub(1.0);
        DoubleVector b21 = b20.sub(1.0);
        DoubleVector a22 = a19.sub(a21);
        DoubleVector b22 = b19.sub(b21);
        DoubleVector a23 = a22.div(a20);
        DoubleVector b23 = b22.div(b20);
        LongVector a24 = a20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b24 = b20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a25 = a24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b25 = b24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a26 = a24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b26 = b24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a27 = a26.sub(1.0);
        DoubleVector b27 = b26.sub(1.0);
        DoubleVector a28 = a27.add(2.0);
        DoubleVector b28 = b27.add(2.0);
        DoubleVector a29 = a27.div(a28);
        DoubleVector b29 = b27.div(b28);
        DoubleVector a30 = a29.mul(a29);
        DoubleVector b30 = b29.mul(b29);
        DoubleVector a31 = FMA ? a30.fma(0.13333333333333333, 0.15384615384615385) : a30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector b31 = FMA ? b30.fma(0.13333333333333333, 0.15384615384615385) : b30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector a32 = FMA ? a31.fma(a30, DoubleVector.broadcast(D, 0.18181818181818182)) : a31.mul(a30).add(0.18181818181818182);
        DoubleVector b32 = FMA ? b31.fma(b30, DoubleVector.broadcast(D, 0.18181818181818182)) : b31.mul(b30).add(0.18181818181818182);
        DoubleVector a33 = FMA ? a32.fma(a30, DoubleVector.broadcast(D, 0.2222222222222222)) : a32.mul(a30).add(0.2222222222222222);
        DoubleVector b33 = FMA ? b32.fma(b30, DoubleVector.broadcast(D, 0.2222222222222222)) : b32.mul(b30).add(0.2222222222222222);
        DoubleVector a34 = FMA ? a33.fma(a30, DoubleVector.broadcast(D, 0.2857142857142857)) : a33.mul(a30).add(0.2857142857142857);
        DoubleVector b34 = FMA ? b33.fma(b30, DoubleVector.broadcast(D, 0.2857142857142857)) : b33.mul(b30).add(0.2857142857142857);
        DoubleVector a35 = FMA ? a34.fma(a30, DoubleVector.broadcast(D, 0.4)) : a34.mul(a30).add(0.4);
        DoubleVector b35 = FMA ? b34.fma(b30, DoubleVector.broadcast(D, 0.4)) : b34.mul(b30).add(0.4);
        DoubleVector a36 = FMA ? a35.fma(a30, DoubleVector.broadcast(D, 0.6666666666666666)) : a35.mul(a30).add(0.6666666666666666);
        DoubleVector b36 = FMA ? b35.fma(b30, DoubleVector.broadcast(D, 0.6666666666666666)) : b35.mul(b30).add(0.6666666666666666);
        DoubleVector a37 = FMA ? a36.fma(a30, DoubleVector.broadcast(D, 2.0)) : a36.mul(a30).add(2.0);
        DoubleVector b37 = FMA ? b36.fma(b30, DoubleVector.broadcast(D, 2.0)) : b36.mul(b30).add(2.0);
        DoubleVector a38 = FMA ? a29.fma(a37, a23) : a29.mul(a37).add(a23);
        DoubleVector b38 = FMA ? b29.fma(b37, b23) : b29.mul(b37).add(b23);
        DoubleVector a39 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_LO), a38) : a25.mul(LN2_LO).add(a38);
        DoubleVector b39 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_LO), b38) : b25.mul(LN2_LO).add(b38);
        DoubleVector a40 = FMA ? a25.fma(DoubleVector.broadcast(D, LN2_HI), a39) : a25.mul(LN2_HI).add(a39);
        DoubleVector b40 = FMA ? b25.fma(DoubleVector.broadcast(D, LN2_HI), b39) : b25.mul(LN2_HI).add(b39);
        DoubleVector a41 = a1.add(a40);
        DoubleVector b41 = b1.add(b40);
        DoubleVector a42 = a41.neg();
        DoubleVector b42 = b41.neg();
        ((FloatVector) a42.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b42.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.neg();
        DoubleVector t1 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t2 = v.abs();
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = t3.blend(EXP_MIN, t3.compare(LT, EXP_MIN));
        DoubleVector t5 = t4.blend(EXP_MAX, t4.compare(GT, EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(2.487618804110902e-05, 0.00019907584981393008) : t9.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 0.0013888821633350108)) : t10.mul(t9).add(0.0013888821633350108);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 0.008333283514493672)) : t11.mul(t9).add(0.008333283514493672);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 0.04166666689117805)) : t12.mul(t9).add(0.04166666689117805);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 0.16666666786399478)) : t13.mul(t9).add(0.16666666786399478);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.49999999999797706)) : t14.mul(t9).add(0.49999999999797706);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.9999999999955043)) : t15.mul(t9).add(0.9999999999955043);
        DoubleVector t17 = t9.mul(t16);
        DoubleVector t18 = t6.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t19 = FMA ? t18.fma(t17, t18) : t18.mul(t17).add(t18);
        DoubleVector t20 = t19.add(1.0);
        DoubleVector t21 = t20.sub(1.0);
        DoubleVector t22 = t19.sub(t21);
        DoubleVector t23 = t22.div(t20);
        LongVector t24 = t20.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t25 = t24.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t26 = t24.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t27 = t26.sub(1.0);
        DoubleVector t28 = t27.add(2.0);
        DoubleVector t29 = t27.div(t28);
        DoubleVector t30 = t29.mul(t29);
        DoubleVector t31 = FMA ? t30.fma(0.13333333333333333, 0.15384615384615385) : t30.mul(0.13333333333333333).add(0.15384615384615385);
        DoubleVector t32 = FMA ? t31.fma(t30, DoubleVector.broadcast(D, 0.18181818181818182)) : t31.mul(t30).add(0.18181818181818182);
        DoubleVector t33 = FMA ? t32.fma(t30, DoubleVector.broadcast(D, 0.2222222222222222)) : t32.mul(t30).add(0.2222222222222222);
        DoubleVector t34 = FMA ? t33.fma(t30, DoubleVector.broadcast(D, 0.2857142857142857)) : t33.mul(t30).add(0.2857142857142857);
        DoubleVector t35 = FMA ? t34.fma(t30, DoubleVector.broadcast(D, 0.4)) : t34.mul(t30).add(0.4);
        DoubleVector t36 = FMA ? t35.fma(t30, DoubleVector.broadcast(D, 0.6666666666666666)) : t35.mul(t30).add(0.6666666666666666);
        DoubleVector t37 = FMA ? t36.fma(t30, DoubleVector.broadcast(D, 2.0)) : t36.mul(t30).add(2.0);
        DoubleVector t38 = FMA ? t29.fma(t37, t23) : t29.mul(t37).add(t23);
        DoubleVector t39 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_LO), t38) : t25.mul(LN2_LO).add(t38);
        DoubleVector t40 = FMA ? t25.fma(DoubleVector.broadcast(D, LN2_HI), t39) : t25.mul(LN2_HI).add(t39);
        DoubleVector t41 = t1.add(t40);
        DoubleVector t42 = t41.neg();
        ((FloatVector) t42.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.logsigmoid(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.blend(EXP_MIN, va.compare(LT, EXP_MIN));
        DoubleVector b0 = vb.blend(EXP_MIN, vb.compare(LT, EXP_MIN));
        DoubleVector a1 = a0.blend(EXP_MAX, a0.compare(GT, EXP_MAX));
        DoubleVector b1 = b0.blend(EXP_MAX, b0.compare(GT, EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(2.487618804110902e-05, 0.00019907584981393008) : a5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector b6 = FMA ? b5.fma(2.487618804110902e-05, 0.00019907584981393008) : b5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 0.0013888821633350108)) : a6.mul(a5).add(0.0013888821633350108);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 0.0013888821633350108)) : b6.mul(b5).add(0.0013888821633350108);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 0.008333283514493672)) : a7.mul(a5).add(0.008333283514493672);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 0.008333283514493672)) : b7.mul(b5).add(0.008333283514493672);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 0.04166666689117805)) : a8.mul(a5).add(0.04166666689117805);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 0.04166666689117805)) : b8.mul(b5).add(0.04166666689117805);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 0.16666666786399478)) : a9.mul(a5).add(0.16666666786399478);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 0.16666666786399478)) : b9.mul(b5).add(0.16666666786399478);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.49999999999797706)) : a10.mul(a5).add(0.49999999999797706);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.49999999999797706)) : b10.mul(b5).add(0.49999999999797706);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.9999999999955043)) : a11.mul(a5).add(0.9999999999955043);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.9999999999955043)) : b11.mul(b5).add(0.9999999999955043);
        DoubleVector a13 = a5.mul(a12);
        DoubleVector b13 = b5.mul(b12);
        DoubleVector a14 = a2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b14 = b2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a15 = FMA ? a14.fma(a13, a14) : a14.mul(a13).add(a14);
        DoubleVector b15 = FMA ? b14.fma(b13, b14) : b14.mul(b13).add(b14);
        DoubleVector a16 = a15.add(1.0);
        DoubleVector b16 = b15.add(1.0);
        DoubleVector a17 = DoubleVector.broadcast(D, 1.0).div(a16);
        DoubleVector b17 = DoubleVector.broadcast(D, 1.0).div(b16);
        ((FloatVector) ga.mul(a17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.blend(EXP_MIN, v.compare(LT, EXP_MIN));
        DoubleVector t1 = t0.blend(EXP_MAX, t0.compare(GT, EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(2.487618804110902e-05, 0.00019907584981393008) : t5.mul(2.487618804110902e-05).add(0.00019907584981393008);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 0.0013888821633350108)) : t6.mul(t5).add(0.0013888821633350108);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 0.008333283514493672)) : t7.mul(t5).add(0.008333283514493672);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 0.04166666689117805)) : t8.mul(t5).add(0.04166666689117805);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 0.16666666786399478)) : t9.mul(t5).add(0.16666666786399478);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.49999999999797706)) : t10.mul(t5).add(0.49999999999797706);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.9999999999955043)) : t11.mul(t5).add(0.9999999999955043);
        DoubleVector t13 = t5.mul(t12);
        DoubleVector t14 = t2.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t15 = FMA ? t14.fma(t13, t14) : t14.mul(t13).add(t14);
        DoubleVector t16 = t15.add(1.0);
        DoubleVector t17 = DoubleVector.broadcast(D, 1.0).div(t16);
        ((FloatVector) g.mul(t17).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(v.blend(floor, v.compare(LT, floor)).fma(v.broadcast(high), v.blend(-Float.MAX_VALUE, v.compare(LT, -Float.MAX_VALUE)).mul(low)), v.compare(GT, 0).not()).blend(v.mul(high), v.compare(EQ, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)));
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float high = this.high;
      final float low = this.low;
      final float floor = this.floor;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(high).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.sub(lambd);
        DoubleVector b0 = vb.sub(lambd);
        DoubleVector a1 = a0.blend(0.0, va.compare(GT, lambd).not());
        DoubleVector b1 = b0.blend(0.0, vb.compare(GT, lambd).not());
        DoubleVector a2 = va.add(lambd);
        DoubleVector b2 = vb.add(lambd);
        DoubleVector a3 = a1.blend(a2, va.compare(LT, -lambd));
        DoubleVector b3 = b1.blend(b2, vb.compare(LT, -lambd));
        DoubleVector a4 = a3.blend(va, va.compare(NE, va));
        DoubleVector b4 = b3.blend(vb, vb.compare(NE, vb));
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.sub(lambd);
        DoubleVector t1 = t0.blend(0.0, v.compare(GT, lambd).not());
        DoubleVector t2 = v.add(lambd);
        DoubleVector t3 = t1.blend(t2, v.compare(LT, -lambd));
        DoubleVector t4 = t3.blend(v, v.compare(NE, v));
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = ZERO.blend(1.0, va.compare(GT, lambd).or(va.compare(LT, -lambd)));
        DoubleVector b0 = ZERO.blend(1.0, vb.compare(GT, lambd).or(vb.compare(LT, -lambd)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ((FloatVector) ga.mul(a1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = ZERO.blend(1.0, v.compare(GT, lambd).or(v.compare(LT, -lambd)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        ((FloatVector) g.mul(t1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      if (x != y || xo != yo) {
        System.arraycopy(x, xo, y, yo, n);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(1).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(0, v.compare(LE, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v <= 0 ? 0f : v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(minValue, v.compare(LT, minUp)).blend(maxValue, v.compare(GT, maxDown)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, minDown).and(v.compare(LT, maxUp))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.blend(0, v.compare(GE, lowUp).and(v.compare(LE, highDown))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v >= lowUp && v <= highDown ? 0f : v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float lowUp = this.lowUp;
      final float highDown = this.highDown;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, highDown).or(v.compare(LT, lowUp))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        v.broadcast(replacement).blend(v, v.compare(GT, thresholdDown).or(v.compare(NE, v))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        y[yo + i] = (v > thresholdDown || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float thresholdDown = this.thresholdDown;
      final float replacement = this.replacement;
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, thresholdDown)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = ZERO.neg();
        DoubleVector b2 = ZERO.neg();
        DoubleVector a3 = a2.blend(ZERO, va.compare(LT, 0.0));
        DoubleVector b3 = b2.blend(ZERO, vb.compare(LT, 0.0));
        DoubleVector a4 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b4 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a5 = a4.blend(DoubleCores.EXP_MAX, a4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b5 = b4.blend(DoubleCores.EXP_MAX, b4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b10 = FMA ? b9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a10.mul(a9).add(2.505210838544172e-08);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b10.mul(b9).add(2.505210838544172e-08);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a11.mul(a9).add(2.755731922398589e-07);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b11.mul(b9).add(2.755731922398589e-07);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a12.mul(a9).add(2.7557319223985893e-06);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b12.mul(b9).add(2.7557319223985893e-06);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a13.mul(a9).add(2.48015873015873e-05);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b13.mul(b9).add(2.48015873015873e-05);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.0001984126984126984)) : a14.mul(a9).add(0.0001984126984126984);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.0001984126984126984)) : b14.mul(b9).add(0.0001984126984126984);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.001388888888888889)) : a15.mul(a9).add(0.001388888888888889);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.001388888888888889)) : b15.mul(b9).add(0.001388888888888889);
        DoubleVector a17 = FMA ? a16.fma(a9, DoubleVector.broadcast(D, 0.008333333333333333)) : a16.mul(a9).add(0.008333333333333333);
        DoubleVector b17 = FMA ? b16.fma(b9, DoubleVector.broadcast(D, 0.008333333333333333)) : b16.mul(b9).add(0.008333333333333333);
        DoubleVector a18 = FMA ? a17.fma(a9, DoubleVector.broadcast(D, 0.041666666666666664)) : a17.mul(a9).add(0.041666666666666664);
        DoubleVector b18 = FMA ? b17.fma(b9, DoubleVector.broadcast(D, 0.041666666666666664)) : b17.mul(b9).add(0.041666666666666664);
        DoubleVector a19 = FMA ? a18.fma(a9, DoubleVector.broadcast(D, 0.16666666666666666)) : a18.mul(a9).add(0.16666666666666666);
        DoubleVector b19 = FMA ? b18.fma(b9, DoubleVector.broadcast(D, 0.16666666666666666)) : b18.mul(b9).add(0.16666666666666666);
        DoubleVector a20 = FMA ? a19.fma(a9, DoubleVector.broadcast(D, 0.5)) : a19.mul(a9).add(0.5);
        DoubleVector b20 = FMA ? b19.fma(b9, DoubleVector.broadcast(D, 0.5)) : b19.mul(b9).add(0.5);
        DoubleVector a21 = FMA ? a20.fma(a9, DoubleVector.broadcast(D, 1.0)) : a20.mul(a9).add(1.0);
        DoubleVector b21 = FMA ? b20.fma(b9, DoubleVector.broadcast(D, 1.0)) : b20.mul(b9).add(1.0);
        DoubleVector a22 = a9.mul(a21);
        DoubleVector b22 = b9.mul(b21);
        LongVector a23 = a6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b23 = b6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a24 = a23.lanewise(ASHR, 1);
        LongVector b24 = b23.lanewise(ASHR, 1);
        DoubleVector a25 = a24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b25 = b24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a26 = a23.sub(a24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b23.sub(b24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = FMA ? a25.fma(a22, a25) : a25.mul(a22).add(a25);
        DoubleVector b27 = FMA ? b25.fma(b22, b25) : b25.mul(b22).add(b25);
        DoubleVector a28 = a27.mul(a26);
        DoubleVector b28 = b27.mul(b26);
        DoubleVector a29 = a25.sub(a27);
        DoubleVector b29 = b25.sub(b27);
        DoubleVector a30 = FMA ? a25.fma(a22, a29) : a25.mul(a22).add(a29);
        DoubleVector b30 = FMA ? b25.fma(b22, b29) : b25.mul(b22).add(b29);
        DoubleVector a31 = a30.mul(a26);
        DoubleVector b31 = b30.mul(b26);
        DoubleVector a32 = FMA ? a28.fma(a3, a31) : a28.mul(a3).add(a31);
        DoubleVector b32 = FMA ? b28.fma(b3, b31) : b28.mul(b3).add(b31);
        DoubleVector a33 = a28.add(1.0);
        DoubleVector b33 = b28.add(1.0);
        DoubleVector a34 = DoubleVector.broadcast(D, 1.0).sub(a33);
        DoubleVector b34 = DoubleVector.broadcast(D, 1.0).sub(b33);
        DoubleVector a35 = a34.add(a28);
        DoubleVector b35 = b34.add(b28);
        DoubleVector a36 = a35.add(a32);
        DoubleVector b36 = b35.add(b32);
        DoubleVector a37 = DoubleVector.broadcast(D, 1.0).div(a33);
        DoubleVector b37 = DoubleVector.broadcast(D, 1.0).div(b33);
        DoubleVector a38 = ONE.blend(a28, va.compare(LT, 0.0));
        DoubleVector b38 = ONE.blend(b28, vb.compare(LT, 0.0));
        DoubleVector a39 = ZERO.blend(a32, va.compare(LT, 0.0));
        DoubleVector b39 = ZERO.blend(b32, vb.compare(LT, 0.0));
        DoubleVector a40 = a38.mul(a37);
        DoubleVector b40 = b38.mul(b37);
        DoubleVector a41 = a40.neg();
        DoubleVector b41 = b40.neg();
        DoubleVector a42 = FMA ? a41.fma(a33, a38) : a41.mul(a33).add(a38);
        DoubleVector b42 = FMA ? b41.fma(b33, b38) : b41.mul(b33).add(b38);
        DoubleVector a43 = a42.add(a39);
        DoubleVector b43 = b42.add(b39);
        DoubleVector a44 = FMA ? a41.fma(a36, a43) : a41.mul(a36).add(a43);
        DoubleVector b44 = FMA ? b41.fma(b36, b43) : b41.mul(b36).add(b43);
        DoubleVector a45 = FMA ? a44.fma(a37, a40) : a44.mul(a37).add(a40);
        DoubleVector b45 = FMA ? b44.fma(b37, b40) : b44.mul(b37).add(b40);
        DoubleVector a46 = ONE.blend(a28, va.compare(LT, 0.0).not());
        DoubleVector b46 = ONE.blend(b28, vb.compare(LT, 0.0).not());
        DoubleVector a47 = ZERO.blend(a32, va.compare(LT, 0.0).not());
        DoubleVector b47 = ZERO.blend(b32, vb.compare(LT, 0.0).not());
        DoubleVector a48 = a46.mul(a37);
        DoubleVector b48 = b46.mul(b37);
        DoubleVector a49 = a48.neg();
        DoubleVector b49 = b48.neg();
        DoubleVector a50 = FMA ? a49.fma(a33, a46) : a49.mul(a33).add(a46);
        DoubleVector b50 = FMA ? b49.fma(b33, b46) : b49.mul(b33).add(b46);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = FMA ? a49.fma(a36, a51) : a49.mul(a36).add(a51);
        DoubleVector b52 = FMA ? b49.fma(b36, b51) : b49.mul(b36).add(b51);
        DoubleVector a53 = FMA ? a52.fma(a37, a48) : a52.mul(a37).add(a48);
        DoubleVector b53 = FMA ? b52.fma(b37, b48) : b52.mul(b37).add(b48);
        a45.intoArray(y, yo + i);
        b45.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = ZERO.neg();
        DoubleVector t3 = t2.blend(ZERO, v.compare(LT, 0.0));
        DoubleVector t4 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t5 = t4.blend(DoubleCores.EXP_MAX, t4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t10.mul(t9).add(2.505210838544172e-08);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t11.mul(t9).add(2.755731922398589e-07);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t12.mul(t9).add(2.7557319223985893e-06);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t13.mul(t9).add(2.48015873015873e-05);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.0001984126984126984)) : t14.mul(t9).add(0.0001984126984126984);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.001388888888888889)) : t15.mul(t9).add(0.001388888888888889);
        DoubleVector t17 = FMA ? t16.fma(t9, DoubleVector.broadcast(D, 0.008333333333333333)) : t16.mul(t9).add(0.008333333333333333);
        DoubleVector t18 = FMA ? t17.fma(t9, DoubleVector.broadcast(D, 0.041666666666666664)) : t17.mul(t9).add(0.041666666666666664);
        DoubleVector t19 = FMA ? t18.fma(t9, DoubleVector.broadcast(D, 0.16666666666666666)) : t18.mul(t9).add(0.16666666666666666);
        DoubleVector t20 = FMA ? t19.fma(t9, DoubleVector.broadcast(D, 0.5)) : t19.mul(t9).add(0.5);
        DoubleVector t21 = FMA ? t20.fma(t9, DoubleVector.broadcast(D, 1.0)) : t20.mul(t9).add(1.0);
        DoubleVector t22 = t9.mul(t21);
        LongVector t23 = t6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t24 = t23.lanewise(ASHR, 1);
        DoubleVector t25 = t24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t26 = t23.sub(t24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = FMA ? t25.fma(t22, t25) : t25.mul(t22).add(t25);
        DoubleVector t28 = t27.mul(t26);
        DoubleVector t29 = t25.sub(t27);
        DoubleVector t30 = FMA ? t25.fma(t22, t29) : t25.mul(t22).add(t29);
        DoubleVector t31 = t30.mul(t26);
        DoubleVector t32 = FMA ? t28.fma(t3, t31) : t28.mul(t3).add(t31);
        DoubleVector t33 = t28.add(1.0);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t34.add(t28);
        DoubleVector t36 = t35.add(t32);
        DoubleVector t37 = DoubleVector.broadcast(D, 1.0).div(t33);
        DoubleVector t38 = ONE.blend(t28, v.compare(LT, 0.0));
        DoubleVector t39 = ZERO.blend(t32, v.compare(LT, 0.0));
        DoubleVector t40 = t38.mul(t37);
        DoubleVector t41 = t40.neg();
        DoubleVector t42 = FMA ? t41.fma(t33, t38) : t41.mul(t33).add(t38);
        DoubleVector t43 = t42.add(t39);
        DoubleVector t44 = FMA ? t41.fma(t36, t43) : t41.mul(t36).add(t43);
        DoubleVector t45 = FMA ? t44.fma(t37, t40) : t44.mul(t37).add(t40);
        DoubleVector t46 = ONE.blend(t28, v.compare(LT, 0.0).not());
        DoubleVector t47 = ZERO.blend(t32, v.compare(LT, 0.0).not());
        DoubleVector t48 = t46.mul(t37);
        DoubleVector t49 = t48.neg();
        DoubleVector t50 = FMA ? t49.fma(t33, t46) : t49.mul(t33).add(t46);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = FMA ? t49.fma(t36, t51) : t49.mul(t36).add(t51);
        DoubleVector t53 = FMA ? t52.fma(t37, t48) : t52.mul(t37).add(t48);
        t45.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.sigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = ZERO.neg();
        DoubleVector b2 = ZERO.neg();
        DoubleVector a3 = a2.blend(ZERO, va.compare(LT, 0.0));
        DoubleVector b3 = b2.blend(ZERO, vb.compare(LT, 0.0));
        DoubleVector a4 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b4 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a5 = a4.blend(DoubleCores.EXP_MAX, a4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b5 = b4.blend(DoubleCores.EXP_MAX, b4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b10 = FMA ? b9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a10.mul(a9).add(2.505210838544172e-08);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b10.mul(b9).add(2.505210838544172e-08);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a11.mul(a9).add(2.755731922398589e-07);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b11.mul(b9).add(2.755731922398589e-07);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a12.mul(a9).add(2.7557319223985893e-06);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b12.mul(b9).add(2.7557319223985893e-06);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a13.mul(a9).add(2.48015873015873e-05);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b13.mul(b9).add(2.48015873015873e-05);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.0001984126984126984)) : a14.mul(a9).add(0.0001984126984126984);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.0001984126984126984)) : b14.mul(b9).add(0.0001984126984126984);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.001388888888888889)) : a15.mul(a9).add(0.001388888888888889);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.001388888888888889)) : b15.mul(b9).add(0.001388888888888889);
        DoubleVector a17 = FMA ? a16.fma(a9, DoubleVector.broadcast(D, 0.008333333333333333)) : a16.mul(a9).add(0.008333333333333333);
        DoubleVector b17 = FMA ? b16.fma(b9, DoubleVector.broadcast(D, 0.008333333333333333)) : b16.mul(b9).add(0.008333333333333333);
        DoubleVector a18 = FMA ? a17.fma(a9, DoubleVector.broadcast(D, 0.041666666666666664)) : a17.mul(a9).add(0.041666666666666664);
        DoubleVector b18 = FMA ? b17.fma(b9, DoubleVector.broadcast(D, 0.041666666666666664)) : b17.mul(b9).add(0.041666666666666664);
        DoubleVector a19 = FMA ? a18.fma(a9, DoubleVector.broadcast(D, 0.16666666666666666)) : a18.mul(a9).add(0.16666666666666666);
        DoubleVector b19 = FMA ? b18.fma(b9, DoubleVector.broadcast(D, 0.16666666666666666)) : b18.mul(b9).add(0.16666666666666666);
        DoubleVector a20 = FMA ? a19.fma(a9, DoubleVector.broadcast(D, 0.5)) : a19.mul(a9).add(0.5);
        DoubleVector b20 = FMA ? b19.fma(b9, DoubleVector.broadcast(D, 0.5)) : b19.mul(b9).add(0.5);
        DoubleVector a21 = FMA ? a20.fma(a9, DoubleVector.broadcast(D, 1.0)) : a20.mul(a9).add(1.0);
        DoubleVector b21 = FMA ? b20.fma(b9, DoubleVector.broadcast(D, 1.0)) : b20.mul(b9).add(1.0);
        DoubleVector a22 = a9.mul(a21);
        DoubleVector b22 = b9.mul(b21);
        LongVector a23 = a6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b23 = b6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a24 = a23.lanewise(ASHR, 1);
        LongVector b24 = b23.lanewise(ASHR, 1);
        DoubleVector a25 = a24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b25 = b24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a26 = a23.sub(a24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b23.sub(b24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = FMA ? a25.fma(a22, a25) : a25.mul(a22).add(a25);
        DoubleVector b27 = FMA ? b25.fma(b22, b25) : b25.mul(b22).add(b25);
        DoubleVector a28 = a27.mul(a26);
        DoubleVector b28 = b27.mul(b26);
        DoubleVector a29 = a25.sub(a27);
        DoubleVector b29 = b25.sub(b27);
        DoubleVector a30 = FMA ? a25.fma(a22, a29) : a25.mul(a22).add(a29);
        DoubleVector b30 = FMA ? b25.fma(b22, b29) : b25.mul(b22).add(b29);
        DoubleVector a31 = a30.mul(a26);
        DoubleVector b31 = b30.mul(b26);
        DoubleVector a32 = FMA ? a28.fma(a3, a31) : a28.mul(a3).add(a31);
        DoubleVector b32 = FMA ? b28.fma(b3, b31) : b28.mul(b3).add(b31);
        DoubleVector a33 = a28.add(1.0);
        DoubleVector b33 = b28.add(1.0);
        DoubleVector a34 = DoubleVector.broadcast(D, 1.0).sub(a33);
        DoubleVector b34 = DoubleVector.broadcast(D, 1.0).sub(b33);
        DoubleVector a35 = a34.add(a28);
        DoubleVector b35 = b34.add(b28);
        DoubleVector a36 = a35.add(a32);
        DoubleVector b36 = b35.add(b32);
        DoubleVector a37 = DoubleVector.broadcast(D, 1.0).div(a33);
        DoubleVector b37 = DoubleVector.broadcast(D, 1.0).div(b33);
        DoubleVector a38 = ONE.blend(a28, va.compare(LT, 0.0));
        DoubleVector b38 = ONE.blend(b28, vb.compare(LT, 0.0));
        DoubleVector a39 = ZERO.blend(a32, va.compare(LT, 0.0));
        DoubleVector b39 = ZERO.blend(b32, vb.compare(LT, 0.0));
        DoubleVector a40 = a38.mul(a37);
        DoubleVector b40 = b38.mul(b37);
        DoubleVector a41 = a40.neg();
        DoubleVector b41 = b40.neg();
        DoubleVector a42 = FMA ? a41.fma(a33, a38) : a41.mul(a33).add(a38);
        DoubleVector b42 = FMA ? b41.fma(b33, b38) : b41.mul(b33).add(b38);
        DoubleVector a43 = a42.add(a39);
        DoubleVector b43 = b42.add(b39);
        DoubleVector a44 = FMA ? a41.fma(a36, a43) : a41.mul(a36).add(a43);
        DoubleVector b44 = FMA ? b41.fma(b36, b43) : b41.mul(b36).add(b43);
        DoubleVector a45 = FMA ? a44.fma(a37, a40) : a44.mul(a37).add(a40);
        DoubleVector b45 = FMA ? b44.fma(b37, b40) : b44.mul(b37).add(b40);
        DoubleVector a46 = ONE.blend(a28, va.compare(LT, 0.0).not());
        DoubleVector b46 = ONE.blend(b28, vb.compare(LT, 0.0).not());
        DoubleVector a47 = ZERO.blend(a32, va.compare(LT, 0.0).not());
        DoubleVector b47 = ZERO.blend(b32, vb.compare(LT, 0.0).not());
        DoubleVector a48 = a46.mul(a37);
        DoubleVector b48 = b46.mul(b37);
        DoubleVector a49 = a48.neg();
        DoubleVector b49 = b48.neg();
        DoubleVector a50 = FMA ? a49.fma(a33, a46) : a49.mul(a33).add(a46);
        DoubleVector b50 = FMA ? b49.fma(b33, b46) : b49.mul(b33).add(b46);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = FMA ? a49.fma(a36, a51) : a49.mul(a36).add(a51);
        DoubleVector b52 = FMA ? b49.fma(b36, b51) : b49.mul(b36).add(b51);
        DoubleVector a53 = FMA ? a52.fma(a37, a48) : a52.mul(a37).add(a48);
        DoubleVector b53 = FMA ? b52.fma(b37, b48) : b52.mul(b37).add(b48);
        DoubleVector a54 = a45.mul(a53);
        DoubleVector b54 = b45.mul(b53);
        ga.mul(a54).intoArray(dx, dxo + i);
        gb.mul(b54).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = ZERO.neg();
        DoubleVector t3 = t2.blend(ZERO, v.compare(LT, 0.0));
        DoubleVector t4 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t5 = t4.blend(DoubleCores.EXP_MAX, t4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t10.mul(t9).add(2.505210838544172e-08);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t11.mul(t9).add(2.755731922398589e-07);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t12.mul(t9).add(2.7557319223985893e-06);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t13.mul(t9).add(2.48015873015873e-05);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.0001984126984126984)) : t14.mul(t9).add(0.0001984126984126984);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.001388888888888889)) : t15.mul(t9).add(0.001388888888888889);
        DoubleVector t17 = FMA ? t16.fma(t9, DoubleVector.broadcast(D, 0.008333333333333333)) : t16.mul(t9).add(0.008333333333333333);
        DoubleVector t18 = FMA ? t17.fma(t9, DoubleVector.broadcast(D, 0.041666666666666664)) : t17.mul(t9).add(0.041666666666666664);
        DoubleVector t19 = FMA ? t18.fma(t9, DoubleVector.broadcast(D, 0.16666666666666666)) : t18.mul(t9).add(0.16666666666666666);
        DoubleVector t20 = FMA ? t19.fma(t9, DoubleVector.broadcast(D, 0.5)) : t19.mul(t9).add(0.5);
        DoubleVector t21 = FMA ? t20.fma(t9, DoubleVector.broadcast(D, 1.0)) : t20.mul(t9).add(1.0);
        DoubleVector t22 = t9.mul(t21);
        LongVector t23 = t6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t24 = t23.lanewise(ASHR, 1);
        DoubleVector t25 = t24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t26 = t23.sub(t24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = FMA ? t25.fma(t22, t25) : t25.mul(t22).add(t25);
        DoubleVector t28 = t27.mul(t26);
        DoubleVector t29 = t25.sub(t27);
        DoubleVector t30 = FMA ? t25.fma(t22, t29) : t25.mul(t22).add(t29);
        DoubleVector t31 = t30.mul(t26);
        DoubleVector t32 = FMA ? t28.fma(t3, t31) : t28.mul(t3).add(t31);
        DoubleVector t33 = t28.add(1.0);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t34.add(t28);
        DoubleVector t36 = t35.add(t32);
        DoubleVector t37 = DoubleVector.broadcast(D, 1.0).div(t33);
        DoubleVector t38 = ONE.blend(t28, v.compare(LT, 0.0));
        DoubleVector t39 = ZERO.blend(t32, v.compare(LT, 0.0));
        DoubleVector t40 = t38.mul(t37);
        DoubleVector t41 = t40.neg();
        DoubleVector t42 = FMA ? t41.fma(t33, t38) : t41.mul(t33).add(t38);
        DoubleVector t43 = t42.add(t39);
        DoubleVector t44 = FMA ? t41.fma(t36, t43) : t41.mul(t36).add(t43);
        DoubleVector t45 = FMA ? t44.fma(t37, t40) : t44.mul(t37).add(t40);
        DoubleVector t46 = ONE.blend(t28, v.compare(LT, 0.0).not());
        DoubleVector t47 = ZERO.blend(t32, v.compare(LT, 0.0).not());
        DoubleVector t48 = t46.mul(t37);
        DoubleVector t49 = t48.neg();
        DoubleVector t50 = FMA ? t49.fma(t33, t46) : t49.mul(t33).add(t46);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = FMA ? t49.fma(t36, t51) : t49.mul(t36).add(t51);
        DoubleVector t53 = FMA ? t52.fma(t37, t48) : t52.mul(t37).add(t48);
        DoubleVector t54 = t45.mul(t53);
        g.mul(t54).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = va.mul(va);
        DoubleVector b1 = vb.mul(vb);
        DoubleVector a2 = va.mul(a1);
        DoubleVector b2 = vb.mul(b1);
        DoubleVector a3 = FMA ? a1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : a1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector b3 = FMA ? b1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : b1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector a4 = FMA ? a3.fma(a1, DoubleVector.broadcast(D, -0.00023635364294136244)) : a3.mul(a1).add(-0.00023635364294136244);
        DoubleVector b4 = FMA ? b3.fma(b1, DoubleVector.broadcast(D, -0.00023635364294136244)) : b3.mul(b1).add(-0.00023635364294136244);
        DoubleVector a5 = FMA ? a4.fma(a1, DoubleVector.broadcast(D, 0.0005894667419101905)) : a4.mul(a1).add(0.0005894667419101905);
        DoubleVector b5 = FMA ? b4.fma(b1, DoubleVector.broadcast(D, 0.0005894667419101905)) : b4.mul(b1).add(0.0005894667419101905);
        DoubleVector a6 = FMA ? a5.fma(a1, DoubleVector.broadcast(D, -0.0014557608138655873)) : a5.mul(a1).add(-0.0014557608138655873);
        DoubleVector b6 = FMA ? b5.fma(b1, DoubleVector.broadcast(D, -0.0014557608138655873)) : b5.mul(b1).add(-0.0014557608138655873);
        DoubleVector a7 = FMA ? a6.fma(a1, DoubleVector.broadcast(D, 0.0035921217969498704)) : a6.mul(a1).add(0.0035921217969498704);
        DoubleVector b7 = FMA ? b6.fma(b1, DoubleVector.broadcast(D, 0.0035921217969498704)) : b6.mul(b1).add(0.0035921217969498704);
        DoubleVector a8 = FMA ? a7.fma(a1, DoubleVector.broadcast(D, -0.008863235198659135)) : a7.mul(a1).add(-0.008863235198659135);
        DoubleVector b8 = FMA ? b7.fma(b1, DoubleVector.broadcast(D, -0.008863235198659135)) : b7.mul(b1).add(-0.008863235198659135);
        DoubleVector a9 = FMA ? a8.fma(a1, DoubleVector.broadcast(D, 0.0218694885258676)) : a8.mul(a1).add(0.0218694885258676);
        DoubleVector b9 = FMA ? b8.fma(b1, DoubleVector.broadcast(D, 0.0218694885258676)) : b8.mul(b1).add(0.0218694885258676);
        DoubleVector a10 = FMA ? a9.fma(a1, DoubleVector.broadcast(D, -0.053968253968089755)) : a9.mul(a1).add(-0.053968253968089755);
        DoubleVector b10 = FMA ? b9.fma(b1, DoubleVector.broadcast(D, -0.053968253968089755)) : b9.mul(b1).add(-0.053968253968089755);
        DoubleVector a11 = FMA ? a10.fma(a1, DoubleVector.broadcast(D, 0.1333333333333323)) : a10.mul(a1).add(0.1333333333333323);
        DoubleVector b11 = FMA ? b10.fma(b1, DoubleVector.broadcast(D, 0.1333333333333323)) : b10.mul(b1).add(0.1333333333333323);
        DoubleVector a12 = FMA ? a11.fma(a1, DoubleVector.broadcast(D, -0.3333333333333333)) : a11.mul(a1).add(-0.3333333333333333);
        DoubleVector b12 = FMA ? b11.fma(b1, DoubleVector.broadcast(D, -0.3333333333333333)) : b11.mul(b1).add(-0.3333333333333333);
        DoubleVector a13 = FMA ? a2.fma(a12, va) : a2.mul(a12).add(va);
        DoubleVector b13 = FMA ? b2.fma(b12, vb) : b2.mul(b12).add(vb);
        DoubleVector a14 = a0.mul(-2.0);
        DoubleVector b14 = b0.mul(-2.0);
        DoubleVector a15 = a14.abs();
        DoubleVector b15 = b14.abs();
        DoubleVector a16 = a15.neg();
        DoubleVector b16 = b15.neg();
        DoubleVector a17 = ZERO.neg();
        DoubleVector b17 = ZERO.neg();
        DoubleVector a18 = a17.blend(ZERO, a14.compare(LT, 0.0));
        DoubleVector b18 = b17.blend(ZERO, b14.compare(LT, 0.0));
        DoubleVector a19 = a16.blend(DoubleCores.EXP_MIN, a16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b19 = b16.blend(DoubleCores.EXP_MIN, b16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a20 = a19.blend(DoubleCores.EXP_MAX, a19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b20 = b19.blend(DoubleCores.EXP_MAX, b19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a21 = FMA ? a20.fma(LOG2E, SHIFT) : a20.mul(LOG2E).add(SHIFT);
        DoubleVector b21 = FMA ? b20.fma(LOG2E, SHIFT) : b20.mul(LOG2E).add(SHIFT);
        DoubleVector a22 = a21.sub(SHIFT);
        DoubleVector b22 = b21.sub(SHIFT);
        DoubleVector a23 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_HI), a20) : a22.mul(-LN2_HI).add(a20);
        DoubleVector b23 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_HI), b20) : b22.mul(-LN2_HI).add(b20);
        DoubleVector a24 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_LO), a23) : a22.mul(-LN2_LO).add(a23);
        DoubleVector b24 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_LO), b23) : b22.mul(-LN2_LO).add(b23);
        DoubleVector a25 = FMA ? a24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b25 = FMA ? b24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a26 = FMA ? a25.fma(a24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a25.mul(a24).add(2.505210838544172e-08);
        DoubleVector b26 = FMA ? b25.fma(b24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b25.mul(b24).add(2.505210838544172e-08);
        DoubleVector a27 = FMA ? a26.fma(a24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a26.mul(a24).add(2.755731922398589e-07);
        DoubleVector b27 = FMA ? b26.fma(b24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b26.mul(b24).add(2.755731922398589e-07);
        DoubleVector a28 = FMA ? a27.fma(a24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a27.mul(a24).add(2.7557319223985893e-06);
        DoubleVector b28 = FMA ? b27.fma(b24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b27.mul(b24).add(2.7557319223985893e-06);
        DoubleVector a29 = FMA ? a28.fma(a24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a28.mul(a24).add(2.48015873015873e-05);
        DoubleVector b29 = FMA ? b28.fma(b24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b28.mul(b24).add(2.48015873015873e-05);
        DoubleVector a30 = FMA ? a29.fma(a24, DoubleVector.broadcast(D, 0.0001984126984126984)) : a29.mul(a24).add(0.0001984126984126984);
        DoubleVector b30 = FMA ? b29.fma(b24, DoubleVector.broadcast(D, 0.0001984126984126984)) : b29.mul(b24).add(0.0001984126984126984);
        DoubleVector a31 = FMA ? a30.fma(a24, DoubleVector.broadcast(D, 0.001388888888888889)) : a30.mul(a24).add(0.001388888888888889);
        DoubleVector b31 = FMA ? b30.fma(b24, DoubleVector.broadcast(D, 0.001388888888888889)) : b30.mul(b24).add(0.001388888888888889);
        DoubleVector a32 = FMA ? a31.fma(a24, DoubleVector.broadcast(D, 0.008333333333333333)) : a31.mul(a24).add(0.008333333333333333);
        DoubleVector b32 = FMA ? b31.fma(b24, DoubleVector.broadcast(D, 0.008333333333333333)) : b31.mul(b24).add(0.008333333333333333);
        DoubleVector a33 = FMA ? a32.fma(a24, DoubleVector.broadcast(D, 0.041666666666666664)) : a32.mul(a24).add(0.041666666666666664);
        DoubleVector b33 = FMA ? b32.fma(b24, DoubleVector.broadcast(D, 0.041666666666666664)) : b32.mul(b24).add(0.041666666666666664);
        DoubleVector a34 = FMA ? a33.fma(a24, DoubleVector.broadcast(D, 0.16666666666666666)) : a33.mul(a24).add(0.16666666666666666);
        DoubleVector b34 = FMA ? b33.fma(b24, DoubleVector.broadcast(D, 0.16666666666666666)) : b33.mul(b24).add(0.16666666666666666);
        DoubleVector a35 = FMA ? a34.fma(a24, DoubleVector.broadcast(D, 0.5)) : a34.mul(a24).add(0.5);
        DoubleVector b35 = FMA ? b34.fma(b24, DoubleVector.broadcast(D, 0.5)) : b34.mul(b24).add(0.5);
        DoubleVector a36 = FMA ? a35.fma(a24, DoubleVector.broadcast(D, 1.0)) : a35.mul(a24).add(1.0);
        DoubleVector b36 = FMA ? b35.fma(b24, DoubleVector.broadcast(D, 1.0)) : b35.mul(b24).add(1.0);
        DoubleVector a37 = a24.mul(a36);
        DoubleVector b37 = b24.mul(b36);
        LongVector a38 = a21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b38 = b21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a39 = a38.lanewise(ASHR, 1);
        LongVector b39 = b38.lanewise(ASHR, 1);
        DoubleVector a40 = a39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b40 = b39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a41 = a38.sub(a39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b41 = b38.sub(b39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a42 = FMA ? a40.fma(a37, a40) : a40.mul(a37).add(a40);
        DoubleVector b42 = FMA ? b40.fma(b37, b40) : b40.mul(b37).add(b40);
        DoubleVector a43 = a42.mul(a41);
        DoubleVector b43 = b42.mul(b41);
        DoubleVector a44 = a40.sub(a42);
        DoubleVector b44 = b40.sub(b42);
        DoubleVector a45 = FMA ? a40.fma(a37, a44) : a40.mul(a37).add(a44);
        DoubleVector b45 = FMA ? b40.fma(b37, b44) : b40.mul(b37).add(b44);
        DoubleVector a46 = a45.mul(a41);
        DoubleVector b46 = b45.mul(b41);
        DoubleVector a47 = FMA ? a43.fma(a18, a46) : a43.mul(a18).add(a46);
        DoubleVector b47 = FMA ? b43.fma(b18, b46) : b43.mul(b18).add(b46);
        DoubleVector a48 = a43.add(1.0);
        DoubleVector b48 = b43.add(1.0);
        DoubleVector a49 = DoubleVector.broadcast(D, 1.0).sub(a48);
        DoubleVector b49 = DoubleVector.broadcast(D, 1.0).sub(b48);
        DoubleVector a50 = a49.add(a43);
        DoubleVector b50 = b49.add(b43);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = DoubleVector.broadcast(D, 1.0).div(a48);
        DoubleVector b52 = DoubleVector.broadcast(D, 1.0).div(b48);
        DoubleVector a53 = ONE.blend(a43, a14.compare(LT, 0.0));
        DoubleVector b53 = ONE.blend(b43, b14.compare(LT, 0.0));
        DoubleVector a54 = ZERO.blend(a47, a14.compare(LT, 0.0));
        DoubleVector b54 = ZERO.blend(b47, b14.compare(LT, 0.0));
        DoubleVector a55 = a53.mul(a52);
        DoubleVector b55 = b53.mul(b52);
        DoubleVector a56 = a55.neg();
        DoubleVector b56 = b55.neg();
        DoubleVector a57 = FMA ? a56.fma(a48, a53) : a56.mul(a48).add(a53);
        DoubleVector b57 = FMA ? b56.fma(b48, b53) : b56.mul(b48).add(b53);
        DoubleVector a58 = a57.add(a54);
        DoubleVector b58 = b57.add(b54);
        DoubleVector a59 = FMA ? a56.fma(a51, a58) : a56.mul(a51).add(a58);
        DoubleVector b59 = FMA ? b56.fma(b51, b58) : b56.mul(b51).add(b58);
        DoubleVector a60 = FMA ? a59.fma(a52, a55) : a59.mul(a52).add(a55);
        DoubleVector b60 = FMA ? b59.fma(b52, b55) : b59.mul(b52).add(b55);
        DoubleVector a61 = ONE.blend(a43, a14.compare(LT, 0.0).not());
        DoubleVector b61 = ONE.blend(b43, b14.compare(LT, 0.0).not());
        DoubleVector a62 = ZERO.blend(a47, a14.compare(LT, 0.0).not());
        DoubleVector b62 = ZERO.blend(b47, b14.compare(LT, 0.0).not());
        DoubleVector a63 = a61.mul(a52);
        DoubleVector b63 = b61.mul(b52);
        DoubleVector a64 = a63.neg();
        DoubleVector b64 = b63.neg();
        DoubleVector a65 = FMA ? a64.fma(a48, a61) : a64.mul(a48).add(a61);
        DoubleVector b65 = FMA ? b64.fma(b48, b61) : b64.mul(b48).add(b61);
        DoubleVector a66 = a65.add(a62);
        DoubleVector b66 = b65.add(b62);
        DoubleVector a67 = FMA ? a64.fma(a51, a66) : a64.mul(a51).add(a66);
        DoubleVector b67 = FMA ? b64.fma(b51, b66) : b64.mul(b51).add(b66);
        DoubleVector a68 = FMA ? a67.fma(a52, a63) : a67.mul(a52).add(a63);
        DoubleVector b68 = FMA ? b67.fma(b52, b63) : b67.mul(b52).add(b63);
        DoubleVector a69 = a60.mul(2.0);
        DoubleVector b69 = b60.mul(2.0);
        DoubleVector a70 = DoubleVector.broadcast(D, 1.0).sub(a69);
        DoubleVector b70 = DoubleVector.broadcast(D, 1.0).sub(b69);
        DoubleVector a71 = a70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b71 = b70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a72 = a71.blend(a13, a0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector b72 = b71.blend(b13, b0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector a73 = a72.blend(va, a0.compare(LE, 0.0));
        DoubleVector b73 = b72.blend(vb, b0.compare(LE, 0.0));
        a73.intoArray(y, yo + i);
        b73.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = v.mul(v);
        DoubleVector t2 = v.mul(t1);
        DoubleVector t3 = FMA ? t1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : t1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector t4 = FMA ? t3.fma(t1, DoubleVector.broadcast(D, -0.00023635364294136244)) : t3.mul(t1).add(-0.00023635364294136244);
        DoubleVector t5 = FMA ? t4.fma(t1, DoubleVector.broadcast(D, 0.0005894667419101905)) : t4.mul(t1).add(0.0005894667419101905);
        DoubleVector t6 = FMA ? t5.fma(t1, DoubleVector.broadcast(D, -0.0014557608138655873)) : t5.mul(t1).add(-0.0014557608138655873);
        DoubleVector t7 = FMA ? t6.fma(t1, DoubleVector.broadcast(D, 0.0035921217969498704)) : t6.mul(t1).add(0.0035921217969498704);
        DoubleVector t8 = FMA ? t7.fma(t1, DoubleVector.broadcast(D, -0.008863235198659135)) : t7.mul(t1).add(-0.008863235198659135);
        DoubleVector t9 = FMA ? t8.fma(t1, DoubleVector.broadcast(D, 0.0218694885258676)) : t8.mul(t1).add(0.0218694885258676);
        DoubleVector t10 = FMA ? t9.fma(t1, DoubleVector.broadcast(D, -0.053968253968089755)) : t9.mul(t1).add(-0.053968253968089755);
        DoubleVector t11 = FMA ? t10.fma(t1, DoubleVector.broadcast(D, 0.1333333333333323)) : t10.mul(t1).add(0.1333333333333323);
        DoubleVector t12 = FMA ? t11.fma(t1, DoubleVector.broadcast(D, -0.3333333333333333)) : t11.mul(t1).add(-0.3333333333333333);
        DoubleVector t13 = FMA ? t2.fma(t12, v) : t2.mul(t12).add(v);
        DoubleVector t14 = t0.mul(-2.0);
        DoubleVector t15 = t14.abs();
        DoubleVector t16 = t15.neg();
        DoubleVector t17 = ZERO.neg();
        DoubleVector t18 = t17.blend(ZERO, t14.compare(LT, 0.0));
        DoubleVector t19 = t16.blend(DoubleCores.EXP_MIN, t16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t20 = t19.blend(DoubleCores.EXP_MAX, t19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t21 = FMA ? t20.fma(LOG2E, SHIFT) : t20.mul(LOG2E).add(SHIFT);
        DoubleVector t22 = t21.sub(SHIFT);
        DoubleVector t23 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_HI), t20) : t22.mul(-LN2_HI).add(t20);
        DoubleVector t24 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_LO), t23) : t22.mul(-LN2_LO).add(t23);
        DoubleVector t25 = FMA ? t24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t26 = FMA ? t25.fma(t24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t25.mul(t24).add(2.505210838544172e-08);
        DoubleVector t27 = FMA ? t26.fma(t24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t26.mul(t24).add(2.755731922398589e-07);
        DoubleVector t28 = FMA ? t27.fma(t24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t27.mul(t24).add(2.7557319223985893e-06);
        DoubleVector t29 = FMA ? t28.fma(t24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t28.mul(t24).add(2.48015873015873e-05);
        DoubleVector t30 = FMA ? t29.fma(t24, DoubleVector.broadcast(D, 0.0001984126984126984)) : t29.mul(t24).add(0.0001984126984126984);
        DoubleVector t31 = FMA ? t30.fma(t24, DoubleVector.broadcast(D, 0.001388888888888889)) : t30.mul(t24).add(0.001388888888888889);
        DoubleVector t32 = FMA ? t31.fma(t24, DoubleVector.broadcast(D, 0.008333333333333333)) : t31.mul(t24).add(0.008333333333333333);
        DoubleVector t33 = FMA ? t32.fma(t24, DoubleVector.broadcast(D, 0.041666666666666664)) : t32.mul(t24).add(0.041666666666666664);
        DoubleVector t34 = FMA ? t33.fma(t24, DoubleVector.broadcast(D, 0.16666666666666666)) : t33.mul(t24).add(0.16666666666666666);
        DoubleVector t35 = FMA ? t34.fma(t24, DoubleVector.broadcast(D, 0.5)) : t34.mul(t24).add(0.5);
        DoubleVector t36 = FMA ? t35.fma(t24, DoubleVector.broadcast(D, 1.0)) : t35.mul(t24).add(1.0);
        DoubleVector t37 = t24.mul(t36);
        LongVector t38 = t21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t39 = t38.lanewise(ASHR, 1);
        DoubleVector t40 = t39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t41 = t38.sub(t39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t42 = FMA ? t40.fma(t37, t40) : t40.mul(t37).add(t40);
        DoubleVector t43 = t42.mul(t41);
        DoubleVector t44 = t40.sub(t42);
        DoubleVector t45 = FMA ? t40.fma(t37, t44) : t40.mul(t37).add(t44);
        DoubleVector t46 = t45.mul(t41);
        DoubleVector t47 = FMA ? t43.fma(t18, t46) : t43.mul(t18).add(t46);
        DoubleVector t48 = t43.add(1.0);
        DoubleVector t49 = DoubleVector.broadcast(D, 1.0).sub(t48);
        DoubleVector t50 = t49.add(t43);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = DoubleVector.broadcast(D, 1.0).div(t48);
        DoubleVector t53 = ONE.blend(t43, t14.compare(LT, 0.0));
        DoubleVector t54 = ZERO.blend(t47, t14.compare(LT, 0.0));
        DoubleVector t55 = t53.mul(t52);
        DoubleVector t56 = t55.neg();
        DoubleVector t57 = FMA ? t56.fma(t48, t53) : t56.mul(t48).add(t53);
        DoubleVector t58 = t57.add(t54);
        DoubleVector t59 = FMA ? t56.fma(t51, t58) : t56.mul(t51).add(t58);
        DoubleVector t60 = FMA ? t59.fma(t52, t55) : t59.mul(t52).add(t55);
        DoubleVector t61 = ONE.blend(t43, t14.compare(LT, 0.0).not());
        DoubleVector t62 = ZERO.blend(t47, t14.compare(LT, 0.0).not());
        DoubleVector t63 = t61.mul(t52);
        DoubleVector t64 = t63.neg();
        DoubleVector t65 = FMA ? t64.fma(t48, t61) : t64.mul(t48).add(t61);
        DoubleVector t66 = t65.add(t62);
        DoubleVector t67 = FMA ? t64.fma(t51, t66) : t64.mul(t51).add(t66);
        DoubleVector t68 = FMA ? t67.fma(t52, t63) : t67.mul(t52).add(t63);
        DoubleVector t69 = t60.mul(2.0);
        DoubleVector t70 = DoubleVector.broadcast(D, 1.0).sub(t69);
        DoubleVector t71 = t70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t72 = t71.blend(t13, t0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector t73 = t72.blend(v, t0.compare(LE, 0.0));
        t73.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.tanh(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.mul(2.0);
        DoubleVector b1 = b0.mul(2.0);
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.neg();
        DoubleVector b3 = b2.neg();
        DoubleVector a4 = ZERO.neg();
        DoubleVector b4 = ZERO.neg();
        DoubleVector a5 = a4.blend(ZERO, a1.compare(LT, 0.0));
        DoubleVector b5 = b4.blend(ZERO, b1.compare(LT, 0.0));
        DoubleVector a6 = a3.blend(DoubleCores.EXP_MIN, a3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b6 = b3.blend(DoubleCores.EXP_MIN, b3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a7 = a6.blend(DoubleCores.EXP_MAX, a6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b7 = b6.blend(DoubleCores.EXP_MAX, b6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a8 = FMA ? a7.fma(LOG2E, SHIFT) : a7.mul(LOG2E).add(SHIFT);
        DoubleVector b8 = FMA ? b7.fma(LOG2E, SHIFT) : b7.mul(LOG2E).add(SHIFT);
        DoubleVector a9 = a8.sub(SHIFT);
        DoubleVector b9 = b8.sub(SHIFT);
        DoubleVector a10 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_HI), a7) : a9.mul(-LN2_HI).add(a7);
        DoubleVector b10 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_HI), b7) : b9.mul(-LN2_HI).add(b7);
        DoubleVector a11 = FMA ? a9.fma(DoubleVector.broadcast(D, -LN2_LO), a10) : a9.mul(-LN2_LO).add(a10);
        DoubleVector b11 = FMA ? b9.fma(DoubleVector.broadcast(D, -LN2_LO), b10) : b9.mul(-LN2_LO).add(b10);
        DoubleVector a12 = FMA ? a11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b12 = FMA ? b11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a13 = FMA ? a12.fma(a11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a12.mul(a11).add(2.505210838544172e-08);
        DoubleVector b13 = FMA ? b12.fma(b11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b12.mul(b11).add(2.505210838544172e-08);
        DoubleVector a14 = FMA ? a13.fma(a11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a13.mul(a11).add(2.755731922398589e-07);
        DoubleVector b14 = FMA ? b13.fma(b11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b13.mul(b11).add(2.755731922398589e-07);
        DoubleVector a15 = FMA ? a14.fma(a11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a14.mul(a11).add(2.7557319223985893e-06);
        DoubleVector b15 = FMA ? b14.fma(b11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b14.mul(b11).add(2.7557319223985893e-06);
        DoubleVector a16 = FMA ? a15.fma(a11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a15.mul(a11).add(2.48015873015873e-05);
        DoubleVector b16 = FMA ? b15.fma(b11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b15.mul(b11).add(2.48015873015873e-05);
        DoubleVector a17 = FMA ? a16.fma(a11, DoubleVector.broadcast(D, 0.0001984126984126984)) : a16.mul(a11).add(0.0001984126984126984);
        DoubleVector b17 = FMA ? b16.fma(b11, DoubleVector.broadcast(D, 0.0001984126984126984)) : b16.mul(b11).add(0.0001984126984126984);
        DoubleVector a18 = FMA ? a17.fma(a11, DoubleVector.broadcast(D, 0.001388888888888889)) : a17.mul(a11).add(0.001388888888888889);
        DoubleVector b18 = FMA ? b17.fma(b11, DoubleVector.broadcast(D, 0.001388888888888889)) : b17.mul(b11).add(0.001388888888888889);
        DoubleVector a19 = FMA ? a18.fma(a11, DoubleVector.broadcast(D, 0.008333333333333333)) : a18.mul(a11).add(0.008333333333333333);
        DoubleVector b19 = FMA ? b18.fma(b11, DoubleVector.broadcast(D, 0.008333333333333333)) : b18.mul(b11).add(0.008333333333333333);
        DoubleVector a20 = FMA ? a19.fma(a11, DoubleVector.broadcast(D, 0.041666666666666664)) : a19.mul(a11).add(0.041666666666666664);
        DoubleVector b20 = FMA ? b19.fma(b11, DoubleVector.broadcast(D, 0.041666666666666664)) : b19.mul(b11).add(0.041666666666666664);
        DoubleVector a21 = FMA ? a20.fma(a11, DoubleVector.broadcast(D, 0.16666666666666666)) : a20.mul(a11).add(0.16666666666666666);
        DoubleVector b21 = FMA ? b20.fma(b11, DoubleVector.broadcast(D, 0.16666666666666666)) : b20.mul(b11).add(0.16666666666666666);
        DoubleVector a22 = FMA ? a21.fma(a11, DoubleVector.broadcast(D, 0.5)) : a21.mul(a11).add(0.5);
        DoubleVector b22 = FMA ? b21.fma(b11, DoubleVector.broadcast(D, 0.5)) : b21.mul(b11).add(0.5);
        DoubleVector a23 = FMA ? a22.fma(a11, DoubleVector.broadcast(D, 1.0)) : a22.mul(a11).add(1.0);
        DoubleVector b23 = FMA ? b22.fma(b11, DoubleVector.broadcast(D, 1.0)) : b22.mul(b11).add(1.0);
        DoubleVector a24 = a11.mul(a23);
        DoubleVector b24 = b11.mul(b23);
        LongVector a25 = a8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b25 = b8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a26 = a25.lanewise(ASHR, 1);
        LongVector b26 = b25.lanewise(ASHR, 1);
        DoubleVector a27 = a26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b27 = b26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a28 = a25.sub(a26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b28 = b25.sub(b26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a29 = FMA ? a27.fma(a24, a27) : a27.mul(a24).add(a27);
        DoubleVector b29 = FMA ? b27.fma(b24, b27) : b27.mul(b24).add(b27);
        DoubleVector a30 = a29.mul(a28);
        DoubleVector b30 = b29.mul(b28);
        DoubleVector a31 = a27.sub(a29);
        DoubleVector b31 = b27.sub(b29);
        DoubleVector a32 = FMA ? a27.fma(a24, a31) : a27.mul(a24).add(a31);
        DoubleVector b32 = FMA ? b27.fma(b24, b31) : b27.mul(b24).add(b31);
        DoubleVector a33 = a32.mul(a28);
        DoubleVector b33 = b32.mul(b28);
        DoubleVector a34 = FMA ? a30.fma(a5, a33) : a30.mul(a5).add(a33);
        DoubleVector b34 = FMA ? b30.fma(b5, b33) : b30.mul(b5).add(b33);
        DoubleVector a35 = a30.add(1.0);
        DoubleVector b35 = b30.add(1.0);
        DoubleVector a36 = DoubleVector.broadcast(D, 1.0).sub(a35);
        DoubleVector b36 = DoubleVector.broadcast(D, 1.0).sub(b35);
        DoubleVector a37 = a36.add(a30);
        DoubleVector b37 = b36.add(b30);
        DoubleVector a38 = a37.add(a34);
        DoubleVector b38 = b37.add(b34);
        DoubleVector a39 = DoubleVector.broadcast(D, 1.0).div(a35);
        DoubleVector b39 = DoubleVector.broadcast(D, 1.0).div(b35);
        DoubleVector a40 = ONE.blend(a30, a1.compare(LT, 0.0));
        DoubleVector b40 = ONE.blend(b30, b1.compare(LT, 0.0));
        DoubleVector a41 = ZERO.blend(a34, a1.compare(LT, 0.0));
        DoubleVector b41 = ZERO.blend(b34, b1.compare(LT, 0.0));
        DoubleVector a42 = a40.mul(a39);
        DoubleVector b42 = b40.mul(b39);
        DoubleVector a43 = a42.neg();
        DoubleVector b43 = b42.neg();
        DoubleVector a44 = FMA ? a43.fma(a35, a40) : a43.mul(a35).add(a40);
        DoubleVector b44 = FMA ? b43.fma(b35, b40) : b43.mul(b35).add(b40);
        DoubleVector a45 = a44.add(a41);
        DoubleVector b45 = b44.add(b41);
        DoubleVector a46 = FMA ? a43.fma(a38, a45) : a43.mul(a38).add(a45);
        DoubleVector b46 = FMA ? b43.fma(b38, b45) : b43.mul(b38).add(b45);
        DoubleVector a47 = FMA ? a46.fma(a39, a42) : a46.mul(a39).add(a42);
        DoubleVector b47 = FMA ? b46.fma(b39, b42) : b46.mul(b39).add(b42);
        DoubleVector a48 = ONE.blend(a30, a1.compare(LT, 0.0).not());
        DoubleVector b48 = ONE.blend(b30, b1.compare(LT, 0.0).not());
        DoubleVector a49 = ZERO.blend(a34, a1.compare(LT, 0.0).not());
        DoubleVector b49 = ZERO.blend(b34, b1.compare(LT, 0.0).not());
        DoubleVector a50 = a48.mul(a39);
        DoubleVector b50 = b48.mul(b39);
        DoubleVector a51 = a50.neg();
        DoubleVector b51 = b50.neg();
        DoubleVector a52 = FMA ? a51.fma(a35, a48) : a51.mul(a35).add(a48);
        DoubleVector b52 = FMA ? b51.fma(b35, b48) : b51.mul(b35).add(b48);
        DoubleVector a53 = a52.add(a49);
        DoubleVector b53 = b52.add(b49);
        DoubleVector a54 = FMA ? a51.fma(a38, a53) : a51.mul(a38).add(a53);
        DoubleVector b54 = FMA ? b51.fma(b38, b53) : b51.mul(b38).add(b53);
        DoubleVector a55 = FMA ? a54.fma(a39, a50) : a54.mul(a39).add(a50);
        DoubleVector b55 = FMA ? b54.fma(b39, b50) : b54.mul(b39).add(b50);
        DoubleVector a56 = a47.mul(a55);
        DoubleVector b56 = b47.mul(b55);
        DoubleVector a57 = a56.mul(4.0);
        DoubleVector b57 = b56.mul(4.0);
        ga.mul(a57).intoArray(dx, dxo + i);
        gb.mul(b57).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.mul(2.0);
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = ZERO.neg();
        DoubleVector t5 = t4.blend(ZERO, t1.compare(LT, 0.0));
        DoubleVector t6 = t3.blend(DoubleCores.EXP_MIN, t3.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t7 = t6.blend(DoubleCores.EXP_MAX, t6.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t8 = FMA ? t7.fma(LOG2E, SHIFT) : t7.mul(LOG2E).add(SHIFT);
        DoubleVector t9 = t8.sub(SHIFT);
        DoubleVector t10 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_HI), t7) : t9.mul(-LN2_HI).add(t7);
        DoubleVector t11 = FMA ? t9.fma(DoubleVector.broadcast(D, -LN2_LO), t10) : t9.mul(-LN2_LO).add(t10);
        DoubleVector t12 = FMA ? t11.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t11.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t13 = FMA ? t12.fma(t11, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t12.mul(t11).add(2.505210838544172e-08);
        DoubleVector t14 = FMA ? t13.fma(t11, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t13.mul(t11).add(2.755731922398589e-07);
        DoubleVector t15 = FMA ? t14.fma(t11, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t14.mul(t11).add(2.7557319223985893e-06);
        DoubleVector t16 = FMA ? t15.fma(t11, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t15.mul(t11).add(2.48015873015873e-05);
        DoubleVector t17 = FMA ? t16.fma(t11, DoubleVector.broadcast(D, 0.0001984126984126984)) : t16.mul(t11).add(0.0001984126984126984);
        DoubleVector t18 = FMA ? t17.fma(t11, DoubleVector.broadcast(D, 0.001388888888888889)) : t17.mul(t11).add(0.001388888888888889);
        DoubleVector t19 = FMA ? t18.fma(t11, DoubleVector.broadcast(D, 0.008333333333333333)) : t18.mul(t11).add(0.008333333333333333);
        DoubleVector t20 = FMA ? t19.fma(t11, DoubleVector.broadcast(D, 0.041666666666666664)) : t19.mul(t11).add(0.041666666666666664);
        DoubleVector t21 = FMA ? t20.fma(t11, DoubleVector.broadcast(D, 0.16666666666666666)) : t20.mul(t11).add(0.16666666666666666);
        DoubleVector t22 = FMA ? t21.fma(t11, DoubleVector.broadcast(D, 0.5)) : t21.mul(t11).add(0.5);
        DoubleVector t23 = FMA ? t22.fma(t11, DoubleVector.broadcast(D, 1.0)) : t22.mul(t11).add(1.0);
        DoubleVector t24 = t11.mul(t23);
        LongVector t25 = t8.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t26 = t25.lanewise(ASHR, 1);
        DoubleVector t27 = t26.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t28 = t25.sub(t26).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t29 = FMA ? t27.fma(t24, t27) : t27.mul(t24).add(t27);
        DoubleVector t30 = t29.mul(t28);
        DoubleVector t31 = t27.sub(t29);
        DoubleVector t32 = FMA ? t27.fma(t24, t31) : t27.mul(t24).add(t31);
        DoubleVector t33 = t32.mul(t28);
        DoubleVector t34 = FMA ? t30.fma(t5, t33) : t30.mul(t5).add(t33);
        DoubleVector t35 = t30.add(1.0);
        DoubleVector t36 = DoubleVector.broadcast(D, 1.0).sub(t35);
        DoubleVector t37 = t36.add(t30);
        DoubleVector t38 = t37.add(t34);
        DoubleVector t39 = DoubleVector.broadcast(D, 1.0).div(t35);
        DoubleVector t40 = ONE.blend(t30, t1.compare(LT, 0.0));
        DoubleVector t41 = ZERO.blend(t34, t1.compare(LT, 0.0));
        DoubleVector t42 = t40.mul(t39);
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = FMA ? t43.fma(t35, t40) : t43.mul(t35).add(t40);
        DoubleVector t45 = t44.add(t41);
        DoubleVector t46 = FMA ? t43.fma(t38, t45) : t43.mul(t38).add(t45);
        DoubleVector t47 = FMA ? t46.fma(t39, t42) : t46.mul(t39).add(t42);
        DoubleVector t48 = ONE.blend(t30, t1.compare(LT, 0.0).not());
        DoubleVector t49 = ZERO.blend(t34, t1.compare(LT, 0.0).not());
        DoubleVector t50 = t48.mul(t39);
        DoubleVector t51 = t50.neg();
        DoubleVector t52 = FMA ? t51.fma(t35, t48) : t51.mul(t35).add(t48);
        DoubleVector t53 = t52.add(t49);
        DoubleVector t54 = FMA ? t51.fma(t38, t53) : t51.mul(t38).add(t53);
        DoubleVector t55 = FMA ? t54.fma(t39, t50) : t54.mul(t39).add(t50);
        DoubleVector t56 = t47.mul(t55);
        DoubleVector t57 = t56.mul(4.0);
        g.mul(t57).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXPM1_MIN, va.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXPM1_MIN, vb.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        DoubleVector a19 = a2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b19 = b2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a20 = a19.sub(0.5);
        DoubleVector b20 = b19.sub(0.5);
        DoubleVector a21 = FMA ? a19.fma(a18, a20) : a19.mul(a18).add(a20);
        DoubleVector b21 = FMA ? b19.fma(b18, b20) : b19.mul(b18).add(b20);
        DoubleVector a22 = a21.mul(2.0);
        DoubleVector b22 = b21.mul(2.0);
        DoubleVector a23 = a22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b23 = b22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a24 = va.abs();
        DoubleVector b24 = vb.abs();
        DoubleVector a25 = a23.blend(va, a24.compare(LT, 0x1p-54));
        DoubleVector b25 = b23.blend(vb, b24.compare(LT, 0x1p-54));
        DoubleVector a26 = a25.mul(alpha);
        DoubleVector b26 = b25.mul(alpha);
        DoubleVector a27 = a26.blend(va, va.compare(GT, 0.0));
        DoubleVector b27 = b26.blend(vb, vb.compare(GT, 0.0));
        a27.intoArray(y, yo + i);
        b27.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXPM1_MIN, v.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        DoubleVector t19 = t2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t20 = t19.sub(0.5);
        DoubleVector t21 = FMA ? t19.fma(t18, t20) : t19.mul(t18).add(t20);
        DoubleVector t22 = t21.mul(2.0);
        DoubleVector t23 = t22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t24 = v.abs();
        DoubleVector t25 = t23.blend(v, t24.compare(LT, 0x1p-54));
        DoubleVector t26 = t25.mul(alpha);
        DoubleVector t27 = t26.blend(v, v.compare(GT, 0.0));
        t27.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.elu(v, alpha);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXP_MIN, va.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXP_MIN, vb.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        LongVector a19 = a2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b19 = b2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a20 = a19.lanewise(ASHR, 1);
        LongVector b20 = b19.lanewise(ASHR, 1);
        DoubleVector a21 = a20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b21 = b20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a22 = a19.sub(a20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b22 = b19.sub(b20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a23 = FMA ? a21.fma(a18, a21) : a21.mul(a18).add(a21);
        DoubleVector b23 = FMA ? b21.fma(b18, b21) : b21.mul(b18).add(b21);
        DoubleVector a24 = a23.mul(a22);
        DoubleVector b24 = b23.mul(b22);
        DoubleVector a25 = a24.mul(alpha);
        DoubleVector b25 = b24.mul(alpha);
        DoubleVector a26 = a25.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b26 = b25.blend(1.0, vb.compare(GT, 0.0));
        ga.mul(a26).intoArray(dx, dxo + i);
        gb.mul(b26).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXP_MIN, v.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        LongVector t19 = t2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t20 = t19.lanewise(ASHR, 1);
        DoubleVector t21 = t20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t22 = t19.sub(t20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t23 = FMA ? t21.fma(t18, t21) : t21.mul(t18).add(t21);
        DoubleVector t24 = t23.mul(t22);
        DoubleVector t25 = t24.mul(alpha);
        DoubleVector t26 = t25.blend(1.0, v.compare(GT, 0.0));
        g.mul(t26).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXPM1_MIN, va.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXPM1_MIN, vb.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        DoubleVector a19 = a2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b19 = b2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a20 = a19.sub(0.5);
        DoubleVector b20 = b19.sub(0.5);
        DoubleVector a21 = FMA ? a19.fma(a18, a20) : a19.mul(a18).add(a20);
        DoubleVector b21 = FMA ? b19.fma(b18, b20) : b19.mul(b18).add(b20);
        DoubleVector a22 = a21.mul(2.0);
        DoubleVector b22 = b21.mul(2.0);
        DoubleVector a23 = a22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b23 = b22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a24 = va.abs();
        DoubleVector b24 = vb.abs();
        DoubleVector a25 = a23.blend(va, a24.compare(LT, 0x1p-54));
        DoubleVector b25 = b23.blend(vb, b24.compare(LT, 0x1p-54));
        DoubleVector a26 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector b26 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector a27 = a25.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector b27 = b25.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector a28 = FMA ? a26.fma(a25, a27) : a26.mul(a25).add(a27);
        DoubleVector b28 = FMA ? b26.fma(b25, b27) : b26.mul(b25).add(b27);
        DoubleVector a29 = DoubleVector.broadcast(D, SELU_LAMBDA);
        DoubleVector b29 = DoubleVector.broadcast(D, SELU_LAMBDA);
        DoubleVector a30 = va.mul(DoubleFormulas.SELU_LAMBDA_LO);
        DoubleVector b30 = vb.mul(DoubleFormulas.SELU_LAMBDA_LO);
        DoubleVector a31 = FMA ? a29.fma(va, a30) : a29.mul(va).add(a30);
        DoubleVector b31 = FMA ? b29.fma(vb, b30) : b29.mul(vb).add(b30);
        DoubleVector a32 = a28.blend(a31, va.compare(GT, 0.0));
        DoubleVector b32 = b28.blend(b31, vb.compare(GT, 0.0));
        a32.intoArray(y, yo + i);
        b32.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXPM1_MIN, v.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        DoubleVector t19 = t2.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t20 = t19.sub(0.5);
        DoubleVector t21 = FMA ? t19.fma(t18, t20) : t19.mul(t18).add(t20);
        DoubleVector t22 = t21.mul(2.0);
        DoubleVector t23 = t22.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t24 = v.abs();
        DoubleVector t25 = t23.blend(v, t24.compare(LT, 0x1p-54));
        DoubleVector t26 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector t27 = t25.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector t28 = FMA ? t26.fma(t25, t27) : t26.mul(t25).add(t27);
        DoubleVector t29 = DoubleVector.broadcast(D, SELU_LAMBDA);
        DoubleVector t30 = v.mul(DoubleFormulas.SELU_LAMBDA_LO);
        DoubleVector t31 = FMA ? t29.fma(v, t30) : t29.mul(v).add(t30);
        DoubleVector t32 = t28.blend(t31, v.compare(GT, 0.0));
        t32.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.selu(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.blend(DoubleCores.EXP_MIN, va.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b0 = vb.blend(DoubleCores.EXP_MIN, vb.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MAX, a0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MAX, b0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a2 = FMA ? a1.fma(LOG2E, SHIFT) : a1.mul(LOG2E).add(SHIFT);
        DoubleVector b2 = FMA ? b1.fma(LOG2E, SHIFT) : b1.mul(LOG2E).add(SHIFT);
        DoubleVector a3 = a2.sub(SHIFT);
        DoubleVector b3 = b2.sub(SHIFT);
        DoubleVector a4 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_HI), a1) : a3.mul(-LN2_HI).add(a1);
        DoubleVector b4 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_HI), b1) : b3.mul(-LN2_HI).add(b1);
        DoubleVector a5 = FMA ? a3.fma(DoubleVector.broadcast(D, -LN2_LO), a4) : a3.mul(-LN2_LO).add(a4);
        DoubleVector b5 = FMA ? b3.fma(DoubleVector.broadcast(D, -LN2_LO), b4) : b3.mul(-LN2_LO).add(b4);
        DoubleVector a6 = FMA ? a5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b6 = FMA ? b5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a7 = FMA ? a6.fma(a5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a6.mul(a5).add(2.505210838544172e-08);
        DoubleVector b7 = FMA ? b6.fma(b5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b6.mul(b5).add(2.505210838544172e-08);
        DoubleVector a8 = FMA ? a7.fma(a5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a7.mul(a5).add(2.755731922398589e-07);
        DoubleVector b8 = FMA ? b7.fma(b5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b7.mul(b5).add(2.755731922398589e-07);
        DoubleVector a9 = FMA ? a8.fma(a5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a8.mul(a5).add(2.7557319223985893e-06);
        DoubleVector b9 = FMA ? b8.fma(b5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b8.mul(b5).add(2.7557319223985893e-06);
        DoubleVector a10 = FMA ? a9.fma(a5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a9.mul(a5).add(2.48015873015873e-05);
        DoubleVector b10 = FMA ? b9.fma(b5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b9.mul(b5).add(2.48015873015873e-05);
        DoubleVector a11 = FMA ? a10.fma(a5, DoubleVector.broadcast(D, 0.0001984126984126984)) : a10.mul(a5).add(0.0001984126984126984);
        DoubleVector b11 = FMA ? b10.fma(b5, DoubleVector.broadcast(D, 0.0001984126984126984)) : b10.mul(b5).add(0.0001984126984126984);
        DoubleVector a12 = FMA ? a11.fma(a5, DoubleVector.broadcast(D, 0.001388888888888889)) : a11.mul(a5).add(0.001388888888888889);
        DoubleVector b12 = FMA ? b11.fma(b5, DoubleVector.broadcast(D, 0.001388888888888889)) : b11.mul(b5).add(0.001388888888888889);
        DoubleVector a13 = FMA ? a12.fma(a5, DoubleVector.broadcast(D, 0.008333333333333333)) : a12.mul(a5).add(0.008333333333333333);
        DoubleVector b13 = FMA ? b12.fma(b5, DoubleVector.broadcast(D, 0.008333333333333333)) : b12.mul(b5).add(0.008333333333333333);
        DoubleVector a14 = FMA ? a13.fma(a5, DoubleVector.broadcast(D, 0.041666666666666664)) : a13.mul(a5).add(0.041666666666666664);
        DoubleVector b14 = FMA ? b13.fma(b5, DoubleVector.broadcast(D, 0.041666666666666664)) : b13.mul(b5).add(0.041666666666666664);
        DoubleVector a15 = FMA ? a14.fma(a5, DoubleVector.broadcast(D, 0.16666666666666666)) : a14.mul(a5).add(0.16666666666666666);
        DoubleVector b15 = FMA ? b14.fma(b5, DoubleVector.broadcast(D, 0.16666666666666666)) : b14.mul(b5).add(0.16666666666666666);
        DoubleVector a16 = FMA ? a15.fma(a5, DoubleVector.broadcast(D, 0.5)) : a15.mul(a5).add(0.5);
        DoubleVector b16 = FMA ? b15.fma(b5, DoubleVector.broadcast(D, 0.5)) : b15.mul(b5).add(0.5);
        DoubleVector a17 = FMA ? a16.fma(a5, DoubleVector.broadcast(D, 1.0)) : a16.mul(a5).add(1.0);
        DoubleVector b17 = FMA ? b16.fma(b5, DoubleVector.broadcast(D, 1.0)) : b16.mul(b5).add(1.0);
        DoubleVector a18 = a5.mul(a17);
        DoubleVector b18 = b5.mul(b17);
        LongVector a19 = a2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b19 = b2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a20 = a19.lanewise(ASHR, 1);
        LongVector b20 = b19.lanewise(ASHR, 1);
        DoubleVector a21 = a20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b21 = b20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a22 = a19.sub(a20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b22 = b19.sub(b20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a23 = FMA ? a21.fma(a18, a21) : a21.mul(a18).add(a21);
        DoubleVector b23 = FMA ? b21.fma(b18, b21) : b21.mul(b18).add(b21);
        DoubleVector a24 = a23.mul(a22);
        DoubleVector b24 = b23.mul(b22);
        DoubleVector a25 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector b25 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector a26 = a24.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector b26 = b24.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector a27 = FMA ? a25.fma(a24, a26) : a25.mul(a24).add(a26);
        DoubleVector b27 = FMA ? b25.fma(b24, b26) : b25.mul(b24).add(b26);
        DoubleVector a28 = a27.blend(SELU_LAMBDA, va.compare(GT, 0.0));
        DoubleVector b28 = b27.blend(SELU_LAMBDA, vb.compare(GT, 0.0));
        ga.mul(a28).intoArray(dx, dxo + i);
        gb.mul(b28).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(DoubleCores.EXP_MIN, v.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MAX, t0.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t2 = FMA ? t1.fma(LOG2E, SHIFT) : t1.mul(LOG2E).add(SHIFT);
        DoubleVector t3 = t2.sub(SHIFT);
        DoubleVector t4 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_HI), t1) : t3.mul(-LN2_HI).add(t1);
        DoubleVector t5 = FMA ? t3.fma(DoubleVector.broadcast(D, -LN2_LO), t4) : t3.mul(-LN2_LO).add(t4);
        DoubleVector t6 = FMA ? t5.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t5.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t7 = FMA ? t6.fma(t5, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t6.mul(t5).add(2.505210838544172e-08);
        DoubleVector t8 = FMA ? t7.fma(t5, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t7.mul(t5).add(2.755731922398589e-07);
        DoubleVector t9 = FMA ? t8.fma(t5, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t8.mul(t5).add(2.7557319223985893e-06);
        DoubleVector t10 = FMA ? t9.fma(t5, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t9.mul(t5).add(2.48015873015873e-05);
        DoubleVector t11 = FMA ? t10.fma(t5, DoubleVector.broadcast(D, 0.0001984126984126984)) : t10.mul(t5).add(0.0001984126984126984);
        DoubleVector t12 = FMA ? t11.fma(t5, DoubleVector.broadcast(D, 0.001388888888888889)) : t11.mul(t5).add(0.001388888888888889);
        DoubleVector t13 = FMA ? t12.fma(t5, DoubleVector.broadcast(D, 0.008333333333333333)) : t12.mul(t5).add(0.008333333333333333);
        DoubleVector t14 = FMA ? t13.fma(t5, DoubleVector.broadcast(D, 0.041666666666666664)) : t13.mul(t5).add(0.041666666666666664);
        DoubleVector t15 = FMA ? t14.fma(t5, DoubleVector.broadcast(D, 0.16666666666666666)) : t14.mul(t5).add(0.16666666666666666);
        DoubleVector t16 = FMA ? t15.fma(t5, DoubleVector.broadcast(D, 0.5)) : t15.mul(t5).add(0.5);
        DoubleVector t17 = FMA ? t16.fma(t5, DoubleVector.broadcast(D, 1.0)) : t16.mul(t5).add(1.0);
        DoubleVector t18 = t5.mul(t17);
        LongVector t19 = t2.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t20 = t19.lanewise(ASHR, 1);
        DoubleVector t21 = t20.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t22 = t19.sub(t20).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t23 = FMA ? t21.fma(t18, t21) : t21.mul(t18).add(t21);
        DoubleVector t24 = t23.mul(t22);
        DoubleVector t25 = DoubleVector.broadcast(D, SELU_LAMBDA_ALPHA);
        DoubleVector t26 = t24.mul(DoubleFormulas.SELU_LAMBDA_ALPHA_LO);
        DoubleVector t27 = FMA ? t25.fma(t24, t26) : t25.mul(t24).add(t26);
        DoubleVector t28 = t27.blend(SELU_LAMBDA, v.compare(GT, 0.0));
        g.mul(t28).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.div(alpha);
        DoubleVector b0 = vb.div(alpha);
        DoubleVector a1 = a0.blend(DoubleCores.EXPM1_MIN, a0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector b1 = b0.blend(DoubleCores.EXPM1_MIN, b0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MAX, a1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MAX, b1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b7 = FMA ? b6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a7.mul(a6).add(2.505210838544172e-08);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b7.mul(b6).add(2.505210838544172e-08);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a8.mul(a6).add(2.755731922398589e-07);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b8.mul(b6).add(2.755731922398589e-07);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a9.mul(a6).add(2.7557319223985893e-06);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b9.mul(b6).add(2.7557319223985893e-06);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a10.mul(a6).add(2.48015873015873e-05);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b10.mul(b6).add(2.48015873015873e-05);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.0001984126984126984)) : a11.mul(a6).add(0.0001984126984126984);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.0001984126984126984)) : b11.mul(b6).add(0.0001984126984126984);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.001388888888888889)) : a12.mul(a6).add(0.001388888888888889);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.001388888888888889)) : b12.mul(b6).add(0.001388888888888889);
        DoubleVector a14 = FMA ? a13.fma(a6, DoubleVector.broadcast(D, 0.008333333333333333)) : a13.mul(a6).add(0.008333333333333333);
        DoubleVector b14 = FMA ? b13.fma(b6, DoubleVector.broadcast(D, 0.008333333333333333)) : b13.mul(b6).add(0.008333333333333333);
        DoubleVector a15 = FMA ? a14.fma(a6, DoubleVector.broadcast(D, 0.041666666666666664)) : a14.mul(a6).add(0.041666666666666664);
        DoubleVector b15 = FMA ? b14.fma(b6, DoubleVector.broadcast(D, 0.041666666666666664)) : b14.mul(b6).add(0.041666666666666664);
        DoubleVector a16 = FMA ? a15.fma(a6, DoubleVector.broadcast(D, 0.16666666666666666)) : a15.mul(a6).add(0.16666666666666666);
        DoubleVector b16 = FMA ? b15.fma(b6, DoubleVector.broadcast(D, 0.16666666666666666)) : b15.mul(b6).add(0.16666666666666666);
        DoubleVector a17 = FMA ? a16.fma(a6, DoubleVector.broadcast(D, 0.5)) : a16.mul(a6).add(0.5);
        DoubleVector b17 = FMA ? b16.fma(b6, DoubleVector.broadcast(D, 0.5)) : b16.mul(b6).add(0.5);
        DoubleVector a18 = FMA ? a17.fma(a6, DoubleVector.broadcast(D, 1.0)) : a17.mul(a6).add(1.0);
        DoubleVector b18 = FMA ? b17.fma(b6, DoubleVector.broadcast(D, 1.0)) : b17.mul(b6).add(1.0);
        DoubleVector a19 = a6.mul(a18);
        DoubleVector b19 = b6.mul(b18);
        DoubleVector a20 = a3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b20 = b3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a21 = a20.sub(0.5);
        DoubleVector b21 = b20.sub(0.5);
        DoubleVector a22 = FMA ? a20.fma(a19, a21) : a20.mul(a19).add(a21);
        DoubleVector b22 = FMA ? b20.fma(b19, b21) : b20.mul(b19).add(b21);
        DoubleVector a23 = a22.mul(2.0);
        DoubleVector b23 = b22.mul(2.0);
        DoubleVector a24 = a23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(a0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b24 = b23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(b0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a25 = a0.abs();
        DoubleVector b25 = b0.abs();
        DoubleVector a26 = a24.blend(a0, a25.compare(LT, 0x1p-54));
        DoubleVector b26 = b24.blend(b0, b25.compare(LT, 0x1p-54));
        DoubleVector a27 = a26.mul(alpha);
        DoubleVector b27 = b26.mul(alpha);
        DoubleVector a28 = a0.abs();
        DoubleVector b28 = b0.abs();
        DoubleVector a29 = a27.blend(va, a28.compare(LT, 0x1p-60));
        DoubleVector b29 = b27.blend(vb, b28.compare(LT, 0x1p-60));
        DoubleVector a30 = a29.blend(va, va.compare(GT, 0.0));
        DoubleVector b30 = b29.blend(vb, vb.compare(GT, 0.0));
        a30.intoArray(y, yo + i);
        b30.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.div(alpha);
        DoubleVector t1 = t0.blend(DoubleCores.EXPM1_MIN, t0.compare(LT, DoubleCores.EXPM1_MIN));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MAX, t1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t7.mul(t6).add(2.505210838544172e-08);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t8.mul(t6).add(2.755731922398589e-07);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t9.mul(t6).add(2.7557319223985893e-06);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t10.mul(t6).add(2.48015873015873e-05);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.0001984126984126984)) : t11.mul(t6).add(0.0001984126984126984);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.001388888888888889)) : t12.mul(t6).add(0.001388888888888889);
        DoubleVector t14 = FMA ? t13.fma(t6, DoubleVector.broadcast(D, 0.008333333333333333)) : t13.mul(t6).add(0.008333333333333333);
        DoubleVector t15 = FMA ? t14.fma(t6, DoubleVector.broadcast(D, 0.041666666666666664)) : t14.mul(t6).add(0.041666666666666664);
        DoubleVector t16 = FMA ? t15.fma(t6, DoubleVector.broadcast(D, 0.16666666666666666)) : t15.mul(t6).add(0.16666666666666666);
        DoubleVector t17 = FMA ? t16.fma(t6, DoubleVector.broadcast(D, 0.5)) : t16.mul(t6).add(0.5);
        DoubleVector t18 = FMA ? t17.fma(t6, DoubleVector.broadcast(D, 1.0)) : t17.mul(t6).add(1.0);
        DoubleVector t19 = t6.mul(t18);
        DoubleVector t20 = t3.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t21 = t20.sub(0.5);
        DoubleVector t22 = FMA ? t20.fma(t19, t21) : t20.mul(t19).add(t21);
        DoubleVector t23 = t22.mul(2.0);
        DoubleVector t24 = t23.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t25 = t0.abs();
        DoubleVector t26 = t24.blend(t0, t25.compare(LT, 0x1p-54));
        DoubleVector t27 = t26.mul(alpha);
        DoubleVector t28 = t0.abs();
        DoubleVector t29 = t27.blend(v, t28.compare(LT, 0x1p-60));
        DoubleVector t30 = t29.blend(v, v.compare(GT, 0.0));
        t30.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.celu(v, alpha);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.div(alpha);
        DoubleVector b0 = vb.div(alpha);
        DoubleVector a1 = a0.blend(DoubleCores.EXP_MIN, a0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b1 = b0.blend(DoubleCores.EXP_MIN, b0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MAX, a1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MAX, b1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a3 = FMA ? a2.fma(LOG2E, SHIFT) : a2.mul(LOG2E).add(SHIFT);
        DoubleVector b3 = FMA ? b2.fma(LOG2E, SHIFT) : b2.mul(LOG2E).add(SHIFT);
        DoubleVector a4 = a3.sub(SHIFT);
        DoubleVector b4 = b3.sub(SHIFT);
        DoubleVector a5 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_HI), a2) : a4.mul(-LN2_HI).add(a2);
        DoubleVector b5 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_HI), b2) : b4.mul(-LN2_HI).add(b2);
        DoubleVector a6 = FMA ? a4.fma(DoubleVector.broadcast(D, -LN2_LO), a5) : a4.mul(-LN2_LO).add(a5);
        DoubleVector b6 = FMA ? b4.fma(DoubleVector.broadcast(D, -LN2_LO), b5) : b4.mul(-LN2_LO).add(b5);
        DoubleVector a7 = FMA ? a6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b7 = FMA ? b6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a8 = FMA ? a7.fma(a6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a7.mul(a6).add(2.505210838544172e-08);
        DoubleVector b8 = FMA ? b7.fma(b6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b7.mul(b6).add(2.505210838544172e-08);
        DoubleVector a9 = FMA ? a8.fma(a6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a8.mul(a6).add(2.755731922398589e-07);
        DoubleVector b9 = FMA ? b8.fma(b6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b8.mul(b6).add(2.755731922398589e-07);
        DoubleVector a10 = FMA ? a9.fma(a6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a9.mul(a6).add(2.7557319223985893e-06);
        DoubleVector b10 = FMA ? b9.fma(b6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b9.mul(b6).add(2.7557319223985893e-06);
        DoubleVector a11 = FMA ? a10.fma(a6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a10.mul(a6).add(2.48015873015873e-05);
        DoubleVector b11 = FMA ? b10.fma(b6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b10.mul(b6).add(2.48015873015873e-05);
        DoubleVector a12 = FMA ? a11.fma(a6, DoubleVector.broadcast(D, 0.0001984126984126984)) : a11.mul(a6).add(0.0001984126984126984);
        DoubleVector b12 = FMA ? b11.fma(b6, DoubleVector.broadcast(D, 0.0001984126984126984)) : b11.mul(b6).add(0.0001984126984126984);
        DoubleVector a13 = FMA ? a12.fma(a6, DoubleVector.broadcast(D, 0.001388888888888889)) : a12.mul(a6).add(0.001388888888888889);
        DoubleVector b13 = FMA ? b12.fma(b6, DoubleVector.broadcast(D, 0.001388888888888889)) : b12.mul(b6).add(0.001388888888888889);
        DoubleVector a14 = FMA ? a13.fma(a6, DoubleVector.broadcast(D, 0.008333333333333333)) : a13.mul(a6).add(0.008333333333333333);
        DoubleVector b14 = FMA ? b13.fma(b6, DoubleVector.broadcast(D, 0.008333333333333333)) : b13.mul(b6).add(0.008333333333333333);
        DoubleVector a15 = FMA ? a14.fma(a6, DoubleVector.broadcast(D, 0.041666666666666664)) : a14.mul(a6).add(0.041666666666666664);
        DoubleVector b15 = FMA ? b14.fma(b6, DoubleVector.broadcast(D, 0.041666666666666664)) : b14.mul(b6).add(0.041666666666666664);
        DoubleVector a16 = FMA ? a15.fma(a6, DoubleVector.broadcast(D, 0.16666666666666666)) : a15.mul(a6).add(0.16666666666666666);
        DoubleVector b16 = FMA ? b15.fma(b6, DoubleVector.broadcast(D, 0.16666666666666666)) : b15.mul(b6).add(0.16666666666666666);
        DoubleVector a17 = FMA ? a16.fma(a6, DoubleVector.broadcast(D, 0.5)) : a16.mul(a6).add(0.5);
        DoubleVector b17 = FMA ? b16.fma(b6, DoubleVector.broadcast(D, 0.5)) : b16.mul(b6).add(0.5);
        DoubleVector a18 = FMA ? a17.fma(a6, DoubleVector.broadcast(D, 1.0)) : a17.mul(a6).add(1.0);
        DoubleVector b18 = FMA ? b17.fma(b6, DoubleVector.broadcast(D, 1.0)) : b17.mul(b6).add(1.0);
        DoubleVector a19 = a6.mul(a18);
        DoubleVector b19 = b6.mul(b18);
        LongVector a20 = a3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b20 = b3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a21 = a20.lanewise(ASHR, 1);
        LongVector b21 = b20.lanewise(ASHR, 1);
        DoubleVector a22 = a21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b22 = b21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a23 = a20.sub(a21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b23 = b20.sub(b21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a24 = FMA ? a22.fma(a19, a22) : a22.mul(a19).add(a22);
        DoubleVector b24 = FMA ? b22.fma(b19, b22) : b22.mul(b19).add(b22);
        DoubleVector a25 = a24.mul(a23);
        DoubleVector b25 = b24.mul(b23);
        DoubleVector a26 = a25.blend(1.0, va.compare(GT, 0.0));
        DoubleVector b26 = b25.blend(1.0, vb.compare(GT, 0.0));
        ga.mul(a26).intoArray(dx, dxo + i);
        gb.mul(b26).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.div(alpha);
        DoubleVector t1 = t0.blend(DoubleCores.EXP_MIN, t0.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MAX, t1.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t3 = FMA ? t2.fma(LOG2E, SHIFT) : t2.mul(LOG2E).add(SHIFT);
        DoubleVector t4 = t3.sub(SHIFT);
        DoubleVector t5 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_HI), t2) : t4.mul(-LN2_HI).add(t2);
        DoubleVector t6 = FMA ? t4.fma(DoubleVector.broadcast(D, -LN2_LO), t5) : t4.mul(-LN2_LO).add(t5);
        DoubleVector t7 = FMA ? t6.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t6.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t8 = FMA ? t7.fma(t6, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t7.mul(t6).add(2.505210838544172e-08);
        DoubleVector t9 = FMA ? t8.fma(t6, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t8.mul(t6).add(2.755731922398589e-07);
        DoubleVector t10 = FMA ? t9.fma(t6, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t9.mul(t6).add(2.7557319223985893e-06);
        DoubleVector t11 = FMA ? t10.fma(t6, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t10.mul(t6).add(2.48015873015873e-05);
        DoubleVector t12 = FMA ? t11.fma(t6, DoubleVector.broadcast(D, 0.0001984126984126984)) : t11.mul(t6).add(0.0001984126984126984);
        DoubleVector t13 = FMA ? t12.fma(t6, DoubleVector.broadcast(D, 0.001388888888888889)) : t12.mul(t6).add(0.001388888888888889);
        DoubleVector t14 = FMA ? t13.fma(t6, DoubleVector.broadcast(D, 0.008333333333333333)) : t13.mul(t6).add(0.008333333333333333);
        DoubleVector t15 = FMA ? t14.fma(t6, DoubleVector.broadcast(D, 0.041666666666666664)) : t14.mul(t6).add(0.041666666666666664);
        DoubleVector t16 = FMA ? t15.fma(t6, DoubleVector.broadcast(D, 0.16666666666666666)) : t15.mul(t6).add(0.16666666666666666);
        DoubleVector t17 = FMA ? t16.fma(t6, DoubleVector.broadcast(D, 0.5)) : t16.mul(t6).add(0.5);
        DoubleVector t18 = FMA ? t17.fma(t6, DoubleVector.broadcast(D, 1.0)) : t17.mul(t6).add(1.0);
        DoubleVector t19 = t6.mul(t18);
        LongVector t20 = t3.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t21 = t20.lanewise(ASHR, 1);
        DoubleVector t22 = t21.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t23 = t20.sub(t21).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = FMA ? t22.fma(t19, t22) : t22.mul(t19).add(t22);
        DoubleVector t25 = t24.mul(t23);
        DoubleVector t26 = t25.blend(1.0, v.compare(GT, 0.0));
        g.mul(t26).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = FMA ? va.fma(DoubleVector.broadcast(D, beta), a0.neg()) : va.mul(beta).sub(a0);
        DoubleVector b1 = FMA ? vb.fma(DoubleVector.broadcast(D, beta), b0.neg()) : vb.mul(beta).sub(b0);
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a1.blend(0.0, a2.compare(LE, MAX).not());
        DoubleVector b3 = b1.blend(0.0, b2.compare(LE, MAX).not());
        DoubleVector a4 = a0.abs();
        DoubleVector b4 = b0.abs();
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a3.neg();
        DoubleVector b6 = b3.neg();
        DoubleVector a7 = a6.blend(a3, a0.compare(LT, 0.0));
        DoubleVector b7 = b6.blend(b3, b0.compare(LT, 0.0));
        DoubleVector a8 = a5.blend(DoubleCores.EXP_MIN, a5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b8 = b5.blend(DoubleCores.EXP_MIN, b5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a9 = a8.blend(DoubleCores.EXP_MAX, a8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b9 = b8.blend(DoubleCores.EXP_MAX, b8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a10 = FMA ? a9.fma(LOG2E, SHIFT) : a9.mul(LOG2E).add(SHIFT);
        DoubleVector b10 = FMA ? b9.fma(LOG2E, SHIFT) : b9.mul(LOG2E).add(SHIFT);
        DoubleVector a11 = a10.sub(SHIFT);
        DoubleVector b11 = b10.sub(SHIFT);
        DoubleVector a12 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_HI), a9) : a11.mul(-LN2_HI).add(a9);
        DoubleVector b12 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_HI), b9) : b11.mul(-LN2_HI).add(b9);
        DoubleVector a13 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_LO), a12) : a11.mul(-LN2_LO).add(a12);
        DoubleVector b13 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_LO), b12) : b11.mul(-LN2_LO).add(b12);
        DoubleVector a14 = FMA ? a13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b14 = FMA ? b13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a15 = FMA ? a14.fma(a13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a14.mul(a13).add(2.505210838544172e-08);
        DoubleVector b15 = FMA ? b14.fma(b13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b14.mul(b13).add(2.505210838544172e-08);
        DoubleVector a16 = FMA ? a15.fma(a13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a15.mul(a13).add(2.755731922398589e-07);
        DoubleVector b16 = FMA ? b15.fma(b13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b15.mul(b13).add(2.755731922398589e-07);
        DoubleVector a17 = FMA ? a16.fma(a13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a16.mul(a13).add(2.7557319223985893e-06);
        DoubleVector b17 = FMA ? b16.fma(b13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b16.mul(b13).add(2.7557319223985893e-06);
        DoubleVector a18 = FMA ? a17.fma(a13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a17.mul(a13).add(2.48015873015873e-05);
        DoubleVector b18 = FMA ? b17.fma(b13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b17.mul(b13).add(2.48015873015873e-05);
        DoubleVector a19 = FMA ? a18.fma(a13, DoubleVector.broadcast(D, 0.0001984126984126984)) : a18.mul(a13).add(0.0001984126984126984);
        DoubleVector b19 = FMA ? b18.fma(b13, DoubleVector.broadcast(D, 0.0001984126984126984)) : b18.mul(b13).add(0.0001984126984126984);
        DoubleVector a20 = FMA ? a19.fma(a13, DoubleVector.broadcast(D, 0.001388888888888889)) : a19.mul(a13).add(0.001388888888888889);
        DoubleVector b20 = FMA ? b19.fma(b13, DoubleVector.broadcast(D, 0.001388888888888889)) : b19.mul(b13).add(0.001388888888888889);
        DoubleVector a21 = FMA ? a20.fma(a13, DoubleVector.broadcast(D, 0.008333333333333333)) : a20.mul(a13).add(0.008333333333333333);
        DoubleVector b21 = FMA ? b20.fma(b13, DoubleVector.broadcast(D, 0.008333333333333333)) : b20.mul(b13).add(0.008333333333333333);
        DoubleVector a22 = FMA ? a21.fma(a13, DoubleVector.broadcast(D, 0.041666666666666664)) : a21.mul(a13).add(0.041666666666666664);
        DoubleVector b22 = FMA ? b21.fma(b13, DoubleVector.broadcast(D, 0.041666666666666664)) : b21.mul(b13).add(0.041666666666666664);
        DoubleVector a23 = FMA ? a22.fma(a13, DoubleVector.broadcast(D, 0.16666666666666666)) : a22.mul(a13).add(0.16666666666666666);
        DoubleVector b23 = FMA ? b22.fma(b13, DoubleVector.broadcast(D, 0.16666666666666666)) : b22.mul(b13).add(0.16666666666666666);
        DoubleVector a24 = FMA ? a23.fma(a13, DoubleVector.broadcast(D, 0.5)) : a23.mul(a13).add(0.5);
        DoubleVector b24 = FMA ? b23.fma(b13, DoubleVector.broadcast(D, 0.5)) : b23.mul(b13).add(0.5);
        DoubleVector a25 = FMA ? a24.fma(a13, DoubleVector.broadcast(D, 1.0)) : a24.mul(a13).add(1.0);
        DoubleVector b25 = FMA ? b24.fma(b13, DoubleVector.broadcast(D, 1.0)) : b24.mul(b13).add(1.0);
        DoubleVector a26 = a13.mul(a25);
        DoubleVector b26 = b13.mul(b25);
        LongVector a27 = a10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b27 = b10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a28 = a27.lanewise(ASHR, 1);
        LongVector b28 = b27.lanewise(ASHR, 1);
        DoubleVector a29 = a28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b29 = b28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a30 = a27.sub(a28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b30 = b27.sub(b28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a31 = FMA ? a29.fma(a26, a29) : a29.mul(a26).add(a29);
        DoubleVector b31 = FMA ? b29.fma(b26, b29) : b29.mul(b26).add(b29);
        DoubleVector a32 = a31.mul(a30);
        DoubleVector b32 = b31.mul(b30);
        DoubleVector a33 = a29.sub(a31);
        DoubleVector b33 = b29.sub(b31);
        DoubleVector a34 = FMA ? a29.fma(a26, a33) : a29.mul(a26).add(a33);
        DoubleVector b34 = FMA ? b29.fma(b26, b33) : b29.mul(b26).add(b33);
        DoubleVector a35 = a34.mul(a30);
        DoubleVector b35 = b34.mul(b30);
        DoubleVector a36 = FMA ? a32.fma(a7, a35) : a32.mul(a7).add(a35);
        DoubleVector b36 = FMA ? b32.fma(b7, b35) : b32.mul(b7).add(b35);
        DoubleVector a37 = a0.blend(0.0, a0.compare(LT, 0.0));
        DoubleVector b37 = b0.blend(0.0, b0.compare(LT, 0.0));
        DoubleVector a38 = a32.add(1.0);
        DoubleVector b38 = b32.add(1.0);
        DoubleVector a39 = a38.sub(1.0);
        DoubleVector b39 = b38.sub(1.0);
        DoubleVector a40 = a32.sub(a39);
        DoubleVector b40 = b32.sub(b39);
        DoubleVector a41 = a40.add(a36);
        DoubleVector b41 = b40.add(b36);
        DoubleVector a42 = a41.div(a38);
        DoubleVector b42 = b41.div(b38);
        LongVector a43 = a38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b43 = b38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a44 = a43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b44 = b43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a45 = a43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b45 = b43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a46 = a45.sub(1.0);
        DoubleVector b46 = b45.sub(1.0);
        DoubleVector a47 = a46.add(2.0);
        DoubleVector b47 = b46.add(2.0);
        DoubleVector a48 = DoubleVector.broadcast(D, 2.0).sub(a47);
        DoubleVector b48 = DoubleVector.broadcast(D, 2.0).sub(b47);
        DoubleVector a49 = a48.add(a46);
        DoubleVector b49 = b48.add(b46);
        DoubleVector a50 = a46.div(a47);
        DoubleVector b50 = b46.div(b47);
        DoubleVector a51 = a50.neg();
        DoubleVector b51 = b50.neg();
        DoubleVector a52 = FMA ? a51.fma(a47, a46) : a51.mul(a47).add(a46);
        DoubleVector b52 = FMA ? b51.fma(b47, b46) : b51.mul(b47).add(b46);
        DoubleVector a53 = FMA ? a51.fma(a49, a52) : a51.mul(a49).add(a52);
        DoubleVector b53 = FMA ? b51.fma(b49, b52) : b51.mul(b49).add(b52);
        DoubleVector a54 = a53.div(a47);
        DoubleVector b54 = b53.div(b47);
        DoubleVector a55 = a50.mul(a50);
        DoubleVector b55 = b50.mul(b50);
        DoubleVector a56 = FMA ? a55.fma(0.09523809523809523, 0.10526315789473684) : a55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector b56 = FMA ? b55.fma(0.09523809523809523, 0.10526315789473684) : b55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector a57 = FMA ? a56.fma(a55, DoubleVector.broadcast(D, 0.11764705882352941)) : a56.mul(a55).add(0.11764705882352941);
        DoubleVector b57 = FMA ? b56.fma(b55, DoubleVector.broadcast(D, 0.11764705882352941)) : b56.mul(b55).add(0.11764705882352941);
        DoubleVector a58 = FMA ? a57.fma(a55, DoubleVector.broadcast(D, 0.13333333333333333)) : a57.mul(a55).add(0.13333333333333333);
        DoubleVector b58 = FMA ? b57.fma(b55, DoubleVector.broadcast(D, 0.13333333333333333)) : b57.mul(b55).add(0.13333333333333333);
        DoubleVector a59 = FMA ? a58.fma(a55, DoubleVector.broadcast(D, 0.15384615384615385)) : a58.mul(a55).add(0.15384615384615385);
        DoubleVector b59 = FMA ? b58.fma(b55, DoubleVector.broadcast(D, 0.15384615384615385)) : b58.mul(b55).add(0.15384615384615385);
        DoubleVector a60 = FMA ? a59.fma(a55, DoubleVector.broadcast(D, 0.18181818181818182)) : a59.mul(a55).add(0.18181818181818182);
        DoubleVector b60 = FMA ? b59.fma(b55, DoubleVector.broadcast(D, 0.18181818181818182)) : b59.mul(b55).add(0.18181818181818182);
        DoubleVector a61 = FMA ? a60.fma(a55, DoubleVector.broadcast(D, 0.2222222222222222)) : a60.mul(a55).add(0.2222222222222222);
        DoubleVector b61 = FMA ? b60.fma(b55, DoubleVector.broadcast(D, 0.2222222222222222)) : b60.mul(b55).add(0.2222222222222222);
        DoubleVector a62 = FMA ? a61.fma(a55, DoubleVector.broadcast(D, 0.2857142857142857)) : a61.mul(a55).add(0.2857142857142857);
        DoubleVector b62 = FMA ? b61.fma(b55, DoubleVector.broadcast(D, 0.2857142857142857)) : b61.mul(b55).add(0.2857142857142857);
        DoubleVector a63 = FMA ? a62.fma(a55, DoubleVector.broadcast(D, 0.4)) : a62.mul(a55).add(0.4);
        DoubleVector b63 = FMA ? b62.fma(b55, DoubleVector.broadcast(D, 0.4)) : b62.mul(b55).add(0.4);
        DoubleVector a64 = FMA ? a63.fma(a55, DoubleVector.broadcast(D, 0.6666666666666666)) : a63.mul(a55).add(0.6666666666666666);
        DoubleVector b64 = FMA ? b63.fma(b55, DoubleVector.broadcast(D, 0.6666666666666666)) : b63.mul(b55).add(0.6666666666666666);
        DoubleVector a65 = a55.mul(a64);
        DoubleVector b65 = b55.mul(b64);
        DoubleVector a66 = FMA ? a50.fma(a65, a42) : a50.mul(a65).add(a42);
        DoubleVector b66 = FMA ? b50.fma(b65, b42) : b50.mul(b65).add(b42);
        DoubleVector a67 = a50.mul(2.0);
        DoubleVector b67 = b50.mul(2.0);
        DoubleVector a68 = FMA ? a54.fma(DoubleVector.broadcast(D, 2.0), a66) : a54.mul(2.0).add(a66);
        DoubleVector b68 = FMA ? b54.fma(DoubleVector.broadcast(D, 2.0), b66) : b54.mul(2.0).add(b66);
        DoubleVector a69 = a67.add(a68);
        DoubleVector b69 = b67.add(b68);
        DoubleVector a70 = FMA ? a44.fma(DoubleVector.broadcast(D, LN2_LO), a69) : a44.mul(LN2_LO).add(a69);
        DoubleVector b70 = FMA ? b44.fma(DoubleVector.broadcast(D, LN2_LO), b69) : b44.mul(LN2_LO).add(b69);
        DoubleVector a71 = FMA ? a44.fma(DoubleVector.broadcast(D, LN2_HI), a70) : a44.mul(LN2_HI).add(a70);
        DoubleVector b71 = FMA ? b44.fma(DoubleVector.broadcast(D, LN2_HI), b70) : b44.mul(LN2_HI).add(b70);
        DoubleVector a72 = a37.add(a71);
        DoubleVector b72 = b37.add(b71);
        DoubleVector a73 = a72.div(beta);
        DoubleVector b73 = b72.div(beta);
        DoubleVector a74 = a73.blend(va, a0.compare(GT, threshold));
        DoubleVector b74 = b73.blend(vb, b0.compare(GT, threshold));
        a74.intoArray(y, yo + i);
        b74.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = FMA ? v.fma(DoubleVector.broadcast(D, beta), t0.neg()) : v.mul(beta).sub(t0);
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t1.blend(0.0, t2.compare(LE, MAX).not());
        DoubleVector t4 = t0.abs();
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t3.neg();
        DoubleVector t7 = t6.blend(t3, t0.compare(LT, 0.0));
        DoubleVector t8 = t5.blend(DoubleCores.EXP_MIN, t5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t9 = t8.blend(DoubleCores.EXP_MAX, t8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t10 = FMA ? t9.fma(LOG2E, SHIFT) : t9.mul(LOG2E).add(SHIFT);
        DoubleVector t11 = t10.sub(SHIFT);
        DoubleVector t12 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_HI), t9) : t11.mul(-LN2_HI).add(t9);
        DoubleVector t13 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_LO), t12) : t11.mul(-LN2_LO).add(t12);
        DoubleVector t14 = FMA ? t13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t15 = FMA ? t14.fma(t13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t14.mul(t13).add(2.505210838544172e-08);
        DoubleVector t16 = FMA ? t15.fma(t13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t15.mul(t13).add(2.755731922398589e-07);
        DoubleVector t17 = FMA ? t16.fma(t13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t16.mul(t13).add(2.7557319223985893e-06);
        DoubleVector t18 = FMA ? t17.fma(t13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t17.mul(t13).add(2.48015873015873e-05);
        DoubleVector t19 = FMA ? t18.fma(t13, DoubleVector.broadcast(D, 0.0001984126984126984)) : t18.mul(t13).add(0.0001984126984126984);
        DoubleVector t20 = FMA ? t19.fma(t13, DoubleVector.broadcast(D, 0.001388888888888889)) : t19.mul(t13).add(0.001388888888888889);
        DoubleVector t21 = FMA ? t20.fma(t13, DoubleVector.broadcast(D, 0.008333333333333333)) : t20.mul(t13).add(0.008333333333333333);
        DoubleVector t22 = FMA ? t21.fma(t13, DoubleVector.broadcast(D, 0.041666666666666664)) : t21.mul(t13).add(0.041666666666666664);
        DoubleVector t23 = FMA ? t22.fma(t13, DoubleVector.broadcast(D, 0.16666666666666666)) : t22.mul(t13).add(0.16666666666666666);
        DoubleVector t24 = FMA ? t23.fma(t13, DoubleVector.broadcast(D, 0.5)) : t23.mul(t13).add(0.5);
        DoubleVector t25 = FMA ? t24.fma(t13, DoubleVector.broadcast(D, 1.0)) : t24.mul(t13).add(1.0);
        DoubleVector t26 = t13.mul(t25);
        LongVector t27 = t10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t28 = t27.lanewise(ASHR, 1);
        DoubleVector t29 = t28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t30 = t27.sub(t28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t31 = FMA ? t29.fma(t26, t29) : t29.mul(t26).add(t29);
        DoubleVector t32 = t31.mul(t30);
        DoubleVector t33 = t29.sub(t31);
        DoubleVector t34 = FMA ? t29.fma(t26, t33) : t29.mul(t26).add(t33);
        DoubleVector t35 = t34.mul(t30);
        DoubleVector t36 = FMA ? t32.fma(t7, t35) : t32.mul(t7).add(t35);
        DoubleVector t37 = t0.blend(0.0, t0.compare(LT, 0.0));
        DoubleVector t38 = t32.add(1.0);
        DoubleVector t39 = t38.sub(1.0);
        DoubleVector t40 = t32.sub(t39);
        DoubleVector t41 = t40.add(t36);
        DoubleVector t42 = t41.div(t38);
        LongVector t43 = t38.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t44 = t43.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t45 = t43.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t46 = t45.sub(1.0);
        DoubleVector t47 = t46.add(2.0);
        DoubleVector t48 = DoubleVector.broadcast(D, 2.0).sub(t47);
        DoubleVector t49 = t48.add(t46);
        DoubleVector t50 = t46.div(t47);
        DoubleVector t51 = t50.neg();
        DoubleVector t52 = FMA ? t51.fma(t47, t46) : t51.mul(t47).add(t46);
        DoubleVector t53 = FMA ? t51.fma(t49, t52) : t51.mul(t49).add(t52);
        DoubleVector t54 = t53.div(t47);
        DoubleVector t55 = t50.mul(t50);
        DoubleVector t56 = FMA ? t55.fma(0.09523809523809523, 0.10526315789473684) : t55.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector t57 = FMA ? t56.fma(t55, DoubleVector.broadcast(D, 0.11764705882352941)) : t56.mul(t55).add(0.11764705882352941);
        DoubleVector t58 = FMA ? t57.fma(t55, DoubleVector.broadcast(D, 0.13333333333333333)) : t57.mul(t55).add(0.13333333333333333);
        DoubleVector t59 = FMA ? t58.fma(t55, DoubleVector.broadcast(D, 0.15384615384615385)) : t58.mul(t55).add(0.15384615384615385);
        DoubleVector t60 = FMA ? t59.fma(t55, DoubleVector.broadcast(D, 0.18181818181818182)) : t59.mul(t55).add(0.18181818181818182);
        DoubleVector t61 = FMA ? t60.fma(t55, DoubleVector.broadcast(D, 0.2222222222222222)) : t60.mul(t55).add(0.2222222222222222);
        DoubleVector t62 = FMA ? t61.fma(t55, DoubleVector.broadcast(D, 0.2857142857142857)) : t61.mul(t55).add(0.2857142857142857);
        DoubleVector t63 = FMA ? t62.fma(t55, DoubleVector.broadcast(D, 0.4)) : t62.mul(t55).add(0.4);
        DoubleVector t64 = FMA ? t63.fma(t55, DoubleVector.broadcast(D, 0.6666666666666666)) : t63.mul(t55).add(0.6666666666666666);
        DoubleVector t65 = t55.mul(t64);
        DoubleVector t66 = FMA ? t50.fma(t65, t42) : t50.mul(t65).add(t42);
        DoubleVector t67 = t50.mul(2.0);
        DoubleVector t68 = FMA ? t54.fma(DoubleVector.broadcast(D, 2.0), t66) : t54.mul(2.0).add(t66);
        DoubleVector t69 = t67.add(t68);
        DoubleVector t70 = FMA ? t44.fma(DoubleVector.broadcast(D, LN2_LO), t69) : t44.mul(LN2_LO).add(t69);
        DoubleVector t71 = FMA ? t44.fma(DoubleVector.broadcast(D, LN2_HI), t70) : t44.mul(LN2_HI).add(t70);
        DoubleVector t72 = t37.add(t71);
        DoubleVector t73 = t72.div(beta);
        DoubleVector t74 = t73.blend(v, t0.compare(GT, threshold));
        t74.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softplus(v, beta, threshold);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double threshold = this.threshold;
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.mul(beta);
        DoubleVector b0 = vb.mul(beta);
        DoubleVector a1 = FMA ? va.fma(DoubleVector.broadcast(D, beta), a0.neg()) : va.mul(beta).sub(a0);
        DoubleVector b1 = FMA ? vb.fma(DoubleVector.broadcast(D, beta), b0.neg()) : vb.mul(beta).sub(b0);
        DoubleVector a2 = a0.abs();
        DoubleVector b2 = b0.abs();
        DoubleVector a3 = a1.blend(0.0, a2.compare(LE, MAX).not());
        DoubleVector b3 = b1.blend(0.0, b2.compare(LE, MAX).not());
        DoubleVector a4 = a0.abs();
        DoubleVector b4 = b0.abs();
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = a3.neg();
        DoubleVector b6 = b3.neg();
        DoubleVector a7 = a6.blend(a3, a0.compare(LT, 0.0));
        DoubleVector b7 = b6.blend(b3, b0.compare(LT, 0.0));
        DoubleVector a8 = a5.blend(DoubleCores.EXP_MIN, a5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b8 = b5.blend(DoubleCores.EXP_MIN, b5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a9 = a8.blend(DoubleCores.EXP_MAX, a8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b9 = b8.blend(DoubleCores.EXP_MAX, b8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a10 = FMA ? a9.fma(LOG2E, SHIFT) : a9.mul(LOG2E).add(SHIFT);
        DoubleVector b10 = FMA ? b9.fma(LOG2E, SHIFT) : b9.mul(LOG2E).add(SHIFT);
        DoubleVector a11 = a10.sub(SHIFT);
        DoubleVector b11 = b10.sub(SHIFT);
        DoubleVector a12 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_HI), a9) : a11.mul(-LN2_HI).add(a9);
        DoubleVector b12 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_HI), b9) : b11.mul(-LN2_HI).add(b9);
        DoubleVector a13 = FMA ? a11.fma(DoubleVector.broadcast(D, -LN2_LO), a12) : a11.mul(-LN2_LO).add(a12);
        DoubleVector b13 = FMA ? b11.fma(DoubleVector.broadcast(D, -LN2_LO), b12) : b11.mul(-LN2_LO).add(b12);
        DoubleVector a14 = FMA ? a13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b14 = FMA ? b13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a15 = FMA ? a14.fma(a13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a14.mul(a13).add(2.505210838544172e-08);
        DoubleVector b15 = FMA ? b14.fma(b13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b14.mul(b13).add(2.505210838544172e-08);
        DoubleVector a16 = FMA ? a15.fma(a13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a15.mul(a13).add(2.755731922398589e-07);
        DoubleVector b16 = FMA ? b15.fma(b13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b15.mul(b13).add(2.755731922398589e-07);
        DoubleVector a17 = FMA ? a16.fma(a13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a16.mul(a13).add(2.7557319223985893e-06);
        DoubleVector b17 = FMA ? b16.fma(b13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b16.mul(b13).add(2.7557319223985893e-06);
        DoubleVector a18 = FMA ? a17.fma(a13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a17.mul(a13).add(2.48015873015873e-05);
        DoubleVector b18 = FMA ? b17.fma(b13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b17.mul(b13).add(2.48015873015873e-05);
        DoubleVector a19 = FMA ? a18.fma(a13, DoubleVector.broadcast(D, 0.0001984126984126984)) : a18.mul(a13).add(0.0001984126984126984);
        DoubleVector b19 = FMA ? b18.fma(b13, DoubleVector.broadcast(D, 0.0001984126984126984)) : b18.mul(b13).add(0.0001984126984126984);
        DoubleVector a20 = FMA ? a19.fma(a13, DoubleVector.broadcast(D, 0.001388888888888889)) : a19.mul(a13).add(0.001388888888888889);
        DoubleVector b20 = FMA ? b19.fma(b13, DoubleVector.broadcast(D, 0.001388888888888889)) : b19.mul(b13).add(0.001388888888888889);
        DoubleVector a21 = FMA ? a20.fma(a13, DoubleVector.broadcast(D, 0.008333333333333333)) : a20.mul(a13).add(0.008333333333333333);
        DoubleVector b21 = FMA ? b20.fma(b13, DoubleVector.broadcast(D, 0.008333333333333333)) : b20.mul(b13).add(0.008333333333333333);
        DoubleVector a22 = FMA ? a21.fma(a13, DoubleVector.broadcast(D, 0.041666666666666664)) : a21.mul(a13).add(0.041666666666666664);
        DoubleVector b22 = FMA ? b21.fma(b13, DoubleVector.broadcast(D, 0.041666666666666664)) : b21.mul(b13).add(0.041666666666666664);
        DoubleVector a23 = FMA ? a22.fma(a13, DoubleVector.broadcast(D, 0.16666666666666666)) : a22.mul(a13).add(0.16666666666666666);
        DoubleVector b23 = FMA ? b22.fma(b13, DoubleVector.broadcast(D, 0.16666666666666666)) : b22.mul(b13).add(0.16666666666666666);
        DoubleVector a24 = FMA ? a23.fma(a13, DoubleVector.broadcast(D, 0.5)) : a23.mul(a13).add(0.5);
        DoubleVector b24 = FMA ? b23.fma(b13, DoubleVector.broadcast(D, 0.5)) : b23.mul(b13).add(0.5);
        DoubleVector a25 = FMA ? a24.fma(a13, DoubleVector.broadcast(D, 1.0)) : a24.mul(a13).add(1.0);
        DoubleVector b25 = FMA ? b24.fma(b13, DoubleVector.broadcast(D, 1.0)) : b24.mul(b13).add(1.0);
        DoubleVector a26 = a13.mul(a25);
        DoubleVector b26 = b13.mul(b25);
        LongVector a27 = a10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b27 = b10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a28 = a27.lanewise(ASHR, 1);
        LongVector b28 = b27.lanewise(ASHR, 1);
        DoubleVector a29 = a28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b29 = b28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a30 = a27.sub(a28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b30 = b27.sub(b28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a31 = FMA ? a29.fma(a26, a29) : a29.mul(a26).add(a29);
        DoubleVector b31 = FMA ? b29.fma(b26, b29) : b29.mul(b26).add(b29);
        DoubleVector a32 = a31.mul(a30);
        DoubleVector b32 = b31.mul(b30);
        DoubleVector a33 = a29.sub(a31);
        DoubleVector b33 = b29.sub(b31);
        DoubleVector a34 = FMA ? a29.fma(a26, a33) : a29.mul(a26).add(a33);
        DoubleVector b34 = FMA ? b29.fma(b26, b33) : b29.mul(b26).add(b33);
        DoubleVector a35 = a34.mul(a30);
        DoubleVector b35 = b34.mul(b30);
        DoubleVector a36 = FMA ? a32.fma(a7, a35) : a32.mul(a7).add(a35);
        DoubleVector b36 = FMA ? b32.fma(b7, b35) : b32.mul(b7).add(b35);
        DoubleVector a37 = a32.add(1.0);
        DoubleVector b37 = b32.add(1.0);
        DoubleVector a38 = DoubleVector.broadcast(D, 1.0).sub(a37);
        DoubleVector b38 = DoubleVector.broadcast(D, 1.0).sub(b37);
        DoubleVector a39 = a38.add(a32);
        DoubleVector b39 = b38.add(b32);
        DoubleVector a40 = a39.add(a36);
        DoubleVector b40 = b39.add(b36);
        DoubleVector a41 = DoubleVector.broadcast(D, 1.0).div(a37);
        DoubleVector b41 = DoubleVector.broadcast(D, 1.0).div(b37);
        DoubleVector a42 = ONE.blend(a32, a0.compare(LT, 0.0));
        DoubleVector b42 = ONE.blend(b32, b0.compare(LT, 0.0));
        DoubleVector a43 = ZERO.blend(a36, a0.compare(LT, 0.0));
        DoubleVector b43 = ZERO.blend(b36, b0.compare(LT, 0.0));
        DoubleVector a44 = a42.mul(a41);
        DoubleVector b44 = b42.mul(b41);
        DoubleVector a45 = a44.neg();
        DoubleVector b45 = b44.neg();
        DoubleVector a46 = FMA ? a45.fma(a37, a42) : a45.mul(a37).add(a42);
        DoubleVector b46 = FMA ? b45.fma(b37, b42) : b45.mul(b37).add(b42);
        DoubleVector a47 = a46.add(a43);
        DoubleVector b47 = b46.add(b43);
        DoubleVector a48 = FMA ? a45.fma(a40, a47) : a45.mul(a40).add(a47);
        DoubleVector b48 = FMA ? b45.fma(b40, b47) : b45.mul(b40).add(b47);
        DoubleVector a49 = FMA ? a48.fma(a41, a44) : a48.mul(a41).add(a44);
        DoubleVector b49 = FMA ? b48.fma(b41, b44) : b48.mul(b41).add(b44);
        DoubleVector a50 = ONE.blend(a32, a0.compare(LT, 0.0).not());
        DoubleVector b50 = ONE.blend(b32, b0.compare(LT, 0.0).not());
        DoubleVector a51 = ZERO.blend(a36, a0.compare(LT, 0.0).not());
        DoubleVector b51 = ZERO.blend(b36, b0.compare(LT, 0.0).not());
        DoubleVector a52 = a50.mul(a41);
        DoubleVector b52 = b50.mul(b41);
        DoubleVector a53 = a52.neg();
        DoubleVector b53 = b52.neg();
        DoubleVector a54 = FMA ? a53.fma(a37, a50) : a53.mul(a37).add(a50);
        DoubleVector b54 = FMA ? b53.fma(b37, b50) : b53.mul(b37).add(b50);
        DoubleVector a55 = a54.add(a51);
        DoubleVector b55 = b54.add(b51);
        DoubleVector a56 = FMA ? a53.fma(a40, a55) : a53.mul(a40).add(a55);
        DoubleVector b56 = FMA ? b53.fma(b40, b55) : b53.mul(b40).add(b55);
        DoubleVector a57 = FMA ? a56.fma(a41, a52) : a56.mul(a41).add(a52);
        DoubleVector b57 = FMA ? b56.fma(b41, b52) : b56.mul(b41).add(b52);
        DoubleVector a58 = a49.blend(1.0, a0.compare(GT, threshold));
        DoubleVector b58 = b49.blend(1.0, b0.compare(GT, threshold));
        ga.mul(a58).intoArray(dx, dxo + i);
        gb.mul(b58).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.mul(beta);
        DoubleVector t1 = FMA ? v.fma(DoubleVector.broadcast(D, beta), t0.neg()) : v.mul(beta).sub(t0);
        DoubleVector t2 = t0.abs();
        DoubleVector t3 = t1.blend(0.0, t2.compare(LE, MAX).not());
        DoubleVector t4 = t0.abs();
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = t3.neg();
        DoubleVector t7 = t6.blend(t3, t0.compare(LT, 0.0));
        DoubleVector t8 = t5.blend(DoubleCores.EXP_MIN, t5.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t9 = t8.blend(DoubleCores.EXP_MAX, t8.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t10 = FMA ? t9.fma(LOG2E, SHIFT) : t9.mul(LOG2E).add(SHIFT);
        DoubleVector t11 = t10.sub(SHIFT);
        DoubleVector t12 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_HI), t9) : t11.mul(-LN2_HI).add(t9);
        DoubleVector t13 = FMA ? t11.fma(DoubleVector.broadcast(D, -LN2_LO), t12) : t11.mul(-LN2_LO).add(t12);
        DoubleVector t14 = FMA ? t13.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t13.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t15 = FMA ? t14.fma(t13, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t14.mul(t13).add(2.505210838544172e-08);
        DoubleVector t16 = FMA ? t15.fma(t13, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t15.mul(t13).add(2.755731922398589e-07);
        DoubleVector t17 = FMA ? t16.fma(t13, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t16.mul(t13).add(2.7557319223985893e-06);
        DoubleVector t18 = FMA ? t17.fma(t13, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t17.mul(t13).add(2.48015873015873e-05);
        DoubleVector t19 = FMA ? t18.fma(t13, DoubleVector.broadcast(D, 0.0001984126984126984)) : t18.mul(t13).add(0.0001984126984126984);
        DoubleVector t20 = FMA ? t19.fma(t13, DoubleVector.broadcast(D, 0.001388888888888889)) : t19.mul(t13).add(0.001388888888888889);
        DoubleVector t21 = FMA ? t20.fma(t13, DoubleVector.broadcast(D, 0.008333333333333333)) : t20.mul(t13).add(0.008333333333333333);
        DoubleVector t22 = FMA ? t21.fma(t13, DoubleVector.broadcast(D, 0.041666666666666664)) : t21.mul(t13).add(0.041666666666666664);
        DoubleVector t23 = FMA ? t22.fma(t13, DoubleVector.broadcast(D, 0.16666666666666666)) : t22.mul(t13).add(0.16666666666666666);
        DoubleVector t24 = FMA ? t23.fma(t13, DoubleVector.broadcast(D, 0.5)) : t23.mul(t13).add(0.5);
        DoubleVector t25 = FMA ? t24.fma(t13, DoubleVector.broadcast(D, 1.0)) : t24.mul(t13).add(1.0);
        DoubleVector t26 = t13.mul(t25);
        LongVector t27 = t10.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t28 = t27.lanewise(ASHR, 1);
        DoubleVector t29 = t28.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t30 = t27.sub(t28).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t31 = FMA ? t29.fma(t26, t29) : t29.mul(t26).add(t29);
        DoubleVector t32 = t31.mul(t30);
        DoubleVector t33 = t29.sub(t31);
        DoubleVector t34 = FMA ? t29.fma(t26, t33) : t29.mul(t26).add(t33);
        DoubleVector t35 = t34.mul(t30);
        DoubleVector t36 = FMA ? t32.fma(t7, t35) : t32.mul(t7).add(t35);
        DoubleVector t37 = t32.add(1.0);
        DoubleVector t38 = DoubleVector.broadcast(D, 1.0).sub(t37);
        DoubleVector t39 = t38.add(t32);
        DoubleVector t40 = t39.add(t36);
        DoubleVector t41 = DoubleVector.broadcast(D, 1.0).div(t37);
        DoubleVector t42 = ONE.blend(t32, t0.compare(LT, 0.0));
        DoubleVector t43 = ZERO.blend(t36, t0.compare(LT, 0.0));
        DoubleVector t44 = t42.mul(t41);
        DoubleVector t45 = t44.neg();
        DoubleVector t46 = FMA ? t45.fma(t37, t42) : t45.mul(t37).add(t42);
        DoubleVector t47 = t46.add(t43);
        DoubleVector t48 = FMA ? t45.fma(t40, t47) : t45.mul(t40).add(t47);
        DoubleVector t49 = FMA ? t48.fma(t41, t44) : t48.mul(t41).add(t44);
        DoubleVector t50 = ONE.blend(t32, t0.compare(LT, 0.0).not());
        DoubleVector t51 = ZERO.blend(t36, t0.compare(LT, 0.0).not());
        DoubleVector t52 = t50.mul(t41);
        DoubleVector t53 = t52.neg();
        DoubleVector t54 = FMA ? t53.fma(t37, t50) : t53.mul(t37).add(t50);
        DoubleVector t55 = t54.add(t51);
        DoubleVector t56 = FMA ? t53.fma(t40, t55) : t53.mul(t40).add(t55);
        DoubleVector t57 = FMA ? t56.fma(t41, t52) : t56.mul(t41).add(t52);
        DoubleVector t58 = t49.blend(1.0, t0.compare(GT, threshold));
        g.mul(t58).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = FMA ? t1.fma(DoubleVector.broadcast(D, beta), t2.neg()) : t1.mul(beta).sub(t2);
        DoubleVector t4 = t2.abs();
        DoubleVector t5 = t3.blend(0.0, t4.compare(LE, MAX).not());
        DoubleVector t6 = t2.abs();
        DoubleVector t7 = t6.neg();
        DoubleVector t8 = t5.neg();
        DoubleVector t9 = t8.blend(t5, t2.compare(LT, 0.0));
        DoubleVector t10 = t7.blend(DoubleCores.EXP_MIN, t7.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t11 = t10.blend(DoubleCores.EXP_MAX, t10.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t12 = FMA ? t11.fma(LOG2E, SHIFT) : t11.mul(LOG2E).add(SHIFT);
        DoubleVector t13 = t12.sub(SHIFT);
        DoubleVector t14 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_HI), t11) : t13.mul(-LN2_HI).add(t11);
        DoubleVector t15 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_LO), t14) : t13.mul(-LN2_LO).add(t14);
        DoubleVector t16 = FMA ? t15.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t15.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t17 = FMA ? t16.fma(t15, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t16.mul(t15).add(2.505210838544172e-08);
        DoubleVector t18 = FMA ? t17.fma(t15, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t17.mul(t15).add(2.755731922398589e-07);
        DoubleVector t19 = FMA ? t18.fma(t15, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t18.mul(t15).add(2.7557319223985893e-06);
        DoubleVector t20 = FMA ? t19.fma(t15, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t19.mul(t15).add(2.48015873015873e-05);
        DoubleVector t21 = FMA ? t20.fma(t15, DoubleVector.broadcast(D, 0.0001984126984126984)) : t20.mul(t15).add(0.0001984126984126984);
        DoubleVector t22 = FMA ? t21.fma(t15, DoubleVector.broadcast(D, 0.001388888888888889)) : t21.mul(t15).add(0.001388888888888889);
        DoubleVector t23 = FMA ? t22.fma(t15, DoubleVector.broadcast(D, 0.008333333333333333)) : t22.mul(t15).add(0.008333333333333333);
        DoubleVector t24 = FMA ? t23.fma(t15, DoubleVector.broadcast(D, 0.041666666666666664)) : t23.mul(t15).add(0.041666666666666664);
        DoubleVector t25 = FMA ? t24.fma(t15, DoubleVector.broadcast(D, 0.16666666666666666)) : t24.mul(t15).add(0.16666666666666666);
        DoubleVector t26 = FMA ? t25.fma(t15, DoubleVector.broadcast(D, 0.5)) : t25.mul(t15).add(0.5);
        DoubleVector t27 = FMA ? t26.fma(t15, DoubleVector.broadcast(D, 1.0)) : t26.mul(t15).add(1.0);
        DoubleVector t28 = t15.mul(t27);
        LongVector t29 = t12.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t30 = t29.lanewise(ASHR, 1);
        DoubleVector t31 = t30.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t32 = t29.sub(t30).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t33 = FMA ? t31.fma(t28, t31) : t31.mul(t28).add(t31);
        DoubleVector t34 = t33.mul(t32);
        DoubleVector t35 = t31.sub(t33);
        DoubleVector t36 = FMA ? t31.fma(t28, t35) : t31.mul(t28).add(t35);
        DoubleVector t37 = t36.mul(t32);
        DoubleVector t38 = FMA ? t34.fma(t9, t37) : t34.mul(t9).add(t37);
        DoubleVector t39 = t34.add(1.0);
        DoubleVector t40 = DoubleVector.broadcast(D, 1.0).sub(t39);
        DoubleVector t41 = t40.add(t34);
        DoubleVector t42 = t41.add(t38);
        DoubleVector t43 = DoubleVector.broadcast(D, 1.0).div(t39);
        DoubleVector t44 = ONE.blend(t34, t2.compare(LT, 0.0));
        DoubleVector t45 = ZERO.blend(t38, t2.compare(LT, 0.0));
        DoubleVector t46 = t44.mul(t43);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t39, t44) : t47.mul(t39).add(t44);
        DoubleVector t49 = t48.add(t45);
        DoubleVector t50 = FMA ? t47.fma(t42, t49) : t47.mul(t42).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t43, t46) : t50.mul(t43).add(t46);
        DoubleVector t52 = ONE.blend(t34, t2.compare(LT, 0.0).not());
        DoubleVector t53 = ZERO.blend(t38, t2.compare(LT, 0.0).not());
        DoubleVector t54 = t52.mul(t43);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t55.fma(t39, t52) : t55.mul(t39).add(t52);
        DoubleVector t57 = t56.add(t53);
        DoubleVector t58 = FMA ? t55.fma(t42, t57) : t55.mul(t42).add(t57);
        DoubleVector t59 = FMA ? t58.fma(t43, t54) : t58.mul(t43).add(t54);
        DoubleVector t60 = v.blend(low, v.compare(LT, low));
        DoubleVector t61 = t60.blend(high, t60.compare(GT, high));
        DoubleVector t62 = t61.mul(t51);
        DoubleVector t63 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t64 = t63.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t65 = t64.sub(t63);
        DoubleVector t66 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t65);
        DoubleVector t67 = t66.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t68 = t67.add(t5);
        DoubleVector t69 = t64.blend(DoubleCores.EXP_MIN, t64.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t70 = t69.blend(DoubleCores.EXP_MAX, t69.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t71 = FMA ? t70.fma(LOG2E, SHIFT) : t70.mul(LOG2E).add(SHIFT);
        DoubleVector t72 = t71.sub(SHIFT);
        DoubleVector t73 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_HI), t70) : t72.mul(-LN2_HI).add(t70);
        DoubleVector t74 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_LO), t73) : t72.mul(-LN2_LO).add(t73);
        DoubleVector t75 = FMA ? t74.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t74.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t76 = FMA ? t75.fma(t74, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t75.mul(t74).add(2.505210838544172e-08);
        DoubleVector t77 = FMA ? t76.fma(t74, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t76.mul(t74).add(2.755731922398589e-07);
        DoubleVector t78 = FMA ? t77.fma(t74, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t77.mul(t74).add(2.7557319223985893e-06);
        DoubleVector t79 = FMA ? t78.fma(t74, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t78.mul(t74).add(2.48015873015873e-05);
        DoubleVector t80 = FMA ? t79.fma(t74, DoubleVector.broadcast(D, 0.0001984126984126984)) : t79.mul(t74).add(0.0001984126984126984);
        DoubleVector t81 = FMA ? t80.fma(t74, DoubleVector.broadcast(D, 0.001388888888888889)) : t80.mul(t74).add(0.001388888888888889);
        DoubleVector t82 = FMA ? t81.fma(t74, DoubleVector.broadcast(D, 0.008333333333333333)) : t81.mul(t74).add(0.008333333333333333);
        DoubleVector t83 = FMA ? t82.fma(t74, DoubleVector.broadcast(D, 0.041666666666666664)) : t82.mul(t74).add(0.041666666666666664);
        DoubleVector t84 = FMA ? t83.fma(t74, DoubleVector.broadcast(D, 0.16666666666666666)) : t83.mul(t74).add(0.16666666666666666);
        DoubleVector t85 = FMA ? t84.fma(t74, DoubleVector.broadcast(D, 0.5)) : t84.mul(t74).add(0.5);
        DoubleVector t86 = FMA ? t85.fma(t74, DoubleVector.broadcast(D, 1.0)) : t85.mul(t74).add(1.0);
        DoubleVector t87 = t74.mul(t86);
        LongVector t88 = t71.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t89 = t88.lanewise(ASHR, 1);
        DoubleVector t90 = t89.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t91 = t88.sub(t89).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t92 = FMA ? t90.fma(t87, t90) : t90.mul(t87).add(t90);
        DoubleVector t93 = t92.mul(t91);
        DoubleVector t94 = t90.sub(t92);
        DoubleVector t95 = FMA ? t90.fma(t87, t94) : t90.mul(t87).add(t94);
        DoubleVector t96 = t95.mul(t91);
        DoubleVector t97 = FMA ? t93.fma(t68, t96) : t93.mul(t68).add(t96);
        DoubleVector t98 = t1.mul(t97);
        DoubleVector t99 = FMA ? t1.fma(t93, t98) : t1.mul(t93).add(t98);
        DoubleVector t100 = t99.mul(0x1p-512);
        DoubleVector t101 = t100.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t1.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t102 = t62.blend(t101, t2.compare(LT, DoubleCores.TAIL));
        t102.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.swish(v, beta, low, high);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double beta = this.beta;
      final double low = this.low;
      final double high = this.high;
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.mul(beta);
        DoubleVector t3 = FMA ? t1.fma(DoubleVector.broadcast(D, beta), t2.neg()) : t1.mul(beta).sub(t2);
        DoubleVector t4 = t2.abs();
        DoubleVector t5 = t3.blend(0.0, t4.compare(LE, MAX).not());
        DoubleVector t6 = t2.abs();
        DoubleVector t7 = t6.neg();
        DoubleVector t8 = t5.neg();
        DoubleVector t9 = t8.blend(t5, t2.compare(LT, 0.0));
        DoubleVector t10 = t7.blend(DoubleCores.EXP_MIN, t7.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t11 = t10.blend(DoubleCores.EXP_MAX, t10.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t12 = FMA ? t11.fma(LOG2E, SHIFT) : t11.mul(LOG2E).add(SHIFT);
        DoubleVector t13 = t12.sub(SHIFT);
        DoubleVector t14 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_HI), t11) : t13.mul(-LN2_HI).add(t11);
        DoubleVector t15 = FMA ? t13.fma(DoubleVector.broadcast(D, -LN2_LO), t14) : t13.mul(-LN2_LO).add(t14);
        DoubleVector t16 = FMA ? t15.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t15.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t17 = FMA ? t16.fma(t15, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t16.mul(t15).add(2.505210838544172e-08);
        DoubleVector t18 = FMA ? t17.fma(t15, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t17.mul(t15).add(2.755731922398589e-07);
        DoubleVector t19 = FMA ? t18.fma(t15, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t18.mul(t15).add(2.7557319223985893e-06);
        DoubleVector t20 = FMA ? t19.fma(t15, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t19.mul(t15).add(2.48015873015873e-05);
        DoubleVector t21 = FMA ? t20.fma(t15, DoubleVector.broadcast(D, 0.0001984126984126984)) : t20.mul(t15).add(0.0001984126984126984);
        DoubleVector t22 = FMA ? t21.fma(t15, DoubleVector.broadcast(D, 0.001388888888888889)) : t21.mul(t15).add(0.001388888888888889);
        DoubleVector t23 = FMA ? t22.fma(t15, DoubleVector.broadcast(D, 0.008333333333333333)) : t22.mul(t15).add(0.008333333333333333);
        DoubleVector t24 = FMA ? t23.fma(t15, DoubleVector.broadcast(D, 0.041666666666666664)) : t23.mul(t15).add(0.041666666666666664);
        DoubleVector t25 = FMA ? t24.fma(t15, DoubleVector.broadcast(D, 0.16666666666666666)) : t24.mul(t15).add(0.16666666666666666);
        DoubleVector t26 = FMA ? t25.fma(t15, DoubleVector.broadcast(D, 0.5)) : t25.mul(t15).add(0.5);
        DoubleVector t27 = FMA ? t26.fma(t15, DoubleVector.broadcast(D, 1.0)) : t26.mul(t15).add(1.0);
        DoubleVector t28 = t15.mul(t27);
        LongVector t29 = t12.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t30 = t29.lanewise(ASHR, 1);
        DoubleVector t31 = t30.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t32 = t29.sub(t30).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t33 = FMA ? t31.fma(t28, t31) : t31.mul(t28).add(t31);
        DoubleVector t34 = t33.mul(t32);
        DoubleVector t35 = t31.sub(t33);
        DoubleVector t36 = FMA ? t31.fma(t28, t35) : t31.mul(t28).add(t35);
        DoubleVector t37 = t36.mul(t32);
        DoubleVector t38 = FMA ? t34.fma(t9, t37) : t34.mul(t9).add(t37);
        DoubleVector t39 = t34.add(1.0);
        DoubleVector t40 = DoubleVector.broadcast(D, 1.0).sub(t39);
        DoubleVector t41 = t40.add(t34);
        DoubleVector t42 = t41.add(t38);
        DoubleVector t43 = DoubleVector.broadcast(D, 1.0).div(t39);
        DoubleVector t44 = ONE.blend(t34, t2.compare(LT, 0.0));
        DoubleVector t45 = ZERO.blend(t38, t2.compare(LT, 0.0));
        DoubleVector t46 = t44.mul(t43);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t39, t44) : t47.mul(t39).add(t44);
        DoubleVector t49 = t48.add(t45);
        DoubleVector t50 = FMA ? t47.fma(t42, t49) : t47.mul(t42).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t43, t46) : t50.mul(t43).add(t46);
        DoubleVector t52 = ONE.blend(t34, t2.compare(LT, 0.0).not());
        DoubleVector t53 = ZERO.blend(t38, t2.compare(LT, 0.0).not());
        DoubleVector t54 = t52.mul(t43);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t55.fma(t39, t52) : t55.mul(t39).add(t52);
        DoubleVector t57 = t56.add(t53);
        DoubleVector t58 = FMA ? t55.fma(t42, t57) : t55.mul(t42).add(t57);
        DoubleVector t59 = FMA ? t58.fma(t43, t54) : t58.mul(t43).add(t54);
        DoubleVector t60 = t2.blend(-MAX, t2.compare(LT, -MAX));
        DoubleVector t61 = t60.blend(MAX, t60.compare(GT, MAX));
        DoubleVector t62 = t61.mul(t51);
        DoubleVector t63 = FMA ? t62.fma(t59, t51) : t62.mul(t59).add(t51);
        DoubleVector t64 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t65 = t64.add(1.0);
        DoubleVector t66 = t2.blend(DoubleCores.TAIL_MIN, t2.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t67 = t66.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t68 = t67.sub(t66);
        DoubleVector t69 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t68);
        DoubleVector t70 = t69.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t71 = t70.add(t5);
        DoubleVector t72 = t67.blend(DoubleCores.EXP_MIN, t67.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t73 = t72.blend(DoubleCores.EXP_MAX, t72.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t74 = FMA ? t73.fma(LOG2E, SHIFT) : t73.mul(LOG2E).add(SHIFT);
        DoubleVector t75 = t74.sub(SHIFT);
        DoubleVector t76 = FMA ? t75.fma(DoubleVector.broadcast(D, -LN2_HI), t73) : t75.mul(-LN2_HI).add(t73);
        DoubleVector t77 = FMA ? t75.fma(DoubleVector.broadcast(D, -LN2_LO), t76) : t75.mul(-LN2_LO).add(t76);
        DoubleVector t78 = FMA ? t77.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t77.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t79 = FMA ? t78.fma(t77, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t78.mul(t77).add(2.505210838544172e-08);
        DoubleVector t80 = FMA ? t79.fma(t77, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t79.mul(t77).add(2.755731922398589e-07);
        DoubleVector t81 = FMA ? t80.fma(t77, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t80.mul(t77).add(2.7557319223985893e-06);
        DoubleVector t82 = FMA ? t81.fma(t77, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t81.mul(t77).add(2.48015873015873e-05);
        DoubleVector t83 = FMA ? t82.fma(t77, DoubleVector.broadcast(D, 0.0001984126984126984)) : t82.mul(t77).add(0.0001984126984126984);
        DoubleVector t84 = FMA ? t83.fma(t77, DoubleVector.broadcast(D, 0.001388888888888889)) : t83.mul(t77).add(0.001388888888888889);
        DoubleVector t85 = FMA ? t84.fma(t77, DoubleVector.broadcast(D, 0.008333333333333333)) : t84.mul(t77).add(0.008333333333333333);
        DoubleVector t86 = FMA ? t85.fma(t77, DoubleVector.broadcast(D, 0.041666666666666664)) : t85.mul(t77).add(0.041666666666666664);
        DoubleVector t87 = FMA ? t86.fma(t77, DoubleVector.broadcast(D, 0.16666666666666666)) : t86.mul(t77).add(0.16666666666666666);
        DoubleVector t88 = FMA ? t87.fma(t77, DoubleVector.broadcast(D, 0.5)) : t87.mul(t77).add(0.5);
        DoubleVector t89 = FMA ? t88.fma(t77, DoubleVector.broadcast(D, 1.0)) : t88.mul(t77).add(1.0);
        DoubleVector t90 = t77.mul(t89);
        LongVector t91 = t74.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t92 = t91.lanewise(ASHR, 1);
        DoubleVector t93 = t92.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t94 = t91.sub(t92).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t95 = FMA ? t93.fma(t90, t93) : t93.mul(t90).add(t93);
        DoubleVector t96 = t95.mul(t94);
        DoubleVector t97 = t93.sub(t95);
        DoubleVector t98 = FMA ? t93.fma(t90, t97) : t93.mul(t90).add(t97);
        DoubleVector t99 = t98.mul(t94);
        DoubleVector t100 = FMA ? t96.fma(t71, t99) : t96.mul(t71).add(t99);
        DoubleVector t101 = t65.mul(t100);
        DoubleVector t102 = FMA ? t65.fma(t96, t101) : t65.mul(t96).add(t101);
        DoubleVector t103 = t102.mul(0x1p-512);
        DoubleVector t104 = t103.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t65.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t105 = t63.blend(t104, t2.compare(LT, DoubleCores.TAIL));
        g.mul(t105).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t3 = t2.blend(DoubleCores.EXP_MAX, t2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t8.mul(t7).add(2.505210838544172e-08);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t9.mul(t7).add(2.755731922398589e-07);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t10.mul(t7).add(2.7557319223985893e-06);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t11.mul(t7).add(2.48015873015873e-05);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.0001984126984126984)) : t12.mul(t7).add(0.0001984126984126984);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.001388888888888889)) : t13.mul(t7).add(0.001388888888888889);
        DoubleVector t15 = FMA ? t14.fma(t7, DoubleVector.broadcast(D, 0.008333333333333333)) : t14.mul(t7).add(0.008333333333333333);
        DoubleVector t16 = FMA ? t15.fma(t7, DoubleVector.broadcast(D, 0.041666666666666664)) : t15.mul(t7).add(0.041666666666666664);
        DoubleVector t17 = FMA ? t16.fma(t7, DoubleVector.broadcast(D, 0.16666666666666666)) : t16.mul(t7).add(0.16666666666666666);
        DoubleVector t18 = FMA ? t17.fma(t7, DoubleVector.broadcast(D, 0.5)) : t17.mul(t7).add(0.5);
        DoubleVector t19 = FMA ? t18.fma(t7, DoubleVector.broadcast(D, 1.0)) : t18.mul(t7).add(1.0);
        DoubleVector t20 = t7.mul(t19);
        LongVector t21 = t4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t22 = t21.lanewise(ASHR, 1);
        DoubleVector t23 = t22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = t21.sub(t22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t25 = FMA ? t23.fma(t20, t23) : t23.mul(t20).add(t23);
        DoubleVector t26 = t25.mul(t24);
        DoubleVector t27 = t23.sub(t25);
        DoubleVector t28 = FMA ? t23.fma(t20, t27) : t23.mul(t20).add(t27);
        DoubleVector t29 = t28.mul(t24);
        DoubleVector t30 = FMA ? t26.fma(ZERO, t29) : t26.mul(ZERO).add(t29);
        DoubleVector t31 = t26.add(2.0);
        DoubleVector t32 = DoubleVector.broadcast(D, 2.0).sub(t31);
        DoubleVector t33 = t32.add(t26);
        DoubleVector t34 = t33.add(t30);
        DoubleVector t35 = t26.mul(t31);
        DoubleVector t36 = t35.neg();
        DoubleVector t37 = FMA ? t26.fma(t31, t36) : t26.mul(t31).add(t36);
        DoubleVector t38 = t30.mul(t31);
        DoubleVector t39 = FMA ? t26.fma(t34, t38) : t26.mul(t34).add(t38);
        DoubleVector t40 = t37.add(t39);
        DoubleVector t41 = t35.add(2.0);
        DoubleVector t42 = DoubleVector.broadcast(D, 2.0).sub(t41);
        DoubleVector t43 = t42.add(t35);
        DoubleVector t44 = t43.add(t40);
        DoubleVector t45 = DoubleVector.broadcast(D, 1.0).div(t41);
        DoubleVector t46 = t35.mul(t45);
        DoubleVector t47 = t46.neg();
        DoubleVector t48 = FMA ? t47.fma(t41, t35) : t47.mul(t41).add(t35);
        DoubleVector t49 = t48.add(t40);
        DoubleVector t50 = FMA ? t47.fma(t44, t49) : t47.mul(t44).add(t49);
        DoubleVector t51 = FMA ? t50.fma(t45, t46) : t50.mul(t45).add(t46);
        DoubleVector t52 = t0.mul(t51);
        DoubleVector t53 = t0.blend(DoubleCores.TAIL_MIN, t0.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t54 = t53.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t55 = t54.sub(t53);
        DoubleVector t56 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t55);
        DoubleVector t57 = t56.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t58 = t57.add(ZERO);
        DoubleVector t59 = t54.blend(DoubleCores.EXP_MIN, t54.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t60 = t59.blend(DoubleCores.EXP_MAX, t59.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t61 = FMA ? t60.fma(LOG2E, SHIFT) : t60.mul(LOG2E).add(SHIFT);
        DoubleVector t62 = t61.sub(SHIFT);
        DoubleVector t63 = FMA ? t62.fma(DoubleVector.broadcast(D, -LN2_HI), t60) : t62.mul(-LN2_HI).add(t60);
        DoubleVector t64 = FMA ? t62.fma(DoubleVector.broadcast(D, -LN2_LO), t63) : t62.mul(-LN2_LO).add(t63);
        DoubleVector t65 = FMA ? t64.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t64.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t66 = FMA ? t65.fma(t64, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t65.mul(t64).add(2.505210838544172e-08);
        DoubleVector t67 = FMA ? t66.fma(t64, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t66.mul(t64).add(2.755731922398589e-07);
        DoubleVector t68 = FMA ? t67.fma(t64, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t67.mul(t64).add(2.7557319223985893e-06);
        DoubleVector t69 = FMA ? t68.fma(t64, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t68.mul(t64).add(2.48015873015873e-05);
        DoubleVector t70 = FMA ? t69.fma(t64, DoubleVector.broadcast(D, 0.0001984126984126984)) : t69.mul(t64).add(0.0001984126984126984);
        DoubleVector t71 = FMA ? t70.fma(t64, DoubleVector.broadcast(D, 0.001388888888888889)) : t70.mul(t64).add(0.001388888888888889);
        DoubleVector t72 = FMA ? t71.fma(t64, DoubleVector.broadcast(D, 0.008333333333333333)) : t71.mul(t64).add(0.008333333333333333);
        DoubleVector t73 = FMA ? t72.fma(t64, DoubleVector.broadcast(D, 0.041666666666666664)) : t72.mul(t64).add(0.041666666666666664);
        DoubleVector t74 = FMA ? t73.fma(t64, DoubleVector.broadcast(D, 0.16666666666666666)) : t73.mul(t64).add(0.16666666666666666);
        DoubleVector t75 = FMA ? t74.fma(t64, DoubleVector.broadcast(D, 0.5)) : t74.mul(t64).add(0.5);
        DoubleVector t76 = FMA ? t75.fma(t64, DoubleVector.broadcast(D, 1.0)) : t75.mul(t64).add(1.0);
        DoubleVector t77 = t64.mul(t76);
        LongVector t78 = t61.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t79 = t78.lanewise(ASHR, 1);
        DoubleVector t80 = t79.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t81 = t78.sub(t79).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t82 = FMA ? t80.fma(t77, t80) : t80.mul(t77).add(t80);
        DoubleVector t83 = t82.mul(t81);
        DoubleVector t84 = t80.sub(t82);
        DoubleVector t85 = FMA ? t80.fma(t77, t84) : t80.mul(t77).add(t84);
        DoubleVector t86 = t85.mul(t81);
        DoubleVector t87 = FMA ? t83.fma(t58, t86) : t83.mul(t58).add(t86);
        DoubleVector t88 = t0.mul(t87);
        DoubleVector t89 = FMA ? t0.fma(t83, t88) : t0.mul(t83).add(t88);
        DoubleVector t90 = t89.mul(0x1p-512);
        DoubleVector t91 = t90.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t0.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t92 = t52.blend(t91, v.compare(LT, DoubleCores.TAIL));
        t92.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.mish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MISH_LINEAR, t0.compare(GT, MISH_LINEAR));
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t3 = t2.blend(DoubleCores.EXP_MAX, t2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t8.mul(t7).add(2.505210838544172e-08);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t9.mul(t7).add(2.755731922398589e-07);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t10.mul(t7).add(2.7557319223985893e-06);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t11.mul(t7).add(2.48015873015873e-05);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.0001984126984126984)) : t12.mul(t7).add(0.0001984126984126984);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.001388888888888889)) : t13.mul(t7).add(0.001388888888888889);
        DoubleVector t15 = FMA ? t14.fma(t7, DoubleVector.broadcast(D, 0.008333333333333333)) : t14.mul(t7).add(0.008333333333333333);
        DoubleVector t16 = FMA ? t15.fma(t7, DoubleVector.broadcast(D, 0.041666666666666664)) : t15.mul(t7).add(0.041666666666666664);
        DoubleVector t17 = FMA ? t16.fma(t7, DoubleVector.broadcast(D, 0.16666666666666666)) : t16.mul(t7).add(0.16666666666666666);
        DoubleVector t18 = FMA ? t17.fma(t7, DoubleVector.broadcast(D, 0.5)) : t17.mul(t7).add(0.5);
        DoubleVector t19 = FMA ? t18.fma(t7, DoubleVector.broadcast(D, 1.0)) : t18.mul(t7).add(1.0);
        DoubleVector t20 = t7.mul(t19);
        LongVector t21 = t4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t22 = t21.lanewise(ASHR, 1);
        DoubleVector t23 = t22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = t21.sub(t22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t25 = FMA ? t23.fma(t20, t23) : t23.mul(t20).add(t23);
        DoubleVector t26 = t25.mul(t24);
        DoubleVector t27 = t23.sub(t25);
        DoubleVector t28 = FMA ? t23.fma(t20, t27) : t23.mul(t20).add(t27);
        DoubleVector t29 = t28.mul(t24);
        DoubleVector t30 = FMA ? t26.fma(ZERO, t29) : t26.mul(ZERO).add(t29);
        DoubleVector t31 = t26.add(1.0);
        DoubleVector t32 = t31.sub(1.0);
        DoubleVector t33 = t31.sub(t32);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t26.sub(t32);
        DoubleVector t36 = t34.add(t35);
        DoubleVector t37 = t36.add(t30);
        DoubleVector t38 = t26.mul(t31);
        DoubleVector t39 = t38.neg();
        DoubleVector t40 = FMA ? t26.fma(t31, t39) : t26.mul(t31).add(t39);
        DoubleVector t41 = t30.mul(t31);
        DoubleVector t42 = FMA ? t26.fma(t37, t41) : t26.mul(t37).add(t41);
        DoubleVector t43 = t40.add(t42);
        DoubleVector t44 = t31.mul(t31);
        DoubleVector t45 = t44.neg();
        DoubleVector t46 = FMA ? t31.fma(t31, t45) : t31.mul(t31).add(t45);
        DoubleVector t47 = t31.mul(t37);
        DoubleVector t48 = t47.mul(2.0);
        DoubleVector t49 = t46.add(t48);
        DoubleVector t50 = t44.add(1.0);
        DoubleVector t51 = t44.sub(t50);
        DoubleVector t52 = t51.add(1.0);
        DoubleVector t53 = t52.add(t49);
        DoubleVector t54 = t50.mul(t50);
        DoubleVector t55 = t54.neg();
        DoubleVector t56 = FMA ? t50.fma(t50, t55) : t50.mul(t50).add(t55);
        DoubleVector t57 = t50.mul(t53);
        DoubleVector t58 = t57.mul(2.0);
        DoubleVector t59 = t56.add(t58);
        DoubleVector t60 = t38.div(t54);
        DoubleVector t61 = t60.neg();
        DoubleVector t62 = FMA ? t61.fma(t54, t38) : t61.mul(t54).add(t38);
        DoubleVector t63 = t62.add(t43);
        DoubleVector t64 = FMA ? t61.fma(t59, t63) : t61.mul(t59).add(t63);
        DoubleVector t65 = t64.div(t54);
        DoubleVector t66 = t60.add(t65);
        DoubleVector t67 = t66.mul(4.0);
        DoubleVector t68 = v.blend(MISH_LINEAR, v.compare(GT, MISH_LINEAR));
        DoubleVector t69 = t68.blend(DoubleCores.EXP_MIN, t68.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t70 = t69.blend(DoubleCores.EXP_MAX, t69.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t71 = FMA ? t70.fma(LOG2E, SHIFT) : t70.mul(LOG2E).add(SHIFT);
        DoubleVector t72 = t71.sub(SHIFT);
        DoubleVector t73 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_HI), t70) : t72.mul(-LN2_HI).add(t70);
        DoubleVector t74 = FMA ? t72.fma(DoubleVector.broadcast(D, -LN2_LO), t73) : t72.mul(-LN2_LO).add(t73);
        DoubleVector t75 = FMA ? t74.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t74.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t76 = FMA ? t75.fma(t74, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t75.mul(t74).add(2.505210838544172e-08);
        DoubleVector t77 = FMA ? t76.fma(t74, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t76.mul(t74).add(2.755731922398589e-07);
        DoubleVector t78 = FMA ? t77.fma(t74, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t77.mul(t74).add(2.7557319223985893e-06);
        DoubleVector t79 = FMA ? t78.fma(t74, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t78.mul(t74).add(2.48015873015873e-05);
        DoubleVector t80 = FMA ? t79.fma(t74, DoubleVector.broadcast(D, 0.0001984126984126984)) : t79.mul(t74).add(0.0001984126984126984);
        DoubleVector t81 = FMA ? t80.fma(t74, DoubleVector.broadcast(D, 0.001388888888888889)) : t80.mul(t74).add(0.001388888888888889);
        DoubleVector t82 = FMA ? t81.fma(t74, DoubleVector.broadcast(D, 0.008333333333333333)) : t81.mul(t74).add(0.008333333333333333);
        DoubleVector t83 = FMA ? t82.fma(t74, DoubleVector.broadcast(D, 0.041666666666666664)) : t82.mul(t74).add(0.041666666666666664);
        DoubleVector t84 = FMA ? t83.fma(t74, DoubleVector.broadcast(D, 0.16666666666666666)) : t83.mul(t74).add(0.16666666666666666);
        DoubleVector t85 = FMA ? t84.fma(t74, DoubleVector.broadcast(D, 0.5)) : t84.mul(t74).add(0.5);
        DoubleVector t86 = FMA ? t85.fma(t74, DoubleVector.broadcast(D, 1.0)) : t85.mul(t74).add(1.0);
        DoubleVector t87 = t74.mul(t86);
        LongVector t88 = t71.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t89 = t88.lanewise(ASHR, 1);
        DoubleVector t90 = t89.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t91 = t88.sub(t89).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t92 = FMA ? t90.fma(t87, t90) : t90.mul(t87).add(t90);
        DoubleVector t93 = t92.mul(t91);
        DoubleVector t94 = t90.sub(t92);
        DoubleVector t95 = FMA ? t90.fma(t87, t94) : t90.mul(t87).add(t94);
        DoubleVector t96 = t95.mul(t91);
        DoubleVector t97 = FMA ? t93.fma(ZERO, t96) : t93.mul(ZERO).add(t96);
        DoubleVector t98 = t93.add(2.0);
        DoubleVector t99 = DoubleVector.broadcast(D, 2.0).sub(t98);
        DoubleVector t100 = t99.add(t93);
        DoubleVector t101 = t100.add(t97);
        DoubleVector t102 = t93.mul(t98);
        DoubleVector t103 = t102.neg();
        DoubleVector t104 = FMA ? t93.fma(t98, t103) : t93.mul(t98).add(t103);
        DoubleVector t105 = t97.mul(t98);
        DoubleVector t106 = FMA ? t93.fma(t101, t105) : t93.mul(t101).add(t105);
        DoubleVector t107 = t104.add(t106);
        DoubleVector t108 = t102.add(2.0);
        DoubleVector t109 = DoubleVector.broadcast(D, 2.0).sub(t108);
        DoubleVector t110 = t109.add(t102);
        DoubleVector t111 = t110.add(t107);
        DoubleVector t112 = DoubleVector.broadcast(D, 1.0).div(t108);
        DoubleVector t113 = t102.mul(t112);
        DoubleVector t114 = t113.neg();
        DoubleVector t115 = FMA ? t114.fma(t108, t102) : t114.mul(t108).add(t102);
        DoubleVector t116 = t115.add(t107);
        DoubleVector t117 = FMA ? t114.fma(t111, t116) : t114.mul(t111).add(t116);
        DoubleVector t118 = FMA ? t117.fma(t112, t113) : t117.mul(t112).add(t113);
        DoubleVector t119 = FMA ? t1.fma(t67, t118) : t1.mul(t67).add(t118);
        DoubleVector t120 = t1.add(1.0);
        DoubleVector t121 = t1.blend(DoubleCores.TAIL_MIN, t1.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t122 = t121.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t123 = t122.sub(t121);
        DoubleVector t124 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t123);
        DoubleVector t125 = t124.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t126 = t125.add(ZERO);
        DoubleVector t127 = t122.blend(DoubleCores.EXP_MIN, t122.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t128 = t127.blend(DoubleCores.EXP_MAX, t127.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t129 = FMA ? t128.fma(LOG2E, SHIFT) : t128.mul(LOG2E).add(SHIFT);
        DoubleVector t130 = t129.sub(SHIFT);
        DoubleVector t131 = FMA ? t130.fma(DoubleVector.broadcast(D, -LN2_HI), t128) : t130.mul(-LN2_HI).add(t128);
        DoubleVector t132 = FMA ? t130.fma(DoubleVector.broadcast(D, -LN2_LO), t131) : t130.mul(-LN2_LO).add(t131);
        DoubleVector t133 = FMA ? t132.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t132.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t134 = FMA ? t133.fma(t132, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t133.mul(t132).add(2.505210838544172e-08);
        DoubleVector t135 = FMA ? t134.fma(t132, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t134.mul(t132).add(2.755731922398589e-07);
        DoubleVector t136 = FMA ? t135.fma(t132, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t135.mul(t132).add(2.7557319223985893e-06);
        DoubleVector t137 = FMA ? t136.fma(t132, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t136.mul(t132).add(2.48015873015873e-05);
        DoubleVector t138 = FMA ? t137.fma(t132, DoubleVector.broadcast(D, 0.0001984126984126984)) : t137.mul(t132).add(0.0001984126984126984);
        DoubleVector t139 = FMA ? t138.fma(t132, DoubleVector.broadcast(D, 0.001388888888888889)) : t138.mul(t132).add(0.001388888888888889);
        DoubleVector t140 = FMA ? t139.fma(t132, DoubleVector.broadcast(D, 0.008333333333333333)) : t139.mul(t132).add(0.008333333333333333);
        DoubleVector t141 = FMA ? t140.fma(t132, DoubleVector.broadcast(D, 0.041666666666666664)) : t140.mul(t132).add(0.041666666666666664);
        DoubleVector t142 = FMA ? t141.fma(t132, DoubleVector.broadcast(D, 0.16666666666666666)) : t141.mul(t132).add(0.16666666666666666);
        DoubleVector t143 = FMA ? t142.fma(t132, DoubleVector.broadcast(D, 0.5)) : t142.mul(t132).add(0.5);
        DoubleVector t144 = FMA ? t143.fma(t132, DoubleVector.broadcast(D, 1.0)) : t143.mul(t132).add(1.0);
        DoubleVector t145 = t132.mul(t144);
        LongVector t146 = t129.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t147 = t146.lanewise(ASHR, 1);
        DoubleVector t148 = t147.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t149 = t146.sub(t147).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t150 = FMA ? t148.fma(t145, t148) : t148.mul(t145).add(t148);
        DoubleVector t151 = t150.mul(t149);
        DoubleVector t152 = t148.sub(t150);
        DoubleVector t153 = FMA ? t148.fma(t145, t152) : t148.mul(t145).add(t152);
        DoubleVector t154 = t153.mul(t149);
        DoubleVector t155 = FMA ? t151.fma(t126, t154) : t151.mul(t126).add(t154);
        DoubleVector t156 = t120.mul(t155);
        DoubleVector t157 = FMA ? t120.fma(t151, t156) : t120.mul(t151).add(t156);
        DoubleVector t158 = t157.mul(0x1p-512);
        DoubleVector t159 = t158.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t120.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t160 = t119.blend(t159, v.compare(LT, DoubleCores.TAIL));
        g.mul(t160).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
          DoubleVector t0 = v.abs();
          DoubleVector t1 = t0.blend(DoubleNormal.Z_MAX, t0.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t2 = t1.mul(t1);
          DoubleVector t3 = t2.neg();
          DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
          DoubleVector t5 = t2.mul(-0.5);
          DoubleVector t6 = t5.add(DoubleCores.TAIL_SHIFT_HI);
          DoubleVector t7 = t6.sub(t5);
          DoubleVector t8 = t6.sub(t7);
          DoubleVector t9 = t5.sub(t8);
          DoubleVector t10 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t7);
          DoubleVector t11 = t9.add(t10);
          DoubleVector t12 = t4.mul(0.5);
          DoubleVector t13 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_LO).sub(t12);
          DoubleVector t14 = t11.add(t13);
          DoubleVector t15 = t6.blend(DoubleCores.EXP_MIN, t6.compare(LT, DoubleCores.EXP_MIN));
          DoubleVector t16 = t15.blend(DoubleCores.EXP_MAX, t15.compare(GT, DoubleCores.EXP_MAX));
          DoubleVector t17 = FMA ? t16.fma(LOG2E, SHIFT) : t16.mul(LOG2E).add(SHIFT);
          DoubleVector t18 = t17.sub(SHIFT);
          DoubleVector t19 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_HI), t16) : t18.mul(-LN2_HI).add(t16);
          DoubleVector t20 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_LO), t19) : t18.mul(-LN2_LO).add(t19);
          DoubleVector t21 = FMA ? t20.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t20.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
          DoubleVector t22 = FMA ? t21.fma(t20, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t21.mul(t20).add(2.505210838544172e-08);
          DoubleVector t23 = FMA ? t22.fma(t20, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t22.mul(t20).add(2.755731922398589e-07);
          DoubleVector t24 = FMA ? t23.fma(t20, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t23.mul(t20).add(2.7557319223985893e-06);
          DoubleVector t25 = FMA ? t24.fma(t20, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t24.mul(t20).add(2.48015873015873e-05);
          DoubleVector t26 = FMA ? t25.fma(t20, DoubleVector.broadcast(D, 0.0001984126984126984)) : t25.mul(t20).add(0.0001984126984126984);
          DoubleVector t27 = FMA ? t26.fma(t20, DoubleVector.broadcast(D, 0.001388888888888889)) : t26.mul(t20).add(0.001388888888888889);
          DoubleVector t28 = FMA ? t27.fma(t20, DoubleVector.broadcast(D, 0.008333333333333333)) : t27.mul(t20).add(0.008333333333333333);
          DoubleVector t29 = FMA ? t28.fma(t20, DoubleVector.broadcast(D, 0.041666666666666664)) : t28.mul(t20).add(0.041666666666666664);
          DoubleVector t30 = FMA ? t29.fma(t20, DoubleVector.broadcast(D, 0.16666666666666666)) : t29.mul(t20).add(0.16666666666666666);
          DoubleVector t31 = FMA ? t30.fma(t20, DoubleVector.broadcast(D, 0.5)) : t30.mul(t20).add(0.5);
          DoubleVector t32 = FMA ? t31.fma(t20, DoubleVector.broadcast(D, 1.0)) : t31.mul(t20).add(1.0);
          DoubleVector t33 = t20.mul(t32);
          LongVector t34 = t17.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
          LongVector t35 = t34.lanewise(ASHR, 1);
          DoubleVector t36 = t35.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t37 = t34.sub(t35).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t38 = FMA ? t36.fma(t33, t36) : t36.mul(t33).add(t36);
          DoubleVector t39 = t38.mul(t37);
          DoubleVector t40 = t36.sub(t38);
          DoubleVector t41 = FMA ? t36.fma(t33, t40) : t36.mul(t33).add(t40);
          DoubleVector t42 = t41.mul(t37);
          DoubleVector t43 = FMA ? t39.fma(t14, t42) : t39.mul(t14).add(t42);
          DoubleVector t44 = DoubleVector.fromArray(D, rbuf, k);
          DoubleVector t45 = v.blend(-DoubleNormal.Z_MAX, v.compare(LT, -DoubleNormal.Z_MAX));
          DoubleVector t46 = t45.mul(t39);
          DoubleVector t47 = t46.neg();
          DoubleVector t48 = FMA ? t45.fma(t39, t47) : t45.mul(t39).add(t47);
          DoubleVector t49 = t45.mul(t43);
          DoubleVector t50 = t48.add(t49);
          DoubleVector t51 = t50.mul(t44);
          DoubleVector t52 = FMA ? t46.fma(t44, t51) : t46.mul(t44).add(t51);
          DoubleVector t53 = t52.mul(0x1p-512);
          DoubleVector t54 = v.mul(v);
          DoubleVector t55 = FMA ? t54.fma(-1.6878231631896875e-13, 5.003033458919368e-12) : t54.mul(-1.6878231631896875e-13).add(5.003033458919368e-12);
          DoubleVector t56 = FMA ? t55.fma(t54, DoubleVector.broadcast(D, -1.1285002144059668e-10)) : t55.mul(t54).add(-1.1285002144059668e-10);
          DoubleVector t57 = FMA ? t56.fma(t54, DoubleVector.broadcast(D, 2.2733770173468317e-09)) : t56.mul(t54).add(2.2733770173468317e-09);
          DoubleVector t58 = FMA ? t57.fma(t54, DoubleVector.broadcast(D, -4.122657837266453e-08)) : t57.mul(t54).add(-4.122657837266453e-08);
          DoubleVector t59 = FMA ? t58.fma(t54, DoubleVector.broadcast(D, 6.659693114915888e-07)) : t58.mul(t54).add(6.659693114915888e-07);
          DoubleVector t60 = FMA ? t59.fma(t54, DoubleVector.broadcast(D, -9.444656248413156e-06)) : t59.mul(t54).add(-9.444656248413156e-06);
          DoubleVector t61 = FMA ? t60.fma(t54, DoubleVector.broadcast(D, 0.00011543468761421087)) : t60.mul(t54).add(0.00011543468761421087);
          DoubleVector t62 = FMA ? t61.fma(t54, DoubleVector.broadcast(D, -0.001187328215480253)) : t61.mul(t54).add(-0.001187328215480253);
          DoubleVector t63 = FMA ? t62.fma(t54, DoubleVector.broadcast(D, 0.009973557010035806)) : t62.mul(t54).add(0.009973557010035806);
          DoubleVector t64 = FMA ? t63.fma(t54, DoubleVector.broadcast(D, -0.06649038006690544)) : t63.mul(t54).add(-0.06649038006690544);
          DoubleVector t65 = FMA ? t64.fma(t54, DoubleVector.broadcast(D, -2.492405596504842e-17)) : t64.mul(t54).add(-2.492405596504842e-17);
          DoubleVector t66 = DoubleVector.broadcast(D, 0.3989422804014327).add(t65);
          DoubleVector t67 = FMA ? v.fma(t66, DoubleVector.broadcast(D, 0.5)) : v.mul(t66).add(0.5);
          DoubleVector t68 = v.mul(t67);
          DoubleVector t69 = v.blend(DoubleNormal.Z_MAX, v.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t70 = t69.neg();
          DoubleVector t71 = t43.mul(t44);
          DoubleVector t72 = FMA ? t39.fma(t44, t71) : t39.mul(t44).add(t71);
          DoubleVector t73 = t72.mul(0x1p-512);
          DoubleVector t74 = FMA ? t70.fma(t73, v) : t70.mul(t73).add(v);
          DoubleVector t75 = t74.blend(t68, v.compare(LT, 1.0));
          DoubleVector t76 = t75.blend(t53, v.compare(LT, 0.0));
          t76.intoArray(y, yo + c + k);
        }
        for (; k < m; k++) {
          double v = x[xo + c + k];
          y[yo + c + k] = DoubleFormulas.gelu(v);
        }
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
          DoubleVector g = DoubleVector.fromArray(D, dy, dyo + c + k);
          DoubleVector t0 = v.abs();
          DoubleVector t1 = t0.blend(DoubleNormal.Z_MAX, t0.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t2 = t1.mul(t1);
          DoubleVector t3 = t2.neg();
          DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
          DoubleVector t5 = t2.mul(-0.5);
          DoubleVector t6 = t5.add(DoubleCores.TAIL_SHIFT_HI);
          DoubleVector t7 = t6.sub(t5);
          DoubleVector t8 = t6.sub(t7);
          DoubleVector t9 = t5.sub(t8);
          DoubleVector t10 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t7);
          DoubleVector t11 = t9.add(t10);
          DoubleVector t12 = t4.mul(0.5);
          DoubleVector t13 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_LO).sub(t12);
          DoubleVector t14 = t11.add(t13);
          DoubleVector t15 = t6.blend(DoubleCores.EXP_MIN, t6.compare(LT, DoubleCores.EXP_MIN));
          DoubleVector t16 = t15.blend(DoubleCores.EXP_MAX, t15.compare(GT, DoubleCores.EXP_MAX));
          DoubleVector t17 = FMA ? t16.fma(LOG2E, SHIFT) : t16.mul(LOG2E).add(SHIFT);
          DoubleVector t18 = t17.sub(SHIFT);
          DoubleVector t19 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_HI), t16) : t18.mul(-LN2_HI).add(t16);
          DoubleVector t20 = FMA ? t18.fma(DoubleVector.broadcast(D, -LN2_LO), t19) : t18.mul(-LN2_LO).add(t19);
          DoubleVector t21 = FMA ? t20.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t20.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
          DoubleVector t22 = FMA ? t21.fma(t20, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t21.mul(t20).add(2.505210838544172e-08);
          DoubleVector t23 = FMA ? t22.fma(t20, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t22.mul(t20).add(2.755731922398589e-07);
          DoubleVector t24 = FMA ? t23.fma(t20, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t23.mul(t20).add(2.7557319223985893e-06);
          DoubleVector t25 = FMA ? t24.fma(t20, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t24.mul(t20).add(2.48015873015873e-05);
          DoubleVector t26 = FMA ? t25.fma(t20, DoubleVector.broadcast(D, 0.0001984126984126984)) : t25.mul(t20).add(0.0001984126984126984);
          DoubleVector t27 = FMA ? t26.fma(t20, DoubleVector.broadcast(D, 0.001388888888888889)) : t26.mul(t20).add(0.001388888888888889);
          DoubleVector t28 = FMA ? t27.fma(t20, DoubleVector.broadcast(D, 0.008333333333333333)) : t27.mul(t20).add(0.008333333333333333);
          DoubleVector t29 = FMA ? t28.fma(t20, DoubleVector.broadcast(D, 0.041666666666666664)) : t28.mul(t20).add(0.041666666666666664);
          DoubleVector t30 = FMA ? t29.fma(t20, DoubleVector.broadcast(D, 0.16666666666666666)) : t29.mul(t20).add(0.16666666666666666);
          DoubleVector t31 = FMA ? t30.fma(t20, DoubleVector.broadcast(D, 0.5)) : t30.mul(t20).add(0.5);
          DoubleVector t32 = FMA ? t31.fma(t20, DoubleVector.broadcast(D, 1.0)) : t31.mul(t20).add(1.0);
          DoubleVector t33 = t20.mul(t32);
          LongVector t34 = t17.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
          LongVector t35 = t34.lanewise(ASHR, 1);
          DoubleVector t36 = t35.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t37 = t34.sub(t35).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
          DoubleVector t38 = FMA ? t36.fma(t33, t36) : t36.mul(t33).add(t36);
          DoubleVector t39 = t38.mul(t37);
          DoubleVector t40 = t36.sub(t38);
          DoubleVector t41 = FMA ? t36.fma(t33, t40) : t36.mul(t33).add(t40);
          DoubleVector t42 = t41.mul(t37);
          DoubleVector t43 = FMA ? t39.fma(t14, t42) : t39.mul(t14).add(t42);
          DoubleVector t44 = DoubleVector.fromArray(D, rbuf, k);
          DoubleVector t45 = v.blend(-DoubleNormal.Z_MAX, v.compare(LT, -DoubleNormal.Z_MAX));
          DoubleVector t46 = FMA ? t45.fma(DoubleVector.broadcast(D, DoubleFormulas.INV_SQRT_2PI), t44) : t45.mul(DoubleFormulas.INV_SQRT_2PI).add(t44);
          DoubleVector t47 = t43.mul(t46);
          DoubleVector t48 = FMA ? t39.fma(t46, t47) : t39.mul(t46).add(t47);
          DoubleVector t49 = t48.mul(0x1p-512);
          DoubleVector t50 = t43.mul(DoubleFormulas.INV_SQRT_2PI);
          DoubleVector t51 = FMA ? t39.fma(DoubleVector.broadcast(D, DoubleFormulas.INV_SQRT_2PI), t50) : t39.mul(DoubleFormulas.INV_SQRT_2PI).add(t50);
          DoubleVector t52 = t51.mul(0x1p-512);
          DoubleVector t53 = v.mul(v);
          DoubleVector t54 = FMA ? t53.fma(-1.6878231631896875e-13, 5.003033458919368e-12) : t53.mul(-1.6878231631896875e-13).add(5.003033458919368e-12);
          DoubleVector t55 = FMA ? t54.fma(t53, DoubleVector.broadcast(D, -1.1285002144059668e-10)) : t54.mul(t53).add(-1.1285002144059668e-10);
          DoubleVector t56 = FMA ? t55.fma(t53, DoubleVector.broadcast(D, 2.2733770173468317e-09)) : t55.mul(t53).add(2.2733770173468317e-09);
          DoubleVector t57 = FMA ? t56.fma(t53, DoubleVector.broadcast(D, -4.122657837266453e-08)) : t56.mul(t53).add(-4.122657837266453e-08);
          DoubleVector t58 = FMA ? t57.fma(t53, DoubleVector.broadcast(D, 6.659693114915888e-07)) : t57.mul(t53).add(6.659693114915888e-07);
          DoubleVector t59 = FMA ? t58.fma(t53, DoubleVector.broadcast(D, -9.444656248413156e-06)) : t58.mul(t53).add(-9.444656248413156e-06);
          DoubleVector t60 = FMA ? t59.fma(t53, DoubleVector.broadcast(D, 0.00011543468761421087)) : t59.mul(t53).add(0.00011543468761421087);
          DoubleVector t61 = FMA ? t60.fma(t53, DoubleVector.broadcast(D, -0.001187328215480253)) : t60.mul(t53).add(-0.001187328215480253);
          DoubleVector t62 = FMA ? t61.fma(t53, DoubleVector.broadcast(D, 0.009973557010035806)) : t61.mul(t53).add(0.009973557010035806);
          DoubleVector t63 = FMA ? t62.fma(t53, DoubleVector.broadcast(D, -0.06649038006690544)) : t62.mul(t53).add(-0.06649038006690544);
          DoubleVector t64 = FMA ? t63.fma(t53, DoubleVector.broadcast(D, -2.492405596504842e-17)) : t63.mul(t53).add(-2.492405596504842e-17);
          DoubleVector t65 = DoubleVector.broadcast(D, 0.3989422804014327).add(t64);
          DoubleVector t66 = FMA ? v.fma(t65, DoubleVector.broadcast(D, 0.5)) : v.mul(t65).add(0.5);
          DoubleVector t67 = t43.mul(t44);
          DoubleVector t68 = FMA ? t39.fma(t44, t67) : t39.mul(t44).add(t67);
          DoubleVector t69 = t68.mul(0x1p-512);
          DoubleVector t70 = DoubleVector.broadcast(D, 1.0).sub(t69);
          DoubleVector t71 = t70.blend(t66, v.compare(LT, 1.0));
          DoubleVector t72 = v.blend(DoubleNormal.Z_MAX, v.compare(GT, DoubleNormal.Z_MAX));
          DoubleVector t73 = FMA ? t72.fma(t52, t71) : t72.mul(t52).add(t71);
          DoubleVector t74 = t73.blend(t49, v.compare(LT, 0.0));
          g.mul(t74).intoArray(dx, dxo + c + k);
        }
        for (; k < m; k++) {
          double v = x[xo + c + k];
          dx[dxo + c + k] = dy[dyo + c + k] * DoubleFormulas.geluDerivative(v);
        }
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-DoubleFormulas.GELU_HUGE, v.compare(LT, -DoubleFormulas.GELU_HUGE));
        DoubleVector t1 = t0.blend(DoubleFormulas.GELU_HUGE, t0.compare(GT, DoubleFormulas.GELU_HUGE));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
        DoubleVector t5 = t2.mul(DoubleFormulas.GELU_C2_HI);
        DoubleVector t6 = FMA ? t2.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t5.neg()) : t2.mul(DoubleFormulas.GELU_C2_HI).sub(t5);
        DoubleVector t7 = t2.mul(DoubleFormulas.GELU_C2_LO);
        DoubleVector t8 = FMA ? t4.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t7) : t4.mul(DoubleFormulas.GELU_C2_HI).add(t7);
        DoubleVector t9 = t6.add(t8);
        DoubleVector t10 = t5.add(1.0);
        DoubleVector t11 = t10.sub(1.0);
        DoubleVector t12 = t10.sub(t11);
        DoubleVector t13 = DoubleVector.broadcast(D, 1.0).sub(t12);
        DoubleVector t14 = t5.sub(t11);
        DoubleVector t15 = t13.add(t14);
        DoubleVector t16 = t15.add(t9);
        DoubleVector t17 = t1.mul(t10);
        DoubleVector t18 = t17.neg();
        DoubleVector t19 = FMA ? t1.fma(t10, t18) : t1.mul(t10).add(t18);
        DoubleVector t20 = t1.mul(t16);
        DoubleVector t21 = t19.add(t20);
        DoubleVector t22 = t17.mul(DoubleFormulas.GELU_C1_HI);
        DoubleVector t23 = FMA ? t17.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t22.neg()) : t17.mul(DoubleFormulas.GELU_C1_HI).sub(t22);
        DoubleVector t24 = t17.mul(DoubleFormulas.GELU_C1_LO);
        DoubleVector t25 = FMA ? t21.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t24) : t21.mul(DoubleFormulas.GELU_C1_HI).add(t24);
        DoubleVector t26 = t23.add(t25);
        DoubleVector t27 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t28 = t22.abs();
        DoubleVector t29 = t28.neg();
        DoubleVector t30 = t26.neg();
        DoubleVector t31 = t30.blend(t26, t22.compare(LT, 0.0));
        DoubleVector t32 = t29.blend(DoubleCores.EXP_MIN, t29.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t33 = t32.blend(DoubleCores.EXP_MAX, t32.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t34 = FMA ? t33.fma(LOG2E, SHIFT) : t33.mul(LOG2E).add(SHIFT);
        DoubleVector t35 = t34.sub(SHIFT);
        DoubleVector t36 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_HI), t33) : t35.mul(-LN2_HI).add(t33);
        DoubleVector t37 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_LO), t36) : t35.mul(-LN2_LO).add(t36);
        DoubleVector t38 = FMA ? t37.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t37.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t39 = FMA ? t38.fma(t37, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t38.mul(t37).add(2.505210838544172e-08);
        DoubleVector t40 = FMA ? t39.fma(t37, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t39.mul(t37).add(2.755731922398589e-07);
        DoubleVector t41 = FMA ? t40.fma(t37, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t40.mul(t37).add(2.7557319223985893e-06);
        DoubleVector t42 = FMA ? t41.fma(t37, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t41.mul(t37).add(2.48015873015873e-05);
        DoubleVector t43 = FMA ? t42.fma(t37, DoubleVector.broadcast(D, 0.0001984126984126984)) : t42.mul(t37).add(0.0001984126984126984);
        DoubleVector t44 = FMA ? t43.fma(t37, DoubleVector.broadcast(D, 0.001388888888888889)) : t43.mul(t37).add(0.001388888888888889);
        DoubleVector t45 = FMA ? t44.fma(t37, DoubleVector.broadcast(D, 0.008333333333333333)) : t44.mul(t37).add(0.008333333333333333);
        DoubleVector t46 = FMA ? t45.fma(t37, DoubleVector.broadcast(D, 0.041666666666666664)) : t45.mul(t37).add(0.041666666666666664);
        DoubleVector t47 = FMA ? t46.fma(t37, DoubleVector.broadcast(D, 0.16666666666666666)) : t46.mul(t37).add(0.16666666666666666);
        DoubleVector t48 = FMA ? t47.fma(t37, DoubleVector.broadcast(D, 0.5)) : t47.mul(t37).add(0.5);
        DoubleVector t49 = FMA ? t48.fma(t37, DoubleVector.broadcast(D, 1.0)) : t48.mul(t37).add(1.0);
        DoubleVector t50 = t37.mul(t49);
        LongVector t51 = t34.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t52 = t51.lanewise(ASHR, 1);
        DoubleVector t53 = t52.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t54 = t51.sub(t52).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t55 = FMA ? t53.fma(t50, t53) : t53.mul(t50).add(t53);
        DoubleVector t56 = t55.mul(t54);
        DoubleVector t57 = t53.sub(t55);
        DoubleVector t58 = FMA ? t53.fma(t50, t57) : t53.mul(t50).add(t57);
        DoubleVector t59 = t58.mul(t54);
        DoubleVector t60 = FMA ? t56.fma(t31, t59) : t56.mul(t31).add(t59);
        DoubleVector t61 = t56.add(1.0);
        DoubleVector t62 = DoubleVector.broadcast(D, 1.0).sub(t61);
        DoubleVector t63 = t62.add(t56);
        DoubleVector t64 = t63.add(t60);
        DoubleVector t65 = DoubleVector.broadcast(D, 1.0).div(t61);
        DoubleVector t66 = ONE.blend(t56, t22.compare(LT, 0.0));
        DoubleVector t67 = ZERO.blend(t60, t22.compare(LT, 0.0));
        DoubleVector t68 = t66.mul(t65);
        DoubleVector t69 = t68.neg();
        DoubleVector t70 = FMA ? t69.fma(t61, t66) : t69.mul(t61).add(t66);
        DoubleVector t71 = t70.add(t67);
        DoubleVector t72 = FMA ? t69.fma(t64, t71) : t69.mul(t64).add(t71);
        DoubleVector t73 = FMA ? t72.fma(t65, t68) : t72.mul(t65).add(t68);
        DoubleVector t74 = ONE.blend(t56, t22.compare(LT, 0.0).not());
        DoubleVector t75 = ZERO.blend(t60, t22.compare(LT, 0.0).not());
        DoubleVector t76 = t74.mul(t65);
        DoubleVector t77 = t76.neg();
        DoubleVector t78 = FMA ? t77.fma(t61, t74) : t77.mul(t61).add(t74);
        DoubleVector t79 = t78.add(t75);
        DoubleVector t80 = FMA ? t77.fma(t64, t79) : t77.mul(t64).add(t79);
        DoubleVector t81 = FMA ? t80.fma(t65, t76) : t80.mul(t65).add(t76);
        DoubleVector t82 = t27.mul(t73);
        DoubleVector t83 = t22.blend(DoubleCores.TAIL_MIN, t22.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t84 = t83.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t85 = t84.sub(t83);
        DoubleVector t86 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t85);
        DoubleVector t87 = t86.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t88 = t87.add(t26);
        DoubleVector t89 = t84.blend(DoubleCores.EXP_MIN, t84.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t90 = t89.blend(DoubleCores.EXP_MAX, t89.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t91 = FMA ? t90.fma(LOG2E, SHIFT) : t90.mul(LOG2E).add(SHIFT);
        DoubleVector t92 = t91.sub(SHIFT);
        DoubleVector t93 = FMA ? t92.fma(DoubleVector.broadcast(D, -LN2_HI), t90) : t92.mul(-LN2_HI).add(t90);
        DoubleVector t94 = FMA ? t92.fma(DoubleVector.broadcast(D, -LN2_LO), t93) : t92.mul(-LN2_LO).add(t93);
        DoubleVector t95 = FMA ? t94.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t94.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t96 = FMA ? t95.fma(t94, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t95.mul(t94).add(2.505210838544172e-08);
        DoubleVector t97 = FMA ? t96.fma(t94, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t96.mul(t94).add(2.755731922398589e-07);
        DoubleVector t98 = FMA ? t97.fma(t94, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t97.mul(t94).add(2.7557319223985893e-06);
        DoubleVector t99 = FMA ? t98.fma(t94, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t98.mul(t94).add(2.48015873015873e-05);
        DoubleVector t100 = FMA ? t99.fma(t94, DoubleVector.broadcast(D, 0.0001984126984126984)) : t99.mul(t94).add(0.0001984126984126984);
        DoubleVector t101 = FMA ? t100.fma(t94, DoubleVector.broadcast(D, 0.001388888888888889)) : t100.mul(t94).add(0.001388888888888889);
        DoubleVector t102 = FMA ? t101.fma(t94, DoubleVector.broadcast(D, 0.008333333333333333)) : t101.mul(t94).add(0.008333333333333333);
        DoubleVector t103 = FMA ? t102.fma(t94, DoubleVector.broadcast(D, 0.041666666666666664)) : t102.mul(t94).add(0.041666666666666664);
        DoubleVector t104 = FMA ? t103.fma(t94, DoubleVector.broadcast(D, 0.16666666666666666)) : t103.mul(t94).add(0.16666666666666666);
        DoubleVector t105 = FMA ? t104.fma(t94, DoubleVector.broadcast(D, 0.5)) : t104.mul(t94).add(0.5);
        DoubleVector t106 = FMA ? t105.fma(t94, DoubleVector.broadcast(D, 1.0)) : t105.mul(t94).add(1.0);
        DoubleVector t107 = t94.mul(t106);
        LongVector t108 = t91.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t109 = t108.lanewise(ASHR, 1);
        DoubleVector t110 = t109.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t111 = t108.sub(t109).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t112 = FMA ? t110.fma(t107, t110) : t110.mul(t107).add(t110);
        DoubleVector t113 = t112.mul(t111);
        DoubleVector t114 = t110.sub(t112);
        DoubleVector t115 = FMA ? t110.fma(t107, t114) : t110.mul(t107).add(t114);
        DoubleVector t116 = t115.mul(t111);
        DoubleVector t117 = FMA ? t113.fma(t88, t116) : t113.mul(t88).add(t116);
        DoubleVector t118 = t27.mul(t117);
        DoubleVector t119 = FMA ? t27.fma(t113, t118) : t27.mul(t113).add(t118);
        DoubleVector t120 = t119.mul(0x1p-512);
        DoubleVector t121 = t120.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t27.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t122 = t82.blend(t121, t22.compare(LT, DoubleCores.TAIL));
        t122.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.geluTanh(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-DoubleFormulas.GELU_HUGE, v.compare(LT, -DoubleFormulas.GELU_HUGE));
        DoubleVector t1 = t0.blend(DoubleFormulas.GELU_HUGE, t0.compare(GT, DoubleFormulas.GELU_HUGE));
        DoubleVector t2 = t1.mul(t1);
        DoubleVector t3 = t2.neg();
        DoubleVector t4 = FMA ? t1.fma(t1, t3) : t1.mul(t1).add(t3);
        DoubleVector t5 = t2.mul(DoubleFormulas.GELU_C2_HI);
        DoubleVector t6 = FMA ? t2.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t5.neg()) : t2.mul(DoubleFormulas.GELU_C2_HI).sub(t5);
        DoubleVector t7 = t2.mul(DoubleFormulas.GELU_C2_LO);
        DoubleVector t8 = FMA ? t4.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C2_HI), t7) : t4.mul(DoubleFormulas.GELU_C2_HI).add(t7);
        DoubleVector t9 = t6.add(t8);
        DoubleVector t10 = t5.add(1.0);
        DoubleVector t11 = t10.sub(1.0);
        DoubleVector t12 = t10.sub(t11);
        DoubleVector t13 = DoubleVector.broadcast(D, 1.0).sub(t12);
        DoubleVector t14 = t5.sub(t11);
        DoubleVector t15 = t13.add(t14);
        DoubleVector t16 = t15.add(t9);
        DoubleVector t17 = t1.mul(t10);
        DoubleVector t18 = t17.neg();
        DoubleVector t19 = FMA ? t1.fma(t10, t18) : t1.mul(t10).add(t18);
        DoubleVector t20 = t1.mul(t16);
        DoubleVector t21 = t19.add(t20);
        DoubleVector t22 = t17.mul(DoubleFormulas.GELU_C1_HI);
        DoubleVector t23 = FMA ? t17.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t22.neg()) : t17.mul(DoubleFormulas.GELU_C1_HI).sub(t22);
        DoubleVector t24 = t17.mul(DoubleFormulas.GELU_C1_LO);
        DoubleVector t25 = FMA ? t21.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI), t24) : t21.mul(DoubleFormulas.GELU_C1_HI).add(t24);
        DoubleVector t26 = t23.add(t25);
        DoubleVector t27 = t1.mul(t1);
        DoubleVector t28 = t27.neg();
        DoubleVector t29 = FMA ? t1.fma(t1, t28) : t1.mul(t1).add(t28);
        DoubleVector t30 = FMA ? t27.fma(DoubleFormulas.GELU_C3, DoubleFormulas.GELU_C1_HI) : t27.mul(DoubleFormulas.GELU_C3).add(DoubleFormulas.GELU_C1_HI);
        DoubleVector t31 = DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_HI).sub(t30);
        DoubleVector t32 = FMA ? t27.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C3), t31) : t27.mul(DoubleFormulas.GELU_C3).add(t31);
        DoubleVector t33 = t27.mul(DoubleFormulas.GELU_C3_LO);
        DoubleVector t34 = FMA ? t29.fma(DoubleVector.broadcast(D, DoubleFormulas.GELU_C3), t33) : t29.mul(DoubleFormulas.GELU_C3).add(t33);
        DoubleVector t35 = DoubleVector.broadcast(D, DoubleFormulas.GELU_C1_LO).add(t34);
        DoubleVector t36 = t32.add(t35);
        DoubleVector t37 = t1.mul(t30);
        DoubleVector t38 = t37.neg();
        DoubleVector t39 = FMA ? t1.fma(t30, t38) : t1.mul(t30).add(t38);
        DoubleVector t40 = t1.mul(t36);
        DoubleVector t41 = t39.add(t40);
        DoubleVector t42 = t22.abs();
        DoubleVector t43 = t42.neg();
        DoubleVector t44 = t26.neg();
        DoubleVector t45 = t44.blend(t26, t22.compare(LT, 0.0));
        DoubleVector t46 = t43.blend(DoubleCores.EXP_MIN, t43.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t47 = t46.blend(DoubleCores.EXP_MAX, t46.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t48 = FMA ? t47.fma(LOG2E, SHIFT) : t47.mul(LOG2E).add(SHIFT);
        DoubleVector t49 = t48.sub(SHIFT);
        DoubleVector t50 = FMA ? t49.fma(DoubleVector.broadcast(D, -LN2_HI), t47) : t49.mul(-LN2_HI).add(t47);
        DoubleVector t51 = FMA ? t49.fma(DoubleVector.broadcast(D, -LN2_LO), t50) : t49.mul(-LN2_LO).add(t50);
        DoubleVector t52 = FMA ? t51.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t51.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t53 = FMA ? t52.fma(t51, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t52.mul(t51).add(2.505210838544172e-08);
        DoubleVector t54 = FMA ? t53.fma(t51, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t53.mul(t51).add(2.755731922398589e-07);
        DoubleVector t55 = FMA ? t54.fma(t51, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t54.mul(t51).add(2.7557319223985893e-06);
        DoubleVector t56 = FMA ? t55.fma(t51, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t55.mul(t51).add(2.48015873015873e-05);
        DoubleVector t57 = FMA ? t56.fma(t51, DoubleVector.broadcast(D, 0.0001984126984126984)) : t56.mul(t51).add(0.0001984126984126984);
        DoubleVector t58 = FMA ? t57.fma(t51, DoubleVector.broadcast(D, 0.001388888888888889)) : t57.mul(t51).add(0.001388888888888889);
        DoubleVector t59 = FMA ? t58.fma(t51, DoubleVector.broadcast(D, 0.008333333333333333)) : t58.mul(t51).add(0.008333333333333333);
        DoubleVector t60 = FMA ? t59.fma(t51, DoubleVector.broadcast(D, 0.041666666666666664)) : t59.mul(t51).add(0.041666666666666664);
        DoubleVector t61 = FMA ? t60.fma(t51, DoubleVector.broadcast(D, 0.16666666666666666)) : t60.mul(t51).add(0.16666666666666666);
        DoubleVector t62 = FMA ? t61.fma(t51, DoubleVector.broadcast(D, 0.5)) : t61.mul(t51).add(0.5);
        DoubleVector t63 = FMA ? t62.fma(t51, DoubleVector.broadcast(D, 1.0)) : t62.mul(t51).add(1.0);
        DoubleVector t64 = t51.mul(t63);
        LongVector t65 = t48.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t66 = t65.lanewise(ASHR, 1);
        DoubleVector t67 = t66.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t68 = t65.sub(t66).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t69 = FMA ? t67.fma(t64, t67) : t67.mul(t64).add(t67);
        DoubleVector t70 = t69.mul(t68);
        DoubleVector t71 = t67.sub(t69);
        DoubleVector t72 = FMA ? t67.fma(t64, t71) : t67.mul(t64).add(t71);
        DoubleVector t73 = t72.mul(t68);
        DoubleVector t74 = FMA ? t70.fma(t45, t73) : t70.mul(t45).add(t73);
        DoubleVector t75 = t70.add(1.0);
        DoubleVector t76 = DoubleVector.broadcast(D, 1.0).sub(t75);
        DoubleVector t77 = t76.add(t70);
        DoubleVector t78 = t77.add(t74);
        DoubleVector t79 = DoubleVector.broadcast(D, 1.0).div(t75);
        DoubleVector t80 = ONE.blend(t70, t22.compare(LT, 0.0));
        DoubleVector t81 = ZERO.blend(t74, t22.compare(LT, 0.0));
        DoubleVector t82 = t80.mul(t79);
        DoubleVector t83 = t82.neg();
        DoubleVector t84 = FMA ? t83.fma(t75, t80) : t83.mul(t75).add(t80);
        DoubleVector t85 = t84.add(t81);
        DoubleVector t86 = FMA ? t83.fma(t78, t85) : t83.mul(t78).add(t85);
        DoubleVector t87 = FMA ? t86.fma(t79, t82) : t86.mul(t79).add(t82);
        DoubleVector t88 = ONE.blend(t70, t22.compare(LT, 0.0).not());
        DoubleVector t89 = ZERO.blend(t74, t22.compare(LT, 0.0).not());
        DoubleVector t90 = t88.mul(t79);
        DoubleVector t91 = t90.neg();
        DoubleVector t92 = FMA ? t91.fma(t75, t88) : t91.mul(t75).add(t88);
        DoubleVector t93 = t92.add(t89);
        DoubleVector t94 = FMA ? t91.fma(t78, t93) : t91.mul(t78).add(t93);
        DoubleVector t95 = FMA ? t94.fma(t79, t90) : t94.mul(t79).add(t90);
        DoubleVector t96 = t37.mul(t87);
        DoubleVector t97 = t96.neg();
        DoubleVector t98 = FMA ? t37.fma(t87, t97) : t37.mul(t87).add(t97);
        DoubleVector t99 = t41.mul(t87);
        DoubleVector t100 = t98.add(t99);
        DoubleVector t101 = FMA ? t100.fma(t95, t87) : t100.mul(t95).add(t87);
        DoubleVector t102 = FMA ? t96.fma(t95, t101) : t96.mul(t95).add(t101);
        DoubleVector t103 = t37.add(1.0);
        DoubleVector t104 = t22.blend(DoubleCores.TAIL_MIN, t22.compare(LT, DoubleCores.TAIL_MIN));
        DoubleVector t105 = t104.add(DoubleCores.TAIL_SHIFT_HI);
        DoubleVector t106 = t105.sub(t104);
        DoubleVector t107 = DoubleVector.broadcast(D, DoubleCores.TAIL_SHIFT_HI).sub(t106);
        DoubleVector t108 = t107.add(DoubleCores.TAIL_SHIFT_LO);
        DoubleVector t109 = t108.add(t26);
        DoubleVector t110 = t105.blend(DoubleCores.EXP_MIN, t105.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t111 = t110.blend(DoubleCores.EXP_MAX, t110.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t112 = FMA ? t111.fma(LOG2E, SHIFT) : t111.mul(LOG2E).add(SHIFT);
        DoubleVector t113 = t112.sub(SHIFT);
        DoubleVector t114 = FMA ? t113.fma(DoubleVector.broadcast(D, -LN2_HI), t111) : t113.mul(-LN2_HI).add(t111);
        DoubleVector t115 = FMA ? t113.fma(DoubleVector.broadcast(D, -LN2_LO), t114) : t113.mul(-LN2_LO).add(t114);
        DoubleVector t116 = FMA ? t115.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t115.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t117 = FMA ? t116.fma(t115, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t116.mul(t115).add(2.505210838544172e-08);
        DoubleVector t118 = FMA ? t117.fma(t115, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t117.mul(t115).add(2.755731922398589e-07);
        DoubleVector t119 = FMA ? t118.fma(t115, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t118.mul(t115).add(2.7557319223985893e-06);
        DoubleVector t120 = FMA ? t119.fma(t115, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t119.mul(t115).add(2.48015873015873e-05);
        DoubleVector t121 = FMA ? t120.fma(t115, DoubleVector.broadcast(D, 0.0001984126984126984)) : t120.mul(t115).add(0.0001984126984126984);
        DoubleVector t122 = FMA ? t121.fma(t115, DoubleVector.broadcast(D, 0.001388888888888889)) : t121.mul(t115).add(0.001388888888888889);
        DoubleVector t123 = FMA ? t122.fma(t115, DoubleVector.broadcast(D, 0.008333333333333333)) : t122.mul(t115).add(0.008333333333333333);
        DoubleVector t124 = FMA ? t123.fma(t115, DoubleVector.broadcast(D, 0.041666666666666664)) : t123.mul(t115).add(0.041666666666666664);
        DoubleVector t125 = FMA ? t124.fma(t115, DoubleVector.broadcast(D, 0.16666666666666666)) : t124.mul(t115).add(0.16666666666666666);
        DoubleVector t126 = FMA ? t125.fma(t115, DoubleVector.broadcast(D, 0.5)) : t125.mul(t115).add(0.5);
        DoubleVector t127 = FMA ? t126.fma(t115, DoubleVector.broadcast(D, 1.0)) : t126.mul(t115).add(1.0);
        DoubleVector t128 = t115.mul(t127);
        LongVector t129 = t112.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t130 = t129.lanewise(ASHR, 1);
        DoubleVector t131 = t130.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t132 = t129.sub(t130).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t133 = FMA ? t131.fma(t128, t131) : t131.mul(t128).add(t131);
        DoubleVector t134 = t133.mul(t132);
        DoubleVector t135 = t131.sub(t133);
        DoubleVector t136 = FMA ? t131.fma(t128, t135) : t131.mul(t128).add(t135);
        DoubleVector t137 = t136.mul(t132);
        DoubleVector t138 = FMA ? t134.fma(t109, t137) : t134.mul(t109).add(t137);
        DoubleVector t139 = t103.mul(t138);
        DoubleVector t140 = FMA ? t103.fma(t134, t139) : t103.mul(t134).add(t139);
        DoubleVector t141 = t140.mul(0x1p-512);
        DoubleVector t142 = t141.reinterpretAsLongs().and(~Long.MIN_VALUE).or(t103.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t143 = t102.blend(t142, t22.compare(LT, DoubleCores.TAIL));
        g.mul(t143).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b2 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a3 = a2.blend(DoubleCores.EXP_MAX, a2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b3 = b2.blend(DoubleCores.EXP_MAX, b2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a4 = FMA ? a3.fma(LOG2E, SHIFT) : a3.mul(LOG2E).add(SHIFT);
        DoubleVector b4 = FMA ? b3.fma(LOG2E, SHIFT) : b3.mul(LOG2E).add(SHIFT);
        DoubleVector a5 = a4.sub(SHIFT);
        DoubleVector b5 = b4.sub(SHIFT);
        DoubleVector a6 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_HI), a3) : a5.mul(-LN2_HI).add(a3);
        DoubleVector b6 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_HI), b3) : b5.mul(-LN2_HI).add(b3);
        DoubleVector a7 = FMA ? a5.fma(DoubleVector.broadcast(D, -LN2_LO), a6) : a5.mul(-LN2_LO).add(a6);
        DoubleVector b7 = FMA ? b5.fma(DoubleVector.broadcast(D, -LN2_LO), b6) : b5.mul(-LN2_LO).add(b6);
        DoubleVector a8 = FMA ? a7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b8 = FMA ? b7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a9 = FMA ? a8.fma(a7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a8.mul(a7).add(2.505210838544172e-08);
        DoubleVector b9 = FMA ? b8.fma(b7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b8.mul(b7).add(2.505210838544172e-08);
        DoubleVector a10 = FMA ? a9.fma(a7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a9.mul(a7).add(2.755731922398589e-07);
        DoubleVector b10 = FMA ? b9.fma(b7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b9.mul(b7).add(2.755731922398589e-07);
        DoubleVector a11 = FMA ? a10.fma(a7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a10.mul(a7).add(2.7557319223985893e-06);
        DoubleVector b11 = FMA ? b10.fma(b7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b10.mul(b7).add(2.7557319223985893e-06);
        DoubleVector a12 = FMA ? a11.fma(a7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a11.mul(a7).add(2.48015873015873e-05);
        DoubleVector b12 = FMA ? b11.fma(b7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b11.mul(b7).add(2.48015873015873e-05);
        DoubleVector a13 = FMA ? a12.fma(a7, DoubleVector.broadcast(D, 0.0001984126984126984)) : a12.mul(a7).add(0.0001984126984126984);
        DoubleVector b13 = FMA ? b12.fma(b7, DoubleVector.broadcast(D, 0.0001984126984126984)) : b12.mul(b7).add(0.0001984126984126984);
        DoubleVector a14 = FMA ? a13.fma(a7, DoubleVector.broadcast(D, 0.001388888888888889)) : a13.mul(a7).add(0.001388888888888889);
        DoubleVector b14 = FMA ? b13.fma(b7, DoubleVector.broadcast(D, 0.001388888888888889)) : b13.mul(b7).add(0.001388888888888889);
        DoubleVector a15 = FMA ? a14.fma(a7, DoubleVector.broadcast(D, 0.008333333333333333)) : a14.mul(a7).add(0.008333333333333333);
        DoubleVector b15 = FMA ? b14.fma(b7, DoubleVector.broadcast(D, 0.008333333333333333)) : b14.mul(b7).add(0.008333333333333333);
        DoubleVector a16 = FMA ? a15.fma(a7, DoubleVector.broadcast(D, 0.041666666666666664)) : a15.mul(a7).add(0.041666666666666664);
        DoubleVector b16 = FMA ? b15.fma(b7, DoubleVector.broadcast(D, 0.041666666666666664)) : b15.mul(b7).add(0.041666666666666664);
        DoubleVector a17 = FMA ? a16.fma(a7, DoubleVector.broadcast(D, 0.16666666666666666)) : a16.mul(a7).add(0.16666666666666666);
        DoubleVector b17 = FMA ? b16.fma(b7, DoubleVector.broadcast(D, 0.16666666666666666)) : b16.mul(b7).add(0.16666666666666666);
        DoubleVector a18 = FMA ? a17.fma(a7, DoubleVector.broadcast(D, 0.5)) : a17.mul(a7).add(0.5);
        DoubleVector b18 = FMA ? b17.fma(b7, DoubleVector.broadcast(D, 0.5)) : b17.mul(b7).add(0.5);
        DoubleVector a19 = FMA ? a18.fma(a7, DoubleVector.broadcast(D, 1.0)) : a18.mul(a7).add(1.0);
        DoubleVector b19 = FMA ? b18.fma(b7, DoubleVector.broadcast(D, 1.0)) : b18.mul(b7).add(1.0);
        DoubleVector a20 = a7.mul(a19);
        DoubleVector b20 = b7.mul(b19);
        LongVector a21 = a4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b21 = b4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a22 = a21.lanewise(ASHR, 1);
        LongVector b22 = b21.lanewise(ASHR, 1);
        DoubleVector a23 = a22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b23 = b22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a24 = a21.sub(a22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b24 = b21.sub(b22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a25 = FMA ? a23.fma(a20, a23) : a23.mul(a20).add(a23);
        DoubleVector b25 = FMA ? b23.fma(b20, b23) : b23.mul(b20).add(b23);
        DoubleVector a26 = a25.mul(a24);
        DoubleVector b26 = b25.mul(b24);
        DoubleVector a27 = a23.sub(a25);
        DoubleVector b27 = b23.sub(b25);
        DoubleVector a28 = FMA ? a23.fma(a20, a27) : a23.mul(a20).add(a27);
        DoubleVector b28 = FMA ? b23.fma(b20, b27) : b23.mul(b20).add(b27);
        DoubleVector a29 = a28.mul(a24);
        DoubleVector b29 = b28.mul(b24);
        DoubleVector a30 = FMA ? a26.fma(ZERO, a29) : a26.mul(ZERO).add(a29);
        DoubleVector b30 = FMA ? b26.fma(ZERO, b29) : b26.mul(ZERO).add(b29);
        DoubleVector a31 = va.neg();
        DoubleVector b31 = vb.neg();
        DoubleVector a32 = a31.blend(0.0, a31.compare(LT, 0.0));
        DoubleVector b32 = b31.blend(0.0, b31.compare(LT, 0.0));
        DoubleVector a33 = a26.add(1.0);
        DoubleVector b33 = b26.add(1.0);
        DoubleVector a34 = a33.sub(1.0);
        DoubleVector b34 = b33.sub(1.0);
        DoubleVector a35 = a26.sub(a34);
        DoubleVector b35 = b26.sub(b34);
        DoubleVector a36 = a35.add(a30);
        DoubleVector b36 = b35.add(b30);
        DoubleVector a37 = a36.div(a33);
        DoubleVector b37 = b36.div(b33);
        LongVector a38 = a33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        LongVector b38 = b33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector a39 = a38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector b39 = b38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector a40 = a38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector b40 = b38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector a41 = a40.sub(1.0);
        DoubleVector b41 = b40.sub(1.0);
        DoubleVector a42 = a41.add(2.0);
        DoubleVector b42 = b41.add(2.0);
        DoubleVector a43 = DoubleVector.broadcast(D, 2.0).sub(a42);
        DoubleVector b43 = DoubleVector.broadcast(D, 2.0).sub(b42);
        DoubleVector a44 = a43.add(a41);
        DoubleVector b44 = b43.add(b41);
        DoubleVector a45 = a41.div(a42);
        DoubleVector b45 = b41.div(b42);
        DoubleVector a46 = a45.neg();
        DoubleVector b46 = b45.neg();
        DoubleVector a47 = FMA ? a46.fma(a42, a41) : a46.mul(a42).add(a41);
        DoubleVector b47 = FMA ? b46.fma(b42, b41) : b46.mul(b42).add(b41);
        DoubleVector a48 = FMA ? a46.fma(a44, a47) : a46.mul(a44).add(a47);
        DoubleVector b48 = FMA ? b46.fma(b44, b47) : b46.mul(b44).add(b47);
        DoubleVector a49 = a48.div(a42);
        DoubleVector b49 = b48.div(b42);
        DoubleVector a50 = a45.mul(a45);
        DoubleVector b50 = b45.mul(b45);
        DoubleVector a51 = FMA ? a50.fma(0.09523809523809523, 0.10526315789473684) : a50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector b51 = FMA ? b50.fma(0.09523809523809523, 0.10526315789473684) : b50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector a52 = FMA ? a51.fma(a50, DoubleVector.broadcast(D, 0.11764705882352941)) : a51.mul(a50).add(0.11764705882352941);
        DoubleVector b52 = FMA ? b51.fma(b50, DoubleVector.broadcast(D, 0.11764705882352941)) : b51.mul(b50).add(0.11764705882352941);
        DoubleVector a53 = FMA ? a52.fma(a50, DoubleVector.broadcast(D, 0.13333333333333333)) : a52.mul(a50).add(0.13333333333333333);
        DoubleVector b53 = FMA ? b52.fma(b50, DoubleVector.broadcast(D, 0.13333333333333333)) : b52.mul(b50).add(0.13333333333333333);
        DoubleVector a54 = FMA ? a53.fma(a50, DoubleVector.broadcast(D, 0.15384615384615385)) : a53.mul(a50).add(0.15384615384615385);
        DoubleVector b54 = FMA ? b53.fma(b50, DoubleVector.broadcast(D, 0.15384615384615385)) : b53.mul(b50).add(0.15384615384615385);
        DoubleVector a55 = FMA ? a54.fma(a50, DoubleVector.broadcast(D, 0.18181818181818182)) : a54.mul(a50).add(0.18181818181818182);
        DoubleVector b55 = FMA ? b54.fma(b50, DoubleVector.broadcast(D, 0.18181818181818182)) : b54.mul(b50).add(0.18181818181818182);
        DoubleVector a56 = FMA ? a55.fma(a50, DoubleVector.broadcast(D, 0.2222222222222222)) : a55.mul(a50).add(0.2222222222222222);
        DoubleVector b56 = FMA ? b55.fma(b50, DoubleVector.broadcast(D, 0.2222222222222222)) : b55.mul(b50).add(0.2222222222222222);
        DoubleVector a57 = FMA ? a56.fma(a50, DoubleVector.broadcast(D, 0.2857142857142857)) : a56.mul(a50).add(0.2857142857142857);
        DoubleVector b57 = FMA ? b56.fma(b50, DoubleVector.broadcast(D, 0.2857142857142857)) : b56.mul(b50).add(0.2857142857142857);
        DoubleVector a58 = FMA ? a57.fma(a50, DoubleVector.broadcast(D, 0.4)) : a57.mul(a50).add(0.4);
        DoubleVector b58 = FMA ? b57.fma(b50, DoubleVector.broadcast(D, 0.4)) : b57.mul(b50).add(0.4);
        DoubleVector a59 = FMA ? a58.fma(a50, DoubleVector.broadcast(D, 0.6666666666666666)) : a58.mul(a50).add(0.6666666666666666);
        DoubleVector b59 = FMA ? b58.fma(b50, DoubleVector.broadcast(D, 0.6666666666666666)) : b58.mul(b50).add(0.6666666666666666);
        DoubleVector a60 = a50.mul(a59);
        DoubleVector b60 = b50.mul(b59);
        DoubleVector a61 = FMA ? a45.fma(a60, a37) : a45.mul(a60).add(a37);
        DoubleVector b61 = FMA ? b45.fma(b60, b37) : b45.mul(b60).add(b37);
        DoubleVector a62 = a45.mul(2.0);
        DoubleVector b62 = b45.mul(2.0);
        DoubleVector a63 = FMA ? a49.fma(DoubleVector.broadcast(D, 2.0), a61) : a49.mul(2.0).add(a61);
        DoubleVector b63 = FMA ? b49.fma(DoubleVector.broadcast(D, 2.0), b61) : b49.mul(2.0).add(b61);
        DoubleVector a64 = a62.add(a63);
        DoubleVector b64 = b62.add(b63);
        DoubleVector a65 = FMA ? a39.fma(DoubleVector.broadcast(D, LN2_LO), a64) : a39.mul(LN2_LO).add(a64);
        DoubleVector b65 = FMA ? b39.fma(DoubleVector.broadcast(D, LN2_LO), b64) : b39.mul(LN2_LO).add(b64);
        DoubleVector a66 = FMA ? a39.fma(DoubleVector.broadcast(D, LN2_HI), a65) : a39.mul(LN2_HI).add(a65);
        DoubleVector b66 = FMA ? b39.fma(DoubleVector.broadcast(D, LN2_HI), b65) : b39.mul(LN2_HI).add(b65);
        DoubleVector a67 = a32.add(a66);
        DoubleVector b67 = b32.add(b66);
        DoubleVector a68 = a67.neg();
        DoubleVector b68 = b67.neg();
        a68.intoArray(y, yo + i);
        b68.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t3 = t2.blend(DoubleCores.EXP_MAX, t2.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t4 = FMA ? t3.fma(LOG2E, SHIFT) : t3.mul(LOG2E).add(SHIFT);
        DoubleVector t5 = t4.sub(SHIFT);
        DoubleVector t6 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_HI), t3) : t5.mul(-LN2_HI).add(t3);
        DoubleVector t7 = FMA ? t5.fma(DoubleVector.broadcast(D, -LN2_LO), t6) : t5.mul(-LN2_LO).add(t6);
        DoubleVector t8 = FMA ? t7.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t7.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t9 = FMA ? t8.fma(t7, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t8.mul(t7).add(2.505210838544172e-08);
        DoubleVector t10 = FMA ? t9.fma(t7, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t9.mul(t7).add(2.755731922398589e-07);
        DoubleVector t11 = FMA ? t10.fma(t7, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t10.mul(t7).add(2.7557319223985893e-06);
        DoubleVector t12 = FMA ? t11.fma(t7, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t11.mul(t7).add(2.48015873015873e-05);
        DoubleVector t13 = FMA ? t12.fma(t7, DoubleVector.broadcast(D, 0.0001984126984126984)) : t12.mul(t7).add(0.0001984126984126984);
        DoubleVector t14 = FMA ? t13.fma(t7, DoubleVector.broadcast(D, 0.001388888888888889)) : t13.mul(t7).add(0.001388888888888889);
        DoubleVector t15 = FMA ? t14.fma(t7, DoubleVector.broadcast(D, 0.008333333333333333)) : t14.mul(t7).add(0.008333333333333333);
        DoubleVector t16 = FMA ? t15.fma(t7, DoubleVector.broadcast(D, 0.041666666666666664)) : t15.mul(t7).add(0.041666666666666664);
        DoubleVector t17 = FMA ? t16.fma(t7, DoubleVector.broadcast(D, 0.16666666666666666)) : t16.mul(t7).add(0.16666666666666666);
        DoubleVector t18 = FMA ? t17.fma(t7, DoubleVector.broadcast(D, 0.5)) : t17.mul(t7).add(0.5);
        DoubleVector t19 = FMA ? t18.fma(t7, DoubleVector.broadcast(D, 1.0)) : t18.mul(t7).add(1.0);
        DoubleVector t20 = t7.mul(t19);
        LongVector t21 = t4.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t22 = t21.lanewise(ASHR, 1);
        DoubleVector t23 = t22.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t24 = t21.sub(t22).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t25 = FMA ? t23.fma(t20, t23) : t23.mul(t20).add(t23);
        DoubleVector t26 = t25.mul(t24);
        DoubleVector t27 = t23.sub(t25);
        DoubleVector t28 = FMA ? t23.fma(t20, t27) : t23.mul(t20).add(t27);
        DoubleVector t29 = t28.mul(t24);
        DoubleVector t30 = FMA ? t26.fma(ZERO, t29) : t26.mul(ZERO).add(t29);
        DoubleVector t31 = v.neg();
        DoubleVector t32 = t31.blend(0.0, t31.compare(LT, 0.0));
        DoubleVector t33 = t26.add(1.0);
        DoubleVector t34 = t33.sub(1.0);
        DoubleVector t35 = t26.sub(t34);
        DoubleVector t36 = t35.add(t30);
        DoubleVector t37 = t36.div(t33);
        LongVector t38 = t33.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS);
        DoubleVector t39 = t38.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023);
        DoubleVector t40 = t38.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles();
        DoubleVector t41 = t40.sub(1.0);
        DoubleVector t42 = t41.add(2.0);
        DoubleVector t43 = DoubleVector.broadcast(D, 2.0).sub(t42);
        DoubleVector t44 = t43.add(t41);
        DoubleVector t45 = t41.div(t42);
        DoubleVector t46 = t45.neg();
        DoubleVector t47 = FMA ? t46.fma(t42, t41) : t46.mul(t42).add(t41);
        DoubleVector t48 = FMA ? t46.fma(t44, t47) : t46.mul(t44).add(t47);
        DoubleVector t49 = t48.div(t42);
        DoubleVector t50 = t45.mul(t45);
        DoubleVector t51 = FMA ? t50.fma(0.09523809523809523, 0.10526315789473684) : t50.mul(0.09523809523809523).add(0.10526315789473684);
        DoubleVector t52 = FMA ? t51.fma(t50, DoubleVector.broadcast(D, 0.11764705882352941)) : t51.mul(t50).add(0.11764705882352941);
        DoubleVector t53 = FMA ? t52.fma(t50, DoubleVector.broadcast(D, 0.13333333333333333)) : t52.mul(t50).add(0.13333333333333333);
        DoubleVector t54 = FMA ? t53.fma(t50, DoubleVector.broadcast(D, 0.15384615384615385)) : t53.mul(t50).add(0.15384615384615385);
        DoubleVector t55 = FMA ? t54.fma(t50, DoubleVector.broadcast(D, 0.18181818181818182)) : t54.mul(t50).add(0.18181818181818182);
        DoubleVector t56 = FMA ? t55.fma(t50, DoubleVector.broadcast(D, 0.2222222222222222)) : t55.mul(t50).add(0.2222222222222222);
        DoubleVector t57 = FMA ? t56.fma(t50, DoubleVector.broadcast(D, 0.2857142857142857)) : t56.mul(t50).add(0.2857142857142857);
        DoubleVector t58 = FMA ? t57.fma(t50, DoubleVector.broadcast(D, 0.4)) : t57.mul(t50).add(0.4);
        DoubleVector t59 = FMA ? t58.fma(t50, DoubleVector.broadcast(D, 0.6666666666666666)) : t58.mul(t50).add(0.6666666666666666);
        DoubleVector t60 = t50.mul(t59);
        DoubleVector t61 = FMA ? t45.fma(t60, t37) : t45.mul(t60).add(t37);
        DoubleVector t62 = t45.mul(2.0);
        DoubleVector t63 = FMA ? t49.fma(DoubleVector.broadcast(D, 2.0), t61) : t49.mul(2.0).add(t61);
        DoubleVector t64 = t62.add(t63);
        DoubleVector t65 = FMA ? t39.fma(DoubleVector.broadcast(D, LN2_LO), t64) : t39.mul(LN2_LO).add(t64);
        DoubleVector t66 = FMA ? t39.fma(DoubleVector.broadcast(D, LN2_HI), t65) : t39.mul(LN2_HI).add(t65);
        DoubleVector t67 = t32.add(t66);
        DoubleVector t68 = t67.neg();
        t68.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.logsigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = a0.neg();
        DoubleVector b1 = b0.neg();
        DoubleVector a2 = ZERO.neg();
        DoubleVector b2 = ZERO.neg();
        DoubleVector a3 = a2.blend(ZERO, va.compare(LT, 0.0));
        DoubleVector b3 = b2.blend(ZERO, vb.compare(LT, 0.0));
        DoubleVector a4 = a1.blend(DoubleCores.EXP_MIN, a1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b4 = b1.blend(DoubleCores.EXP_MIN, b1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a5 = a4.blend(DoubleCores.EXP_MAX, a4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b5 = b4.blend(DoubleCores.EXP_MAX, b4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a6 = FMA ? a5.fma(LOG2E, SHIFT) : a5.mul(LOG2E).add(SHIFT);
        DoubleVector b6 = FMA ? b5.fma(LOG2E, SHIFT) : b5.mul(LOG2E).add(SHIFT);
        DoubleVector a7 = a6.sub(SHIFT);
        DoubleVector b7 = b6.sub(SHIFT);
        DoubleVector a8 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_HI), a5) : a7.mul(-LN2_HI).add(a5);
        DoubleVector b8 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_HI), b5) : b7.mul(-LN2_HI).add(b5);
        DoubleVector a9 = FMA ? a7.fma(DoubleVector.broadcast(D, -LN2_LO), a8) : a7.mul(-LN2_LO).add(a8);
        DoubleVector b9 = FMA ? b7.fma(DoubleVector.broadcast(D, -LN2_LO), b8) : b7.mul(-LN2_LO).add(b8);
        DoubleVector a10 = FMA ? a9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b10 = FMA ? b9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a11 = FMA ? a10.fma(a9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a10.mul(a9).add(2.505210838544172e-08);
        DoubleVector b11 = FMA ? b10.fma(b9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b10.mul(b9).add(2.505210838544172e-08);
        DoubleVector a12 = FMA ? a11.fma(a9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a11.mul(a9).add(2.755731922398589e-07);
        DoubleVector b12 = FMA ? b11.fma(b9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b11.mul(b9).add(2.755731922398589e-07);
        DoubleVector a13 = FMA ? a12.fma(a9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a12.mul(a9).add(2.7557319223985893e-06);
        DoubleVector b13 = FMA ? b12.fma(b9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b12.mul(b9).add(2.7557319223985893e-06);
        DoubleVector a14 = FMA ? a13.fma(a9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a13.mul(a9).add(2.48015873015873e-05);
        DoubleVector b14 = FMA ? b13.fma(b9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b13.mul(b9).add(2.48015873015873e-05);
        DoubleVector a15 = FMA ? a14.fma(a9, DoubleVector.broadcast(D, 0.0001984126984126984)) : a14.mul(a9).add(0.0001984126984126984);
        DoubleVector b15 = FMA ? b14.fma(b9, DoubleVector.broadcast(D, 0.0001984126984126984)) : b14.mul(b9).add(0.0001984126984126984);
        DoubleVector a16 = FMA ? a15.fma(a9, DoubleVector.broadcast(D, 0.001388888888888889)) : a15.mul(a9).add(0.001388888888888889);
        DoubleVector b16 = FMA ? b15.fma(b9, DoubleVector.broadcast(D, 0.001388888888888889)) : b15.mul(b9).add(0.001388888888888889);
        DoubleVector a17 = FMA ? a16.fma(a9, DoubleVector.broadcast(D, 0.008333333333333333)) : a16.mul(a9).add(0.008333333333333333);
        DoubleVector b17 = FMA ? b16.fma(b9, DoubleVector.broadcast(D, 0.008333333333333333)) : b16.mul(b9).add(0.008333333333333333);
        DoubleVector a18 = FMA ? a17.fma(a9, DoubleVector.broadcast(D, 0.041666666666666664)) : a17.mul(a9).add(0.041666666666666664);
        DoubleVector b18 = FMA ? b17.fma(b9, DoubleVector.broadcast(D, 0.041666666666666664)) : b17.mul(b9).add(0.041666666666666664);
        DoubleVector a19 = FMA ? a18.fma(a9, DoubleVector.broadcast(D, 0.16666666666666666)) : a18.mul(a9).add(0.16666666666666666);
        DoubleVector b19 = FMA ? b18.fma(b9, DoubleVector.broadcast(D, 0.16666666666666666)) : b18.mul(b9).add(0.16666666666666666);
        DoubleVector a20 = FMA ? a19.fma(a9, DoubleVector.broadcast(D, 0.5)) : a19.mul(a9).add(0.5);
        DoubleVector b20 = FMA ? b19.fma(b9, DoubleVector.broadcast(D, 0.5)) : b19.mul(b9).add(0.5);
        DoubleVector a21 = FMA ? a20.fma(a9, DoubleVector.broadcast(D, 1.0)) : a20.mul(a9).add(1.0);
        DoubleVector b21 = FMA ? b20.fma(b9, DoubleVector.broadcast(D, 1.0)) : b20.mul(b9).add(1.0);
        DoubleVector a22 = a9.mul(a21);
        DoubleVector b22 = b9.mul(b21);
        LongVector a23 = a6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b23 = b6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a24 = a23.lanewise(ASHR, 1);
        LongVector b24 = b23.lanewise(ASHR, 1);
        DoubleVector a25 = a24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b25 = b24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a26 = a23.sub(a24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b26 = b23.sub(b24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a27 = FMA ? a25.fma(a22, a25) : a25.mul(a22).add(a25);
        DoubleVector b27 = FMA ? b25.fma(b22, b25) : b25.mul(b22).add(b25);
        DoubleVector a28 = a27.mul(a26);
        DoubleVector b28 = b27.mul(b26);
        DoubleVector a29 = a25.sub(a27);
        DoubleVector b29 = b25.sub(b27);
        DoubleVector a30 = FMA ? a25.fma(a22, a29) : a25.mul(a22).add(a29);
        DoubleVector b30 = FMA ? b25.fma(b22, b29) : b25.mul(b22).add(b29);
        DoubleVector a31 = a30.mul(a26);
        DoubleVector b31 = b30.mul(b26);
        DoubleVector a32 = FMA ? a28.fma(a3, a31) : a28.mul(a3).add(a31);
        DoubleVector b32 = FMA ? b28.fma(b3, b31) : b28.mul(b3).add(b31);
        DoubleVector a33 = a28.add(1.0);
        DoubleVector b33 = b28.add(1.0);
        DoubleVector a34 = DoubleVector.broadcast(D, 1.0).sub(a33);
        DoubleVector b34 = DoubleVector.broadcast(D, 1.0).sub(b33);
        DoubleVector a35 = a34.add(a28);
        DoubleVector b35 = b34.add(b28);
        DoubleVector a36 = a35.add(a32);
        DoubleVector b36 = b35.add(b32);
        DoubleVector a37 = DoubleVector.broadcast(D, 1.0).div(a33);
        DoubleVector b37 = DoubleVector.broadcast(D, 1.0).div(b33);
        DoubleVector a38 = ONE.blend(a28, va.compare(LT, 0.0));
        DoubleVector b38 = ONE.blend(b28, vb.compare(LT, 0.0));
        DoubleVector a39 = ZERO.blend(a32, va.compare(LT, 0.0));
        DoubleVector b39 = ZERO.blend(b32, vb.compare(LT, 0.0));
        DoubleVector a40 = a38.mul(a37);
        DoubleVector b40 = b38.mul(b37);
        DoubleVector a41 = a40.neg();
        DoubleVector b41 = b40.neg();
        DoubleVector a42 = FMA ? a41.fma(a33, a38) : a41.mul(a33).add(a38);
        DoubleVector b42 = FMA ? b41.fma(b33, b38) : b41.mul(b33).add(b38);
        DoubleVector a43 = a42.add(a39);
        DoubleVector b43 = b42.add(b39);
        DoubleVector a44 = FMA ? a41.fma(a36, a43) : a41.mul(a36).add(a43);
        DoubleVector b44 = FMA ? b41.fma(b36, b43) : b41.mul(b36).add(b43);
        DoubleVector a45 = FMA ? a44.fma(a37, a40) : a44.mul(a37).add(a40);
        DoubleVector b45 = FMA ? b44.fma(b37, b40) : b44.mul(b37).add(b40);
        DoubleVector a46 = ONE.blend(a28, va.compare(LT, 0.0).not());
        DoubleVector b46 = ONE.blend(b28, vb.compare(LT, 0.0).not());
        DoubleVector a47 = ZERO.blend(a32, va.compare(LT, 0.0).not());
        DoubleVector b47 = ZERO.blend(b32, vb.compare(LT, 0.0).not());
        DoubleVector a48 = a46.mul(a37);
        DoubleVector b48 = b46.mul(b37);
        DoubleVector a49 = a48.neg();
        DoubleVector b49 = b48.neg();
        DoubleVector a50 = FMA ? a49.fma(a33, a46) : a49.mul(a33).add(a46);
        DoubleVector b50 = FMA ? b49.fma(b33, b46) : b49.mul(b33).add(b46);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = FMA ? a49.fma(a36, a51) : a49.mul(a36).add(a51);
        DoubleVector b52 = FMA ? b49.fma(b36, b51) : b49.mul(b36).add(b51);
        DoubleVector a53 = FMA ? a52.fma(a37, a48) : a52.mul(a37).add(a48);
        DoubleVector b53 = FMA ? b52.fma(b37, b48) : b52.mul(b37).add(b48);
        ga.mul(a53).intoArray(dx, dxo + i);
        gb.mul(b53).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = t0.neg();
        DoubleVector t2 = ZERO.neg();
        DoubleVector t3 = t2.blend(ZERO, v.compare(LT, 0.0));
        DoubleVector t4 = t1.blend(DoubleCores.EXP_MIN, t1.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t5 = t4.blend(DoubleCores.EXP_MAX, t4.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t6 = FMA ? t5.fma(LOG2E, SHIFT) : t5.mul(LOG2E).add(SHIFT);
        DoubleVector t7 = t6.sub(SHIFT);
        DoubleVector t8 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_HI), t5) : t7.mul(-LN2_HI).add(t5);
        DoubleVector t9 = FMA ? t7.fma(DoubleVector.broadcast(D, -LN2_LO), t8) : t7.mul(-LN2_LO).add(t8);
        DoubleVector t10 = FMA ? t9.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t9.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t11 = FMA ? t10.fma(t9, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t10.mul(t9).add(2.505210838544172e-08);
        DoubleVector t12 = FMA ? t11.fma(t9, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t11.mul(t9).add(2.755731922398589e-07);
        DoubleVector t13 = FMA ? t12.fma(t9, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t12.mul(t9).add(2.7557319223985893e-06);
        DoubleVector t14 = FMA ? t13.fma(t9, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t13.mul(t9).add(2.48015873015873e-05);
        DoubleVector t15 = FMA ? t14.fma(t9, DoubleVector.broadcast(D, 0.0001984126984126984)) : t14.mul(t9).add(0.0001984126984126984);
        DoubleVector t16 = FMA ? t15.fma(t9, DoubleVector.broadcast(D, 0.001388888888888889)) : t15.mul(t9).add(0.001388888888888889);
        DoubleVector t17 = FMA ? t16.fma(t9, DoubleVector.broadcast(D, 0.008333333333333333)) : t16.mul(t9).add(0.008333333333333333);
        DoubleVector t18 = FMA ? t17.fma(t9, DoubleVector.broadcast(D, 0.041666666666666664)) : t17.mul(t9).add(0.041666666666666664);
        DoubleVector t19 = FMA ? t18.fma(t9, DoubleVector.broadcast(D, 0.16666666666666666)) : t18.mul(t9).add(0.16666666666666666);
        DoubleVector t20 = FMA ? t19.fma(t9, DoubleVector.broadcast(D, 0.5)) : t19.mul(t9).add(0.5);
        DoubleVector t21 = FMA ? t20.fma(t9, DoubleVector.broadcast(D, 1.0)) : t20.mul(t9).add(1.0);
        DoubleVector t22 = t9.mul(t21);
        LongVector t23 = t6.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t24 = t23.lanewise(ASHR, 1);
        DoubleVector t25 = t24.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t26 = t23.sub(t24).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t27 = FMA ? t25.fma(t22, t25) : t25.mul(t22).add(t25);
        DoubleVector t28 = t27.mul(t26);
        DoubleVector t29 = t25.sub(t27);
        DoubleVector t30 = FMA ? t25.fma(t22, t29) : t25.mul(t22).add(t29);
        DoubleVector t31 = t30.mul(t26);
        DoubleVector t32 = FMA ? t28.fma(t3, t31) : t28.mul(t3).add(t31);
        DoubleVector t33 = t28.add(1.0);
        DoubleVector t34 = DoubleVector.broadcast(D, 1.0).sub(t33);
        DoubleVector t35 = t34.add(t28);
        DoubleVector t36 = t35.add(t32);
        DoubleVector t37 = DoubleVector.broadcast(D, 1.0).div(t33);
        DoubleVector t38 = ONE.blend(t28, v.compare(LT, 0.0));
        DoubleVector t39 = ZERO.blend(t32, v.compare(LT, 0.0));
        DoubleVector t40 = t38.mul(t37);
        DoubleVector t41 = t40.neg();
        DoubleVector t42 = FMA ? t41.fma(t33, t38) : t41.mul(t33).add(t38);
        DoubleVector t43 = t42.add(t39);
        DoubleVector t44 = FMA ? t41.fma(t36, t43) : t41.mul(t36).add(t43);
        DoubleVector t45 = FMA ? t44.fma(t37, t40) : t44.mul(t37).add(t40);
        DoubleVector t46 = ONE.blend(t28, v.compare(LT, 0.0).not());
        DoubleVector t47 = ZERO.blend(t32, v.compare(LT, 0.0).not());
        DoubleVector t48 = t46.mul(t37);
        DoubleVector t49 = t48.neg();
        DoubleVector t50 = FMA ? t49.fma(t33, t46) : t49.mul(t33).add(t46);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = FMA ? t49.fma(t36, t51) : t49.mul(t36).add(t51);
        DoubleVector t53 = FMA ? t52.fma(t37, t48) : t52.mul(t37).add(t48);
        g.mul(t53).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = va.mul(va);
        DoubleVector b1 = vb.mul(vb);
        DoubleVector a2 = a1.neg();
        DoubleVector b2 = b1.neg();
        DoubleVector a3 = FMA ? va.fma(va, a2) : va.mul(va).add(a2);
        DoubleVector b3 = FMA ? vb.fma(vb, b2) : vb.mul(vb).add(b2);
        DoubleVector a4 = va.mul(a1);
        DoubleVector b4 = vb.mul(b1);
        DoubleVector a5 = a4.neg();
        DoubleVector b5 = b4.neg();
        DoubleVector a6 = FMA ? va.fma(a1, a5) : va.mul(a1).add(a5);
        DoubleVector b6 = FMA ? vb.fma(b1, b5) : vb.mul(b1).add(b5);
        DoubleVector a7 = va.mul(a3);
        DoubleVector b7 = vb.mul(b3);
        DoubleVector a8 = a6.add(a7);
        DoubleVector b8 = b6.add(b7);
        DoubleVector a9 = FMA ? a1.fma(2.5155023659382105e-08, -2.6330772232959337e-07) : a1.mul(2.5155023659382105e-08).add(-2.6330772232959337e-07);
        DoubleVector b9 = FMA ? b1.fma(2.5155023659382105e-08, -2.6330772232959337e-07) : b1.mul(2.5155023659382105e-08).add(-2.6330772232959337e-07);
        DoubleVector a10 = FMA ? a9.fma(a1, DoubleVector.broadcast(D, 1.3791814499083342e-06)) : a9.mul(a1).add(1.3791814499083342e-06);
        DoubleVector b10 = FMA ? b9.fma(b1, DoubleVector.broadcast(D, 1.3791814499083342e-06)) : b9.mul(b1).add(1.3791814499083342e-06);
        DoubleVector a11 = FMA ? a10.fma(a1, DoubleVector.broadcast(D, -4.987760317520347e-06)) : a10.mul(a1).add(-4.987760317520347e-06);
        DoubleVector b11 = FMA ? b10.fma(b1, DoubleVector.broadcast(D, -4.987760317520347e-06)) : b10.mul(b1).add(-4.987760317520347e-06);
        DoubleVector a12 = FMA ? a11.fma(a1, DoubleVector.broadcast(D, 1.4606131676715378e-05)) : a11.mul(a1).add(1.4606131676715378e-05);
        DoubleVector b12 = FMA ? b11.fma(b1, DoubleVector.broadcast(D, 1.4606131676715378e-05)) : b11.mul(b1).add(1.4606131676715378e-05);
        DoubleVector a13 = FMA ? a12.fma(a1, DoubleVector.broadcast(D, -3.8389607893147334e-05)) : a12.mul(a1).add(-3.8389607893147334e-05);
        DoubleVector b13 = FMA ? b12.fma(b1, DoubleVector.broadcast(D, -3.8389607893147334e-05)) : b12.mul(b1).add(-3.8389607893147334e-05);
        DoubleVector a14 = FMA ? a13.fma(a1, DoubleVector.broadcast(D, 9.646277743313181e-05)) : a13.mul(a1).add(9.646277743313181e-05);
        DoubleVector b14 = FMA ? b13.fma(b1, DoubleVector.broadcast(D, 9.646277743313181e-05)) : b13.mul(b1).add(9.646277743313181e-05);
        DoubleVector a15 = FMA ? a14.fma(a1, DoubleVector.broadcast(D, -0.00023895705228738225)) : a14.mul(a1).add(-0.00023895705228738225);
        DoubleVector b15 = FMA ? b14.fma(b1, DoubleVector.broadcast(D, -0.00023895705228738225)) : b14.mul(b1).add(-0.00023895705228738225);
        DoubleVector a16 = FMA ? a15.fma(a1, DoubleVector.broadcast(D, 0.0005899792946300052)) : a15.mul(a1).add(0.0005899792946300052);
        DoubleVector b16 = FMA ? b15.fma(b1, DoubleVector.broadcast(D, 0.0005899792946300052)) : b15.mul(b1).add(0.0005899792946300052);
        DoubleVector a17 = FMA ? a16.fma(a1, DoubleVector.broadcast(D, -0.0014558246920964941)) : a16.mul(a1).add(-0.0014558246920964941);
        DoubleVector b17 = FMA ? b16.fma(b1, DoubleVector.broadcast(D, -0.0014558246920964941)) : b16.mul(b1).add(-0.0014558246920964941);
        DoubleVector a18 = FMA ? a17.fma(a1, DoubleVector.broadcast(D, 0.003592126679366341)) : a17.mul(a1).add(0.003592126679366341);
        DoubleVector b18 = FMA ? b17.fma(b1, DoubleVector.broadcast(D, 0.003592126679366341)) : b17.mul(b1).add(0.003592126679366341);
        DoubleVector a19 = FMA ? a18.fma(a1, DoubleVector.broadcast(D, -0.008863235404578283)) : a18.mul(a1).add(-0.008863235404578283);
        DoubleVector b19 = FMA ? b18.fma(b1, DoubleVector.broadcast(D, -0.008863235404578283)) : b18.mul(b1).add(-0.008863235404578283);
        DoubleVector a20 = FMA ? a19.fma(a1, DoubleVector.broadcast(D, 0.02186948852912909)) : a19.mul(a1).add(0.02186948852912909);
        DoubleVector b20 = FMA ? b19.fma(b1, DoubleVector.broadcast(D, 0.02186948852912909)) : b19.mul(b1).add(0.02186948852912909);
        DoubleVector a21 = FMA ? a20.fma(a1, DoubleVector.broadcast(D, -0.05396825396804637)) : a20.mul(a1).add(-0.05396825396804637);
        DoubleVector b21 = FMA ? b20.fma(b1, DoubleVector.broadcast(D, -0.05396825396804637)) : b20.mul(b1).add(-0.05396825396804637);
        DoubleVector a22 = FMA ? a21.fma(a1, DoubleVector.broadcast(D, 0.1333333333333309)) : a21.mul(a1).add(0.1333333333333309);
        DoubleVector b22 = FMA ? b21.fma(b1, DoubleVector.broadcast(D, 0.1333333333333309)) : b21.mul(b1).add(0.1333333333333309);
        DoubleVector a23 = FMA ? a22.fma(a1, DoubleVector.broadcast(D, -0.3333333333333333)) : a22.mul(a1).add(-0.3333333333333333);
        DoubleVector b23 = FMA ? b22.fma(b1, DoubleVector.broadcast(D, -0.3333333333333333)) : b22.mul(b1).add(-0.3333333333333333);
        DoubleVector a24 = a8.mul(a23);
        DoubleVector b24 = b8.mul(b23);
        DoubleVector a25 = FMA ? a4.fma(a23, a24) : a4.mul(a23).add(a24);
        DoubleVector b25 = FMA ? b4.fma(b23, b24) : b4.mul(b23).add(b24);
        DoubleVector a26 = a25.neg();
        DoubleVector b26 = b25.neg();
        DoubleVector a27 = a0.mul(-2.0);
        DoubleVector b27 = b0.mul(-2.0);
        DoubleVector a28 = a27.abs();
        DoubleVector b28 = b27.abs();
        DoubleVector a29 = a28.neg();
        DoubleVector b29 = b28.neg();
        DoubleVector a30 = ZERO.neg();
        DoubleVector b30 = ZERO.neg();
        DoubleVector a31 = a30.blend(ZERO, a27.compare(LT, 0.0));
        DoubleVector b31 = b30.blend(ZERO, b27.compare(LT, 0.0));
        DoubleVector a32 = a29.blend(DoubleCores.EXP_MIN, a29.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b32 = b29.blend(DoubleCores.EXP_MIN, b29.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a33 = a32.blend(DoubleCores.EXP_MAX, a32.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b33 = b32.blend(DoubleCores.EXP_MAX, b32.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a34 = FMA ? a33.fma(LOG2E, SHIFT) : a33.mul(LOG2E).add(SHIFT);
        DoubleVector b34 = FMA ? b33.fma(LOG2E, SHIFT) : b33.mul(LOG2E).add(SHIFT);
        DoubleVector a35 = a34.sub(SHIFT);
        DoubleVector b35 = b34.sub(SHIFT);
        DoubleVector a36 = FMA ? a35.fma(DoubleVector.broadcast(D, -LN2_HI), a33) : a35.mul(-LN2_HI).add(a33);
        DoubleVector b36 = FMA ? b35.fma(DoubleVector.broadcast(D, -LN2_HI), b33) : b35.mul(-LN2_HI).add(b33);
        DoubleVector a37 = FMA ? a35.fma(DoubleVector.broadcast(D, -LN2_LO), a36) : a35.mul(-LN2_LO).add(a36);
        DoubleVector b37 = FMA ? b35.fma(DoubleVector.broadcast(D, -LN2_LO), b36) : b35.mul(-LN2_LO).add(b36);
        DoubleVector a38 = FMA ? a37.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a37.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b38 = FMA ? b37.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b37.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a39 = FMA ? a38.fma(a37, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a38.mul(a37).add(2.505210838544172e-08);
        DoubleVector b39 = FMA ? b38.fma(b37, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b38.mul(b37).add(2.505210838544172e-08);
        DoubleVector a40 = FMA ? a39.fma(a37, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a39.mul(a37).add(2.755731922398589e-07);
        DoubleVector b40 = FMA ? b39.fma(b37, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b39.mul(b37).add(2.755731922398589e-07);
        DoubleVector a41 = FMA ? a40.fma(a37, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a40.mul(a37).add(2.7557319223985893e-06);
        DoubleVector b41 = FMA ? b40.fma(b37, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b40.mul(b37).add(2.7557319223985893e-06);
        DoubleVector a42 = FMA ? a41.fma(a37, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a41.mul(a37).add(2.48015873015873e-05);
        DoubleVector b42 = FMA ? b41.fma(b37, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b41.mul(b37).add(2.48015873015873e-05);
        DoubleVector a43 = FMA ? a42.fma(a37, DoubleVector.broadcast(D, 0.0001984126984126984)) : a42.mul(a37).add(0.0001984126984126984);
        DoubleVector b43 = FMA ? b42.fma(b37, DoubleVector.broadcast(D, 0.0001984126984126984)) : b42.mul(b37).add(0.0001984126984126984);
        DoubleVector a44 = FMA ? a43.fma(a37, DoubleVector.broadcast(D, 0.001388888888888889)) : a43.mul(a37).add(0.001388888888888889);
        DoubleVector b44 = FMA ? b43.fma(b37, DoubleVector.broadcast(D, 0.001388888888888889)) : b43.mul(b37).add(0.001388888888888889);
        DoubleVector a45 = FMA ? a44.fma(a37, DoubleVector.broadcast(D, 0.008333333333333333)) : a44.mul(a37).add(0.008333333333333333);
        DoubleVector b45 = FMA ? b44.fma(b37, DoubleVector.broadcast(D, 0.008333333333333333)) : b44.mul(b37).add(0.008333333333333333);
        DoubleVector a46 = FMA ? a45.fma(a37, DoubleVector.broadcast(D, 0.041666666666666664)) : a45.mul(a37).add(0.041666666666666664);
        DoubleVector b46 = FMA ? b45.fma(b37, DoubleVector.broadcast(D, 0.041666666666666664)) : b45.mul(b37).add(0.041666666666666664);
        DoubleVector a47 = FMA ? a46.fma(a37, DoubleVector.broadcast(D, 0.16666666666666666)) : a46.mul(a37).add(0.16666666666666666);
        DoubleVector b47 = FMA ? b46.fma(b37, DoubleVector.broadcast(D, 0.16666666666666666)) : b46.mul(b37).add(0.16666666666666666);
        DoubleVector a48 = FMA ? a47.fma(a37, DoubleVector.broadcast(D, 0.5)) : a47.mul(a37).add(0.5);
        DoubleVector b48 = FMA ? b47.fma(b37, DoubleVector.broadcast(D, 0.5)) : b47.mul(b37).add(0.5);
        DoubleVector a49 = FMA ? a48.fma(a37, DoubleVector.broadcast(D, 1.0)) : a48.mul(a37).add(1.0);
        DoubleVector b49 = FMA ? b48.fma(b37, DoubleVector.broadcast(D, 1.0)) : b48.mul(b37).add(1.0);
        DoubleVector a50 = a37.mul(a49);
        DoubleVector b50 = b37.mul(b49);
        LongVector a51 = a34.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b51 = b34.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a52 = a51.lanewise(ASHR, 1);
        LongVector b52 = b51.lanewise(ASHR, 1);
        DoubleVector a53 = a52.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b53 = b52.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a54 = a51.sub(a52).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b54 = b51.sub(b52).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a55 = FMA ? a53.fma(a50, a53) : a53.mul(a50).add(a53);
        DoubleVector b55 = FMA ? b53.fma(b50, b53) : b53.mul(b50).add(b53);
        DoubleVector a56 = a55.mul(a54);
        DoubleVector b56 = b55.mul(b54);
        DoubleVector a57 = a53.sub(a55);
        DoubleVector b57 = b53.sub(b55);
        DoubleVector a58 = FMA ? a53.fma(a50, a57) : a53.mul(a50).add(a57);
        DoubleVector b58 = FMA ? b53.fma(b50, b57) : b53.mul(b50).add(b57);
        DoubleVector a59 = a58.mul(a54);
        DoubleVector b59 = b58.mul(b54);
        DoubleVector a60 = FMA ? a56.fma(a31, a59) : a56.mul(a31).add(a59);
        DoubleVector b60 = FMA ? b56.fma(b31, b59) : b56.mul(b31).add(b59);
        DoubleVector a61 = a56.add(1.0);
        DoubleVector b61 = b56.add(1.0);
        DoubleVector a62 = DoubleVector.broadcast(D, 1.0).sub(a61);
        DoubleVector b62 = DoubleVector.broadcast(D, 1.0).sub(b61);
        DoubleVector a63 = a62.add(a56);
        DoubleVector b63 = b62.add(b56);
        DoubleVector a64 = a63.add(a60);
        DoubleVector b64 = b63.add(b60);
        DoubleVector a65 = DoubleVector.broadcast(D, 1.0).div(a61);
        DoubleVector b65 = DoubleVector.broadcast(D, 1.0).div(b61);
        DoubleVector a66 = ONE.blend(a56, a27.compare(LT, 0.0));
        DoubleVector b66 = ONE.blend(b56, b27.compare(LT, 0.0));
        DoubleVector a67 = ZERO.blend(a60, a27.compare(LT, 0.0));
        DoubleVector b67 = ZERO.blend(b60, b27.compare(LT, 0.0));
        DoubleVector a68 = a66.mul(a65);
        DoubleVector b68 = b66.mul(b65);
        DoubleVector a69 = a68.neg();
        DoubleVector b69 = b68.neg();
        DoubleVector a70 = FMA ? a69.fma(a61, a66) : a69.mul(a61).add(a66);
        DoubleVector b70 = FMA ? b69.fma(b61, b66) : b69.mul(b61).add(b66);
        DoubleVector a71 = a70.add(a67);
        DoubleVector b71 = b70.add(b67);
        DoubleVector a72 = FMA ? a69.fma(a64, a71) : a69.mul(a64).add(a71);
        DoubleVector b72 = FMA ? b69.fma(b64, b71) : b69.mul(b64).add(b71);
        DoubleVector a73 = FMA ? a72.fma(a65, a68) : a72.mul(a65).add(a68);
        DoubleVector b73 = FMA ? b72.fma(b65, b68) : b72.mul(b65).add(b68);
        DoubleVector a74 = ONE.blend(a56, a27.compare(LT, 0.0).not());
        DoubleVector b74 = ONE.blend(b56, b27.compare(LT, 0.0).not());
        DoubleVector a75 = ZERO.blend(a60, a27.compare(LT, 0.0).not());
        DoubleVector b75 = ZERO.blend(b60, b27.compare(LT, 0.0).not());
        DoubleVector a76 = a74.mul(a65);
        DoubleVector b76 = b74.mul(b65);
        DoubleVector a77 = a76.neg();
        DoubleVector b77 = b76.neg();
        DoubleVector a78 = FMA ? a77.fma(a61, a74) : a77.mul(a61).add(a74);
        DoubleVector b78 = FMA ? b77.fma(b61, b74) : b77.mul(b61).add(b74);
        DoubleVector a79 = a78.add(a75);
        DoubleVector b79 = b78.add(b75);
        DoubleVector a80 = FMA ? a77.fma(a64, a79) : a77.mul(a64).add(a79);
        DoubleVector b80 = FMA ? b77.fma(b64, b79) : b77.mul(b64).add(b79);
        DoubleVector a81 = FMA ? a80.fma(a65, a76) : a80.mul(a65).add(a76);
        DoubleVector b81 = FMA ? b80.fma(b65, b76) : b80.mul(b65).add(b76);
        DoubleVector a82 = a0.sub(1.0);
        DoubleVector b82 = b0.sub(1.0);
        DoubleVector a83 = a73.mul(2.0);
        DoubleVector b83 = b73.mul(2.0);
        DoubleVector a84 = a82.add(a83);
        DoubleVector b84 = b82.add(b83);
        DoubleVector a85 = a84.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b85 = b84.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a86 = a85.blend(a26, a0.compare(LT, 1.0));
        DoubleVector b86 = b85.blend(b26, b0.compare(LT, 1.0));
        a86.intoArray(y, yo + i);
        b86.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = v.mul(v);
        DoubleVector t2 = t1.neg();
        DoubleVector t3 = FMA ? v.fma(v, t2) : v.mul(v).add(t2);
        DoubleVector t4 = v.mul(t1);
        DoubleVector t5 = t4.neg();
        DoubleVector t6 = FMA ? v.fma(t1, t5) : v.mul(t1).add(t5);
        DoubleVector t7 = v.mul(t3);
        DoubleVector t8 = t6.add(t7);
        DoubleVector t9 = FMA ? t1.fma(2.5155023659382105e-08, -2.6330772232959337e-07) : t1.mul(2.5155023659382105e-08).add(-2.6330772232959337e-07);
        DoubleVector t10 = FMA ? t9.fma(t1, DoubleVector.broadcast(D, 1.3791814499083342e-06)) : t9.mul(t1).add(1.3791814499083342e-06);
        DoubleVector t11 = FMA ? t10.fma(t1, DoubleVector.broadcast(D, -4.987760317520347e-06)) : t10.mul(t1).add(-4.987760317520347e-06);
        DoubleVector t12 = FMA ? t11.fma(t1, DoubleVector.broadcast(D, 1.4606131676715378e-05)) : t11.mul(t1).add(1.4606131676715378e-05);
        DoubleVector t13 = FMA ? t12.fma(t1, DoubleVector.broadcast(D, -3.8389607893147334e-05)) : t12.mul(t1).add(-3.8389607893147334e-05);
        DoubleVector t14 = FMA ? t13.fma(t1, DoubleVector.broadcast(D, 9.646277743313181e-05)) : t13.mul(t1).add(9.646277743313181e-05);
        DoubleVector t15 = FMA ? t14.fma(t1, DoubleVector.broadcast(D, -0.00023895705228738225)) : t14.mul(t1).add(-0.00023895705228738225);
        DoubleVector t16 = FMA ? t15.fma(t1, DoubleVector.broadcast(D, 0.0005899792946300052)) : t15.mul(t1).add(0.0005899792946300052);
        DoubleVector t17 = FMA ? t16.fma(t1, DoubleVector.broadcast(D, -0.0014558246920964941)) : t16.mul(t1).add(-0.0014558246920964941);
        DoubleVector t18 = FMA ? t17.fma(t1, DoubleVector.broadcast(D, 0.003592126679366341)) : t17.mul(t1).add(0.003592126679366341);
        DoubleVector t19 = FMA ? t18.fma(t1, DoubleVector.broadcast(D, -0.008863235404578283)) : t18.mul(t1).add(-0.008863235404578283);
        DoubleVector t20 = FMA ? t19.fma(t1, DoubleVector.broadcast(D, 0.02186948852912909)) : t19.mul(t1).add(0.02186948852912909);
        DoubleVector t21 = FMA ? t20.fma(t1, DoubleVector.broadcast(D, -0.05396825396804637)) : t20.mul(t1).add(-0.05396825396804637);
        DoubleVector t22 = FMA ? t21.fma(t1, DoubleVector.broadcast(D, 0.1333333333333309)) : t21.mul(t1).add(0.1333333333333309);
        DoubleVector t23 = FMA ? t22.fma(t1, DoubleVector.broadcast(D, -0.3333333333333333)) : t22.mul(t1).add(-0.3333333333333333);
        DoubleVector t24 = t8.mul(t23);
        DoubleVector t25 = FMA ? t4.fma(t23, t24) : t4.mul(t23).add(t24);
        DoubleVector t26 = t25.neg();
        DoubleVector t27 = t0.mul(-2.0);
        DoubleVector t28 = t27.abs();
        DoubleVector t29 = t28.neg();
        DoubleVector t30 = ZERO.neg();
        DoubleVector t31 = t30.blend(ZERO, t27.compare(LT, 0.0));
        DoubleVector t32 = t29.blend(DoubleCores.EXP_MIN, t29.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t33 = t32.blend(DoubleCores.EXP_MAX, t32.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t34 = FMA ? t33.fma(LOG2E, SHIFT) : t33.mul(LOG2E).add(SHIFT);
        DoubleVector t35 = t34.sub(SHIFT);
        DoubleVector t36 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_HI), t33) : t35.mul(-LN2_HI).add(t33);
        DoubleVector t37 = FMA ? t35.fma(DoubleVector.broadcast(D, -LN2_LO), t36) : t35.mul(-LN2_LO).add(t36);
        DoubleVector t38 = FMA ? t37.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t37.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t39 = FMA ? t38.fma(t37, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t38.mul(t37).add(2.505210838544172e-08);
        DoubleVector t40 = FMA ? t39.fma(t37, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t39.mul(t37).add(2.755731922398589e-07);
        DoubleVector t41 = FMA ? t40.fma(t37, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t40.mul(t37).add(2.7557319223985893e-06);
        DoubleVector t42 = FMA ? t41.fma(t37, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t41.mul(t37).add(2.48015873015873e-05);
        DoubleVector t43 = FMA ? t42.fma(t37, DoubleVector.broadcast(D, 0.0001984126984126984)) : t42.mul(t37).add(0.0001984126984126984);
        DoubleVector t44 = FMA ? t43.fma(t37, DoubleVector.broadcast(D, 0.001388888888888889)) : t43.mul(t37).add(0.001388888888888889);
        DoubleVector t45 = FMA ? t44.fma(t37, DoubleVector.broadcast(D, 0.008333333333333333)) : t44.mul(t37).add(0.008333333333333333);
        DoubleVector t46 = FMA ? t45.fma(t37, DoubleVector.broadcast(D, 0.041666666666666664)) : t45.mul(t37).add(0.041666666666666664);
        DoubleVector t47 = FMA ? t46.fma(t37, DoubleVector.broadcast(D, 0.16666666666666666)) : t46.mul(t37).add(0.16666666666666666);
        DoubleVector t48 = FMA ? t47.fma(t37, DoubleVector.broadcast(D, 0.5)) : t47.mul(t37).add(0.5);
        DoubleVector t49 = FMA ? t48.fma(t37, DoubleVector.broadcast(D, 1.0)) : t48.mul(t37).add(1.0);
        DoubleVector t50 = t37.mul(t49);
        LongVector t51 = t34.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t52 = t51.lanewise(ASHR, 1);
        DoubleVector t53 = t52.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t54 = t51.sub(t52).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t55 = FMA ? t53.fma(t50, t53) : t53.mul(t50).add(t53);
        DoubleVector t56 = t55.mul(t54);
        DoubleVector t57 = t53.sub(t55);
        DoubleVector t58 = FMA ? t53.fma(t50, t57) : t53.mul(t50).add(t57);
        DoubleVector t59 = t58.mul(t54);
        DoubleVector t60 = FMA ? t56.fma(t31, t59) : t56.mul(t31).add(t59);
        DoubleVector t61 = t56.add(1.0);
        DoubleVector t62 = DoubleVector.broadcast(D, 1.0).sub(t61);
        DoubleVector t63 = t62.add(t56);
        DoubleVector t64 = t63.add(t60);
        DoubleVector t65 = DoubleVector.broadcast(D, 1.0).div(t61);
        DoubleVector t66 = ONE.blend(t56, t27.compare(LT, 0.0));
        DoubleVector t67 = ZERO.blend(t60, t27.compare(LT, 0.0));
        DoubleVector t68 = t66.mul(t65);
        DoubleVector t69 = t68.neg();
        DoubleVector t70 = FMA ? t69.fma(t61, t66) : t69.mul(t61).add(t66);
        DoubleVector t71 = t70.add(t67);
        DoubleVector t72 = FMA ? t69.fma(t64, t71) : t69.mul(t64).add(t71);
        DoubleVector t73 = FMA ? t72.fma(t65, t68) : t72.mul(t65).add(t68);
        DoubleVector t74 = ONE.blend(t56, t27.compare(LT, 0.0).not());
        DoubleVector t75 = ZERO.blend(t60, t27.compare(LT, 0.0).not());
        DoubleVector t76 = t74.mul(t65);
        DoubleVector t77 = t76.neg();
        DoubleVector t78 = FMA ? t77.fma(t61, t74) : t77.mul(t61).add(t74);
        DoubleVector t79 = t78.add(t75);
        DoubleVector t80 = FMA ? t77.fma(t64, t79) : t77.mul(t64).add(t79);
        DoubleVector t81 = FMA ? t80.fma(t65, t76) : t80.mul(t65).add(t76);
        DoubleVector t82 = t0.sub(1.0);
        DoubleVector t83 = t73.mul(2.0);
        DoubleVector t84 = t82.add(t83);
        DoubleVector t85 = t84.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t86 = t85.blend(t26, t0.compare(LT, 1.0));
        t86.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.tanhshrink(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.abs();
        DoubleVector b0 = vb.abs();
        DoubleVector a1 = va.mul(va);
        DoubleVector b1 = vb.mul(vb);
        DoubleVector a2 = va.mul(a1);
        DoubleVector b2 = vb.mul(b1);
        DoubleVector a3 = FMA ? a1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : a1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector b3 = FMA ? b1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : b1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector a4 = FMA ? a3.fma(a1, DoubleVector.broadcast(D, -0.00023635364294136244)) : a3.mul(a1).add(-0.00023635364294136244);
        DoubleVector b4 = FMA ? b3.fma(b1, DoubleVector.broadcast(D, -0.00023635364294136244)) : b3.mul(b1).add(-0.00023635364294136244);
        DoubleVector a5 = FMA ? a4.fma(a1, DoubleVector.broadcast(D, 0.0005894667419101905)) : a4.mul(a1).add(0.0005894667419101905);
        DoubleVector b5 = FMA ? b4.fma(b1, DoubleVector.broadcast(D, 0.0005894667419101905)) : b4.mul(b1).add(0.0005894667419101905);
        DoubleVector a6 = FMA ? a5.fma(a1, DoubleVector.broadcast(D, -0.0014557608138655873)) : a5.mul(a1).add(-0.0014557608138655873);
        DoubleVector b6 = FMA ? b5.fma(b1, DoubleVector.broadcast(D, -0.0014557608138655873)) : b5.mul(b1).add(-0.0014557608138655873);
        DoubleVector a7 = FMA ? a6.fma(a1, DoubleVector.broadcast(D, 0.0035921217969498704)) : a6.mul(a1).add(0.0035921217969498704);
        DoubleVector b7 = FMA ? b6.fma(b1, DoubleVector.broadcast(D, 0.0035921217969498704)) : b6.mul(b1).add(0.0035921217969498704);
        DoubleVector a8 = FMA ? a7.fma(a1, DoubleVector.broadcast(D, -0.008863235198659135)) : a7.mul(a1).add(-0.008863235198659135);
        DoubleVector b8 = FMA ? b7.fma(b1, DoubleVector.broadcast(D, -0.008863235198659135)) : b7.mul(b1).add(-0.008863235198659135);
        DoubleVector a9 = FMA ? a8.fma(a1, DoubleVector.broadcast(D, 0.0218694885258676)) : a8.mul(a1).add(0.0218694885258676);
        DoubleVector b9 = FMA ? b8.fma(b1, DoubleVector.broadcast(D, 0.0218694885258676)) : b8.mul(b1).add(0.0218694885258676);
        DoubleVector a10 = FMA ? a9.fma(a1, DoubleVector.broadcast(D, -0.053968253968089755)) : a9.mul(a1).add(-0.053968253968089755);
        DoubleVector b10 = FMA ? b9.fma(b1, DoubleVector.broadcast(D, -0.053968253968089755)) : b9.mul(b1).add(-0.053968253968089755);
        DoubleVector a11 = FMA ? a10.fma(a1, DoubleVector.broadcast(D, 0.1333333333333323)) : a10.mul(a1).add(0.1333333333333323);
        DoubleVector b11 = FMA ? b10.fma(b1, DoubleVector.broadcast(D, 0.1333333333333323)) : b10.mul(b1).add(0.1333333333333323);
        DoubleVector a12 = FMA ? a11.fma(a1, DoubleVector.broadcast(D, -0.3333333333333333)) : a11.mul(a1).add(-0.3333333333333333);
        DoubleVector b12 = FMA ? b11.fma(b1, DoubleVector.broadcast(D, -0.3333333333333333)) : b11.mul(b1).add(-0.3333333333333333);
        DoubleVector a13 = FMA ? a2.fma(a12, va) : a2.mul(a12).add(va);
        DoubleVector b13 = FMA ? b2.fma(b12, vb) : b2.mul(b12).add(vb);
        DoubleVector a14 = a0.mul(-2.0);
        DoubleVector b14 = b0.mul(-2.0);
        DoubleVector a15 = a14.abs();
        DoubleVector b15 = b14.abs();
        DoubleVector a16 = a15.neg();
        DoubleVector b16 = b15.neg();
        DoubleVector a17 = ZERO.neg();
        DoubleVector b17 = ZERO.neg();
        DoubleVector a18 = a17.blend(ZERO, a14.compare(LT, 0.0));
        DoubleVector b18 = b17.blend(ZERO, b14.compare(LT, 0.0));
        DoubleVector a19 = a16.blend(DoubleCores.EXP_MIN, a16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector b19 = b16.blend(DoubleCores.EXP_MIN, b16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector a20 = a19.blend(DoubleCores.EXP_MAX, a19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector b20 = b19.blend(DoubleCores.EXP_MAX, b19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector a21 = FMA ? a20.fma(LOG2E, SHIFT) : a20.mul(LOG2E).add(SHIFT);
        DoubleVector b21 = FMA ? b20.fma(LOG2E, SHIFT) : b20.mul(LOG2E).add(SHIFT);
        DoubleVector a22 = a21.sub(SHIFT);
        DoubleVector b22 = b21.sub(SHIFT);
        DoubleVector a23 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_HI), a20) : a22.mul(-LN2_HI).add(a20);
        DoubleVector b23 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_HI), b20) : b22.mul(-LN2_HI).add(b20);
        DoubleVector a24 = FMA ? a22.fma(DoubleVector.broadcast(D, -LN2_LO), a23) : a22.mul(-LN2_LO).add(a23);
        DoubleVector b24 = FMA ? b22.fma(DoubleVector.broadcast(D, -LN2_LO), b23) : b22.mul(-LN2_LO).add(b23);
        DoubleVector a25 = FMA ? a24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : a24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector b25 = FMA ? b24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : b24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector a26 = FMA ? a25.fma(a24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : a25.mul(a24).add(2.505210838544172e-08);
        DoubleVector b26 = FMA ? b25.fma(b24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : b25.mul(b24).add(2.505210838544172e-08);
        DoubleVector a27 = FMA ? a26.fma(a24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : a26.mul(a24).add(2.755731922398589e-07);
        DoubleVector b27 = FMA ? b26.fma(b24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : b26.mul(b24).add(2.755731922398589e-07);
        DoubleVector a28 = FMA ? a27.fma(a24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : a27.mul(a24).add(2.7557319223985893e-06);
        DoubleVector b28 = FMA ? b27.fma(b24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : b27.mul(b24).add(2.7557319223985893e-06);
        DoubleVector a29 = FMA ? a28.fma(a24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : a28.mul(a24).add(2.48015873015873e-05);
        DoubleVector b29 = FMA ? b28.fma(b24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : b28.mul(b24).add(2.48015873015873e-05);
        DoubleVector a30 = FMA ? a29.fma(a24, DoubleVector.broadcast(D, 0.0001984126984126984)) : a29.mul(a24).add(0.0001984126984126984);
        DoubleVector b30 = FMA ? b29.fma(b24, DoubleVector.broadcast(D, 0.0001984126984126984)) : b29.mul(b24).add(0.0001984126984126984);
        DoubleVector a31 = FMA ? a30.fma(a24, DoubleVector.broadcast(D, 0.001388888888888889)) : a30.mul(a24).add(0.001388888888888889);
        DoubleVector b31 = FMA ? b30.fma(b24, DoubleVector.broadcast(D, 0.001388888888888889)) : b30.mul(b24).add(0.001388888888888889);
        DoubleVector a32 = FMA ? a31.fma(a24, DoubleVector.broadcast(D, 0.008333333333333333)) : a31.mul(a24).add(0.008333333333333333);
        DoubleVector b32 = FMA ? b31.fma(b24, DoubleVector.broadcast(D, 0.008333333333333333)) : b31.mul(b24).add(0.008333333333333333);
        DoubleVector a33 = FMA ? a32.fma(a24, DoubleVector.broadcast(D, 0.041666666666666664)) : a32.mul(a24).add(0.041666666666666664);
        DoubleVector b33 = FMA ? b32.fma(b24, DoubleVector.broadcast(D, 0.041666666666666664)) : b32.mul(b24).add(0.041666666666666664);
        DoubleVector a34 = FMA ? a33.fma(a24, DoubleVector.broadcast(D, 0.16666666666666666)) : a33.mul(a24).add(0.16666666666666666);
        DoubleVector b34 = FMA ? b33.fma(b24, DoubleVector.broadcast(D, 0.16666666666666666)) : b33.mul(b24).add(0.16666666666666666);
        DoubleVector a35 = FMA ? a34.fma(a24, DoubleVector.broadcast(D, 0.5)) : a34.mul(a24).add(0.5);
        DoubleVector b35 = FMA ? b34.fma(b24, DoubleVector.broadcast(D, 0.5)) : b34.mul(b24).add(0.5);
        DoubleVector a36 = FMA ? a35.fma(a24, DoubleVector.broadcast(D, 1.0)) : a35.mul(a24).add(1.0);
        DoubleVector b36 = FMA ? b35.fma(b24, DoubleVector.broadcast(D, 1.0)) : b35.mul(b24).add(1.0);
        DoubleVector a37 = a24.mul(a36);
        DoubleVector b37 = b24.mul(b36);
        LongVector a38 = a21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector b38 = b21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector a39 = a38.lanewise(ASHR, 1);
        LongVector b39 = b38.lanewise(ASHR, 1);
        DoubleVector a40 = a39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b40 = b39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a41 = a38.sub(a39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector b41 = b38.sub(b39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector a42 = FMA ? a40.fma(a37, a40) : a40.mul(a37).add(a40);
        DoubleVector b42 = FMA ? b40.fma(b37, b40) : b40.mul(b37).add(b40);
        DoubleVector a43 = a42.mul(a41);
        DoubleVector b43 = b42.mul(b41);
        DoubleVector a44 = a40.sub(a42);
        DoubleVector b44 = b40.sub(b42);
        DoubleVector a45 = FMA ? a40.fma(a37, a44) : a40.mul(a37).add(a44);
        DoubleVector b45 = FMA ? b40.fma(b37, b44) : b40.mul(b37).add(b44);
        DoubleVector a46 = a45.mul(a41);
        DoubleVector b46 = b45.mul(b41);
        DoubleVector a47 = FMA ? a43.fma(a18, a46) : a43.mul(a18).add(a46);
        DoubleVector b47 = FMA ? b43.fma(b18, b46) : b43.mul(b18).add(b46);
        DoubleVector a48 = a43.add(1.0);
        DoubleVector b48 = b43.add(1.0);
        DoubleVector a49 = DoubleVector.broadcast(D, 1.0).sub(a48);
        DoubleVector b49 = DoubleVector.broadcast(D, 1.0).sub(b48);
        DoubleVector a50 = a49.add(a43);
        DoubleVector b50 = b49.add(b43);
        DoubleVector a51 = a50.add(a47);
        DoubleVector b51 = b50.add(b47);
        DoubleVector a52 = DoubleVector.broadcast(D, 1.0).div(a48);
        DoubleVector b52 = DoubleVector.broadcast(D, 1.0).div(b48);
        DoubleVector a53 = ONE.blend(a43, a14.compare(LT, 0.0));
        DoubleVector b53 = ONE.blend(b43, b14.compare(LT, 0.0));
        DoubleVector a54 = ZERO.blend(a47, a14.compare(LT, 0.0));
        DoubleVector b54 = ZERO.blend(b47, b14.compare(LT, 0.0));
        DoubleVector a55 = a53.mul(a52);
        DoubleVector b55 = b53.mul(b52);
        DoubleVector a56 = a55.neg();
        DoubleVector b56 = b55.neg();
        DoubleVector a57 = FMA ? a56.fma(a48, a53) : a56.mul(a48).add(a53);
        DoubleVector b57 = FMA ? b56.fma(b48, b53) : b56.mul(b48).add(b53);
        DoubleVector a58 = a57.add(a54);
        DoubleVector b58 = b57.add(b54);
        DoubleVector a59 = FMA ? a56.fma(a51, a58) : a56.mul(a51).add(a58);
        DoubleVector b59 = FMA ? b56.fma(b51, b58) : b56.mul(b51).add(b58);
        DoubleVector a60 = FMA ? a59.fma(a52, a55) : a59.mul(a52).add(a55);
        DoubleVector b60 = FMA ? b59.fma(b52, b55) : b59.mul(b52).add(b55);
        DoubleVector a61 = ONE.blend(a43, a14.compare(LT, 0.0).not());
        DoubleVector b61 = ONE.blend(b43, b14.compare(LT, 0.0).not());
        DoubleVector a62 = ZERO.blend(a47, a14.compare(LT, 0.0).not());
        DoubleVector b62 = ZERO.blend(b47, b14.compare(LT, 0.0).not());
        DoubleVector a63 = a61.mul(a52);
        DoubleVector b63 = b61.mul(b52);
        DoubleVector a64 = a63.neg();
        DoubleVector b64 = b63.neg();
        DoubleVector a65 = FMA ? a64.fma(a48, a61) : a64.mul(a48).add(a61);
        DoubleVector b65 = FMA ? b64.fma(b48, b61) : b64.mul(b48).add(b61);
        DoubleVector a66 = a65.add(a62);
        DoubleVector b66 = b65.add(b62);
        DoubleVector a67 = FMA ? a64.fma(a51, a66) : a64.mul(a51).add(a66);
        DoubleVector b67 = FMA ? b64.fma(b51, b66) : b64.mul(b51).add(b66);
        DoubleVector a68 = FMA ? a67.fma(a52, a63) : a67.mul(a52).add(a63);
        DoubleVector b68 = FMA ? b67.fma(b52, b63) : b67.mul(b52).add(b63);
        DoubleVector a69 = a60.mul(2.0);
        DoubleVector b69 = b60.mul(2.0);
        DoubleVector a70 = DoubleVector.broadcast(D, 1.0).sub(a69);
        DoubleVector b70 = DoubleVector.broadcast(D, 1.0).sub(b69);
        DoubleVector a71 = a70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(va.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector b71 = b70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(vb.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector a72 = a71.blend(a13, a0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector b72 = b71.blend(b13, b0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector a73 = a72.blend(va, a0.compare(LE, 0.0));
        DoubleVector b73 = b72.blend(vb, b0.compare(LE, 0.0));
        DoubleVector a74 = a73.mul(a73);
        DoubleVector b74 = b73.mul(b73);
        ga.mul(a74).intoArray(dx, dxo + i);
        gb.mul(b74).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.abs();
        DoubleVector t1 = v.mul(v);
        DoubleVector t2 = v.mul(t1);
        DoubleVector t3 = FMA ? t1.fma(-2.295330465333733e-05, 8.819580305745065e-05) : t1.mul(-2.295330465333733e-05).add(8.819580305745065e-05);
        DoubleVector t4 = FMA ? t3.fma(t1, DoubleVector.broadcast(D, -0.00023635364294136244)) : t3.mul(t1).add(-0.00023635364294136244);
        DoubleVector t5 = FMA ? t4.fma(t1, DoubleVector.broadcast(D, 0.0005894667419101905)) : t4.mul(t1).add(0.0005894667419101905);
        DoubleVector t6 = FMA ? t5.fma(t1, DoubleVector.broadcast(D, -0.0014557608138655873)) : t5.mul(t1).add(-0.0014557608138655873);
        DoubleVector t7 = FMA ? t6.fma(t1, DoubleVector.broadcast(D, 0.0035921217969498704)) : t6.mul(t1).add(0.0035921217969498704);
        DoubleVector t8 = FMA ? t7.fma(t1, DoubleVector.broadcast(D, -0.008863235198659135)) : t7.mul(t1).add(-0.008863235198659135);
        DoubleVector t9 = FMA ? t8.fma(t1, DoubleVector.broadcast(D, 0.0218694885258676)) : t8.mul(t1).add(0.0218694885258676);
        DoubleVector t10 = FMA ? t9.fma(t1, DoubleVector.broadcast(D, -0.053968253968089755)) : t9.mul(t1).add(-0.053968253968089755);
        DoubleVector t11 = FMA ? t10.fma(t1, DoubleVector.broadcast(D, 0.1333333333333323)) : t10.mul(t1).add(0.1333333333333323);
        DoubleVector t12 = FMA ? t11.fma(t1, DoubleVector.broadcast(D, -0.3333333333333333)) : t11.mul(t1).add(-0.3333333333333333);
        DoubleVector t13 = FMA ? t2.fma(t12, v) : t2.mul(t12).add(v);
        DoubleVector t14 = t0.mul(-2.0);
        DoubleVector t15 = t14.abs();
        DoubleVector t16 = t15.neg();
        DoubleVector t17 = ZERO.neg();
        DoubleVector t18 = t17.blend(ZERO, t14.compare(LT, 0.0));
        DoubleVector t19 = t16.blend(DoubleCores.EXP_MIN, t16.compare(LT, DoubleCores.EXP_MIN));
        DoubleVector t20 = t19.blend(DoubleCores.EXP_MAX, t19.compare(GT, DoubleCores.EXP_MAX));
        DoubleVector t21 = FMA ? t20.fma(LOG2E, SHIFT) : t20.mul(LOG2E).add(SHIFT);
        DoubleVector t22 = t21.sub(SHIFT);
        DoubleVector t23 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_HI), t20) : t22.mul(-LN2_HI).add(t20);
        DoubleVector t24 = FMA ? t22.fma(DoubleVector.broadcast(D, -LN2_LO), t23) : t22.mul(-LN2_LO).add(t23);
        DoubleVector t25 = FMA ? t24.fma(1.6059043836821613e-10, 2.08767569878681e-09) : t24.mul(1.6059043836821613e-10).add(2.08767569878681e-09);
        DoubleVector t26 = FMA ? t25.fma(t24, DoubleVector.broadcast(D, 2.505210838544172e-08)) : t25.mul(t24).add(2.505210838544172e-08);
        DoubleVector t27 = FMA ? t26.fma(t24, DoubleVector.broadcast(D, 2.755731922398589e-07)) : t26.mul(t24).add(2.755731922398589e-07);
        DoubleVector t28 = FMA ? t27.fma(t24, DoubleVector.broadcast(D, 2.7557319223985893e-06)) : t27.mul(t24).add(2.7557319223985893e-06);
        DoubleVector t29 = FMA ? t28.fma(t24, DoubleVector.broadcast(D, 2.48015873015873e-05)) : t28.mul(t24).add(2.48015873015873e-05);
        DoubleVector t30 = FMA ? t29.fma(t24, DoubleVector.broadcast(D, 0.0001984126984126984)) : t29.mul(t24).add(0.0001984126984126984);
        DoubleVector t31 = FMA ? t30.fma(t24, DoubleVector.broadcast(D, 0.001388888888888889)) : t30.mul(t24).add(0.001388888888888889);
        DoubleVector t32 = FMA ? t31.fma(t24, DoubleVector.broadcast(D, 0.008333333333333333)) : t31.mul(t24).add(0.008333333333333333);
        DoubleVector t33 = FMA ? t32.fma(t24, DoubleVector.broadcast(D, 0.041666666666666664)) : t32.mul(t24).add(0.041666666666666664);
        DoubleVector t34 = FMA ? t33.fma(t24, DoubleVector.broadcast(D, 0.16666666666666666)) : t33.mul(t24).add(0.16666666666666666);
        DoubleVector t35 = FMA ? t34.fma(t24, DoubleVector.broadcast(D, 0.5)) : t34.mul(t24).add(0.5);
        DoubleVector t36 = FMA ? t35.fma(t24, DoubleVector.broadcast(D, 1.0)) : t35.mul(t24).add(1.0);
        DoubleVector t37 = t24.mul(t36);
        LongVector t38 = t21.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS);
        LongVector t39 = t38.lanewise(ASHR, 1);
        DoubleVector t40 = t39.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t41 = t38.sub(t39).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles();
        DoubleVector t42 = FMA ? t40.fma(t37, t40) : t40.mul(t37).add(t40);
        DoubleVector t43 = t42.mul(t41);
        DoubleVector t44 = t40.sub(t42);
        DoubleVector t45 = FMA ? t40.fma(t37, t44) : t40.mul(t37).add(t44);
        DoubleVector t46 = t45.mul(t41);
        DoubleVector t47 = FMA ? t43.fma(t18, t46) : t43.mul(t18).add(t46);
        DoubleVector t48 = t43.add(1.0);
        DoubleVector t49 = DoubleVector.broadcast(D, 1.0).sub(t48);
        DoubleVector t50 = t49.add(t43);
        DoubleVector t51 = t50.add(t47);
        DoubleVector t52 = DoubleVector.broadcast(D, 1.0).div(t48);
        DoubleVector t53 = ONE.blend(t43, t14.compare(LT, 0.0));
        DoubleVector t54 = ZERO.blend(t47, t14.compare(LT, 0.0));
        DoubleVector t55 = t53.mul(t52);
        DoubleVector t56 = t55.neg();
        DoubleVector t57 = FMA ? t56.fma(t48, t53) : t56.mul(t48).add(t53);
        DoubleVector t58 = t57.add(t54);
        DoubleVector t59 = FMA ? t56.fma(t51, t58) : t56.mul(t51).add(t58);
        DoubleVector t60 = FMA ? t59.fma(t52, t55) : t59.mul(t52).add(t55);
        DoubleVector t61 = ONE.blend(t43, t14.compare(LT, 0.0).not());
        DoubleVector t62 = ZERO.blend(t47, t14.compare(LT, 0.0).not());
        DoubleVector t63 = t61.mul(t52);
        DoubleVector t64 = t63.neg();
        DoubleVector t65 = FMA ? t64.fma(t48, t61) : t64.mul(t48).add(t61);
        DoubleVector t66 = t65.add(t62);
        DoubleVector t67 = FMA ? t64.fma(t51, t66) : t64.mul(t51).add(t66);
        DoubleVector t68 = FMA ? t67.fma(t52, t63) : t67.mul(t52).add(t63);
        DoubleVector t69 = t60.mul(2.0);
        DoubleVector t70 = DoubleVector.broadcast(D, 1.0).sub(t69);
        DoubleVector t71 = t70.reinterpretAsLongs().and(~Long.MIN_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
        DoubleVector t72 = t71.blend(t13, t0.compare(LT, DoubleCores.TANH_SERIES));
        DoubleVector t73 = t72.blend(v, t0.compare(LE, 0.0));
        DoubleVector t74 = t73.mul(t73);
        g.mul(t74).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.blend(-MAX, va.compare(LT, -MAX));
        DoubleVector b0 = vb.blend(-MAX, vb.compare(LT, -MAX));
        DoubleVector a1 = a0.blend(MAX, a0.compare(GT, MAX));
        DoubleVector b1 = b0.blend(MAX, b0.compare(GT, MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a1.div(a3);
        DoubleVector b4 = b1.div(b3);
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t1.div(t3);
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.softsign(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.blend(-MAX, va.compare(LT, -MAX));
        DoubleVector b0 = vb.blend(-MAX, vb.compare(LT, -MAX));
        DoubleVector a1 = a0.blend(MAX, a0.compare(GT, MAX));
        DoubleVector b1 = b0.blend(MAX, b0.compare(GT, MAX));
        DoubleVector a2 = a1.abs();
        DoubleVector b2 = b1.abs();
        DoubleVector a3 = a2.add(1.0);
        DoubleVector b3 = b2.add(1.0);
        DoubleVector a4 = a3.sub(1.0);
        DoubleVector b4 = b3.sub(1.0);
        DoubleVector a5 = a3.sub(a4);
        DoubleVector b5 = b3.sub(b4);
        DoubleVector a6 = DoubleVector.broadcast(D, 1.0).sub(a5);
        DoubleVector b6 = DoubleVector.broadcast(D, 1.0).sub(b5);
        DoubleVector a7 = a2.sub(a4);
        DoubleVector b7 = b2.sub(b4);
        DoubleVector a8 = a6.add(a7);
        DoubleVector b8 = b6.add(b7);
        DoubleVector a9 = DoubleVector.broadcast(D, 1.0).div(a3);
        DoubleVector b9 = DoubleVector.broadcast(D, 1.0).div(b3);
        DoubleVector a10 = a9.neg();
        DoubleVector b10 = b9.neg();
        DoubleVector a11 = FMA ? a10.fma(a3, DoubleVector.broadcast(D, 1.0)) : a10.mul(a3).add(1.0);
        DoubleVector b11 = FMA ? b10.fma(b3, DoubleVector.broadcast(D, 1.0)) : b10.mul(b3).add(1.0);
        DoubleVector a12 = a9.mul(a9);
        DoubleVector b12 = b9.mul(b9);
        DoubleVector a13 = a8.neg();
        DoubleVector b13 = b8.neg();
        DoubleVector a14 = FMA ? a13.fma(a9, a11) : a13.mul(a9).add(a11);
        DoubleVector b14 = FMA ? b13.fma(b9, b11) : b13.mul(b9).add(b11);
        DoubleVector a15 = a14.mul(2.0);
        DoubleVector b15 = b14.mul(2.0);
        DoubleVector a16 = FMA ? a12.fma(a15, a12) : a12.mul(a15).add(a12);
        DoubleVector b16 = FMA ? b12.fma(b15, b12) : b12.mul(b15).add(b12);
        ga.mul(a16).intoArray(dx, dxo + i);
        gb.mul(b16).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.blend(-MAX, v.compare(LT, -MAX));
        DoubleVector t1 = t0.blend(MAX, t0.compare(GT, MAX));
        DoubleVector t2 = t1.abs();
        DoubleVector t3 = t2.add(1.0);
        DoubleVector t4 = t3.sub(1.0);
        DoubleVector t5 = t3.sub(t4);
        DoubleVector t6 = DoubleVector.broadcast(D, 1.0).sub(t5);
        DoubleVector t7 = t2.sub(t4);
        DoubleVector t8 = t6.add(t7);
        DoubleVector t9 = DoubleVector.broadcast(D, 1.0).div(t3);
        DoubleVector t10 = t9.neg();
        DoubleVector t11 = FMA ? t10.fma(t3, DoubleVector.broadcast(D, 1.0)) : t10.mul(t3).add(1.0);
        DoubleVector t12 = t9.mul(t9);
        DoubleVector t13 = t8.neg();
        DoubleVector t14 = FMA ? t13.fma(t9, t11) : t13.mul(t9).add(t11);
        DoubleVector t15 = t14.mul(2.0);
        DoubleVector t16 = FMA ? t12.fma(t15, t12) : t12.mul(t15).add(t12);
        g.mul(t16).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = a0.div(6.0);
        DoubleVector b1 = b0.div(6.0);
        DoubleVector a2 = a1.blend(0.0, a1.compare(LT, 0.0));
        DoubleVector b2 = b1.blend(0.0, b1.compare(LT, 0.0));
        DoubleVector a3 = a2.blend(1.0, a2.compare(GT, 1.0));
        DoubleVector b3 = b2.blend(1.0, b2.compare(GT, 1.0));
        a3.intoArray(y, yo + i);
        b3.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = t0.div(6.0);
        DoubleVector t2 = t1.blend(0.0, t1.compare(LT, 0.0));
        DoubleVector t3 = t2.blend(1.0, t2.compare(GT, 1.0));
        t3.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardsigmoid(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = ZERO.blend(SIXTH, va.compare(GT, -3.0).and(va.compare(LT, 3.0)));
        DoubleVector b0 = ZERO.blend(SIXTH, vb.compare(GT, -3.0).and(vb.compare(LT, 3.0)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ga.mul(a1).intoArray(dx, dxo + i);
        gb.mul(b1).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = ZERO.blend(SIXTH, v.compare(GT, -3.0).and(v.compare(LT, 3.0)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        g.mul(t1).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = va.mul(a0);
        DoubleVector b1 = vb.mul(b0);
        DoubleVector a2 = a1.div(6.0);
        DoubleVector b2 = b1.div(6.0);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(va, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(vb, vb.compare(GE, 3.0));
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = v.mul(t0);
        DoubleVector t2 = t1.div(6.0);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(v, v.compare(GE, 3.0));
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardswish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.mul(2.0);
        DoubleVector b0 = vb.mul(2.0);
        DoubleVector a1 = a0.add(3.0);
        DoubleVector b1 = b0.add(3.0);
        DoubleVector a2 = a1.div(6.0);
        DoubleVector b2 = b1.div(6.0);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(1.0, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(1.0, vb.compare(GE, 3.0));
        ga.mul(a4).intoArray(dx, dxo + i);
        gb.mul(b4).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.mul(2.0);
        DoubleVector t1 = t0.add(3.0);
        DoubleVector t2 = t1.div(6.0);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(1.0, v.compare(GE, 3.0));
        g.mul(t4).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.sub(lambd);
        DoubleVector b0 = vb.sub(lambd);
        DoubleVector a1 = a0.blend(0.0, va.compare(GT, lambd).not());
        DoubleVector b1 = b0.blend(0.0, vb.compare(GT, lambd).not());
        DoubleVector a2 = va.add(lambd);
        DoubleVector b2 = vb.add(lambd);
        DoubleVector a3 = a1.blend(a2, va.compare(LT, -lambd));
        DoubleVector b3 = b1.blend(b2, vb.compare(LT, -lambd));
        DoubleVector a4 = a3.blend(va, va.compare(NE, va));
        DoubleVector b4 = b3.blend(vb, vb.compare(NE, vb));
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.sub(lambd);
        DoubleVector t1 = t0.blend(0.0, v.compare(GT, lambd).not());
        DoubleVector t2 = v.add(lambd);
        DoubleVector t3 = t1.blend(t2, v.compare(LT, -lambd));
        DoubleVector t4 = t3.blend(v, v.compare(NE, v));
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = ZERO.blend(1.0, va.compare(GT, lambd).or(va.compare(LT, -lambd)));
        DoubleVector b0 = ZERO.blend(1.0, vb.compare(GT, lambd).or(vb.compare(LT, -lambd)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ga.mul(a1).intoArray(dx, dxo + i);
        gb.mul(b1).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = ZERO.blend(1.0, v.compare(GT, lambd).or(v.compare(LT, -lambd)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        g.mul(t1).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(floor, v.compare(LT, floor)).mul(slope).blend(v, v.compare(GT, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > 0 ? v : Cores.atLeast(v, floor) * slope);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double slope = this.slope;
      final double floor = this.floor;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(slope).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      if (x != y || xo != yo) {
        System.arraycopy(x, xo, y, yo, n);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(1).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(0, v.compare(LE, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v <= 0 ? 0.0 : v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(min, v.compare(LT, min)).blend(max, v.compare(GT, max)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > max ? max : (v < min ? min : v));
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double min = this.min;
      final double max = this.max;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, min).and(v.compare(LT, max))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.blend(0, v.compare(GE, -lambd).and(v.compare(LE, lambd))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v >= -lambd && v <= lambd ? 0.0 : v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, lambd).or(v.compare(LT, -lambd))).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
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
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        v.broadcast(replacement).blend(v, v.compare(GT, threshold).or(v.compare(NE, v))).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (v > threshold || v != v ? v : replacement);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double threshold = this.threshold;
      final double replacement = this.replacement;
      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul(v.broadcast(0).blend(1, v.compare(GT, threshold)).blend(v, v.compare(NE, v))).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * (v > threshold ? 1.0 : (v != v ? v : 0.0));
      }
    }
  }
}
