// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.MIN;

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
      float t2 = Math.fma(t1, 1.442695f, 12583079.0f);
      float t3 = t2 - 12583079.0f;
      float t4 = Math.fma(t3, -0.69314575f, t1);
      float t5 = Math.fma(t3, -1.4286068e-06f, t4);
      float t6 = t5 * t5;
      float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
      float t8 = Math.fma(t7, t5, 0.041667223f);
      float t9 = Math.fma(t8, t5, 0.16666539f);
      float t10 = Math.fma(t9, t5, 0.49999997f);
      float t11 = Math.fma(t6, t10, t5);
      int t12 = Float.floatToRawIntBits(t2);
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = t14 * 9.094947e-13f;
      float t16 = t11 + 1.0f;
      float t17 = t15 * t16;
      float t18 = t11 * 2.0f;
      float t19 = Math.fma(t17, t16, t18);
      float t20 = t14 * 2.0f;
      float t21 = Math.fma(t14, t19, t20);
      float t22 = t21 * 9.094947e-13f;
      float t23 = t22 + 2.0f;
      float t24 = t23 - 2.0f;
      float t25 = t22 - t24;
      float t26 = 1.0f / t23;
      float t27 = -t25;
      float t28 = -t23;
      float t29 = Math.fma(t28, t26, 1.0f);
      float t30 = Math.fma(t27, t26, t29);
      float t31 = t26 * t30;
      float t32 = v < -110.0f ? -110.0f : v;
      float t33 = t32 * t21;
      float t34 = -t33;
      float t35 = Math.fma(t32, t21, t34);
      float t36 = t35 * t26;
      float t37 = Math.fma(t33, t31, t36);
      float t38 = Math.fma(t33, t26, t37);
      float t39 = t38 * 9.094947e-13f;
      float t40 = v == 0.0f ? v : t39;
      float t41 = v > 12.0f ? v : t40;
      return t41;
    }

    @Override
    public float derivative(float v) {
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1130102783);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = Math.fma(t5, 1.442695f, 12583079.0f);
      float t7 = t6 - 12583079.0f;
      float t8 = Math.fma(t7, -0.69314575f, t5);
      float t9 = Math.fma(t7, -1.4286068e-06f, t8);
      float t10 = t9 * t9;
      float t11 = Math.fma(t9, 0.0013882393f, 0.008367181f);
      float t12 = Math.fma(t11, t9, 0.041667223f);
      float t13 = Math.fma(t12, t9, 0.16666539f);
      float t14 = Math.fma(t13, t9, 0.49999997f);
      float t15 = Math.fma(t10, t14, t9);
      int t16 = Float.floatToRawIntBits(t6);
      int t17 = t16 << 23;
      float t18 = Float.intBitsToFloat(t17);
      float t19 = Math.fma(t15, t18, t18);
      float t20 = t19 * 9.094947e-13f;
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = Math.fma(t20, 1.0f, 4.0f);
      float t23 = Math.fma(t22, t20, 8.0f);
      float t24 = Math.fma(t23, t20, 8.0f);
      float t25 = Math.fma(t24, t20, 4.0f);
      float t26 = t20 + 4.0f;
      float t27 = Math.fma(t20, t26, 6.0f);
      float t28 = Math.fma(t21, 4.0f, t27);
      float t29 = t21 + 1.0f;
      float t30 = t29 * 4.0f;
      float t31 = Math.fma(t20, t28, t30);
      float t32 = t18 * t15;
      float t33 = t18 * t31;
      float t34 = Math.fma(t32, t31, t33);
      float t35 = v > 110.0f ? 110.0f : v;
      float t36 = Math.fma(t20, 2.0f, 2.0f);
      float t37 = Math.fma(t20, t36, 1.0f);
      float t38 = t35 * 4.0f;
      float t39 = t20 * t20;
      float t40 = t38 * t39;
      float t41 = t20 + 1.0f;
      float t42 = Math.fma(t20, 2.0f, 1.0f);
      float t43 = t42 * t37;
      float t44 = Math.fma(t40, t41, t43);
      float t45 = v < 0.0f ? t34 : t44;
      float t46 = t37 * t37;
      float t47 = v < 0.0f ? t25 : t46;
      float t48 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t49 = t45 / t47;
      float t50 = t49 * t48;
      return t50;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
        float t1 = t0 < -110.0f ? -110.0f : t0;
        float t2 = Math.fma(t1, 1.442695f, 12583079.0f);
        float t3 = t2 - 12583079.0f;
        float t4 = Math.fma(t3, -0.69314575f, t1);
        float t5 = Math.fma(t3, -1.4286068e-06f, t4);
        float t6 = t5 * t5;
        float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
        float t8 = Math.fma(t7, t5, 0.041667223f);
        float t9 = Math.fma(t8, t5, 0.16666539f);
        float t10 = Math.fma(t9, t5, 0.49999997f);
        float t11 = Math.fma(t6, t10, t5);
        int t12 = Float.floatToRawIntBits(t2);
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = t14 * 9.094947e-13f;
        float t16 = t11 + 1.0f;
        float t17 = t15 * t16;
        float t18 = t11 * 2.0f;
        float t19 = Math.fma(t17, t16, t18);
        float t20 = t14 * 2.0f;
        float t21 = Math.fma(t14, t19, t20);
        float t22 = t21 * 9.094947e-13f;
        float t23 = t22 + 2.0f;
        float t24 = t23 - 2.0f;
        float t25 = t22 - t24;
        float t26 = 1.0f / t23;
        float t27 = -t25;
        float t28 = -t23;
        float t29 = Math.fma(t28, t26, 1.0f);
        float t30 = Math.fma(t27, t26, t29);
        float t31 = t26 * t30;
        float t32 = v < -110.0f ? -110.0f : v;
        float t33 = t32 * t21;
        float t34 = -t33;
        float t35 = Math.fma(t32, t21, t34);
        float t36 = t35 * t26;
        float t37 = Math.fma(t33, t31, t36);
        float t38 = Math.fma(t33, t26, t37);
        float t39 = t38 * 9.094947e-13f;
        float t40 = v == 0.0f ? v : t39;
        float t41 = v > 12.0f ? v : t40;
        y[yo + i] = t41;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1130102783);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = Math.fma(t5, 1.442695f, 12583079.0f);
        float t7 = t6 - 12583079.0f;
        float t8 = Math.fma(t7, -0.69314575f, t5);
        float t9 = Math.fma(t7, -1.4286068e-06f, t8);
        float t10 = t9 * t9;
        float t11 = Math.fma(t9, 0.0013882393f, 0.008367181f);
        float t12 = Math.fma(t11, t9, 0.041667223f);
        float t13 = Math.fma(t12, t9, 0.16666539f);
        float t14 = Math.fma(t13, t9, 0.49999997f);
        float t15 = Math.fma(t10, t14, t9);
        int t16 = Float.floatToRawIntBits(t6);
        int t17 = t16 << 23;
        float t18 = Float.intBitsToFloat(t17);
        float t19 = Math.fma(t15, t18, t18);
        float t20 = t19 * 9.094947e-13f;
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = Math.fma(t20, 1.0f, 4.0f);
        float t23 = Math.fma(t22, t20, 8.0f);
        float t24 = Math.fma(t23, t20, 8.0f);
        float t25 = Math.fma(t24, t20, 4.0f);
        float t26 = t20 + 4.0f;
        float t27 = Math.fma(t20, t26, 6.0f);
        float t28 = Math.fma(t21, 4.0f, t27);
        float t29 = t21 + 1.0f;
        float t30 = t29 * 4.0f;
        float t31 = Math.fma(t20, t28, t30);
        float t32 = t18 * t15;
        float t33 = t18 * t31;
        float t34 = Math.fma(t32, t31, t33);
        float t35 = v > 110.0f ? 110.0f : v;
        float t36 = Math.fma(t20, 2.0f, 2.0f);
        float t37 = Math.fma(t20, t36, 1.0f);
        float t38 = t35 * 4.0f;
        float t39 = t20 * t20;
        float t40 = t38 * t39;
        float t41 = t20 + 1.0f;
        float t42 = Math.fma(t20, 2.0f, 1.0f);
        float t43 = t42 * t37;
        float t44 = Math.fma(t40, t41, t43);
        float t45 = v < 0.0f ? t34 : t44;
        float t46 = t37 * t37;
        float t47 = v < 0.0f ? t25 : t46;
        float t48 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t49 = t45 / t47;
        float t50 = t49 * t48;
        dx[dxo + i] = dy[dyo + i] * t50;
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
      float t2 = Math.fma(t1, 1.442695f, 12583079.0f);
      float t3 = t2 - 12583079.0f;
      float t4 = Math.fma(t3, -0.69314575f, t1);
      float t5 = Math.fma(t3, -1.4286068e-06f, t4);
      float t6 = t5 * t5;
      float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
      float t8 = Math.fma(t7, t5, 0.041667223f);
      float t9 = Math.fma(t8, t5, 0.16666539f);
      float t10 = Math.fma(t9, t5, 0.49999997f);
      float t11 = Math.fma(t6, t10, t5);
      int t12 = Float.floatToRawIntBits(t2);
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = t14 * 9.094947e-13f;
      float t16 = t11 + 1.0f;
      float t17 = t15 * t16;
      float t18 = t11 * 2.0f;
      float t19 = Math.fma(t17, t16, t18);
      float t20 = t14 * 2.0f;
      float t21 = Math.fma(t14, t19, t20);
      float t22 = t21 * 9.094947e-13f;
      float t23 = t22 + 2.0f;
      float t24 = t23 - 2.0f;
      float t25 = t22 - t24;
      float t26 = 1.0f / t23;
      float t27 = -t25;
      float t28 = -t23;
      float t29 = Math.fma(t28, t26, 1.0f);
      float t30 = Math.fma(t27, t26, t29);
      float t31 = t26 * t30;
      float t32 = v < -110.0f ? -110.0f : v;
      float t33 = t32 * t21;
      float t34 = -t33;
      float t35 = Math.fma(t32, t21, t34);
      float t36 = t35 * t26;
      float t37 = Math.fma(t33, t31, t36);
      float t38 = Math.fma(t33, t26, t37);
      float t39 = t38 * 9.094947e-13f;
      float t40 = v == 0.0f ? v : t39;
      float t41 = v > 12.0f ? v : t40;
      return t41;
    }

    @Override
    public float derivative(float v) {
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1130102783);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = Math.fma(t5, 1.442695f, 12583079.0f);
      float t7 = t6 - 12583079.0f;
      float t8 = Math.fma(t7, -0.69314575f, t5);
      float t9 = Math.fma(t7, -1.4286068e-06f, t8);
      float t10 = t9 * t9;
      float t11 = Math.fma(t9, 0.0013882393f, 0.008367181f);
      float t12 = Math.fma(t11, t9, 0.041667223f);
      float t13 = Math.fma(t12, t9, 0.16666539f);
      float t14 = Math.fma(t13, t9, 0.49999997f);
      float t15 = Math.fma(t10, t14, t9);
      int t16 = Float.floatToRawIntBits(t6);
      int t17 = t16 << 23;
      float t18 = Float.intBitsToFloat(t17);
      float t19 = Math.fma(t15, t18, t18);
      float t20 = t19 * 9.094947e-13f;
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = Math.fma(t20, 1.0f, 4.0f);
      float t23 = Math.fma(t22, t20, 8.0f);
      float t24 = Math.fma(t23, t20, 8.0f);
      float t25 = Math.fma(t24, t20, 4.0f);
      float t26 = t20 + 4.0f;
      float t27 = Math.fma(t20, t26, 6.0f);
      float t28 = Math.fma(t21, 4.0f, t27);
      float t29 = t21 + 1.0f;
      float t30 = t29 * 4.0f;
      float t31 = Math.fma(t20, t28, t30);
      float t32 = t18 * t15;
      float t33 = t18 * t31;
      float t34 = Math.fma(t32, t31, t33);
      float t35 = v > 110.0f ? 110.0f : v;
      float t36 = Math.fma(t20, 2.0f, 2.0f);
      float t37 = Math.fma(t20, t36, 1.0f);
      float t38 = t35 * 4.0f;
      float t39 = t20 * t20;
      float t40 = t38 * t39;
      float t41 = t20 + 1.0f;
      float t42 = Math.fma(t20, 2.0f, 1.0f);
      float t43 = t42 * t37;
      float t44 = Math.fma(t40, t41, t43);
      float t45 = v < 0.0f ? t34 : t44;
      float t46 = t37 * t37;
      float t47 = v < 0.0f ? t25 : t46;
      float t48 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t49 = t45 / t47;
      float t50 = t49 * t48;
      return t50;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.blend(FloatVector.broadcast(S, 12.0f), va.compare(GT, 12.0f));
        FloatVector b0 = vb.blend(FloatVector.broadcast(S, 12.0f), vb.compare(GT, 12.0f));
        FloatVector a1 = a0.blend(FloatVector.broadcast(S, -110.0f), a0.compare(LT, -110.0f));
        FloatVector b1 = b0.blend(FloatVector.broadcast(S, -110.0f), b0.compare(LT, -110.0f));
        FloatVector a2 = a1.fma(1.442695f, 12583079.0f);
        FloatVector b2 = b1.fma(1.442695f, 12583079.0f);
        FloatVector a3 = a2.sub(12583079.0f);
        FloatVector b3 = b2.sub(12583079.0f);
        FloatVector a4 = a3.fma(FloatVector.broadcast(S, -0.69314575f), a1);
        FloatVector b4 = b3.fma(FloatVector.broadcast(S, -0.69314575f), b1);
        FloatVector a5 = a3.fma(FloatVector.broadcast(S, -1.4286068e-06f), a4);
        FloatVector b5 = b3.fma(FloatVector.broadcast(S, -1.4286068e-06f), b4);
        FloatVector a6 = a5.mul(a5);
        FloatVector b6 = b5.mul(b5);
        FloatVector a7 = a5.fma(0.0013882393f, 0.008367181f);
        FloatVector b7 = b5.fma(0.0013882393f, 0.008367181f);
        FloatVector a8 = a7.fma(a5, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b8 = b7.fma(b5, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a9 = a8.fma(a5, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b9 = b8.fma(b5, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a10 = a9.fma(a5, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b10 = b9.fma(b5, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a11 = a6.fma(a10, a5);
        FloatVector b11 = b6.fma(b10, b5);
        IntVector a12 = a2.reinterpretAsInts();
        IntVector b12 = b2.reinterpretAsInts();
        IntVector a13 = a12.lanewise(LSHL, 23);
        IntVector b13 = b12.lanewise(LSHL, 23);
        FloatVector a14 = a13.reinterpretAsFloats();
        FloatVector b14 = b13.reinterpretAsFloats();
        FloatVector a15 = a14.mul(9.094947e-13f);
        FloatVector b15 = b14.mul(9.094947e-13f);
        FloatVector a16 = a11.add(1.0f);
        FloatVector b16 = b11.add(1.0f);
        FloatVector a17 = a15.mul(a16);
        FloatVector b17 = b15.mul(b16);
        FloatVector a18 = a11.mul(2.0f);
        FloatVector b18 = b11.mul(2.0f);
        FloatVector a19 = a17.fma(a16, a18);
        FloatVector b19 = b17.fma(b16, b18);
        FloatVector a20 = a14.mul(2.0f);
        FloatVector b20 = b14.mul(2.0f);
        FloatVector a21 = a14.fma(a19, a20);
        FloatVector b21 = b14.fma(b19, b20);
        FloatVector a22 = a21.mul(9.094947e-13f);
        FloatVector b22 = b21.mul(9.094947e-13f);
        FloatVector a23 = a22.add(2.0f);
        FloatVector b23 = b22.add(2.0f);
        FloatVector a24 = a23.sub(2.0f);
        FloatVector b24 = b23.sub(2.0f);
        FloatVector a25 = a22.sub(a24);
        FloatVector b25 = b22.sub(b24);
        FloatVector a26 = FloatVector.broadcast(S, 1.0f).div(a23);
        FloatVector b26 = FloatVector.broadcast(S, 1.0f).div(b23);
        FloatVector a27 = a25.neg();
        FloatVector b27 = b25.neg();
        FloatVector a28 = a23.neg();
        FloatVector b28 = b23.neg();
        FloatVector a29 = a28.fma(a26, FloatVector.broadcast(S, 1.0f));
        FloatVector b29 = b28.fma(b26, FloatVector.broadcast(S, 1.0f));
        FloatVector a30 = a27.fma(a26, a29);
        FloatVector b30 = b27.fma(b26, b29);
        FloatVector a31 = a26.mul(a30);
        FloatVector b31 = b26.mul(b30);
        FloatVector a32 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b32 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a33 = a32.mul(a21);
        FloatVector b33 = b32.mul(b21);
        FloatVector a34 = a33.neg();
        FloatVector b34 = b33.neg();
        FloatVector a35 = a32.fma(a21, a34);
        FloatVector b35 = b32.fma(b21, b34);
        FloatVector a36 = a35.mul(a26);
        FloatVector b36 = b35.mul(b26);
        FloatVector a37 = a33.fma(a31, a36);
        FloatVector b37 = b33.fma(b31, b36);
        FloatVector a38 = a33.fma(a26, a37);
        FloatVector b38 = b33.fma(b26, b37);
        FloatVector a39 = a38.mul(9.094947e-13f);
        FloatVector b39 = b38.mul(9.094947e-13f);
        FloatVector a40 = a39.blend(va, va.compare(EQ, 0.0f));
        FloatVector b40 = b39.blend(vb, vb.compare(EQ, 0.0f));
        FloatVector a41 = a40.blend(va, va.compare(GT, 12.0f));
        FloatVector b41 = b40.blend(vb, vb.compare(GT, 12.0f));
        a41.intoArray(y, yo + i);
        b41.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, 12.0f), v.compare(GT, 12.0f));
        FloatVector t1 = t0.blend(FloatVector.broadcast(S, -110.0f), t0.compare(LT, -110.0f));
        FloatVector t2 = t1.fma(1.442695f, 12583079.0f);
        FloatVector t3 = t2.sub(12583079.0f);
        FloatVector t4 = t3.fma(FloatVector.broadcast(S, -0.69314575f), t1);
        FloatVector t5 = t3.fma(FloatVector.broadcast(S, -1.4286068e-06f), t4);
        FloatVector t6 = t5.mul(t5);
        FloatVector t7 = t5.fma(0.0013882393f, 0.008367181f);
        FloatVector t8 = t7.fma(t5, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t9 = t8.fma(t5, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t10 = t9.fma(t5, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t11 = t6.fma(t10, t5);
        IntVector t12 = t2.reinterpretAsInts();
        IntVector t13 = t12.lanewise(LSHL, 23);
        FloatVector t14 = t13.reinterpretAsFloats();
        FloatVector t15 = t14.mul(9.094947e-13f);
        FloatVector t16 = t11.add(1.0f);
        FloatVector t17 = t15.mul(t16);
        FloatVector t18 = t11.mul(2.0f);
        FloatVector t19 = t17.fma(t16, t18);
        FloatVector t20 = t14.mul(2.0f);
        FloatVector t21 = t14.fma(t19, t20);
        FloatVector t22 = t21.mul(9.094947e-13f);
        FloatVector t23 = t22.add(2.0f);
        FloatVector t24 = t23.sub(2.0f);
        FloatVector t25 = t22.sub(t24);
        FloatVector t26 = FloatVector.broadcast(S, 1.0f).div(t23);
        FloatVector t27 = t25.neg();
        FloatVector t28 = t23.neg();
        FloatVector t29 = t28.fma(t26, FloatVector.broadcast(S, 1.0f));
        FloatVector t30 = t27.fma(t26, t29);
        FloatVector t31 = t26.mul(t30);
        FloatVector t32 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t33 = t32.mul(t21);
        FloatVector t34 = t33.neg();
        FloatVector t35 = t32.fma(t21, t34);
        FloatVector t36 = t35.mul(t26);
        FloatVector t37 = t33.fma(t31, t36);
        FloatVector t38 = t33.fma(t26, t37);
        FloatVector t39 = t38.mul(9.094947e-13f);
        FloatVector t40 = t39.blend(v, v.compare(EQ, 0.0f));
        FloatVector t41 = t40.blend(v, v.compare(GT, 12.0f));
        t41.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
        float t1 = t0 < -110.0f ? -110.0f : t0;
        float t2 = Math.fma(t1, 1.442695f, 12583079.0f);
        float t3 = t2 - 12583079.0f;
        float t4 = Math.fma(t3, -0.69314575f, t1);
        float t5 = Math.fma(t3, -1.4286068e-06f, t4);
        float t6 = t5 * t5;
        float t7 = Math.fma(t5, 0.0013882393f, 0.008367181f);
        float t8 = Math.fma(t7, t5, 0.041667223f);
        float t9 = Math.fma(t8, t5, 0.16666539f);
        float t10 = Math.fma(t9, t5, 0.49999997f);
        float t11 = Math.fma(t6, t10, t5);
        int t12 = Float.floatToRawIntBits(t2);
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = t14 * 9.094947e-13f;
        float t16 = t11 + 1.0f;
        float t17 = t15 * t16;
        float t18 = t11 * 2.0f;
        float t19 = Math.fma(t17, t16, t18);
        float t20 = t14 * 2.0f;
        float t21 = Math.fma(t14, t19, t20);
        float t22 = t21 * 9.094947e-13f;
        float t23 = t22 + 2.0f;
        float t24 = t23 - 2.0f;
        float t25 = t22 - t24;
        float t26 = 1.0f / t23;
        float t27 = -t25;
        float t28 = -t23;
        float t29 = Math.fma(t28, t26, 1.0f);
        float t30 = Math.fma(t27, t26, t29);
        float t31 = t26 * t30;
        float t32 = v < -110.0f ? -110.0f : v;
        float t33 = t32 * t21;
        float t34 = -t33;
        float t35 = Math.fma(t32, t21, t34);
        float t36 = t35 * t26;
        float t37 = Math.fma(t33, t31, t36);
        float t38 = Math.fma(t33, t26, t37);
        float t39 = t38 * 9.094947e-13f;
        float t40 = v == 0.0f ? v : t39;
        float t41 = v > 12.0f ? v : t40;
        y[yo + i] = t41;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        IntVector a0 = va.reinterpretAsInts();
        IntVector b0 = vb.reinterpretAsInts();
        IntVector a1 = a0.and(0x7fffffff);
        IntVector b1 = b0.and(0x7fffffff);
        IntVector a2 = a1.add(8388607);
        IntVector b2 = b1.add(8388607);
        IntVector a3 = a2.lanewise(MIN, 1130102783);
        IntVector b3 = b2.lanewise(MIN, 1130102783);
        IntVector a4 = a3.add(2139095041);
        IntVector b4 = b3.add(2139095041);
        FloatVector a5 = a4.reinterpretAsFloats();
        FloatVector b5 = b4.reinterpretAsFloats();
        FloatVector a6 = a5.fma(1.442695f, 12583079.0f);
        FloatVector b6 = b5.fma(1.442695f, 12583079.0f);
        FloatVector a7 = a6.sub(12583079.0f);
        FloatVector b7 = b6.sub(12583079.0f);
        FloatVector a8 = a7.fma(FloatVector.broadcast(S, -0.69314575f), a5);
        FloatVector b8 = b7.fma(FloatVector.broadcast(S, -0.69314575f), b5);
        FloatVector a9 = a7.fma(FloatVector.broadcast(S, -1.4286068e-06f), a8);
        FloatVector b9 = b7.fma(FloatVector.broadcast(S, -1.4286068e-06f), b8);
        FloatVector a10 = a9.mul(a9);
        FloatVector b10 = b9.mul(b9);
        FloatVector a11 = a9.fma(0.0013882393f, 0.008367181f);
        FloatVector b11 = b9.fma(0.0013882393f, 0.008367181f);
        FloatVector a12 = a11.fma(a9, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b12 = b11.fma(b9, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a13 = a12.fma(a9, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b13 = b12.fma(b9, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a14 = a13.fma(a9, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b14 = b13.fma(b9, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a15 = a10.fma(a14, a9);
        FloatVector b15 = b10.fma(b14, b9);
        IntVector a16 = a6.reinterpretAsInts();
        IntVector b16 = b6.reinterpretAsInts();
        IntVector a17 = a16.lanewise(LSHL, 23);
        IntVector b17 = b16.lanewise(LSHL, 23);
        FloatVector a18 = a17.reinterpretAsFloats();
        FloatVector b18 = b17.reinterpretAsFloats();
        FloatVector a19 = a15.fma(a18, a18);
        FloatVector b19 = b15.fma(b18, b18);
        FloatVector a20 = a19.mul(9.094947e-13f);
        FloatVector b20 = b19.mul(9.094947e-13f);
        FloatVector a21 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b21 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a22 = a20.fma(1.0f, 4.0f);
        FloatVector b22 = b20.fma(1.0f, 4.0f);
        FloatVector a23 = a22.fma(a20, FloatVector.broadcast(S, 8.0f));
        FloatVector b23 = b22.fma(b20, FloatVector.broadcast(S, 8.0f));
        FloatVector a24 = a23.fma(a20, FloatVector.broadcast(S, 8.0f));
        FloatVector b24 = b23.fma(b20, FloatVector.broadcast(S, 8.0f));
        FloatVector a25 = a24.fma(a20, FloatVector.broadcast(S, 4.0f));
        FloatVector b25 = b24.fma(b20, FloatVector.broadcast(S, 4.0f));
        FloatVector a26 = a20.add(4.0f);
        FloatVector b26 = b20.add(4.0f);
        FloatVector a27 = a20.fma(a26, FloatVector.broadcast(S, 6.0f));
        FloatVector b27 = b20.fma(b26, FloatVector.broadcast(S, 6.0f));
        FloatVector a28 = a21.fma(FloatVector.broadcast(S, 4.0f), a27);
        FloatVector b28 = b21.fma(FloatVector.broadcast(S, 4.0f), b27);
        FloatVector a29 = a21.add(1.0f);
        FloatVector b29 = b21.add(1.0f);
        FloatVector a30 = a29.mul(4.0f);
        FloatVector b30 = b29.mul(4.0f);
        FloatVector a31 = a20.fma(a28, a30);
        FloatVector b31 = b20.fma(b28, b30);
        FloatVector a32 = a18.mul(a15);
        FloatVector b32 = b18.mul(b15);
        FloatVector a33 = a18.mul(a31);
        FloatVector b33 = b18.mul(b31);
        FloatVector a34 = a32.fma(a31, a33);
        FloatVector b34 = b32.fma(b31, b33);
        FloatVector a35 = va.blend(FloatVector.broadcast(S, 110.0f), va.compare(GT, 110.0f));
        FloatVector b35 = vb.blend(FloatVector.broadcast(S, 110.0f), vb.compare(GT, 110.0f));
        FloatVector a36 = a20.fma(2.0f, 2.0f);
        FloatVector b36 = b20.fma(2.0f, 2.0f);
        FloatVector a37 = a20.fma(a36, FloatVector.broadcast(S, 1.0f));
        FloatVector b37 = b20.fma(b36, FloatVector.broadcast(S, 1.0f));
        FloatVector a38 = a35.mul(4.0f);
        FloatVector b38 = b35.mul(4.0f);
        FloatVector a39 = a20.mul(a20);
        FloatVector b39 = b20.mul(b20);
        FloatVector a40 = a38.mul(a39);
        FloatVector b40 = b38.mul(b39);
        FloatVector a41 = a20.add(1.0f);
        FloatVector b41 = b20.add(1.0f);
        FloatVector a42 = a20.fma(2.0f, 1.0f);
        FloatVector b42 = b20.fma(2.0f, 1.0f);
        FloatVector a43 = a42.mul(a37);
        FloatVector b43 = b42.mul(b37);
        FloatVector a44 = a40.fma(a41, a43);
        FloatVector b44 = b40.fma(b41, b43);
        FloatVector a45 = a44.blend(a34, va.compare(LT, 0.0f));
        FloatVector b45 = b44.blend(b34, vb.compare(LT, 0.0f));
        FloatVector a46 = a37.mul(a37);
        FloatVector b46 = b37.mul(b37);
        FloatVector a47 = a46.blend(a25, va.compare(LT, 0.0f));
        FloatVector b47 = b46.blend(b25, vb.compare(LT, 0.0f));
        FloatVector a48 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), va.compare(LT, 0.0f));
        FloatVector b48 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), vb.compare(LT, 0.0f));
        FloatVector a49 = a45.div(a47);
        FloatVector b49 = b45.div(b47);
        FloatVector a50 = a49.mul(a48);
        FloatVector b50 = b49.mul(b48);
        FloatVector.fromArray(S, dy, dyo + i).mul(a50).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b50).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        IntVector t0 = v.reinterpretAsInts();
        IntVector t1 = t0.and(0x7fffffff);
        IntVector t2 = t1.add(8388607);
        IntVector t3 = t2.lanewise(MIN, 1130102783);
        IntVector t4 = t3.add(2139095041);
        FloatVector t5 = t4.reinterpretAsFloats();
        FloatVector t6 = t5.fma(1.442695f, 12583079.0f);
        FloatVector t7 = t6.sub(12583079.0f);
        FloatVector t8 = t7.fma(FloatVector.broadcast(S, -0.69314575f), t5);
        FloatVector t9 = t7.fma(FloatVector.broadcast(S, -1.4286068e-06f), t8);
        FloatVector t10 = t9.mul(t9);
        FloatVector t11 = t9.fma(0.0013882393f, 0.008367181f);
        FloatVector t12 = t11.fma(t9, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t13 = t12.fma(t9, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t14 = t13.fma(t9, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t15 = t10.fma(t14, t9);
        IntVector t16 = t6.reinterpretAsInts();
        IntVector t17 = t16.lanewise(LSHL, 23);
        FloatVector t18 = t17.reinterpretAsFloats();
        FloatVector t19 = t15.fma(t18, t18);
        FloatVector t20 = t19.mul(9.094947e-13f);
        FloatVector t21 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t22 = t20.fma(1.0f, 4.0f);
        FloatVector t23 = t22.fma(t20, FloatVector.broadcast(S, 8.0f));
        FloatVector t24 = t23.fma(t20, FloatVector.broadcast(S, 8.0f));
        FloatVector t25 = t24.fma(t20, FloatVector.broadcast(S, 4.0f));
        FloatVector t26 = t20.add(4.0f);
        FloatVector t27 = t20.fma(t26, FloatVector.broadcast(S, 6.0f));
        FloatVector t28 = t21.fma(FloatVector.broadcast(S, 4.0f), t27);
        FloatVector t29 = t21.add(1.0f);
        FloatVector t30 = t29.mul(4.0f);
        FloatVector t31 = t20.fma(t28, t30);
        FloatVector t32 = t18.mul(t15);
        FloatVector t33 = t18.mul(t31);
        FloatVector t34 = t32.fma(t31, t33);
        FloatVector t35 = v.blend(FloatVector.broadcast(S, 110.0f), v.compare(GT, 110.0f));
        FloatVector t36 = t20.fma(2.0f, 2.0f);
        FloatVector t37 = t20.fma(t36, FloatVector.broadcast(S, 1.0f));
        FloatVector t38 = t35.mul(4.0f);
        FloatVector t39 = t20.mul(t20);
        FloatVector t40 = t38.mul(t39);
        FloatVector t41 = t20.add(1.0f);
        FloatVector t42 = t20.fma(2.0f, 1.0f);
        FloatVector t43 = t42.mul(t37);
        FloatVector t44 = t40.fma(t41, t43);
        FloatVector t45 = t44.blend(t34, v.compare(LT, 0.0f));
        FloatVector t46 = t37.mul(t37);
        FloatVector t47 = t46.blend(t25, v.compare(LT, 0.0f));
        FloatVector t48 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), v.compare(LT, 0.0f));
        FloatVector t49 = t45.div(t47);
        FloatVector t50 = t49.mul(t48);
        FloatVector.fromArray(S, dy, dyo + i).mul(t50).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1130102783);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = Math.fma(t5, 1.442695f, 12583079.0f);
        float t7 = t6 - 12583079.0f;
        float t8 = Math.fma(t7, -0.69314575f, t5);
        float t9 = Math.fma(t7, -1.4286068e-06f, t8);
        float t10 = t9 * t9;
        float t11 = Math.fma(t9, 0.0013882393f, 0.008367181f);
        float t12 = Math.fma(t11, t9, 0.041667223f);
        float t13 = Math.fma(t12, t9, 0.16666539f);
        float t14 = Math.fma(t13, t9, 0.49999997f);
        float t15 = Math.fma(t10, t14, t9);
        int t16 = Float.floatToRawIntBits(t6);
        int t17 = t16 << 23;
        float t18 = Float.intBitsToFloat(t17);
        float t19 = Math.fma(t15, t18, t18);
        float t20 = t19 * 9.094947e-13f;
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = Math.fma(t20, 1.0f, 4.0f);
        float t23 = Math.fma(t22, t20, 8.0f);
        float t24 = Math.fma(t23, t20, 8.0f);
        float t25 = Math.fma(t24, t20, 4.0f);
        float t26 = t20 + 4.0f;
        float t27 = Math.fma(t20, t26, 6.0f);
        float t28 = Math.fma(t21, 4.0f, t27);
        float t29 = t21 + 1.0f;
        float t30 = t29 * 4.0f;
        float t31 = Math.fma(t20, t28, t30);
        float t32 = t18 * t15;
        float t33 = t18 * t31;
        float t34 = Math.fma(t32, t31, t33);
        float t35 = v > 110.0f ? 110.0f : v;
        float t36 = Math.fma(t20, 2.0f, 2.0f);
        float t37 = Math.fma(t20, t36, 1.0f);
        float t38 = t35 * 4.0f;
        float t39 = t20 * t20;
        float t40 = t38 * t39;
        float t41 = t20 + 1.0f;
        float t42 = Math.fma(t20, 2.0f, 1.0f);
        float t43 = t42 * t37;
        float t44 = Math.fma(t40, t41, t43);
        float t45 = v < 0.0f ? t34 : t44;
        float t46 = t37 * t37;
        float t47 = v < 0.0f ? t25 : t46;
        float t48 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t49 = t45 / t47;
        float t50 = t49 * t48;
        dx[dxo + i] = dy[dyo + i] * t50;
      }
    }
  }
}
