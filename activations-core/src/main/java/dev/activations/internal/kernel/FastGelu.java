// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * gelu, {@link Precision#FAST}: gelu(x) = x·Φ(x): x/2 + x²·S(x²) for |x| ≤ 1/2, else Φ(−|x|) = φ(x)·M(|x|) with the Mills ratio M a rational fit, every step carried in two floats, x itself above 16. The derivative is EXACT's.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastGelu {
  private FastGelu() {}

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
      float t0 = v < -16.0f ? -16.0f : v;
      float t1 = t0 > 16.0f ? 16.0f : t0;
      float t2 = t1 * t1;
      float t3 = -t2;
      float t4 = Math.fma(t1, t1, t3);
      float t5 = Math.fma(t2, -9.444656e-06f, 1.1543469e-04f);
      float t6 = Math.fma(t5, t2, -1.1873282e-03f);
      float t7 = Math.fma(t6, t2, 0.009973557f);
      float t8 = Math.fma(t7, t2, -0.06649038f);
      float t9 = Math.fma(t8, t2, 0.3989423f);
      float t10 = t1 * 0.5f;
      float t11 = Math.fma(t4, t9, t10);
      float t12 = Math.fma(t2, t9, t11);
      float t13 = Math.abs(t1);
      float t14 = t2 * -0.5f;
      float t15 = t4 * -0.5f;
      float t16 = t14 < -110.0f ? -110.0f : t14;
      float t17 = Math.fma(t16, 1.442695f, 12582912.0f);
      float t18 = t17 - 12582912.0f;
      float t19 = Math.fma(t18, -0.69314575f, t16);
      float t20 = Math.fma(t18, -1.4286068e-06f, t19);
      float t21 = t20 + t15;
      float t22 = t21 * t21;
      float t23 = Math.fma(t21, 0.0013882393f, 0.008367181f);
      float t24 = Math.fma(t23, t21, 0.041667223f);
      float t25 = Math.fma(t24, t21, 0.16666539f);
      float t26 = Math.fma(t25, t21, 0.49999997f);
      float t27 = Math.fma(t22, t26, t21);
      int t28 = Float.floatToRawIntBits(t17);
      int t29 = t28 + 167;
      int t30 = t29 << 23;
      float t31 = Float.intBitsToFloat(t30);
      float t32 = Math.fma(t13, 4.690673e-07f, 0.012185729f);
      float t33 = Math.fma(t32, t13, 0.105038695f);
      float t34 = Math.fma(t33, t13, 0.40040714f);
      float t35 = Math.fma(t34, t13, 0.79787755f);
      float t36 = Math.fma(t13, 0.012209443f, 0.10452595f);
      float t37 = Math.fma(t36, t13, 0.43114752f);
      float t38 = Math.fma(t37, t13, 0.9572041f);
      float t39 = Math.fma(t38, t13, 1.0f);
      float t40 = t13 * t39;
      float t41 = -t40;
      float t42 = Math.fma(t13, t39, t41);
      float t43 = t40 + t35;
      float t44 = t43 - t40;
      float t45 = t43 - t44;
      float t46 = t40 - t45;
      float t47 = t35 - t44;
      float t48 = t46 + t47;
      float t49 = t48 + t42;
      float t50 = 1.0f / t43;
      float t51 = -t49;
      float t52 = -t43;
      float t53 = Math.fma(t52, t50, 1.0f);
      float t54 = Math.fma(t51, t50, t53);
      float t55 = t39 * t50;
      float t56 = -t55;
      float t57 = Math.fma(t39, t50, t56);
      float t58 = Math.fma(t55, t54, t57);
      float t59 = Math.fma(t27, t55, t55);
      float t60 = t55 - t59;
      float t61 = Math.fma(t27, t55, t60);
      float t62 = Math.fma(t58, t27, t58);
      float t63 = t61 + t62;
      float t64 = t31 * t59;
      float t65 = t31 * t63;
      float t66 = t64 * 0.3989423f;
      float t67 = -t66;
      float t68 = Math.fma(t64, 0.3989423f, t67);
      float t69 = Math.fma(t64, -1.133517e-08f, t68);
      float t70 = Math.fma(t65, 0.3989423f, t69);
      float t71 = t1 * t70;
      float t72 = Math.fma(t1, t66, t71);
      float t73 = t72 * 9.094947e-13f;
      float t74 = t66 * 9.094947e-13f;
      float t75 = 1.0f - t74;
      float t76 = 1.0f - t75;
      float t77 = t76 - t74;
      float t78 = t70 * 9.094947e-13f;
      float t79 = t77 - t78;
      float t80 = t1 * t79;
      float t81 = Math.fma(t1, t75, t80);
      float t82 = v < 0.0f ? t73 : t81;
      float t83 = t13 <= 0.5f ? t12 : t82;
      float t84 = v * 0.5f;
      float t85 = v + 1.0e-45f;
      float t86 = t85 * 0.5f;
      int t87 = Float.floatToRawIntBits(t86);
      int t88 = Float.floatToRawIntBits(v);
      int t89 = t88 & Integer.MIN_VALUE;
      int t90 = t87 | t89;
      float t91 = Float.intBitsToFloat(t90);
      float t92 = t84 + t84;
      float t93 = t92 == v ? t84 : t91;
      float t94 = t13 < 8.6736174e-19f ? t93 : t83;
      float t95 = v > 16.0f ? v : t94;
      return t95;
    }

    @Override
    public float derivative(float v) {
      return exact.derivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -16.0f ? -16.0f : v;
        float t1 = t0 > 16.0f ? 16.0f : t0;
        float t2 = t1 * t1;
        float t3 = -t2;
        float t4 = Math.fma(t1, t1, t3);
        float t5 = Math.fma(t2, -9.444656e-06f, 1.1543469e-04f);
        float t6 = Math.fma(t5, t2, -1.1873282e-03f);
        float t7 = Math.fma(t6, t2, 0.009973557f);
        float t8 = Math.fma(t7, t2, -0.06649038f);
        float t9 = Math.fma(t8, t2, 0.3989423f);
        float t10 = t1 * 0.5f;
        float t11 = Math.fma(t4, t9, t10);
        float t12 = Math.fma(t2, t9, t11);
        float t13 = Math.abs(t1);
        float t14 = t2 * -0.5f;
        float t15 = t4 * -0.5f;
        float t16 = t14 < -110.0f ? -110.0f : t14;
        float t17 = Math.fma(t16, 1.442695f, 12582912.0f);
        float t18 = t17 - 12582912.0f;
        float t19 = Math.fma(t18, -0.69314575f, t16);
        float t20 = Math.fma(t18, -1.4286068e-06f, t19);
        float t21 = t20 + t15;
        float t22 = t21 * t21;
        float t23 = Math.fma(t21, 0.0013882393f, 0.008367181f);
        float t24 = Math.fma(t23, t21, 0.041667223f);
        float t25 = Math.fma(t24, t21, 0.16666539f);
        float t26 = Math.fma(t25, t21, 0.49999997f);
        float t27 = Math.fma(t22, t26, t21);
        int t28 = Float.floatToRawIntBits(t17);
        int t29 = t28 + 167;
        int t30 = t29 << 23;
        float t31 = Float.intBitsToFloat(t30);
        float t32 = Math.fma(t13, 4.690673e-07f, 0.012185729f);
        float t33 = Math.fma(t32, t13, 0.105038695f);
        float t34 = Math.fma(t33, t13, 0.40040714f);
        float t35 = Math.fma(t34, t13, 0.79787755f);
        float t36 = Math.fma(t13, 0.012209443f, 0.10452595f);
        float t37 = Math.fma(t36, t13, 0.43114752f);
        float t38 = Math.fma(t37, t13, 0.9572041f);
        float t39 = Math.fma(t38, t13, 1.0f);
        float t40 = t13 * t39;
        float t41 = -t40;
        float t42 = Math.fma(t13, t39, t41);
        float t43 = t40 + t35;
        float t44 = t43 - t40;
        float t45 = t43 - t44;
        float t46 = t40 - t45;
        float t47 = t35 - t44;
        float t48 = t46 + t47;
        float t49 = t48 + t42;
        float t50 = 1.0f / t43;
        float t51 = -t49;
        float t52 = -t43;
        float t53 = Math.fma(t52, t50, 1.0f);
        float t54 = Math.fma(t51, t50, t53);
        float t55 = t39 * t50;
        float t56 = -t55;
        float t57 = Math.fma(t39, t50, t56);
        float t58 = Math.fma(t55, t54, t57);
        float t59 = Math.fma(t27, t55, t55);
        float t60 = t55 - t59;
        float t61 = Math.fma(t27, t55, t60);
        float t62 = Math.fma(t58, t27, t58);
        float t63 = t61 + t62;
        float t64 = t31 * t59;
        float t65 = t31 * t63;
        float t66 = t64 * 0.3989423f;
        float t67 = -t66;
        float t68 = Math.fma(t64, 0.3989423f, t67);
        float t69 = Math.fma(t64, -1.133517e-08f, t68);
        float t70 = Math.fma(t65, 0.3989423f, t69);
        float t71 = t1 * t70;
        float t72 = Math.fma(t1, t66, t71);
        float t73 = t72 * 9.094947e-13f;
        float t74 = t66 * 9.094947e-13f;
        float t75 = 1.0f - t74;
        float t76 = 1.0f - t75;
        float t77 = t76 - t74;
        float t78 = t70 * 9.094947e-13f;
        float t79 = t77 - t78;
        float t80 = t1 * t79;
        float t81 = Math.fma(t1, t75, t80);
        float t82 = v < 0.0f ? t73 : t81;
        float t83 = t13 <= 0.5f ? t12 : t82;
        float t84 = v * 0.5f;
        float t85 = v + 1.0e-45f;
        float t86 = t85 * 0.5f;
        int t87 = Float.floatToRawIntBits(t86);
        int t88 = Float.floatToRawIntBits(v);
        int t89 = t88 & Integer.MIN_VALUE;
        int t90 = t87 | t89;
        float t91 = Float.intBitsToFloat(t90);
        float t92 = t84 + t84;
        float t93 = t92 == v ? t84 : t91;
        float t94 = t13 < 8.6736174e-19f ? t93 : t83;
        float t95 = v > 16.0f ? v : t94;
        y[yo + i] = t95;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      exact.backward(x, xo, dy, dyo, dx, dxo, n);
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
      float t0 = v < -16.0f ? -16.0f : v;
      float t1 = t0 > 16.0f ? 16.0f : t0;
      float t2 = t1 * t1;
      float t3 = -t2;
      float t4 = Math.fma(t1, t1, t3);
      float t5 = Math.fma(t2, -9.444656e-06f, 1.1543469e-04f);
      float t6 = Math.fma(t5, t2, -1.1873282e-03f);
      float t7 = Math.fma(t6, t2, 0.009973557f);
      float t8 = Math.fma(t7, t2, -0.06649038f);
      float t9 = Math.fma(t8, t2, 0.3989423f);
      float t10 = t1 * 0.5f;
      float t11 = Math.fma(t4, t9, t10);
      float t12 = Math.fma(t2, t9, t11);
      float t13 = Math.abs(t1);
      float t14 = t2 * -0.5f;
      float t15 = t4 * -0.5f;
      float t16 = t14 < -110.0f ? -110.0f : t14;
      float t17 = Math.fma(t16, 1.442695f, 12582912.0f);
      float t18 = t17 - 12582912.0f;
      float t19 = Math.fma(t18, -0.69314575f, t16);
      float t20 = Math.fma(t18, -1.4286068e-06f, t19);
      float t21 = t20 + t15;
      float t22 = t21 * t21;
      float t23 = Math.fma(t21, 0.0013882393f, 0.008367181f);
      float t24 = Math.fma(t23, t21, 0.041667223f);
      float t25 = Math.fma(t24, t21, 0.16666539f);
      float t26 = Math.fma(t25, t21, 0.49999997f);
      float t27 = Math.fma(t22, t26, t21);
      int t28 = Float.floatToRawIntBits(t17);
      int t29 = t28 + 167;
      int t30 = t29 << 23;
      float t31 = Float.intBitsToFloat(t30);
      float t32 = Math.fma(t13, 4.690673e-07f, 0.012185729f);
      float t33 = Math.fma(t32, t13, 0.105038695f);
      float t34 = Math.fma(t33, t13, 0.40040714f);
      float t35 = Math.fma(t34, t13, 0.79787755f);
      float t36 = Math.fma(t13, 0.012209443f, 0.10452595f);
      float t37 = Math.fma(t36, t13, 0.43114752f);
      float t38 = Math.fma(t37, t13, 0.9572041f);
      float t39 = Math.fma(t38, t13, 1.0f);
      float t40 = t13 * t39;
      float t41 = -t40;
      float t42 = Math.fma(t13, t39, t41);
      float t43 = t40 + t35;
      float t44 = t43 - t40;
      float t45 = t43 - t44;
      float t46 = t40 - t45;
      float t47 = t35 - t44;
      float t48 = t46 + t47;
      float t49 = t48 + t42;
      float t50 = 1.0f / t43;
      float t51 = -t49;
      float t52 = -t43;
      float t53 = Math.fma(t52, t50, 1.0f);
      float t54 = Math.fma(t51, t50, t53);
      float t55 = t39 * t50;
      float t56 = -t55;
      float t57 = Math.fma(t39, t50, t56);
      float t58 = Math.fma(t55, t54, t57);
      float t59 = Math.fma(t27, t55, t55);
      float t60 = t55 - t59;
      float t61 = Math.fma(t27, t55, t60);
      float t62 = Math.fma(t58, t27, t58);
      float t63 = t61 + t62;
      float t64 = t31 * t59;
      float t65 = t31 * t63;
      float t66 = t64 * 0.3989423f;
      float t67 = -t66;
      float t68 = Math.fma(t64, 0.3989423f, t67);
      float t69 = Math.fma(t64, -1.133517e-08f, t68);
      float t70 = Math.fma(t65, 0.3989423f, t69);
      float t71 = t1 * t70;
      float t72 = Math.fma(t1, t66, t71);
      float t73 = t72 * 9.094947e-13f;
      float t74 = t66 * 9.094947e-13f;
      float t75 = 1.0f - t74;
      float t76 = 1.0f - t75;
      float t77 = t76 - t74;
      float t78 = t70 * 9.094947e-13f;
      float t79 = t77 - t78;
      float t80 = t1 * t79;
      float t81 = Math.fma(t1, t75, t80);
      float t82 = v < 0.0f ? t73 : t81;
      float t83 = t13 <= 0.5f ? t12 : t82;
      float t84 = v * 0.5f;
      float t85 = v + 1.0e-45f;
      float t86 = t85 * 0.5f;
      int t87 = Float.floatToRawIntBits(t86);
      int t88 = Float.floatToRawIntBits(v);
      int t89 = t88 & Integer.MIN_VALUE;
      int t90 = t87 | t89;
      float t91 = Float.intBitsToFloat(t90);
      float t92 = t84 + t84;
      float t93 = t92 == v ? t84 : t91;
      float t94 = t13 < 8.6736174e-19f ? t93 : t83;
      float t95 = v > 16.0f ? v : t94;
      return t95;
    }

    @Override
    public float derivative(float v) {
      return exact.derivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.blend(FloatVector.broadcast(S, -16.0f), va.compare(LT, -16.0f));
        FloatVector b0 = vb.blend(FloatVector.broadcast(S, -16.0f), vb.compare(LT, -16.0f));
        FloatVector a1 = a0.blend(FloatVector.broadcast(S, 16.0f), a0.compare(GT, 16.0f));
        FloatVector b1 = b0.blend(FloatVector.broadcast(S, 16.0f), b0.compare(GT, 16.0f));
        FloatVector a2 = a1.mul(a1);
        FloatVector b2 = b1.mul(b1);
        FloatVector a3 = a2.neg();
        FloatVector b3 = b2.neg();
        FloatVector a4 = a1.fma(a1, a3);
        FloatVector b4 = b1.fma(b1, b3);
        FloatVector a5 = a2.fma(-9.444656e-06f, 1.1543469e-04f);
        FloatVector b5 = b2.fma(-9.444656e-06f, 1.1543469e-04f);
        FloatVector a6 = a5.fma(a2, FloatVector.broadcast(S, -1.1873282e-03f));
        FloatVector b6 = b5.fma(b2, FloatVector.broadcast(S, -1.1873282e-03f));
        FloatVector a7 = a6.fma(a2, FloatVector.broadcast(S, 0.009973557f));
        FloatVector b7 = b6.fma(b2, FloatVector.broadcast(S, 0.009973557f));
        FloatVector a8 = a7.fma(a2, FloatVector.broadcast(S, -0.06649038f));
        FloatVector b8 = b7.fma(b2, FloatVector.broadcast(S, -0.06649038f));
        FloatVector a9 = a8.fma(a2, FloatVector.broadcast(S, 0.3989423f));
        FloatVector b9 = b8.fma(b2, FloatVector.broadcast(S, 0.3989423f));
        FloatVector a10 = a1.mul(0.5f);
        FloatVector b10 = b1.mul(0.5f);
        FloatVector a11 = a4.fma(a9, a10);
        FloatVector b11 = b4.fma(b9, b10);
        FloatVector a12 = a2.fma(a9, a11);
        FloatVector b12 = b2.fma(b9, b11);
        FloatVector a13 = a1.abs();
        FloatVector b13 = b1.abs();
        FloatVector a14 = a2.mul(-0.5f);
        FloatVector b14 = b2.mul(-0.5f);
        FloatVector a15 = a4.mul(-0.5f);
        FloatVector b15 = b4.mul(-0.5f);
        FloatVector a16 = a14.blend(FloatVector.broadcast(S, -110.0f), a14.compare(LT, -110.0f));
        FloatVector b16 = b14.blend(FloatVector.broadcast(S, -110.0f), b14.compare(LT, -110.0f));
        FloatVector a17 = a16.fma(1.442695f, 12582912.0f);
        FloatVector b17 = b16.fma(1.442695f, 12582912.0f);
        FloatVector a18 = a17.sub(12582912.0f);
        FloatVector b18 = b17.sub(12582912.0f);
        FloatVector a19 = a18.fma(FloatVector.broadcast(S, -0.69314575f), a16);
        FloatVector b19 = b18.fma(FloatVector.broadcast(S, -0.69314575f), b16);
        FloatVector a20 = a18.fma(FloatVector.broadcast(S, -1.4286068e-06f), a19);
        FloatVector b20 = b18.fma(FloatVector.broadcast(S, -1.4286068e-06f), b19);
        FloatVector a21 = a20.add(a15);
        FloatVector b21 = b20.add(b15);
        FloatVector a22 = a21.mul(a21);
        FloatVector b22 = b21.mul(b21);
        FloatVector a23 = a21.fma(0.0013882393f, 0.008367181f);
        FloatVector b23 = b21.fma(0.0013882393f, 0.008367181f);
        FloatVector a24 = a23.fma(a21, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b24 = b23.fma(b21, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a25 = a24.fma(a21, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b25 = b24.fma(b21, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a26 = a25.fma(a21, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b26 = b25.fma(b21, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a27 = a22.fma(a26, a21);
        FloatVector b27 = b22.fma(b26, b21);
        IntVector a28 = a17.reinterpretAsInts();
        IntVector b28 = b17.reinterpretAsInts();
        IntVector a29 = a28.add(167);
        IntVector b29 = b28.add(167);
        IntVector a30 = a29.lanewise(LSHL, 23);
        IntVector b30 = b29.lanewise(LSHL, 23);
        FloatVector a31 = a30.reinterpretAsFloats();
        FloatVector b31 = b30.reinterpretAsFloats();
        FloatVector a32 = a13.fma(4.690673e-07f, 0.012185729f);
        FloatVector b32 = b13.fma(4.690673e-07f, 0.012185729f);
        FloatVector a33 = a32.fma(a13, FloatVector.broadcast(S, 0.105038695f));
        FloatVector b33 = b32.fma(b13, FloatVector.broadcast(S, 0.105038695f));
        FloatVector a34 = a33.fma(a13, FloatVector.broadcast(S, 0.40040714f));
        FloatVector b34 = b33.fma(b13, FloatVector.broadcast(S, 0.40040714f));
        FloatVector a35 = a34.fma(a13, FloatVector.broadcast(S, 0.79787755f));
        FloatVector b35 = b34.fma(b13, FloatVector.broadcast(S, 0.79787755f));
        FloatVector a36 = a13.fma(0.012209443f, 0.10452595f);
        FloatVector b36 = b13.fma(0.012209443f, 0.10452595f);
        FloatVector a37 = a36.fma(a13, FloatVector.broadcast(S, 0.43114752f));
        FloatVector b37 = b36.fma(b13, FloatVector.broadcast(S, 0.43114752f));
        FloatVector a38 = a37.fma(a13, FloatVector.broadcast(S, 0.9572041f));
        FloatVector b38 = b37.fma(b13, FloatVector.broadcast(S, 0.9572041f));
        FloatVector a39 = a38.fma(a13, FloatVector.broadcast(S, 1.0f));
        FloatVector b39 = b38.fma(b13, FloatVector.broadcast(S, 1.0f));
        FloatVector a40 = a13.mul(a39);
        FloatVector b40 = b13.mul(b39);
        FloatVector a41 = a40.neg();
        FloatVector b41 = b40.neg();
        FloatVector a42 = a13.fma(a39, a41);
        FloatVector b42 = b13.fma(b39, b41);
        FloatVector a43 = a40.add(a35);
        FloatVector b43 = b40.add(b35);
        FloatVector a44 = a43.sub(a40);
        FloatVector b44 = b43.sub(b40);
        FloatVector a45 = a43.sub(a44);
        FloatVector b45 = b43.sub(b44);
        FloatVector a46 = a40.sub(a45);
        FloatVector b46 = b40.sub(b45);
        FloatVector a47 = a35.sub(a44);
        FloatVector b47 = b35.sub(b44);
        FloatVector a48 = a46.add(a47);
        FloatVector b48 = b46.add(b47);
        FloatVector a49 = a48.add(a42);
        FloatVector b49 = b48.add(b42);
        FloatVector a50 = FloatVector.broadcast(S, 1.0f).div(a43);
        FloatVector b50 = FloatVector.broadcast(S, 1.0f).div(b43);
        FloatVector a51 = a49.neg();
        FloatVector b51 = b49.neg();
        FloatVector a52 = a43.neg();
        FloatVector b52 = b43.neg();
        FloatVector a53 = a52.fma(a50, FloatVector.broadcast(S, 1.0f));
        FloatVector b53 = b52.fma(b50, FloatVector.broadcast(S, 1.0f));
        FloatVector a54 = a51.fma(a50, a53);
        FloatVector b54 = b51.fma(b50, b53);
        FloatVector a55 = a39.mul(a50);
        FloatVector b55 = b39.mul(b50);
        FloatVector a56 = a55.neg();
        FloatVector b56 = b55.neg();
        FloatVector a57 = a39.fma(a50, a56);
        FloatVector b57 = b39.fma(b50, b56);
        FloatVector a58 = a55.fma(a54, a57);
        FloatVector b58 = b55.fma(b54, b57);
        FloatVector a59 = a27.fma(a55, a55);
        FloatVector b59 = b27.fma(b55, b55);
        FloatVector a60 = a55.sub(a59);
        FloatVector b60 = b55.sub(b59);
        FloatVector a61 = a27.fma(a55, a60);
        FloatVector b61 = b27.fma(b55, b60);
        FloatVector a62 = a58.fma(a27, a58);
        FloatVector b62 = b58.fma(b27, b58);
        FloatVector a63 = a61.add(a62);
        FloatVector b63 = b61.add(b62);
        FloatVector a64 = a31.mul(a59);
        FloatVector b64 = b31.mul(b59);
        FloatVector a65 = a31.mul(a63);
        FloatVector b65 = b31.mul(b63);
        FloatVector a66 = a64.mul(0.3989423f);
        FloatVector b66 = b64.mul(0.3989423f);
        FloatVector a67 = a66.neg();
        FloatVector b67 = b66.neg();
        FloatVector a68 = a64.fma(FloatVector.broadcast(S, 0.3989423f), a67);
        FloatVector b68 = b64.fma(FloatVector.broadcast(S, 0.3989423f), b67);
        FloatVector a69 = a64.fma(FloatVector.broadcast(S, -1.133517e-08f), a68);
        FloatVector b69 = b64.fma(FloatVector.broadcast(S, -1.133517e-08f), b68);
        FloatVector a70 = a65.fma(FloatVector.broadcast(S, 0.3989423f), a69);
        FloatVector b70 = b65.fma(FloatVector.broadcast(S, 0.3989423f), b69);
        FloatVector a71 = a1.mul(a70);
        FloatVector b71 = b1.mul(b70);
        FloatVector a72 = a1.fma(a66, a71);
        FloatVector b72 = b1.fma(b66, b71);
        FloatVector a73 = a72.mul(9.094947e-13f);
        FloatVector b73 = b72.mul(9.094947e-13f);
        FloatVector a74 = a66.mul(9.094947e-13f);
        FloatVector b74 = b66.mul(9.094947e-13f);
        FloatVector a75 = FloatVector.broadcast(S, 1.0f).sub(a74);
        FloatVector b75 = FloatVector.broadcast(S, 1.0f).sub(b74);
        FloatVector a76 = FloatVector.broadcast(S, 1.0f).sub(a75);
        FloatVector b76 = FloatVector.broadcast(S, 1.0f).sub(b75);
        FloatVector a77 = a76.sub(a74);
        FloatVector b77 = b76.sub(b74);
        FloatVector a78 = a70.mul(9.094947e-13f);
        FloatVector b78 = b70.mul(9.094947e-13f);
        FloatVector a79 = a77.sub(a78);
        FloatVector b79 = b77.sub(b78);
        FloatVector a80 = a1.mul(a79);
        FloatVector b80 = b1.mul(b79);
        FloatVector a81 = a1.fma(a75, a80);
        FloatVector b81 = b1.fma(b75, b80);
        FloatVector a82 = a81.blend(a73, va.compare(LT, 0.0f));
        FloatVector b82 = b81.blend(b73, vb.compare(LT, 0.0f));
        FloatVector a83 = a82.blend(a12, a13.compare(LE, 0.5f));
        FloatVector b83 = b82.blend(b12, b13.compare(LE, 0.5f));
        FloatVector a84 = va.mul(0.5f);
        FloatVector b84 = vb.mul(0.5f);
        FloatVector a85 = va.add(1.0e-45f);
        FloatVector b85 = vb.add(1.0e-45f);
        FloatVector a86 = a85.mul(0.5f);
        FloatVector b86 = b85.mul(0.5f);
        IntVector a87 = a86.reinterpretAsInts();
        IntVector b87 = b86.reinterpretAsInts();
        IntVector a88 = va.reinterpretAsInts();
        IntVector b88 = vb.reinterpretAsInts();
        IntVector a89 = a88.and(Integer.MIN_VALUE);
        IntVector b89 = b88.and(Integer.MIN_VALUE);
        IntVector a90 = a87.or(a89);
        IntVector b90 = b87.or(b89);
        FloatVector a91 = a90.reinterpretAsFloats();
        FloatVector b91 = b90.reinterpretAsFloats();
        FloatVector a92 = a84.add(a84);
        FloatVector b92 = b84.add(b84);
        FloatVector a93 = a91.blend(a84, a92.compare(EQ, va));
        FloatVector b93 = b91.blend(b84, b92.compare(EQ, vb));
        FloatVector a94 = a83.blend(a93, a13.compare(LT, 8.6736174e-19f));
        FloatVector b94 = b83.blend(b93, b13.compare(LT, 8.6736174e-19f));
        FloatVector a95 = a94.blend(va, va.compare(GT, 16.0f));
        FloatVector b95 = b94.blend(vb, vb.compare(GT, 16.0f));
        a95.intoArray(y, yo + i);
        b95.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, -16.0f), v.compare(LT, -16.0f));
        FloatVector t1 = t0.blend(FloatVector.broadcast(S, 16.0f), t0.compare(GT, 16.0f));
        FloatVector t2 = t1.mul(t1);
        FloatVector t3 = t2.neg();
        FloatVector t4 = t1.fma(t1, t3);
        FloatVector t5 = t2.fma(-9.444656e-06f, 1.1543469e-04f);
        FloatVector t6 = t5.fma(t2, FloatVector.broadcast(S, -1.1873282e-03f));
        FloatVector t7 = t6.fma(t2, FloatVector.broadcast(S, 0.009973557f));
        FloatVector t8 = t7.fma(t2, FloatVector.broadcast(S, -0.06649038f));
        FloatVector t9 = t8.fma(t2, FloatVector.broadcast(S, 0.3989423f));
        FloatVector t10 = t1.mul(0.5f);
        FloatVector t11 = t4.fma(t9, t10);
        FloatVector t12 = t2.fma(t9, t11);
        FloatVector t13 = t1.abs();
        FloatVector t14 = t2.mul(-0.5f);
        FloatVector t15 = t4.mul(-0.5f);
        FloatVector t16 = t14.blend(FloatVector.broadcast(S, -110.0f), t14.compare(LT, -110.0f));
        FloatVector t17 = t16.fma(1.442695f, 12582912.0f);
        FloatVector t18 = t17.sub(12582912.0f);
        FloatVector t19 = t18.fma(FloatVector.broadcast(S, -0.69314575f), t16);
        FloatVector t20 = t18.fma(FloatVector.broadcast(S, -1.4286068e-06f), t19);
        FloatVector t21 = t20.add(t15);
        FloatVector t22 = t21.mul(t21);
        FloatVector t23 = t21.fma(0.0013882393f, 0.008367181f);
        FloatVector t24 = t23.fma(t21, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t25 = t24.fma(t21, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t26 = t25.fma(t21, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t27 = t22.fma(t26, t21);
        IntVector t28 = t17.reinterpretAsInts();
        IntVector t29 = t28.add(167);
        IntVector t30 = t29.lanewise(LSHL, 23);
        FloatVector t31 = t30.reinterpretAsFloats();
        FloatVector t32 = t13.fma(4.690673e-07f, 0.012185729f);
        FloatVector t33 = t32.fma(t13, FloatVector.broadcast(S, 0.105038695f));
        FloatVector t34 = t33.fma(t13, FloatVector.broadcast(S, 0.40040714f));
        FloatVector t35 = t34.fma(t13, FloatVector.broadcast(S, 0.79787755f));
        FloatVector t36 = t13.fma(0.012209443f, 0.10452595f);
        FloatVector t37 = t36.fma(t13, FloatVector.broadcast(S, 0.43114752f));
        FloatVector t38 = t37.fma(t13, FloatVector.broadcast(S, 0.9572041f));
        FloatVector t39 = t38.fma(t13, FloatVector.broadcast(S, 1.0f));
        FloatVector t40 = t13.mul(t39);
        FloatVector t41 = t40.neg();
        FloatVector t42 = t13.fma(t39, t41);
        FloatVector t43 = t40.add(t35);
        FloatVector t44 = t43.sub(t40);
        FloatVector t45 = t43.sub(t44);
        FloatVector t46 = t40.sub(t45);
        FloatVector t47 = t35.sub(t44);
        FloatVector t48 = t46.add(t47);
        FloatVector t49 = t48.add(t42);
        FloatVector t50 = FloatVector.broadcast(S, 1.0f).div(t43);
        FloatVector t51 = t49.neg();
        FloatVector t52 = t43.neg();
        FloatVector t53 = t52.fma(t50, FloatVector.broadcast(S, 1.0f));
        FloatVector t54 = t51.fma(t50, t53);
        FloatVector t55 = t39.mul(t50);
        FloatVector t56 = t55.neg();
        FloatVector t57 = t39.fma(t50, t56);
        FloatVector t58 = t55.fma(t54, t57);
        FloatVector t59 = t27.fma(t55, t55);
        FloatVector t60 = t55.sub(t59);
        FloatVector t61 = t27.fma(t55, t60);
        FloatVector t62 = t58.fma(t27, t58);
        FloatVector t63 = t61.add(t62);
        FloatVector t64 = t31.mul(t59);
        FloatVector t65 = t31.mul(t63);
        FloatVector t66 = t64.mul(0.3989423f);
        FloatVector t67 = t66.neg();
        FloatVector t68 = t64.fma(FloatVector.broadcast(S, 0.3989423f), t67);
        FloatVector t69 = t64.fma(FloatVector.broadcast(S, -1.133517e-08f), t68);
        FloatVector t70 = t65.fma(FloatVector.broadcast(S, 0.3989423f), t69);
        FloatVector t71 = t1.mul(t70);
        FloatVector t72 = t1.fma(t66, t71);
        FloatVector t73 = t72.mul(9.094947e-13f);
        FloatVector t74 = t66.mul(9.094947e-13f);
        FloatVector t75 = FloatVector.broadcast(S, 1.0f).sub(t74);
        FloatVector t76 = FloatVector.broadcast(S, 1.0f).sub(t75);
        FloatVector t77 = t76.sub(t74);
        FloatVector t78 = t70.mul(9.094947e-13f);
        FloatVector t79 = t77.sub(t78);
        FloatVector t80 = t1.mul(t79);
        FloatVector t81 = t1.fma(t75, t80);
        FloatVector t82 = t81.blend(t73, v.compare(LT, 0.0f));
        FloatVector t83 = t82.blend(t12, t13.compare(LE, 0.5f));
        FloatVector t84 = v.mul(0.5f);
        FloatVector t85 = v.add(1.0e-45f);
        FloatVector t86 = t85.mul(0.5f);
        IntVector t87 = t86.reinterpretAsInts();
        IntVector t88 = v.reinterpretAsInts();
        IntVector t89 = t88.and(Integer.MIN_VALUE);
        IntVector t90 = t87.or(t89);
        FloatVector t91 = t90.reinterpretAsFloats();
        FloatVector t92 = t84.add(t84);
        FloatVector t93 = t91.blend(t84, t92.compare(EQ, v));
        FloatVector t94 = t83.blend(t93, t13.compare(LT, 8.6736174e-19f));
        FloatVector t95 = t94.blend(v, v.compare(GT, 16.0f));
        t95.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -16.0f ? -16.0f : v;
        float t1 = t0 > 16.0f ? 16.0f : t0;
        float t2 = t1 * t1;
        float t3 = -t2;
        float t4 = Math.fma(t1, t1, t3);
        float t5 = Math.fma(t2, -9.444656e-06f, 1.1543469e-04f);
        float t6 = Math.fma(t5, t2, -1.1873282e-03f);
        float t7 = Math.fma(t6, t2, 0.009973557f);
        float t8 = Math.fma(t7, t2, -0.06649038f);
        float t9 = Math.fma(t8, t2, 0.3989423f);
        float t10 = t1 * 0.5f;
        float t11 = Math.fma(t4, t9, t10);
        float t12 = Math.fma(t2, t9, t11);
        float t13 = Math.abs(t1);
        float t14 = t2 * -0.5f;
        float t15 = t4 * -0.5f;
        float t16 = t14 < -110.0f ? -110.0f : t14;
        float t17 = Math.fma(t16, 1.442695f, 12582912.0f);
        float t18 = t17 - 12582912.0f;
        float t19 = Math.fma(t18, -0.69314575f, t16);
        float t20 = Math.fma(t18, -1.4286068e-06f, t19);
        float t21 = t20 + t15;
        float t22 = t21 * t21;
        float t23 = Math.fma(t21, 0.0013882393f, 0.008367181f);
        float t24 = Math.fma(t23, t21, 0.041667223f);
        float t25 = Math.fma(t24, t21, 0.16666539f);
        float t26 = Math.fma(t25, t21, 0.49999997f);
        float t27 = Math.fma(t22, t26, t21);
        int t28 = Float.floatToRawIntBits(t17);
        int t29 = t28 + 167;
        int t30 = t29 << 23;
        float t31 = Float.intBitsToFloat(t30);
        float t32 = Math.fma(t13, 4.690673e-07f, 0.012185729f);
        float t33 = Math.fma(t32, t13, 0.105038695f);
        float t34 = Math.fma(t33, t13, 0.40040714f);
        float t35 = Math.fma(t34, t13, 0.79787755f);
        float t36 = Math.fma(t13, 0.012209443f, 0.10452595f);
        float t37 = Math.fma(t36, t13, 0.43114752f);
        float t38 = Math.fma(t37, t13, 0.9572041f);
        float t39 = Math.fma(t38, t13, 1.0f);
        float t40 = t13 * t39;
        float t41 = -t40;
        float t42 = Math.fma(t13, t39, t41);
        float t43 = t40 + t35;
        float t44 = t43 - t40;
        float t45 = t43 - t44;
        float t46 = t40 - t45;
        float t47 = t35 - t44;
        float t48 = t46 + t47;
        float t49 = t48 + t42;
        float t50 = 1.0f / t43;
        float t51 = -t49;
        float t52 = -t43;
        float t53 = Math.fma(t52, t50, 1.0f);
        float t54 = Math.fma(t51, t50, t53);
        float t55 = t39 * t50;
        float t56 = -t55;
        float t57 = Math.fma(t39, t50, t56);
        float t58 = Math.fma(t55, t54, t57);
        float t59 = Math.fma(t27, t55, t55);
        float t60 = t55 - t59;
        float t61 = Math.fma(t27, t55, t60);
        float t62 = Math.fma(t58, t27, t58);
        float t63 = t61 + t62;
        float t64 = t31 * t59;
        float t65 = t31 * t63;
        float t66 = t64 * 0.3989423f;
        float t67 = -t66;
        float t68 = Math.fma(t64, 0.3989423f, t67);
        float t69 = Math.fma(t64, -1.133517e-08f, t68);
        float t70 = Math.fma(t65, 0.3989423f, t69);
        float t71 = t1 * t70;
        float t72 = Math.fma(t1, t66, t71);
        float t73 = t72 * 9.094947e-13f;
        float t74 = t66 * 9.094947e-13f;
        float t75 = 1.0f - t74;
        float t76 = 1.0f - t75;
        float t77 = t76 - t74;
        float t78 = t70 * 9.094947e-13f;
        float t79 = t77 - t78;
        float t80 = t1 * t79;
        float t81 = Math.fma(t1, t75, t80);
        float t82 = v < 0.0f ? t73 : t81;
        float t83 = t13 <= 0.5f ? t12 : t82;
        float t84 = v * 0.5f;
        float t85 = v + 1.0e-45f;
        float t86 = t85 * 0.5f;
        int t87 = Float.floatToRawIntBits(t86);
        int t88 = Float.floatToRawIntBits(v);
        int t89 = t88 & Integer.MIN_VALUE;
        int t90 = t87 | t89;
        float t91 = Float.intBitsToFloat(t90);
        float t92 = t84 + t84;
        float t93 = t92 == v ? t84 : t91;
        float t94 = t13 < 8.6736174e-19f ? t93 : t83;
        float t95 = v > 16.0f ? v : t94;
        y[yo + i] = t95;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      exact.backward(x, xo, dy, dyo, dx, dxo, n);
    }
  }
}
