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
