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

/**
 * The float kernels' functions, one element at a time, in double arithmetic on a float input;
 * the kernel rounds the result to float once. Each method is the scalar twin of a vector
 * kernel: {@code tools/panama_kernels.py} records one definition per function twice, as Vector
 * API statements and as these, so that the tails and the scalar path agree with the vector loops
 * bit for bit by construction.
 *
 * <p>Branch-free by design: where a scalar routine would test for infinities, these clamp x to
 * ±{@link #FLOAT_MAX} at the points where an infinite x would meet a zero (∞·0 = NaN); any
 * finite float result of a clamped input is the same as for ±∞. A conditional here is a lane
 * blend: both sides are computed.
 */
@Generated("tools/panama_kernels.py")
final class Formulas {
  private Formulas() {}

  static final double FLOAT_MAX = Float.MAX_VALUE;
  static final double INV_SQRT2 = 0.7071067811865476;
  static final double INV_SQRT_2PI = 0.3989422804014327;
  /** gelu's tanh form: 2u = x·(K + KC·x²), K = 2√(2/π), KC = K·0.044715. */
  static final double GELU_K = 1.5957691216057308;
  static final double GELU_KC = 1.5957691216057308 * 0.044715;
  /** Mish's gate n/(n+2) is 1 to double precision beyond this x. */
  static final double MISH_LINEAR = 30;
  /** Below this |x|, tanhshrink is its series. */
  static final double TANHSHRINK_SERIES = 0.3;
  /** x − tanh x = x³·(1/3 + x²·S(x²)), ascending: the series through x^19. */
  static final double[] TANHSHRINK_S = {
    1.0 / 3, -2.0 / 15, 17.0 / 315, -62.0 / 2835, 1382.0 / 155925, -21844.0 / 6081075,
    929569.0 / 638512875, -6404582.0 / 10854718875.0, 443861162.0 / 1856156927625.0,
  };
  static final double SELU_LAMBDA = 1.0507009873554805;
  static final double SELU_LAMBDA_ALPHA = 1.7580993408473768;
  static final double SIXTH = 1.0 / 6;

  static double sigmoid(double x) {
    double t0 = -x;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = Cores.fma(t15, t14, t15);
    double t17 = t16 + 1.0;
    double t18 = 1.0 / t17;
    return t18;
  }

  static double sigmoidDerivative(double x) {
    double t0 = -x;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = Cores.fma(t15, t14, t15);
    double t17 = t16 + 1.0;
    double t18 = 1.0 / t17;
    double t19 = t16 * t18;
    double t20 = t19 * t18;
    return t20;
  }

  static double tanh(double x) {
    double t0 = x + x;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = t15 - 1.0;
    double t17 = Cores.fma(t15, t14, t16);
    double t18 = Cores.copySign(t17, t0);
    double t19 = t18 + 2.0;
    double t20 = t18 / t19;
    return t20;
  }

  static double tanhDerivative(double x) {
    double t0 = Math.abs(x);
    double t1 = t0 * -2.0;
    double t2 = t1 < EXP_MIN ? EXP_MIN : t1;
    double t3 = t2 > EXP_MAX ? EXP_MAX : t2;
    double t4 = Cores.fma(t3, LOG2E, SHIFT);
    double t5 = t4 - SHIFT;
    double t6 = Cores.fma(t5, -LN2_HI, t3);
    double t7 = Cores.fma(t5, -LN2_LO, t6);
    double t8 = Cores.fma(t7, 2.487618804110902e-05, 0.00019907584981393008);
    double t9 = Cores.fma(t8, t7, 0.0013888821633350108);
    double t10 = Cores.fma(t9, t7, 0.008333283514493672);
    double t11 = Cores.fma(t10, t7, 0.04166666689117805);
    double t12 = Cores.fma(t11, t7, 0.16666666786399478);
    double t13 = Cores.fma(t12, t7, 0.49999999999797706);
    double t14 = Cores.fma(t13, t7, 0.9999999999955043);
    double t15 = t7 * t14;
    double t16 = Double.longBitsToDouble((Double.doubleToRawLongBits(t4) + 1023L) << 52);
    double t17 = Cores.fma(t16, t15, t16);
    double t18 = t17 + 1.0;
    double t19 = t17 * 4.0;
    double t20 = t18 * t18;
    double t21 = t19 / t20;
    return t21;
  }

