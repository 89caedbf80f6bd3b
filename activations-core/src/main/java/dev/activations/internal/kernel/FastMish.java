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
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.blend(FloatVector.broadcast(S, 12.0f), va.compare(GT, 12.0f));
        FloatVector b0 = vb.blend(FloatVector.broadcast(S, 12.0f), vb.compare(GT, 12.0f));
        FloatVector a1 = a0.blend(FloatVector.broadcast(S, -110.0f), a0.compare(LT, -110.0f));
        FloatVector b1 = b0.blend(FloatVector.broadcast(S, -110.0f), b0.compare(LT, -110.0f));
        FloatVector a2 = a1.fma(1.442695f, 12582912.0f);
        FloatVector b2 = b1.fma(1.442695f, 12582912.0f);
        FloatVector a3 = a2.sub(12582912.0f);
        FloatVector b3 = b2.sub(12582912.0f);
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
        IntVector a13 = a12.add(167);
        IntVector b13 = b12.add(167);
        IntVector a14 = a13.lanewise(LSHL, 23);
        IntVector b14 = b13.lanewise(LSHL, 23);
        FloatVector a15 = a14.reinterpretAsFloats();
        FloatVector b15 = b14.reinterpretAsFloats();
        FloatVector a16 = a15.mul(9.094947e-13f);
        FloatVector b16 = b15.mul(9.094947e-13f);
        FloatVector a17 = a11.add(1.0f);
        FloatVector b17 = b11.add(1.0f);
        FloatVector a18 = a16.mul(a17);
        FloatVector b18 = b16.mul(b17);
        FloatVector a19 = a11.mul(2.0f);
        FloatVector b19 = b11.mul(2.0f);
        FloatVector a20 = a18.fma(a17, a19);
        FloatVector b20 = b18.fma(b17, b19);
        FloatVector a21 = a15.mul(2.0f);
        FloatVector b21 = b15.mul(2.0f);
        FloatVector a22 = a15.fma(a20, a21);
        FloatVector b22 = b15.fma(b20, b21);
        FloatVector a23 = a22.mul(9.094947e-13f);
        FloatVector b23 = b22.mul(9.094947e-13f);
        FloatVector a24 = a23.add(2.0f);
        FloatVector b24 = b23.add(2.0f);
        FloatVector a25 = a24.sub(2.0f);
        FloatVector b25 = b24.sub(2.0f);
        FloatVector a26 = a23.sub(a25);
        FloatVector b26 = b23.sub(b25);
        FloatVector a27 = FloatVector.broadcast(S, 1.0f).div(a24);
        FloatVector b27 = FloatVector.broadcast(S, 1.0f).div(b24);
        FloatVector a28 = a26.neg();
        FloatVector b28 = b26.neg();
        FloatVector a29 = a24.neg();
        FloatVector b29 = b24.neg();
        FloatVector a30 = a29.fma(a27, FloatVector.broadcast(S, 1.0f));
        FloatVector b30 = b29.fma(b27, FloatVector.broadcast(S, 1.0f));
        FloatVector a31 = a28.fma(a27, a30);
        FloatVector b31 = b28.fma(b27, b30);
        FloatVector a32 = a27.mul(a31);
        FloatVector b32 = b27.mul(b31);
        FloatVector a33 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b33 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a34 = a33.mul(a22);
        FloatVector b34 = b33.mul(b22);
        FloatVector a35 = a34.neg();
        FloatVector b35 = b34.neg();
        FloatVector a36 = a33.fma(a22, a35);
        FloatVector b36 = b33.fma(b22, b35);
        FloatVector a37 = a36.mul(a27);
        FloatVector b37 = b36.mul(b27);
        FloatVector a38 = a34.fma(a32, a37);
        FloatVector b38 = b34.fma(b32, b37);
        FloatVector a39 = a34.fma(a27, a38);
        FloatVector b39 = b34.fma(b27, b38);
        FloatVector a40 = a39.mul(9.094947e-13f);
        FloatVector b40 = b39.mul(9.094947e-13f);
        FloatVector a41 = a40.blend(va, va.compare(EQ, 0.0f));
        FloatVector b41 = b40.blend(vb, vb.compare(EQ, 0.0f));
        FloatVector a42 = a41.blend(va, va.compare(GT, 12.0f));
        FloatVector b42 = b41.blend(vb, vb.compare(GT, 12.0f));
        a42.intoArray(y, yo + i);
        b42.intoArray(y, yo + i + LANES);
      }
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
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.abs();
        FloatVector b0 = vb.abs();
        FloatVector a1 = a0.neg();
        FloatVector b1 = b0.neg();
        FloatVector a2 = a1.blend(FloatVector.broadcast(S, -110.0f), a1.compare(LT, -110.0f));
        FloatVector b2 = b1.blend(FloatVector.broadcast(S, -110.0f), b1.compare(LT, -110.0f));
        FloatVector a3 = a2.fma(1.442695f, 12582912.0f);
        FloatVector b3 = b2.fma(1.442695f, 12582912.0f);
        FloatVector a4 = a3.sub(12582912.0f);
        FloatVector b4 = b3.sub(12582912.0f);
        FloatVector a5 = a4.fma(FloatVector.broadcast(S, -0.69314575f), a2);
        FloatVector b5 = b4.fma(FloatVector.broadcast(S, -0.69314575f), b2);
        FloatVector a6 = a4.fma(FloatVector.broadcast(S, -1.4286068e-06f), a5);
        FloatVector b6 = b4.fma(FloatVector.broadcast(S, -1.4286068e-06f), b5);
        FloatVector a7 = a6.mul(a6);
        FloatVector b7 = b6.mul(b6);
        FloatVector a8 = a6.fma(0.0013882393f, 0.008367181f);
        FloatVector b8 = b6.fma(0.0013882393f, 0.008367181f);
        FloatVector a9 = a8.fma(a6, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b9 = b8.fma(b6, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a10 = a9.fma(a6, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b10 = b9.fma(b6, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a11 = a10.fma(a6, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b11 = b10.fma(b6, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a12 = a7.fma(a11, a6);
        FloatVector b12 = b7.fma(b11, b6);
        IntVector a13 = a3.reinterpretAsInts();
        IntVector b13 = b3.reinterpretAsInts();
        IntVector a14 = a13.add(167);
        IntVector b14 = b13.add(167);
        IntVector a15 = a14.lanewise(LSHL, 23);
        IntVector b15 = b14.lanewise(LSHL, 23);
        FloatVector a16 = a15.reinterpretAsFloats();
        FloatVector b16 = b15.reinterpretAsFloats();
        FloatVector a17 = a12.fma(a16, a16);
        FloatVector b17 = b12.fma(b16, b16);
        FloatVector a18 = a17.mul(9.094947e-13f);
        FloatVector b18 = b17.mul(9.094947e-13f);
        FloatVector a19 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b19 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a20 = a18.fma(1.0f, 4.0f);
        FloatVector b20 = b18.fma(1.0f, 4.0f);
        FloatVector a21 = a20.fma(a18, FloatVector.broadcast(S, 8.0f));
        FloatVector b21 = b20.fma(b18, FloatVector.broadcast(S, 8.0f));
        FloatVector a22 = a21.fma(a18, FloatVector.broadcast(S, 8.0f));
        FloatVector b22 = b21.fma(b18, FloatVector.broadcast(S, 8.0f));
        FloatVector a23 = a22.fma(a18, FloatVector.broadcast(S, 4.0f));
        FloatVector b23 = b22.fma(b18, FloatVector.broadcast(S, 4.0f));
        FloatVector a24 = a18.add(4.0f);
        FloatVector b24 = b18.add(4.0f);
        FloatVector a25 = a18.fma(a24, FloatVector.broadcast(S, 6.0f));
        FloatVector b25 = b18.fma(b24, FloatVector.broadcast(S, 6.0f));
        FloatVector a26 = a19.fma(FloatVector.broadcast(S, 4.0f), a25);
        FloatVector b26 = b19.fma(FloatVector.broadcast(S, 4.0f), b25);
        FloatVector a27 = a19.add(1.0f);
        FloatVector b27 = b19.add(1.0f);
        FloatVector a28 = a27.mul(4.0f);
        FloatVector b28 = b27.mul(4.0f);
        FloatVector a29 = a18.fma(a26, a28);
        FloatVector b29 = b18.fma(b26, b28);
        FloatVector a30 = a16.mul(a12);
        FloatVector b30 = b16.mul(b12);
        FloatVector a31 = a16.mul(a29);
        FloatVector b31 = b16.mul(b29);
        FloatVector a32 = a30.fma(a29, a31);
        FloatVector b32 = b30.fma(b29, b31);
        FloatVector a33 = va.blend(FloatVector.broadcast(S, 110.0f), va.compare(GT, 110.0f));
        FloatVector b33 = vb.blend(FloatVector.broadcast(S, 110.0f), vb.compare(GT, 110.0f));
        FloatVector a34 = a18.fma(2.0f, 2.0f);
        FloatVector b34 = b18.fma(2.0f, 2.0f);
        FloatVector a35 = a18.fma(a34, FloatVector.broadcast(S, 1.0f));
        FloatVector b35 = b18.fma(b34, FloatVector.broadcast(S, 1.0f));
        FloatVector a36 = a33.mul(4.0f);
        FloatVector b36 = b33.mul(4.0f);
        FloatVector a37 = a18.mul(a18);
        FloatVector b37 = b18.mul(b18);
        FloatVector a38 = a36.mul(a37);
        FloatVector b38 = b36.mul(b37);
        FloatVector a39 = a18.add(1.0f);
        FloatVector b39 = b18.add(1.0f);
        FloatVector a40 = a18.fma(2.0f, 1.0f);
        FloatVector b40 = b18.fma(2.0f, 1.0f);
        FloatVector a41 = a40.mul(a35);
        FloatVector b41 = b40.mul(b35);
        FloatVector a42 = a38.fma(a39, a41);
        FloatVector b42 = b38.fma(b39, b41);
        FloatVector a43 = a42.blend(a32, va.compare(LT, 0.0f));
        FloatVector b43 = b42.blend(b32, vb.compare(LT, 0.0f));
        FloatVector a44 = a35.mul(a35);
        FloatVector b44 = b35.mul(b35);
        FloatVector a45 = a44.blend(a23, va.compare(LT, 0.0f));
        FloatVector b45 = b44.blend(b23, vb.compare(LT, 0.0f));
        FloatVector a46 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), va.compare(LT, 0.0f));
        FloatVector b46 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), vb.compare(LT, 0.0f));
        FloatVector a47 = a43.div(a45);
        FloatVector b47 = b43.div(b45);
        FloatVector a48 = a47.mul(a46);
        FloatVector b48 = b47.mul(b46);
        FloatVector.fromArray(S, dy, dyo + i).mul(a48).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b48).intoArray(dx, dxo + i + LANES);
      }
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
