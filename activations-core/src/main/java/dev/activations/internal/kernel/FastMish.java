// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * mish, {@link Precision#FAST}: mish(x) = x·n/(n + 2), n = e^x(e^x + 2), x itself above 12; the product and the quotient carried with their rounding errors, so that two roundings count. mish'(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), as one quotient of polynomials in e^−|x|.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastMish {
  private FastMish() {}

  /** The scalar twin, bit-identical to the Vector API path. */
  static final class Scalar implements FloatKernel {
    private final FloatKernel exact;

    Scalar(FloatKernel exact) {
      this.exact = exact;
    }

    @Override
    public Precision precision() {
      return Precision.FAST;
    }

    @Override
    public float value(float v) {
      float t0 = v > 12.0f ? 12.0f : v;
      float t1 = t0 < -110.0f ? -110.0f : t0;
      float t2 = Math.fma(t1, 1.442695f, 12582912.0f);
      float t3 = t2 - 12582912.0f;
      float t4 = Math.fma(t3, -0.69314575f, t1);
      float t5 = Math.fma(t3, -1.4286068e-06f, t4);
      float t6 = t5 * t5;
      float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
      float t8 = Math.fma(t7, t5, 0.041667223f);
      float t9 = Math.fma(t8, t5, 0.16666539f);
      float t10 = Math.fma(t9, t5, 0.49999997f);
      float t11 = Math.fma(t6, t10, t5);
      int t12 = Float.floatToRawIntBits(t2);
      int t13 = t12 + 167;
      int t14 = t13 << 23;
      float t15 = Float.intBitsToFloat(t14);
      float t16 = t15 * 9.094947e-13f;
      float t17 = t11 + 1.0f;
      float t18 = t16 * t17;
      float t19 = t11 * 2.0f;
      float t20 = Math.fma(t18, t17, t19);
      float t21 = t15 * 2.0f;
      float t22 = Math.fma(t15, t20, t21);
      float t23 = t22 * 9.094947e-13f;
      float t24 = t23 + 2.0f;
      float t25 = t24 - 2.0f;
      float t26 = t23 - t25;
      float t27 = 1.0f / t24;
      float t28 = -t26;
      float t29 = -t24;
      float t30 = Math.fma(t29, t27, 1.0f);
      float t31 = Math.fma(t28, t27, t30);
      float t32 = t27 * t31;
      float t33 = v < -110.0f ? -110.0f : v;
      float t34 = t33 * t22;
      float t35 = -t34;
      float t36 = Math.fma(t33, t22, t35);
      float t37 = t36 * t27;
      float t38 = Math.fma(t34, t32, t37);
      float t39 = Math.fma(t34, t27, t38);
      float t40 = t39 * 9.094947e-13f;
      float t41 = v == 0.0f ? v : t40;
      float t42 = v > 12.0f ? v : t41;
      return t42;
    }

    @Override
    public float derivative(float v) {
      float t0 = Math.abs(v);
      float t1 = -t0;
      float t2 = t1 < -110.0f ? -110.0f : t1;
      float t3 = Math.fma(t2, 1.442695f, 12582912.0f);
      float t4 = t3 - 12582912.0f;
      float t5 = Math.fma(t4, -0.69314575f, t2);
      float t6 = Math.fma(t4, -1.4286068e-06f, t5);
      float t7 = t6 * t6;
      float t8 = Math.fma(t6, 0.0013882393f, 0.008367181f);
      float t9 = Math.fma(t8, t6, 0.041667223f);
      float t10 = Math.fma(t9, t6, 0.16666539f);
      float t11 = Math.fma(t10, t6, 0.49999997f);
      float t12 = Math.fma(t7, t11, t6);
      int t13 = Float.floatToRawIntBits(t3);
      int t14 = t13 + 167;
      int t15 = t14 << 23;
      float t16 = Float.intBitsToFloat(t15);
      float t17 = Math.fma(t12, t16, t16);
      float t18 = t17 * 9.094947e-13f;
      float t19 = v < -110.0f ? -110.0f : v;
      float t20 = Math.fma(t18, 1.0f, 4.0f);
      float t21 = Math.fma(t20, t18, 8.0f);
      float t22 = Math.fma(t21, t18, 8.0f);
      float t23 = Math.fma(t22, t18, 4.0f);
      float t24 = t18 + 4.0f;
      float t25 = Math.fma(t18, t24, 6.0f);
      float t26 = Math.fma(t19, 4.0f, t25);
      float t27 = t19 + 1.0f;
      float t28 = t27 * 4.0f;
      float t29 = Math.fma(t18, t26, t28);
      float t30 = t16 * t12;
      float t31 = t16 * t29;
      float t32 = Math.fma(t30, t29, t31);
      float t33 = v > 110.0f ? 110.0f : v;
      float t34 = Math.fma(t18, 2.0f, 2.0f);
      float t35 = Math.fma(t18, t34, 1.0f);
      float t36 = t33 * 4.0f;
      float t37 = t18 * t18;
      float t38 = t36 * t37;
      float t39 = t18 + 1.0f;
      float t40 = Math.fma(t18, 2.0f, 1.0f);
      float t41 = t40 * t35;
      float t42 = Math.fma(t38, t39, t41);
      float t43 = v < 0.0f ? t32 : t42;
      float t44 = t35 * t35;
      float t45 = v < 0.0f ? t23 : t44;
      float t46 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t47 = t43 / t45;
      float t48 = t47 * t46;
      return t48;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
        float t1 = t0 < -110.0f ? -110.0f : t0;
        float t2 = Math.fma(t1, 1.442695f, 12582912.0f);
        float t3 = t2 - 12582912.0f;
        float t4 = Math.fma(t3, -0.69314575f, t1);
        float t5 = Math.fma(t3, -1.4286068e-06f, t4);
        float t6 = t5 * t5;
        float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
        float t8 = Math.fma(t7, t5, 0.041667223f);
        float t9 = Math.fma(t8, t5, 0.16666539f);
        float t10 = Math.fma(t9, t5, 0.49999997f);
        float t11 = Math.fma(t6, t10, t5);
        int t12 = Float.floatToRawIntBits(t2);
        int t13 = t12 + 167;
        int t14 = t13 << 23;
        float t15 = Float.intBitsToFloat(t14);
        float t16 = t15 * 9.094947e-13f;
        float t17 = t11 + 1.0f;
        float t18 = t16 * t17;
        float t19 = t11 * 2.0f;
        float t20 = Math.fma(t18, t17, t19);
        float t21 = t15 * 2.0f;
        float t22 = Math.fma(t15, t20, t21);
        float t23 = t22 * 9.094947e-13f;
        float t24 = t23 + 2.0f;
        float t25 = t24 - 2.0f;
        float t26 = t23 - t25;
        float t27 = 1.0f / t24;
        float t28 = -t26;
        float t29 = -t24;
        float t30 = Math.fma(t29, t27, 1.0f);
        float t31 = Math.fma(t28, t27, t30);
        float t32 = t27 * t31;
        float t33 = v < -110.0f ? -110.0f : v;
        float t34 = t33 * t22;
        float t35 = -t34;
        float t36 = Math.fma(t33, t22, t35);
        float t37 = t36 * t27;
        float t38 = Math.fma(t34, t32, t37);
        float t39 = Math.fma(t34, t27, t38);
        float t40 = t39 * 9.094947e-13f;
        float t41 = v == 0.0f ? v : t40;
        float t42 = v > 12.0f ? v : t41;
        y[yo + i] = t42;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = -t0;
        float t2 = t1 < -110.0f ? -110.0f : t1;
        float t3 = Math.fma(t2, 1.442695f, 12582912.0f);
        float t4 = t3 - 12582912.0f;
        float t5 = Math.fma(t4, -0.69314575f, t2);
        float t6 = Math.fma(t4, -1.4286068e-06f, t5);
        float t7 = t6 * t6;
        float t8 = Math.fma(t6, 0.0013882393f, 0.008367181f);
        float t9 = Math.fma(t8, t6, 0.041667223f);
        float t10 = Math.fma(t9, t6, 0.16666539f);
        float t11 = Math.fma(t10, t6, 0.49999997f);
        float t12 = Math.fma(t7, t11, t6);
        int t13 = Float.floatToRawIntBits(t3);
        int t14 = t13 + 167;
        int t15 = t14 << 23;
        float t16 = Float.intBitsToFloat(t15);
        float t17 = Math.fma(t12, t16, t16);
        float t18 = t17 * 9.094947e-13f;
        float t19 = v < -110.0f ? -110.0f : v;
        float t20 = Math.fma(t18, 1.0f, 4.0f);
        float t21 = Math.fma(t20, t18, 8.0f);
        float t22 = Math.fma(t21, t18, 8.0f);
        float t23 = Math.fma(t22, t18, 4.0f);
        float t24 = t18 + 4.0f;
        float t25 = Math.fma(t18, t24, 6.0f);
        float t26 = Math.fma(t19, 4.0f, t25);
        float t27 = t19 + 1.0f;
        float t28 = t27 * 4.0f;
        float t29 = Math.fma(t18, t26, t28);
        float t30 = t16 * t12;
        float t31 = t16 * t29;
        float t32 = Math.fma(t30, t29, t31);
        float t33 = v > 110.0f ? 110.0f : v;
        float t34 = Math.fma(t18, 2.0f, 2.0f);
        float t35 = Math.fma(t18, t34, 1.0f);
        float t36 = t33 * 4.0f;
        float t37 = t18 * t18;
        float t38 = t36 * t37;
        float t39 = t18 + 1.0f;
        float t40 = Math.fma(t18, 2.0f, 1.0f);
        float t41 = t40 * t35;
        float t42 = Math.fma(t38, t39, t41);
        float t43 = v < 0.0f ? t32 : t42;
        float t44 = t35 * t35;
        float t45 = v < 0.0f ? t23 : t44;
        float t46 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t47 = t43 / t45;
        float t48 = t47 * t46;
        dx[dxo + i] = dy[dyo + i] * t48;
      }
    }
  }

  /** The Vector API (FloatVector.SPECIES_PREFERRED) path. */
  static final class Panama implements FloatKernel {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int LANES = S.length();
    private final FloatKernel exact;

    Panama(FloatKernel exact) {
      this.exact = exact;
    }

    @Override
    public Precision precision() {
      return Precision.FAST;
    }

    @Override
    public float value(float v) {
      float t0 = v > 12.0f ? 12.0f : v;
      float t1 = t0 < -110.0f ? -110.0f : t0;
      float t2 = Math.fma(t1, 1.442695f, 12582912.0f);
      float t3 = t2 - 12582912.0f;
      float t4 = Math.fma(t3, -0.69314575f, t1);
      float t5 = Math.fma(t3, -1.4286068e-06f, t4);
      float t6 = t5 * t5;
      float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
      float t8 = Math.fma(t7, t5, 0.041667223f);
      float t9 = Math.fma(t8, t5, 0.16666539f);
      float t10 = Math.fma(t9, t5, 0.49999997f);
      float t11 = Math.fma(t6, t10, t5);
      int t12 = Float.floatToRawIntBits(t2);
      int t13 = t12 + 167;
      int t14 = t13 << 23;
      float t15 = Float.intBitsToFloat(t14);
      float t16 = t15 * 9.094947e-13f;
      float t17 = t11 + 1.0f;
      float t18 = t16 * t17;
      float t19 = t11 * 2.0f;
      float t20 = Math.fma(t18, t17, t19);
      float t21 = t15 * 2.0f;
      float t22 = Math.fma(t15, t20, t21);
      float t23 = t22 * 9.094947e-13f;
      float t24 = t23 + 2.0f;
      float t25 = t24 - 2.0f;
      float t26 = t23 - t25;
      float t27 = 1.0f / t24;
      float t28 = -t26;
      float t29 = -t24;
      float t30 = Math.fma(t29, t27, 1.0f);
      float t31 = Math.fma(t28, t27, t30);
      float t32 = t27 * t31;
      float t33 = v < -110.0f ? -110.0f : v;
      float t34 = t33 * t22;
      float t35 = -t34;
      float t36 = Math.fma(t33, t22, t35);
      float t37 = t36 * t27;
      float t38 = Math.fma(t34, t32, t37);
      float t39 = Math.fma(t34, t27, t38);
      float t40 = t39 * 9.094947e-13f;
      float t41 = v == 0.0f ? v : t40;
      float t42 = v > 12.0f ? v : t41;
      return t42;
    }

    @Override
    public float derivative(float v) {
      float t0 = Math.abs(v);
      float t1 = -t0;
      float t2 = t1 < -110.0f ? -110.0f : t1;
      float t3 = Math.fma(t2, 1.442695f, 12582912.0f);
      float t4 = t3 - 12582912.0f;
      float t5 = Math.fma(t4, -0.69314575f, t2);
      float t6 = Math.fma(t4, -1.4286068e-06f, t5);
      float t7 = t6 * t6;
      float t8 = Math.fma(t6, 0.0013882393f, 0.008367181f);
      float t9 = Math.fma(t8, t6, 0.041667223f);
      float t10 = Math.fma(t9, t6, 0.16666539f);
      float t11 = Math.fma(t10, t6, 0.49999997f);
      float t12 = Math.fma(t7, t11, t6);
      int t13 = Float.floatToRawIntBits(t3);
      int t14 = t13 + 167;
      int t15 = t14 << 23;
      float t16 = Float.intBitsToFloat(t15);
      float t17 = Math.fma(t12, t16, t16);
      float t18 = t17 * 9.094947e-13f;
      float t19 = v < -110.0f ? -110.0f : v;
      float t20 = Math.fma(t18, 1.0f, 4.0f);
      float t21 = Math.fma(t20, t18, 8.0f);
      float t22 = Math.fma(t21, t18, 8.0f);
      float t23 = Math.fma(t22, t18, 4.0f);
      float t24 = t18 + 4.0f;
      float t25 = Math.fma(t18, t24, 6.0f);
      float t26 = Math.fma(t19, 4.0f, t25);
      float t27 = t19 + 1.0f;
      float t28 = t27 * 4.0f;
      float t29 = Math.fma(t18, t26, t28);
      float t30 = t16 * t12;
      float t31 = t16 * t29;
      float t32 = Math.fma(t30, t29, t31);
      float t33 = v > 110.0f ? 110.0f : v;
      float t34 = Math.fma(t18, 2.0f, 2.0f);
      float t35 = Math.fma(t18, t34, 1.0f);
      float t36 = t33 * 4.0f;
      float t37 = t18 * t18;
      float t38 = t36 * t37;
      float t39 = t18 + 1.0f;
      float t40 = Math.fma(t18, 2.0f, 1.0f);
      float t41 = t40 * t35;
      float t42 = Math.fma(t38, t39, t41);
      float t43 = v < 0.0f ? t32 : t42;
      float t44 = t35 * t35;
      float t45 = v < 0.0f ? t23 : t44;
      float t46 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t47 = t43 / t45;
      float t48 = t47 * t46;
      return t48;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, 12.0f), v.compare(GT, 12.0f));
        FloatVector t1 = t0.blend(FloatVector.broadcast(S, -110.0f), t0.compare(LT, -110.0f));
        FloatVector t2 = t1.fma(1.442695f, 12582912.0f);
        FloatVector t3 = t2.sub(12582912.0f);
        FloatVector t4 = t3.fma(FloatVector.broadcast(S, -0.69314575f), t1);
        FloatVector t5 = t3.fma(FloatVector.broadcast(S, -1.4286068e-06f), t4);
        FloatVector t6 = t5.mul(t5);
        FloatVector t7 = t5.fma(0.0013882393f, 0.008367181f);
        FloatVector t8 = t7.fma(t5, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t9 = t8.fma(t5, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t10 = t9.fma(t5, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t11 = t6.fma(t10, t5);
        IntVector t12 = t2.reinterpretAsInts();
        IntVector t13 = t12.add(167);
        IntVector t14 = t13.lanewise(LSHL, 23);
        FloatVector t15 = t14.reinterpretAsFloats();
        FloatVector t16 = t15.mul(9.094947e-13f);
        FloatVector t17 = t11.add(1.0f);
        FloatVector t18 = t16.mul(t17);
        FloatVector t19 = t11.mul(2.0f);
        FloatVector t20 = t18.fma(t17, t19);
        FloatVector t21 = t15.mul(2.0f);
        FloatVector t22 = t15.fma(t20, t21);
        FloatVector t23 = t22.mul(9.094947e-13f);
        FloatVector t24 = t23.add(2.0f);
        FloatVector t25 = t24.sub(2.0f);
        FloatVector t26 = t23.sub(t25);
        FloatVector t27 = FloatVector.broadcast(S, 1.0f).div(t24);
        FloatVector t28 = t26.neg();
        FloatVector t29 = t24.neg();
        FloatVector t30 = t29.fma(t27, FloatVector.broadcast(S, 1.0f));
        FloatVector t31 = t28.fma(t27, t30);
        FloatVector t32 = t27.mul(t31);
        FloatVector t33 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t34 = t33.mul(t22);
        FloatVector t35 = t34.neg();
        FloatVector t36 = t33.fma(t22, t35);
        FloatVector t37 = t36.mul(t27);
        FloatVector t38 = t34.fma(t32, t37);
        FloatVector t39 = t34.fma(t27, t38);
        FloatVector t40 = t39.mul(9.094947e-13f);
        FloatVector t41 = t40.blend(v, v.compare(EQ, 0.0f));
        FloatVector t42 = t41.blend(v, v.compare(GT, 12.0f));
        t42.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
        float t1 = t0 < -110.0f ? -110.0f : t0;
        float t2 = Math.fma(t1, 1.442695f, 12582912.0f);
        float t3 = t2 - 12582912.0f;
        float t4 = Math.fma(t3, -0.69314575f, t1);
        float t5 = Math.fma(t3, -1.4286068e-06f, t4);
        float t6 = t5 * t5;
        float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
        float t8 = Math.fma(t7, t5, 0.041667223f);
        float t9 = Math.fma(t8, t5, 0.16666539f);
        float t10 = Math.fma(t9, t5, 0.49999997f);
        float t11 = Math.fma(t6, t10, t5);
        int t12 = Float.floatToRawIntBits(t2);
        int t13 = t12 + 167;
        int t14 = t13 << 23;
        float t15 = Float.intBitsToFloat(t14);
        float t16 = t15 * 9.094947e-13f;
        float t17 = t11 + 1.0f;
        float t18 = t16 * t17;
        float t19 = t11 * 2.0f;
        float t20 = Math.fma(t18, t17, t19);
        float t21 = t15 * 2.0f;
        float t22 = Math.fma(t15, t20, t21);
        float t23 = t22 * 9.094947e-13f;
        float t24 = t23 + 2.0f;
        float t25 = t24 - 2.0f;
        float t26 = t23 - t25;
        float t27 = 1.0f / t24;
        float t28 = -t26;
        float t29 = -t24;
        float t30 = Math.fma(t29, t27, 1.0f);
        float t31 = Math.fma(t28, t27, t30);
        float t32 = t27 * t31;
        float t33 = v < -110.0f ? -110.0f : v;
        float t34 = t33 * t22;
        float t35 = -t34;
        float t36 = Math.fma(t33, t22, t35);
        float t37 = t36 * t27;
        float t38 = Math.fma(t34, t32, t37);
        float t39 = Math.fma(t34, t27, t38);
        float t40 = t39 * 9.094947e-13f;
        float t41 = v == 0.0f ? v : t40;
        float t42 = v > 12.0f ? v : t41;
        y[yo + i] = t42;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.abs();
        FloatVector t1 = t0.neg();
        FloatVector t2 = t1.blend(FloatVector.broadcast(S, -110.0f), t1.compare(LT, -110.0f));
        FloatVector t3 = t2.fma(1.442695f, 12582912.0f);
        FloatVector t4 = t3.sub(12582912.0f);
        FloatVector t5 = t4.fma(FloatVector.broadcast(S, -0.69314575f), t2);
        FloatVector t6 = t4.fma(FloatVector.broadcast(S, -1.4286068e-06f), t5);
        FloatVector t7 = t6.mul(t6);
        FloatVector t8 = t6.fma(0.0013882393f, 0.008367181f);
        FloatVector t9 = t8.fma(t6, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t10 = t9.fma(t6, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t11 = t10.fma(t6, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t12 = t7.fma(t11, t6);
        IntVector t13 = t3.reinterpretAsInts();
        IntVector t14 = t13.add(167);
        IntVector t15 = t14.lanewise(LSHL, 23);
        FloatVector t16 = t15.reinterpretAsFloats();
        FloatVector t17 = t12.fma(t16, t16);
        FloatVector t18 = t17.mul(9.094947e-13f);
        FloatVector t19 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t20 = t18.fma(1.0f, 4.0f);
        FloatVector t21 = t20.fma(t18, FloatVector.broadcast(S, 8.0f));
        FloatVector t22 = t21.fma(t18, FloatVector.broadcast(S, 8.0f));
        FloatVector t23 = t22.fma(t18, FloatVector.broadcast(S, 4.0f));
        FloatVector t24 = t18.add(4.0f);
        FloatVector t25 = t18.fma(t24, FloatVector.broadcast(S, 6.0f));
        FloatVector t26 = t19.fma(FloatVector.broadcast(S, 4.0f), t25);
        FloatVector t27 = t19.add(1.0f);
        FloatVector t28 = t27.mul(4.0f);
        FloatVector t29 = t18.fma(t26, t28);
        FloatVector t30 = t16.mul(t12);
        FloatVector t31 = t16.mul(t29);
        FloatVector t32 = t30.fma(t29, t31);
        FloatVector t33 = v.blend(FloatVector.broadcast(S, 110.0f), v.compare(GT, 110.0f));
        FloatVector t34 = t18.fma(2.0f, 2.0f);
        FloatVector t35 = t18.fma(t34, FloatVector.broadcast(S, 1.0f));
        FloatVector t36 = t33.mul(4.0f);
        FloatVector t37 = t18.mul(t18);
        FloatVector t38 = t36.mul(t37);
        FloatVector t39 = t18.add(1.0f);
        FloatVector t40 = t18.fma(2.0f, 1.0f);
        FloatVector t41 = t40.mul(t35);
        FloatVector t42 = t38.fma(t39, t41);
        FloatVector t43 = t42.blend(t32, v.compare(LT, 0.0f));
        FloatVector t44 = t35.mul(t35);
        FloatVector t45 = t44.blend(t23, v.compare(LT, 0.0f));
        FloatVector t46 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), v.compare(LT, 0.0f));
        FloatVector t47 = t43.div(t45);
        FloatVector t48 = t47.mul(t46);
        FloatVector.fromArray(S, dy, dyo + i).mul(t48).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = -t0;
        float t2 = t1 < -110.0f ? -110.0f : t1;
        float t3 = Math.fma(t2, 1.442695f, 12582912.0f);
        float t4 = t3 - 12582912.0f;
        float t5 = Math.fma(t4, -0.69314575f, t2);
        float t6 = Math.fma(t4, -1.4286068e-06f, t5);
        float t7 = t6 * t6;
        float t8 = Math.fma(t6, 0.0013882393f, 0.008367181f);
        float t9 = Math.fma(t8, t6, 0.041667223f);
        float t10 = Math.fma(t9, t6, 0.16666539f);
        float t11 = Math.fma(t10, t6, 0.49999997f);
        float t12 = Math.fma(t7, t11, t6);
        int t13 = Float.floatToRawIntBits(t3);
        int t14 = t13 + 167;
        int t15 = t14 << 23;
        float t16 = Float.intBitsToFloat(t15);
        float t17 = Math.fma(t12, t16, t16);
        float t18 = t17 * 9.094947e-13f;
        float t19 = v < -110.0f ? -110.0f : v;
        float t20 = Math.fma(t18, 1.0f, 4.0f);
        float t21 = Math.fma(t20, t18, 8.0f);
        float t22 = Math.fma(t21, t18, 8.0f);
        float t23 = Math.fma(t22, t18, 4.0f);
        float t24 = t18 + 4.0f;
        float t25 = Math.fma(t18, t24, 6.0f);
        float t26 = Math.fma(t19, 4.0f, t25);
        float t27 = t19 + 1.0f;
        float t28 = t27 * 4.0f;
        float t29 = Math.fma(t18, t26, t28);
        float t30 = t16 * t12;
        float t31 = t16 * t29;
        float t32 = Math.fma(t30, t29, t31);
        float t33 = v > 110.0f ? 110.0f : v;
        float t34 = Math.fma(t18, 2.0f, 2.0f);
        float t35 = Math.fma(t18, t34, 1.0f);
        float t36 = t33 * 4.0f;
        float t37 = t18 * t18;
        float t38 = t36 * t37;
        float t39 = t18 + 1.0f;
        float t40 = Math.fma(t18, 2.0f, 1.0f);
        float t41 = t40 * t35;
        float t42 = Math.fma(t38, t39, t41);
        float t43 = v < 0.0f ? t32 : t42;
        float t44 = t35 * t35;
        float t45 = v < 0.0f ? t23 : t44;
        float t46 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t47 = t43 / t45;
        float t48 = t47 * t46;
        dx[dxo + i] = dy[dyo + i] * t48;
      }
    }
  }
}