  static double elu(double x, double alpha) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = t14 - 1.0;
    double t16 = Cores.fma(t14, t13, t15);
    double t17 = Cores.copySign(t16, x);
    double t18 = t17 * alpha;
    double t19 = x > 0.0 ? x : t18;
    return t19;
  }

  static double eluDerivative(double x, double alpha) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = Cores.fma(t14, t13, t14);
    double t16 = t15 * alpha;
    double t17 = x > 0.0 ? 1.0 : t16;
    return t17;
  }

  static double selu(double x) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = t14 - 1.0;
    double t16 = Cores.fma(t14, t13, t15);
    double t17 = Cores.copySign(t16, x);
    double t18 = t17 * SELU_LAMBDA_ALPHA;
    double t19 = x * SELU_LAMBDA;
    double t20 = x > 0.0 ? t19 : t18;
    return t20;
  }

  static double seluDerivative(double x) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = Cores.fma(t14, t13, t14);
    double t16 = t15 * SELU_LAMBDA_ALPHA;
    double t17 = x > 0.0 ? SELU_LAMBDA : t16;
    return t17;
  }

  /** celu(x) = x for x &gt; 0, else α(e^(x/α) − 1); x itself where x/α is negligible. */
  static double celu(double x, double alpha, double inverseAlpha) {
    double t0 = x * inverseAlpha;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = t15 - 1.0;
    double t17 = Cores.fma(t15, t14, t16);
    double t18 = Cores.copySign(t17, t0);
    double t19 = t18 * alpha;
    double t20 = Math.abs(t0);
    double t21 = t20 < 0x1p-60 ? x : t19;
    double t22 = x > 0.0 ? x : t21;
    return t22;
  }

  static double celuDerivative(double x, double inverseAlpha) {
    double t0 = x * inverseAlpha;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = Cores.fma(t15, t14, t15);
    double t17 = x > 0.0 ? 1.0 : t16;
    return t17;
  }

  /** softplus(x) = x where βx &gt; threshold, else (max(βx, 0) + ln(1 + e^−|βx|))/β. */
  static double softplus(double x, double beta, double inverseBeta, double threshold) {
    double t0 = x * beta;
    double t1 = t0 < 0.0 ? 0.0 : t0;
    double t2 = Math.abs(t0);
    double t3 = -t2;
    double t4 = t3 < EXP_MIN ? EXP_MIN : t3;
    double t5 = t4 > EXP_MAX ? EXP_MAX : t4;
    double t6 = Cores.fma(t5, LOG2E, SHIFT);
    double t7 = t6 - SHIFT;
    double t8 = Cores.fma(t7, -LN2_HI, t5);
    double t9 = Cores.fma(t7, -LN2_LO, t8);
    double t10 = Cores.fma(t9, 2.487618804110902e-05, 0.00019907584981393008);
    double t11 = Cores.fma(t10, t9, 0.0013888821633350108);
    double t12 = Cores.fma(t11, t9, 0.008333283514493672);
    double t13 = Cores.fma(t12, t9, 0.04166666689117805);
    double t14 = Cores.fma(t13, t9, 0.16666666786399478);
    double t15 = Cores.fma(t14, t9, 0.49999999999797706);
    double t16 = Cores.fma(t15, t9, 0.9999999999955043);
    double t17 = t9 * t16;
    double t18 = Double.longBitsToDouble((Double.doubleToRawLongBits(t6) + 1023L) << 52);
    double t19 = Cores.fma(t18, t17, t18);
    double t20 = t19 + 1.0;
    double t21 = t20 - 1.0;
    double t22 = t19 - t21;
    double t23 = t22 / t20;
    long t24 = Double.doubleToRawLongBits(t20) + (ONE_BITS - SQRT_HALF_BITS);
    double t25 = Double.longBitsToDouble((t24 >>> 52) | TWO52_BITS) - (0x1p52 + 1023);
    double t26 = Double.longBitsToDouble((t24 & MANTISSA) + SQRT_HALF_BITS);
    double t27 = t26 - 1.0;
    double t28 = t27 + 2.0;
    double t29 = t27 / t28;
    double t30 = t29 * t29;
    double t31 = Cores.fma(t30, 0.13333333333333333, 0.15384615384615385);
    double t32 = Cores.fma(t31, t30, 0.18181818181818182);
    double t33 = Cores.fma(t32, t30, 0.2222222222222222);
    double t34 = Cores.fma(t33, t30, 0.2857142857142857);
    double t35 = Cores.fma(t34, t30, 0.4);
    double t36 = Cores.fma(t35, t30, 0.6666666666666666);
    double t37 = Cores.fma(t36, t30, 2.0);
    double t38 = Cores.fma(t29, t37, t23);
    double t39 = Cores.fma(t25, LN2_LO, t38);
    double t40 = Cores.fma(t25, LN2_HI, t39);
    double t41 = t1 + t40;
    double t42 = t41 * inverseBeta;
    double t43 = t0 > threshold ? x : t42;
    return t43;
  }

  static double softplusDerivative(double x, double beta, double threshold) {
    double t0 = x * beta;
    double t1 = -t0;
    double t2 = t1 < EXP_MIN ? EXP_MIN : t1;
    double t3 = t2 > EXP_MAX ? EXP_MAX : t2;
    double t4 = Cores.fma(t3, LOG2E, SHIFT);
    double t5 = t4 - SHIFT;
    double t6 = Cores.fma(t5, -LN2_HI, t3);
    double t7 = Cores.fma(t5, -LN2_LO, t6);
    double t8 = Cores.fma(t7, 2.487618804110902e-05, 0.00019907584981393008);
    double t9 = Cores.fma(t8, t7, 0.0013888821633350108);
    double t10 = Cores.fma(t9, t7, 0.008333283514493672);
    double t11 = Cores.fma(t10, t7, 0.04166666689117805);
    double t12 = Cores.fma(t11, t7, 0.16666666786399478);
    double t13 = Cores.fma(t12, t7, 0.49999999999797706);
    double t14 = Cores.fma(t13, t7, 0.9999999999955043);
    double t15 = t7 * t14;
    double t16 = Double.longBitsToDouble((Double.doubleToRawLongBits(t4) + 1023L) << 52);
    double t17 = Cores.fma(t16, t15, t16);
    double t18 = t17 + 1.0;
    double t19 = 1.0 / t18;
    double t20 = t0 > threshold ? 1.0 : t19;
    return t20;
  }

  /**
     * swish(x) = x·σ(βx). {@code low} and {@code high} clamp the factor x: −FLOAT_MAX below for
     * β &gt; 0 (so that −∞·σ(−∞) gives −0), FLOAT_MAX above for β &lt; 0, else ±∞.
     */
  static double swish(double x, double beta, double low, double high) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = t1 * beta;
    double t3 = -t2;
    double t4 = t3 < EXP_MIN ? EXP_MIN : t3;
    double t5 = t4 > EXP_MAX ? EXP_MAX : t4;
    double t6 = Cores.fma(t5, LOG2E, SHIFT);
    double t7 = t6 - SHIFT;
    double t8 = Cores.fma(t7, -LN2_HI, t5);
    double t9 = Cores.fma(t7, -LN2_LO, t8);
    double t10 = Cores.fma(t9, 2.487618804110902e-05, 0.00019907584981393008);
    double t11 = Cores.fma(t10, t9, 0.0013888821633350108);
    double t12 = Cores.fma(t11, t9, 0.008333283514493672);
    double t13 = Cores.fma(t12, t9, 0.04166666689117805);
    double t14 = Cores.fma(t13, t9, 0.16666666786399478);
    double t15 = Cores.fma(t14, t9, 0.49999999999797706);
    double t16 = Cores.fma(t15, t9, 0.9999999999955043);
    double t17 = t9 * t16;
    double t18 = Double.longBitsToDouble((Double.doubleToRawLongBits(t6) + 1023L) << 52);
    double t19 = Cores.fma(t18, t17, t18);
    double t20 = t19 + 1.0;
    double t21 = 1.0 / t20;
    double t22 = x < low ? low : x;
    double t23 = t22 > high ? high : t22;
    double t24 = t23 * t21;
    return t24;
  }

  /** swish'(x) = σ(t) + t·σ(t)·(e^−t·σ(t)), t = βx. */
  static double swishDerivative(double x, double beta) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = t1 * beta;
    double t3 = -t2;
    double t4 = t3 < EXP_MIN ? EXP_MIN : t3;
    double t5 = t4 > EXP_MAX ? EXP_MAX : t4;
    double t6 = Cores.fma(t5, LOG2E, SHIFT);
    double t7 = t6 - SHIFT;
    double t8 = Cores.fma(t7, -LN2_HI, t5);
    double t9 = Cores.fma(t7, -LN2_LO, t8);
    double t10 = Cores.fma(t9, 2.487618804110902e-05, 0.00019907584981393008);
    double t11 = Cores.fma(t10, t9, 0.0013888821633350108);
    double t12 = Cores.fma(t11, t9, 0.008333283514493672);
    double t13 = Cores.fma(t12, t9, 0.04166666689117805);
    double t14 = Cores.fma(t13, t9, 0.16666666786399478);
    double t15 = Cores.fma(t14, t9, 0.49999999999797706);
    double t16 = Cores.fma(t15, t9, 0.9999999999955043);
    double t17 = t9 * t16;
    double t18 = Double.longBitsToDouble((Double.doubleToRawLongBits(t6) + 1023L) << 52);
    double t19 = Cores.fma(t18, t17, t18);
    double t20 = t19 + 1.0;
    double t21 = 1.0 / t20;
    double t22 = t2 * t21;
    double t23 = t19 * t21;
    double t24 = Cores.fma(t22, t23, t21);
    return t24;
  }

  /** mish(x) = x·n/(n+2), n = e^x(e^x + 2). */
  static double mish(double x) {
    double t0 = x > MISH_LINEAR ? MISH_LINEAR : x;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = Cores.fma(t15, t14, t15);
    double t17 = t16 + 2.0;
    double t18 = t16 * t17;
    double t19 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t20 = t18 + 2.0;
    double t21 = t18 / t20;
    double t22 = t19 * t21;
    return t22;
  }

  /** mish'(x) = n/(n+2) + 4x·e(1+e)/(n+2)². */
  static double mishDerivative(double x) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > MISH_LINEAR ? MISH_LINEAR : t0;
    double t2 = t1 < EXP_MIN ? EXP_MIN : t1;
    double t3 = t2 > EXP_MAX ? EXP_MAX : t2;
    double t4 = Cores.fma(t3, LOG2E, SHIFT);
    double t5 = t4 - SHIFT;
    double t6 = Cores.fma(t5, -LN2_HI, t3);
    double t7 = Cores.fma(t5, -LN2_LO, t6);
    double t8 = Cores.fma(t7, 2.487618804110902e-05, 0.00019907584981393008);
    double t9 = Cores.fma(t8, t7, 0.0013888821633350108);
    double t10 = Cores.fma(t9, t7, 0.008333283514493672);
    double t11 = Cores.fma(t10, t7, 0.04166666689117805);
    double t12 = Cores.fma(t11, t7, 0.16666666786399478);
    double t13 = Cores.fma(t12, t7, 0.49999999999797706);
    double t14 = Cores.fma(t13, t7, 0.9999999999955043);
    double t15 = t7 * t14;
    double t16 = Double.longBitsToDouble((Double.doubleToRawLongBits(t4) + 1023L) << 52);
    double t17 = Cores.fma(t16, t15, t16);
    double t18 = t17 + 2.0;
    double t19 = t17 * t18;
    double t20 = t19 + 2.0;
    double t21 = t1 * 4.0;
    double t22 = t17 + 1.0;
    double t23 = t17 * t22;
    double t24 = t20 * t20;
    double t25 = t23 / t24;
    double t26 = t19 / t20;
    double t27 = Cores.fma(t21, t25, t26);
    return t27;
  }

  /** gelu(x) = x·Φ(x), Φ(x) = 1 − erfc(|x|/√2)/2 for x ≥ 0, erfc(|x|/√2)/2 for x &lt; 0. */
  static double gelu(double x) {
    double t0 = Math.abs(x);
    double t1 = t0 * INV_SQRT2;
    double t2 = t1 > ERFC_FIT_MAX ? ERFC_FIT_MAX : t1;
    double t3 = Cores.fma(t2, 0.5, 1.0);
    double t4 = 1.0 / t3;
    double t5 = Cores.fma(t4, ERFC_SCALE, ERFC_OFFSET);
    double t6 = Cores.fma(t5, 1.2770895559808525e-09, -5.594786291889463e-08);
    double t7 = Cores.fma(t6, t5, 1.1281206080275582e-07);
    double t8 = Cores.fma(t7, t5, 3.3180080354588663e-07);
    double t9 = Cores.fma(t8, t5, -1.4948668511704334e-06);
    double t10 = Cores.fma(t9, t5, 5.669543051304026e-07);
    double t11 = Cores.fma(t10, t5, 9.936067971447882e-06);
    double t12 = Cores.fma(t11, t5, -2.3887110235121812e-05);
    double t13 = Cores.fma(t12, t5, -4.096739607253563e-05);
    double t14 = Cores.fma(t13, t5, 0.00028050080936646116);
    double t15 = Cores.fma(t14, t5, 6.9760726371928e-05);
    double t16 = Cores.fma(t15, t5, -0.003163843018702418);
    double t17 = Cores.fma(t16, t5, -0.0009357785853719195);
    double t18 = Cores.fma(t17, t5, 0.04820990142652417);
    double t19 = Cores.fma(t18, t5, 0.1993133649725431);
    double t20 = Cores.fma(t19, t5, 0.4291561877066292);
    double t21 = Cores.fma(t20, t5, 0.327125362371329);
    double t22 = t21 * 0.5;
    double t23 = t1 > ERFC_EXP_MAX ? ERFC_EXP_MAX : t1;
    double t24 = t23 * t23;
    double t25 = -t24;
    double t26 = t25 < EXP_MIN ? EXP_MIN : t25;
    double t27 = t26 > EXP_MAX ? EXP_MAX : t26;
    double t28 = Cores.fma(t27, LOG2E, SHIFT);
    double t29 = t28 - SHIFT;
    double t30 = Cores.fma(t29, -LN2_HI, t27);
    double t31 = Cores.fma(t29, -LN2_LO, t30);
    double t32 = Cores.fma(t31, 2.487618804110902e-05, 0.00019907584981393008);
    double t33 = Cores.fma(t32, t31, 0.0013888821633350108);
    double t34 = Cores.fma(t33, t31, 0.008333283514493672);
    double t35 = Cores.fma(t34, t31, 0.04166666689117805);
    double t36 = Cores.fma(t35, t31, 0.16666666786399478);
    double t37 = Cores.fma(t36, t31, 0.49999999999797706);
    double t38 = Cores.fma(t37, t31, 0.9999999999955043);
    double t39 = t31 * t38;
    double t40 = Double.longBitsToDouble((Double.doubleToRawLongBits(t28) + 1023L) << 52);
    double t41 = Cores.fma(t40, t39, t40);
    double t42 = t22 * t41;
    double t43 = -t42;
    double t44 = t43 + 1.0;
    double t45 = x < 0.0 ? t42 : t44;
    double t46 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t47 = t46 * t45;
    return t47;
  }

  /** gelu'(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π). */
  static double geluDerivative(double x) {
    double t0 = Math.abs(x);
    double t1 = t0 * INV_SQRT2;
    double t2 = t1 > ERFC_EXP_MAX ? ERFC_EXP_MAX : t1;
    double t3 = t2 * t2;
    double t4 = -t3;
    double t5 = t4 < EXP_MIN ? EXP_MIN : t4;
    double t6 = t5 > EXP_MAX ? EXP_MAX : t5;
    double t7 = Cores.fma(t6, LOG2E, SHIFT);
    double t8 = t7 - SHIFT;
    double t9 = Cores.fma(t8, -LN2_HI, t6);
    double t10 = Cores.fma(t8, -LN2_LO, t9);
    double t11 = Cores.fma(t10, 2.487618804110902e-05, 0.00019907584981393008);
    double t12 = Cores.fma(t11, t10, 0.0013888821633350108);
    double t13 = Cores.fma(t12, t10, 0.008333283514493672);
    double t14 = Cores.fma(t13, t10, 0.04166666689117805);
    double t15 = Cores.fma(t14, t10, 0.16666666786399478);
    double t16 = Cores.fma(t15, t10, 0.49999999999797706);
    double t17 = Cores.fma(t16, t10, 0.9999999999955043);
    double t18 = t10 * t17;
    double t19 = Double.longBitsToDouble((Double.doubleToRawLongBits(t7) + 1023L) << 52);
    double t20 = Cores.fma(t19, t18, t19);
    double t21 = t1 > ERFC_FIT_MAX ? ERFC_FIT_MAX : t1;
    double t22 = Cores.fma(t21, 0.5, 1.0);
    double t23 = 1.0 / t22;
    double t24 = Cores.fma(t23, ERFC_SCALE, ERFC_OFFSET);
    double t25 = Cores.fma(t24, 1.2770895559808525e-09, -5.594786291889463e-08);
    double t26 = Cores.fma(t25, t24, 1.1281206080275582e-07);
    double t27 = Cores.fma(t26, t24, 3.3180080354588663e-07);
    double t28 = Cores.fma(t27, t24, -1.4948668511704334e-06);
    double t29 = Cores.fma(t28, t24, 5.669543051304026e-07);
    double t30 = Cores.fma(t29, t24, 9.936067971447882e-06);
    double t31 = Cores.fma(t30, t24, -2.3887110235121812e-05);
    double t32 = Cores.fma(t31, t24, -4.096739607253563e-05);
    double t33 = Cores.fma(t32, t24, 0.00028050080936646116);
    double t34 = Cores.fma(t33, t24, 6.9760726371928e-05);
    double t35 = Cores.fma(t34, t24, -0.003163843018702418);
    double t36 = Cores.fma(t35, t24, -0.0009357785853719195);
    double t37 = Cores.fma(t36, t24, 0.04820990142652417);
    double t38 = Cores.fma(t37, t24, 0.1993133649725431);
    double t39 = Cores.fma(t38, t24, 0.4291561877066292);
    double t40 = Cores.fma(t39, t24, 0.327125362371329);
    double t41 = t40 * 0.5;
    double t42 = t41 * t20;
    double t43 = -t42;
    double t44 = t43 + 1.0;
    double t45 = x < 0.0 ? t42 : t44;
    double t46 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t47 = t46 > FLOAT_MAX ? FLOAT_MAX : t46;
    double t48 = t47 * INV_SQRT_2PI;
    double t49 = Cores.fma(t48, t20, t45);
    return t49;
  }

  /** gelu with tanh: x·σ(2u). */
  static double geluTanh(double x) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = t1 * t1;
    double t3 = Cores.fma(t2, GELU_KC, GELU_K);
    double t4 = t1 * t3;
    double t5 = -t4;
    double t6 = t5 < EXP_MIN ? EXP_MIN : t5;
    double t7 = t6 > EXP_MAX ? EXP_MAX : t6;
    double t8 = Cores.fma(t7, LOG2E, SHIFT);
    double t9 = t8 - SHIFT;
    double t10 = Cores.fma(t9, -LN2_HI, t7);
    double t11 = Cores.fma(t9, -LN2_LO, t10);
    double t12 = Cores.fma(t11, 2.487618804110902e-05, 0.00019907584981393008);
    double t13 = Cores.fma(t12, t11, 0.0013888821633350108);
    double t14 = Cores.fma(t13, t11, 0.008333283514493672);
    double t15 = Cores.fma(t14, t11, 0.04166666689117805);
    double t16 = Cores.fma(t15, t11, 0.16666666786399478);
    double t17 = Cores.fma(t16, t11, 0.49999999999797706);
    double t18 = Cores.fma(t17, t11, 0.9999999999955043);
    double t19 = t11 * t18;
    double t20 = Double.longBitsToDouble((Double.doubleToRawLongBits(t8) + 1023L) << 52);
    double t21 = Cores.fma(t20, t19, t20);
    double t22 = t21 + 1.0;
    double t23 = 1.0 / t22;
    double t24 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t25 = t24 * t23;
    return t25;
  }

  /** σ(2u) + x·(2u)'·σ(2u)·(e^−2u·σ(2u)). */
  static double geluTanhDerivative(double x) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = t1 * t1;
    double t3 = Cores.fma(t2, GELU_KC, GELU_K);
    double t4 = t1 * t3;
    double t5 = -t4;
    double t6 = t5 < EXP_MIN ? EXP_MIN : t5;
    double t7 = t6 > EXP_MAX ? EXP_MAX : t6;
    double t8 = Cores.fma(t7, LOG2E, SHIFT);
    double t9 = t8 - SHIFT;
    double t10 = Cores.fma(t9, -LN2_HI, t7);
    double t11 = Cores.fma(t9, -LN2_LO, t10);
    double t12 = Cores.fma(t11, 2.487618804110902e-05, 0.00019907584981393008);
    double t13 = Cores.fma(t12, t11, 0.0013888821633350108);
    double t14 = Cores.fma(t13, t11, 0.008333283514493672);
    double t15 = Cores.fma(t14, t11, 0.04166666689117805);
    double t16 = Cores.fma(t15, t11, 0.16666666786399478);
    double t17 = Cores.fma(t16, t11, 0.49999999999797706);
    double t18 = Cores.fma(t17, t11, 0.9999999999955043);
    double t19 = t11 * t18;
    double t20 = Double.longBitsToDouble((Double.doubleToRawLongBits(t8) + 1023L) << 52);
    double t21 = Cores.fma(t20, t19, t20);
    double t22 = t21 + 1.0;
    double t23 = 1.0 / t22;
    double t24 = Cores.fma(t2, (3 * GELU_KC), GELU_K);
    double t25 = t1 * t24;
    double t26 = t25 * t23;
    double t27 = t21 * t23;
    double t28 = Cores.fma(t26, t27, t23);
    return t28;
  }

  static double tanhshrink(double x) {
    double t0 = x * x;
    double t1 = x * t0;
    double t2 = Cores.fma(t0, 0.00023912911424355248, -0.000590027440945586);
    double t3 = Cores.fma(t2, t0, 0.0014558343870513183);
    double t4 = Cores.fma(t3, t0, -0.003592128036572481);
    double t5 = Cores.fma(t4, t0, 0.008863235529902197);
    double t6 = Cores.fma(t5, t0, -0.021869488536155203);
    double t7 = Cores.fma(t6, t0, 0.05396825396825397);
    double t8 = Cores.fma(t7, t0, -0.13333333333333333);
    double t9 = Cores.fma(t8, t0, 0.3333333333333333);
    double t10 = t1 * t9;
    double t11 = x + x;
    double t12 = t11 < EXP_MIN ? EXP_MIN : t11;
    double t13 = t12 > EXP_MAX ? EXP_MAX : t12;
    double t14 = Cores.fma(t13, LOG2E, SHIFT);
    double t15 = t14 - SHIFT;
    double t16 = Cores.fma(t15, -LN2_HI, t13);
    double t17 = Cores.fma(t15, -LN2_LO, t16);
    double t18 = Cores.fma(t17, 2.487618804110902e-05, 0.00019907584981393008);
    double t19 = Cores.fma(t18, t17, 0.0013888821633350108);
    double t20 = Cores.fma(t19, t17, 0.008333283514493672);
    double t21 = Cores.fma(t20, t17, 0.04166666689117805);
    double t22 = Cores.fma(t21, t17, 0.16666666786399478);
    double t23 = Cores.fma(t22, t17, 0.49999999999797706);
    double t24 = Cores.fma(t23, t17, 0.9999999999955043);
    double t25 = t17 * t24;
    double t26 = Double.longBitsToDouble((Double.doubleToRawLongBits(t14) + 1023L) << 52);
    double t27 = t26 - 1.0;
    double t28 = Cores.fma(t26, t25, t27);
    double t29 = Cores.copySign(t28, t11);
    double t30 = t29 + 2.0;
    double t31 = t29 / t30;
    double t32 = x - t31;
    double t33 = Math.abs(x);
    double t34 = t33 < TANHSHRINK_SERIES ? t10 : t32;
    return t34;
  }

  static double tanhshrinkDerivative(double x) {
    double t0 = x + x;
    double t1 = t0 < EXP_MIN ? EXP_MIN : t0;
    double t2 = t1 > EXP_MAX ? EXP_MAX : t1;
    double t3 = Cores.fma(t2, LOG2E, SHIFT);
    double t4 = t3 - SHIFT;
    double t5 = Cores.fma(t4, -LN2_HI, t2);
    double t6 = Cores.fma(t4, -LN2_LO, t5);
    double t7 = Cores.fma(t6, 2.487618804110902e-05, 0.00019907584981393008);
    double t8 = Cores.fma(t7, t6, 0.0013888821633350108);
    double t9 = Cores.fma(t8, t6, 0.008333283514493672);
    double t10 = Cores.fma(t9, t6, 0.04166666689117805);
    double t11 = Cores.fma(t10, t6, 0.16666666786399478);
    double t12 = Cores.fma(t11, t6, 0.49999999999797706);
    double t13 = Cores.fma(t12, t6, 0.9999999999955043);
    double t14 = t6 * t13;
    double t15 = Double.longBitsToDouble((Double.doubleToRawLongBits(t3) + 1023L) << 52);
    double t16 = t15 - 1.0;
    double t17 = Cores.fma(t15, t14, t16);
    double t18 = Cores.copySign(t17, t0);
    double t19 = t18 + 2.0;
    double t20 = t18 / t19;
    double t21 = t20 * t20;
    return t21;
  }

  static double softsign(double x) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = Math.abs(t1);
    double t3 = t2 + 1.0;
    double t4 = t1 / t3;
    return t4;
  }

  static double softsignDerivative(double x) {
    double t0 = x < -FLOAT_MAX ? -FLOAT_MAX : x;
    double t1 = t0 > FLOAT_MAX ? FLOAT_MAX : t0;
    double t2 = Math.abs(t1);
    double t3 = t2 + 1.0;
    double t4 = t3 * t3;
    double t5 = 1.0 / t4;
    return t5;
  }

  static double hardsigmoid(double x) {
    double t0 = x + 3.0;
    double t1 = t0 * SIXTH;
    double t2 = t1 < 0.0 ? 0.0 : t1;
    double t3 = t2 > 1.0 ? 1.0 : t2;
    return t3;
  }

  static double hardsigmoidDerivative(double x) {
    final double ZERO = 0.0;
    double t0 = (x > -3.0 && x < 3.0) ? SIXTH : ZERO;
    double t1 = x != x ? x : t0;
    return t1;
  }

  static double hardswish(double x) {
    double t0 = x + 3.0;
    double t1 = x * t0;
    double t2 = t1 * SIXTH;
    double t3 = x <= -3.0 ? 0.0 : t2;
    double t4 = x >= 3.0 ? x : t3;
    return t4;
  }

  static double hardswishDerivative(double x) {
    double t0 = x * 2.0;
    double t1 = t0 + 3.0;
    double t2 = t1 * SIXTH;
    double t3 = x <= -3.0 ? 0.0 : t2;
    double t4 = x >= 3.0 ? 1.0 : t3;
    return t4;
  }

  static double logsigmoid(double x) {
    double t0 = -x;
    double t1 = t0 < 0.0 ? 0.0 : t0;
    double t2 = Math.abs(x);
    double t3 = -t2;
    double t4 = t3 < EXP_MIN ? EXP_MIN : t3;
    double t5 = t4 > EXP_MAX ? EXP_MAX : t4;
    double t6 = Cores.fma(t5, LOG2E, SHIFT);
    double t7 = t6 - SHIFT;
    double t8 = Cores.fma(t7, -LN2_HI, t5);
    double t9 = Cores.fma(t7, -LN2_LO, t8);
    double t10 = Cores.fma(t9, 2.487618804110902e-05, 0.00019907584981393008);
    double t11 = Cores.fma(t10, t9, 0.0013888821633350108);
    double t12 = Cores.fma(t11, t9, 0.008333283514493672);
    double t13 = Cores.fma(t12, t9, 0.04166666689117805);
    double t14 = Cores.fma(t13, t9, 0.16666666786399478);
    double t15 = Cores.fma(t14, t9, 0.49999999999797706);
    double t16 = Cores.fma(t15, t9, 0.9999999999955043);
    double t17 = t9 * t16;
    double t18 = Double.longBitsToDouble((Double.doubleToRawLongBits(t6) + 1023L) << 52);
    double t19 = Cores.fma(t18, t17, t18);
    double t20 = t19 + 1.0;
    double t21 = t20 - 1.0;
    double t22 = t19 - t21;
    double t23 = t22 / t20;
    long t24 = Double.doubleToRawLongBits(t20) + (ONE_BITS - SQRT_HALF_BITS);
    double t25 = Double.longBitsToDouble((t24 >>> 52) | TWO52_BITS) - (0x1p52 + 1023);
    double t26 = Double.longBitsToDouble((t24 & MANTISSA) + SQRT_HALF_BITS);
    double t27 = t26 - 1.0;
    double t28 = t27 + 2.0;
    double t29 = t27 / t28;
    double t30 = t29 * t29;
    double t31 = Cores.fma(t30, 0.13333333333333333, 0.15384615384615385);
    double t32 = Cores.fma(t31, t30, 0.18181818181818182);
    double t33 = Cores.fma(t32, t30, 0.2222222222222222);
    double t34 = Cores.fma(t33, t30, 0.2857142857142857);
    double t35 = Cores.fma(t34, t30, 0.4);
    double t36 = Cores.fma(t35, t30, 0.6666666666666666);
    double t37 = Cores.fma(t36, t30, 2.0);
    double t38 = Cores.fma(t29, t37, t23);
    double t39 = Cores.fma(t25, LN2_LO, t38);
    double t40 = Cores.fma(t25, LN2_HI, t39);
    double t41 = t1 + t40;
    double t42 = -t41;
    return t42;
  }

  static double logsigmoidDerivative(double x) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = Cores.fma(t14, t13, t14);
    double t16 = t15 + 1.0;
    double t17 = 1.0 / t16;
    return t17;
  }

  static double softshrink(double x, double lambd) {
    double t0 = x - lambd;
    double t1 = !(x > lambd) ? 0.0 : t0;
    double t2 = x + lambd;
    double t3 = x < -lambd ? t2 : t1;
    double t4 = x != x ? x : t3;
    return t4;
  }

  static double softshrinkDerivative(double x, double lambd) {
    final double ZERO = 0.0;
    double t0 = (x > lambd || x < -lambd) ? 1.0 : ZERO;
    double t1 = x != x ? x : t0;
    return t1;
  }

  /** e^x, x clamped to [−708, 709]; the error analysis is {@link Cores}'. */
  static double exp(double x) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = Cores.fma(t14, t13, t14);
    return t15;
  }

  /** e^x − 1 with the sign of x (−0 stays −0), x clamped to [−708, 709]. */
  static double expm1(double x) {
    double t0 = x < EXP_MIN ? EXP_MIN : x;
    double t1 = t0 > EXP_MAX ? EXP_MAX : t0;
    double t2 = Cores.fma(t1, LOG2E, SHIFT);
    double t3 = t2 - SHIFT;
    double t4 = Cores.fma(t3, -LN2_HI, t1);
    double t5 = Cores.fma(t3, -LN2_LO, t4);
    double t6 = Cores.fma(t5, 2.487618804110902e-05, 0.00019907584981393008);
    double t7 = Cores.fma(t6, t5, 0.0013888821633350108);
    double t8 = Cores.fma(t7, t5, 0.008333283514493672);
    double t9 = Cores.fma(t8, t5, 0.04166666689117805);
    double t10 = Cores.fma(t9, t5, 0.16666666786399478);
    double t11 = Cores.fma(t10, t5, 0.49999999999797706);
    double t12 = Cores.fma(t11, t5, 0.9999999999955043);
    double t13 = t5 * t12;
    double t14 = Double.longBitsToDouble((Double.doubleToRawLongBits(t2) + 1023L) << 52);
    double t15 = t14 - 1.0;
    double t16 = Cores.fma(t14, t13, t15);
    double t17 = Cores.copySign(t16, x);
    return t17;
  }

  /** ln(1 + u) for u ≥ 0 (finite). */
  static double log1p(double x) {
    double t0 = x + 1.0;
    double t1 = t0 - 1.0;
    double t2 = x - t1;
    double t3 = t2 / t0;
    long t4 = Double.doubleToRawLongBits(t0) + (ONE_BITS - SQRT_HALF_BITS);
    double t5 = Double.longBitsToDouble((t4 >>> 52) | TWO52_BITS) - (0x1p52 + 1023);
    double t6 = Double.longBitsToDouble((t4 & MANTISSA) + SQRT_HALF_BITS);
    double t7 = t6 - 1.0;
    double t8 = t7 + 2.0;
    double t9 = t7 / t8;
    double t10 = t9 * t9;
    double t11 = Cores.fma(t10, 0.13333333333333333, 0.15384615384615385);
    double t12 = Cores.fma(t11, t10, 0.18181818181818182);
    double t13 = Cores.fma(t12, t10, 0.2222222222222222);
    double t14 = Cores.fma(t13, t10, 0.2857142857142857);
    double t15 = Cores.fma(t14, t10, 0.4);
    double t16 = Cores.fma(t15, t10, 0.6666666666666666);
    double t17 = Cores.fma(t16, t10, 2.0);
    double t18 = Cores.fma(t9, t17, t3);
    double t19 = Cores.fma(t5, LN2_LO, t18);
    double t20 = Cores.fma(t5, LN2_HI, t19);
    return t20;
  }

  /** erfc(a) for a ≥ 0. */
  static double erfc(double x) {
    double t0 = x > ERFC_FIT_MAX ? ERFC_FIT_MAX : x;
    double t1 = Cores.fma(t0, 0.5, 1.0);
    double t2 = 1.0 / t1;
    double t3 = Cores.fma(t2, ERFC_SCALE, ERFC_OFFSET);
    double t4 = Cores.fma(t3, 1.2770895559808525e-09, -5.594786291889463e-08);
    double t5 = Cores.fma(t4, t3, 1.1281206080275582e-07);
    double t6 = Cores.fma(t5, t3, 3.3180080354588663e-07);
    double t7 = Cores.fma(t6, t3, -1.4948668511704334e-06);
    double t8 = Cores.fma(t7, t3, 5.669543051304026e-07);
    double t9 = Cores.fma(t8, t3, 9.936067971447882e-06);
    double t10 = Cores.fma(t9, t3, -2.3887110235121812e-05);
    double t11 = Cores.fma(t10, t3, -4.096739607253563e-05);
    double t12 = Cores.fma(t11, t3, 0.00028050080936646116);
    double t13 = Cores.fma(t12, t3, 6.9760726371928e-05);
    double t14 = Cores.fma(t13, t3, -0.003163843018702418);
    double t15 = Cores.fma(t14, t3, -0.0009357785853719195);
    double t16 = Cores.fma(t15, t3, 0.04820990142652417);
    double t17 = Cores.fma(t16, t3, 0.1993133649725431);
    double t18 = Cores.fma(t17, t3, 0.4291561877066292);
    double t19 = Cores.fma(t18, t3, 0.327125362371329);
    double t20 = x > ERFC_EXP_MAX ? ERFC_EXP_MAX : x;
    double t21 = t20 * t20;
    double t22 = -t21;
    double t23 = t22 < EXP_MIN ? EXP_MIN : t22;
    double t24 = t23 > EXP_MAX ? EXP_MAX : t23;
    double t25 = Cores.fma(t24, LOG2E, SHIFT);
    double t26 = t25 - SHIFT;
    double t27 = Cores.fma(t26, -LN2_HI, t24);
    double t28 = Cores.fma(t26, -LN2_LO, t27);
    double t29 = Cores.fma(t28, 2.487618804110902e-05, 0.00019907584981393008);
    double t30 = Cores.fma(t29, t28, 0.0013888821633350108);
    double t31 = Cores.fma(t30, t28, 0.008333283514493672);
    double t32 = Cores.fma(t31, t28, 0.04166666689117805);
    double t33 = Cores.fma(t32, t28, 0.16666666786399478);
    double t34 = Cores.fma(t33, t28, 0.49999999999797706);
    double t35 = Cores.fma(t34, t28, 0.9999999999955043);
    double t36 = t28 * t35;
    double t37 = Double.longBitsToDouble((Double.doubleToRawLongBits(t25) + 1023L) << 52);
    double t38 = Cores.fma(t37, t36, t37);
    double t39 = t19 * t38;
    return t39;
  }
}
