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
 * gelutanh, {@link Precision#FAST}: gelu(x, tanh) = x·σ(t), t = 2·sqrt(2/π)(x + 0.044715x³) carried in two floats, x itself above 12; the product and the quotient carried with their rounding errors. gelu'(x, tanh) = σ(t)(1 + x·t'·σ(−t)), x·t' in two floats.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastGeluTanh {
  private FastGeluTanh() {}

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
      float t0 = v < -12.0f ? -12.0f : v;
      float t1 = t0 * t0;
      float t2 = -t1;
      float t3 = Math.fma(t0, t0, t2);
      float t4 = t1 * 0.071354814f;
      float t5 = -t4;
      float t6 = Math.fma(t1, 0.071354814f, t5);
      float t7 = t4 + 1.5957692f;
      float t8 = t7 - t4;
      float t9 = t7 - t8;
      float t10 = t4 - t9;
      float t11 = 1.5957692f - t8;
      float t12 = t10 + t11;
      float t13 = Math.fma(t1, 2.3988325e-09f, -4.534068e-08f);
      float t14 = Math.fma(t3, 0.071354814f, t13);
      float t15 = t14 + t6;
      float t16 = t15 + t12;
      float t17 = t0 * t7;
      float t18 = -t17;
      float t19 = Math.fma(t0, t7, t18);
      float t20 = Math.fma(t0, t16, t19);
      float t21 = Math.abs(t17);
      float t22 = -t21;
      float t23 = -t20;
      float t24 = t17 > 0.0f ? t23 : t20;
      float t25 = t22 < -110.0f ? -110.0f : t22;
      float t26 = Math.fma(t25, 1.442695f, 12582912.0f);
      float t27 = t26 - 12582912.0f;
      float t28 = Math.fma(t27, -0.69314575f, t25);
      float t29 = Math.fma(t27, -1.4286068e-06f, t28);
      float t30 = t29 + t24;
      float t31 = t30 * t30;
      float t32 = Math.fma(t30, 0.0013882393f, 0.008367181f);
      float t33 = Math.fma(t32, t30, 0.041667223f);
      float t34 = Math.fma(t33, t30, 0.16666539f);
      float t35 = Math.fma(t34, t30, 0.49999997f);
      float t36 = Math.fma(t31, t35, t30);
      int t37 = Float.floatToRawIntBits(t26);
      int t38 = t37 + 167;
      int t39 = t38 << 23;
      float t40 = Float.intBitsToFloat(t39);
      float t41 = Math.fma(t36, t40, t40);
      float t42 = t41 * 9.094947e-13f;
      float t43 = t42 + 1.0f;
      float t44 = 1.0f - t43;
      float t45 = t44 + t42;
      float t46 = 1.0f / t43;
      float t47 = -t45;
      float t48 = -t43;
      float t49 = Math.fma(t48, t46, 1.0f);
      float t50 = Math.fma(t47, t46, t49);
      float t51 = t46 * t50;
      float t52 = t17 > 0.0f ? 1.0995116e12f : t41;
      float t53 = t0 * t52;
      float t54 = -t53;
      float t55 = Math.fma(t0, t52, t54);
      float t56 = t55 * t46;
      float t57 = Math.fma(t53, t51, t56);
      float t58 = Math.fma(t53, t46, t57);
      float t59 = t58 * 9.094947e-13f;
      float t60 = v == 0.0f ? v : t59;
      float t61 = v > 12.0f ? v : t60;
      return t61;
    }

    @Override
    public float derivative(float v) {
      float t0 = v < -12.0f ? -12.0f : v;
      float t1 = t0 > 12.0f ? 12.0f : t0;
      float t2 = t1 * t1;
      float t3 = -t2;
      float t4 = Math.fma(t1, t1, t3);
      float t5 = t2 * 0.071354814f;
      float t6 = -t5;
      float t7 = Math.fma(t2, 0.071354814f, t6);
      float t8 = t5 + 1.5957692f;
      float t9 = t8 - t5;
      float t10 = t8 - t9;
      float t11 = t5 - t10;
      float t12 = 1.5957692f - t9;
      float t13 = t11 + t12;
      float t14 = Math.fma(t2, 2.3988325e-09f, -4.534068e-08f);
      float t15 = Math.fma(t4, 0.071354814f, t14);
      float t16 = t15 + t7;
      float t17 = t16 + t13;
      float t18 = t1 * t8;
      float t19 = -t18;
      float t20 = Math.fma(t1, t8, t19);
      float t21 = Math.fma(t1, t17, t20);
      float t22 = Math.abs(t18);
      float t23 = -t22;
      float t24 = -t21;
      float t25 = t18 > 0.0f ? t24 : t21;
      float t26 = t23 < -110.0f ? -110.0f : t23;
      float t27 = Math.fma(t26, 1.442695f, 12582912.0f);
      float t28 = t27 - 12582912.0f;
      float t29 = Math.fma(t28, -0.69314575f, t26);
      float t30 = Math.fma(t28, -1.4286068e-06f, t29);
      float t31 = t30 + t25;
      float t32 = t31 * t31;
      float t33 = Math.fma(t31, 0.0013882393f, 0.008367181f);
      float t34 = Math.fma(t33, t31, 0.041667223f);
      float t35 = Math.fma(t34, t31, 0.16666539f);
      float t36 = Math.fma(t35, t31, 0.49999997f);
      float t37 = Math.fma(t32, t36, t31);
      int t38 = Float.floatToRawIntBits(t27);
      int t39 = t38 + 167;
      int t40 = t39 << 23;
      float t41 = Float.intBitsToFloat(t40);
      float t42 = Math.fma(t37, t41, t41);
      float t43 = t42 * 9.094947e-13f;
      float t44 = t43 + 1.0f;
      float t45 = t43 + 2.0f;
      float t46 = Math.fma(t43, t45, 1.0f);
      float t47 = t1 * t1;
      float t48 = -t47;
      float t49 = Math.fma(t1, t1, t48);
      float t50 = t47 * 0.21406445f;
      float t51 = -t50;
      float t52 = Math.fma(t47, 0.21406445f, t51);
      float t53 = t50 + 1.5957692f;
      float t54 = t53 - t50;
      float t55 = t53 - t54;
      float t56 = t50 - t55;
      float t57 = 1.5957692f - t54;
      float t58 = t56 + t57;
      float t59 = Math.fma(t47, -2.5408342e-10f, -4.534068e-08f);
      float t60 = Math.fma(t49, 0.21406445f, t59);
      float t61 = t60 + t52;
      float t62 = t61 + t58;
      float t63 = t1 * t53;
      float t64 = -t63;
      float t65 = Math.fma(t1, t53, t64);
      float t66 = Math.fma(t1, t62, t65);
      float t67 = t63 + 1.0f;
      float t68 = t43 + t66;
      float t69 = t67 + t68;
      float t70 = t41 * t37;
      float t71 = t41 * t69;
      float t72 = Math.fma(t70, t69, t71);
      float t73 = Math.fma(t63, t43, t44);
      float t74 = t18 < 0.0f ? t72 : t73;
      float t75 = t18 < 0.0f ? 9.094947e-13f : 1.0f;
      float t76 = t74 / t46;
      float t77 = t76 * t75;
      return t77;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -12.0f ? -12.0f : v;
        float t1 = t0 * t0;
        float t2 = -t1;
        float t3 = Math.fma(t0, t0, t2);
        float t4 = t1 * 0.071354814f;
        float t5 = -t4;
        float t6 = Math.fma(t1, 0.071354814f, t5);
        float t7 = t4 + 1.5957692f;
        float t8 = t7 - t4;
        float t9 = t7 - t8;
        float t10 = t4 - t9;
        float t11 = 1.5957692f - t8;
        float t12 = t10 + t11;
        float t13 = Math.fma(t1, 2.3988325e-09f, -4.534068e-08f);
        float t14 = Math.fma(t3, 0.071354814f, t13);
        float t15 = t14 + t6;
        float t16 = t15 + t12;
        float t17 = t0 * t7;
        float t18 = -t17;
        float t19 = Math.fma(t0, t7, t18);
        float t20 = Math.fma(t0, t16, t19);
        float t21 = Math.abs(t17);
        float t22 = -t21;
        float t23 = -t20;
        float t24 = t17 > 0.0f ? t23 : t20;
        float t25 = t22 < -110.0f ? -110.0f : t22;
        float t26 = Math.fma(t25, 1.442695f, 12582912.0f);
        float t27 = t26 - 12582912.0f;
        float t28 = Math.fma(t27, -0.69314575f, t25);
        float t29 = Math.fma(t27, -1.4286068e-06f, t28);
        float t30 = t29 + t24;
        float t31 = t30 * t30;
        float t32 = Math.fma(t30, 0.0013882393f, 0.008367181f);
        float t33 = Math.fma(t32, t30, 0.041667223f);
        float t34 = Math.fma(t33, t30, 0.16666539f);
        float t35 = Math.fma(t34, t30, 0.49999997f);
        float t36 = Math.fma(t31, t35, t30);
        int t37 = Float.floatToRawIntBits(t26);
        int t38 = t37 + 167;
        int t39 = t38 << 23;
        float t40 = Float.intBitsToFloat(t39);
        float t41 = Math.fma(t36, t40, t40);
        float t42 = t41 * 9.094947e-13f;
        float t43 = t42 + 1.0f;
        float t44 = 1.0f - t43;
        float t45 = t44 + t42;
        float t46 = 1.0f / t43;
        float t47 = -t45;
        float t48 = -t43;
        float t49 = Math.fma(t48, t46, 1.0f);
        float t50 = Math.fma(t47, t46, t49);
        float t51 = t46 * t50;
        float t52 = t17 > 0.0f ? 1.0995116e12f : t41;
        float t53 = t0 * t52;
        float t54 = -t53;
        float t55 = Math.fma(t0, t52, t54);
        float t56 = t55 * t46;
        float t57 = Math.fma(t53, t51, t56);
        float t58 = Math.fma(t53, t46, t57);
        float t59 = t58 * 9.094947e-13f;
        float t60 = v == 0.0f ? v : t59;
        float t61 = v > 12.0f ? v : t60;
        y[yo + i] = t61;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -12.0f ? -12.0f : v;
        float t1 = t0 > 12.0f ? 12.0f : t0;
        float t2 = t1 * t1;
        float t3 = -t2;
        float t4 = Math.fma(t1, t1, t3);
        float t5 = t2 * 0.071354814f;
        float t6 = -t5;
        float t7 = Math.fma(t2, 0.071354814f, t6);
        float t8 = t5 + 1.5957692f;
        float t9 = t8 - t5;
        float t10 = t8 - t9;
        float t11 = t5 - t10;
        float t12 = 1.5957692f - t9;
        float t13 = t11 + t12;
        float t14 = Math.fma(t2, 2.3988325e-09f, -4.534068e-08f);
        float t15 = Math.fma(t4, 0.071354814f, t14);
        float t16 = t15 + t7;
        float t17 = t16 + t13;
        float t18 = t1 * t8;
        float t19 = -t18;
        float t20 = Math.fma(t1, t8, t19);
        float t21 = Math.fma(t1, t17, t20);
        float t22 = Math.abs(t18);
        float t23 = -t22;
        float t24 = -t21;
        float t25 = t18 > 0.0f ? t24 : t21;
        float t26 = t23 < -110.0f ? -110.0f : t23;
        float t27 = Math.fma(t26, 1.442695f, 12582912.0f);
        float t28 = t27 - 12582912.0f;
        float t29 = Math.fma(t28, -0.69314575f, t26);
        float t30 = Math.fma(t28, -1.4286068e-06f, t29);
        float t31 = t30 + t25;
        float t32 = t31 * t31;
        float t33 = Math.fma(t31, 0.0013882393f, 0.008367181f);
        float t34 = Math.fma(t33, t31, 0.041667223f);
        float t35 = Math.fma(t34, t31, 0.16666539f);
        float t36 = Math.fma(t35, t31, 0.49999997f);
        float t37 = Math.fma(t32, t36, t31);
        int t38 = Float.floatToRawIntBits(t27);
        int t39 = t38 + 167;
        int t40 = t39 << 23;
        float t41 = Float.intBitsToFloat(t40);
        float t42 = Math.fma(t37, t41, t41);
        float t43 = t42 * 9.094947e-13f;
        float t44 = t43 + 1.0f;
        float t45 = t43 + 2.0f;
        float t46 = Math.fma(t43, t45, 1.0f);
        float t47 = t1 * t1;
        float t48 = -t47;
        float t49 = Math.fma(t1, t1, t48);
        float t50 = t47 * 0.21406445f;
        float t51 = -t50;
        float t52 = Math.fma(t47, 0.21406445f, t51);
        float t53 = t50 + 1.5957692f;
        float t54 = t53 - t50;
        float t55 = t53 - t54;
        float t56 = t50 - t55;
        float t57 = 1.5957692f - t54;
        float t58 = t56 + t57;
        float t59 = Math.fma(t47, -2.5408342e-10f, -4.534068e-08f);
        float t60 = Math.fma(t49, 0.21406445f, t59);
        float t61 = t60 + t52;
        float t62 = t61 + t58;
        float t63 = t1 * t53;
        float t64 = -t63;
        float t65 = Math.fma(t1, t53, t64);
        float t66 = Math.fma(t1, t62, t65);
        float t67 = t63 + 1.0f;
        float t68 = t43 + t66;
        float t69 = t67 + t68;
        float t70 = t41 * t37;
        float t71 = t41 * t69;
        float t72 = Math.fma(t70, t69, t71);
        float t73 = Math.fma(t63, t43, t44);
        float t74 = t18 < 0.0f ? t72 : t73;
        float t75 = t18 < 0.0f ? 9.094947e-13f : 1.0f;
        float t76 = t74 / t46;
        float t77 = t76 * t75;
        dx[dxo + i] = dy[dyo + i] * t77;
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
      float t0 = v < -12.0f ? -12.0f : v;
      float t1 = t0 * t0;
      float t2 = -t1;
      float t3 = Math.fma(t0, t0, t2);
      float t4 = t1 * 0.071354814f;
      float t5 = -t4;
      float t6 = Math.fma(t1, 0.071354814f, t5);
      float t7 = t4 + 1.5957692f;
      float t8 = t7 - t4;
      float t9 = t7 - t8;
      float t10 = t4 - t9;
      float t11 = 1.5957692f - t8;
      float t12 = t10 + t11;
      float t13 = Math.fma(t1, 2.3988325e-09f, -4.534068e-08f);
      float t14 = Math.fma(t3, 0.071354814f, t13);
      float t15 = t14 + t6;
      float t16 = t15 + t12;
      float t17 = t0 * t7;
      float t18 = -t17;
      float t19 = Math.fma(t0, t7, t18);
      float t20 = Math.fma(t0, t16, t19);
      float t21 = Math.abs(t17);
      float t22 = -t21;
      float t23 = -t20;
      float t24 = t17 > 0.0f ? t23 : t20;
      float t25 = t22 < -110.0f ? -110.0f : t22;
      float t26 = Math.fma(t25, 1.442695f, 12582912.0f);
      float t27 = t26 - 12582912.0f;
      float t28 = Math.fma(t27, -0.69314575f, t25);
      float t29 = Math.fma(t27, -1.4286068e-06f, t28);
      float t30 = t29 + t24;
      float t31 = t30 * t30;
      float t32 = Math.fma(t30, 0.0013882393f, 0.008367181f);
      float t33 = Math.fma(t32, t30, 0.041667223f);
      float t34 = Math.fma(t33, t30, 0.16666539f);
      float t35 = Math.fma(t34, t30, 0.49999997f);
      float t36 = Math.fma(t31, t35, t30);
      int t37 = Float.floatToRawIntBits(t26);
      int t38 = t37 + 167;
      int t39 = t38 << 23;
      float t40 = Float.intBitsToFloat(t39);
      float t41 = Math.fma(t36, t40, t40);
      float t42 = t41 * 9.094947e-13f;
      float t43 = t42 + 1.0f;
      float t44 = 1.0f - t43;
      float t45 = t44 + t42;
      float t46 = 1.0f / t43;
      float t47 = -t45;
      float t48 = -t43;
      float t49 = Math.fma(t48, t46, 1.0f);
      float t50 = Math.fma(t47, t46, t49);
      float t51 = t46 * t50;
      float t52 = t17 > 0.0f ? 1.0995116e12f : t41;
      float t53 = t0 * t52;
      float t54 = -t53;
      float t55 = Math.fma(t0, t52, t54);
      float t56 = t55 * t46;
      float t57 = Math.fma(t53, t51, t56);
      float t58 = Math.fma(t53, t46, t57);
      float t59 = t58 * 9.094947e-13f;
      float t60 = v == 0.0f ? v : t59;
      float t61 = v > 12.0f ? v : t60;
      return t61;
    }

    @Override
    public float derivative(float v) {
      float t0 = v < -12.0f ? -12.0f : v;
      float t1 = t0 > 12.0f ? 12.0f : t0;
      float t2 = t1 * t1;
      float t3 = -t2;
      float t4 = Math.fma(t1, t1, t3);
      float t5 = t2 * 0.071354814f;
      float t6 = -t5;
      float t7 = Math.fma(t2, 0.071354814f, t6);
      float t8 = t5 + 1.5957692f;
      float t9 = t8 - t5;
      float t10 = t8 - t9;
      float t11 = t5 - t10;
      float t12 = 1.5957692f - t9;
      float t13 = t11 + t12;
      float t14 = Math.fma(t2, 2.3988325e-09f, -4.534068e-08f);
      float t15 = Math.fma(t4, 0.071354814f, t14);
      float t16 = t15 + t7;
      float t17 = t16 + t13;
      float t18 = t1 * t8;
      float t19 = -t18;
      float t20 = Math.fma(t1, t8, t19);
      float t21 = Math.fma(t1, t17, t20);
      float t22 = Math.abs(t18);
      float t23 = -t22;
      float t24 = -t21;
      float t25 = t18 > 0.0f ? t24 : t21;
      float t26 = t23 < -110.0f ? -110.0f : t23;
      float t27 = Math.fma(t26, 1.442695f, 12582912.0f);
      float t28 = t27 - 12582912.0f;
      float t29 = Math.fma(t28, -0.69314575f, t26);
      float t30 = Math.fma(t28, -1.4286068e-06f, t29);
      float t31 = t30 + t25;
      float t32 = t31 * t31;
      float t33 = Math.fma(t31, 0.0013882393f, 0.008367181f);
      float t34 = Math.fma(t33, t31, 0.041667223f);
      float t35 = Math.fma(t34, t31, 0.16666539f);
      float t36 = Math.fma(t35, t31, 0.49999997f);
      float t37 = Math.fma(t32, t36, t31);
      int t38 = Float.floatToRawIntBits(t27);
      int t39 = t38 + 167;
      int t40 = t39 << 23;
      float t41 = Float.intBitsToFloat(t40);
      float t42 = Math.fma(t37, t41, t41);
      float t43 = t42 * 9.094947e-13f;
      float t44 = t43 + 1.0f;
      float t45 = t43 + 2.0f;
      float t46 = Math.fma(t43, t45, 1.0f);
      float t47 = t1 * t1;
      float t48 = -t47;
      float t49 = Math.fma(t1, t1, t48);
      float t50 = t47 * 0.21406445f;
      float t51 = -t50;
      float t52 = Math.fma(t47, 0.21406445f, t51);
      float t53 = t50 + 1.5957692f;
      float t54 = t53 - t50;
      float t55 = t53 - t54;
      float t56 = t50 - t55;
      float t57 = 1.5957692f - t54;
      float t58 = t56 + t57;
      float t59 = Math.fma(t47, -2.5408342e-10f, -4.534068e-08f);
      float t60 = Math.fma(t49, 0.21406445f, t59);
      float t61 = t60 + t52;
      float t62 = t61 + t58;
      float t63 = t1 * t53;
      float t64 = -t63;
      float t65 = Math.fma(t1, t53, t64);
      float t66 = Math.fma(t1, t62, t65);
      float t67 = t63 + 1.0f;
      float t68 = t43 + t66;
      float t69 = t67 + t68;
      float t70 = t41 * t37;
      float t71 = t41 * t69;
      float t72 = Math.fma(t70, t69, t71);
      float t73 = Math.fma(t63, t43, t44);
      float t74 = t18 < 0.0f ? t72 : t73;
      float t75 = t18 < 0.0f ? 9.094947e-13f : 1.0f;
      float t76 = t74 / t46;
      float t77 = t76 * t75;
      return t77;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, -12.0f), v.compare(LT, -12.0f));
        FloatVector t1 = t0.mul(t0);
        FloatVector t2 = t1.neg();
        FloatVector t3 = t0.fma(t0, t2);
        FloatVector t4 = t1.mul(0.071354814f);
        FloatVector t5 = t4.neg();
        FloatVector t6 = t1.fma(FloatVector.broadcast(S, 0.071354814f), t5);
        FloatVector t7 = t4.add(1.5957692f);
        FloatVector t8 = t7.sub(t4);
        FloatVector t9 = t7.sub(t8);
        FloatVector t10 = t4.sub(t9);
        FloatVector t11 = FloatVector.broadcast(S, 1.5957692f).sub(t8);
        FloatVector t12 = t10.add(t11);
        FloatVector t13 = t1.fma(2.3988325e-09f, -4.534068e-08f);
        FloatVector t14 = t3.fma(FloatVector.broadcast(S, 0.071354814f), t13);
        FloatVector t15 = t14.add(t6);
        FloatVector t16 = t15.add(t12);
        FloatVector t17 = t0.mul(t7);
        FloatVector t18 = t17.neg();
        FloatVector t19 = t0.fma(t7, t18);
        FloatVector t20 = t0.fma(t16, t19);
        FloatVector t21 = t17.abs();
        FloatVector t22 = t21.neg();
        FloatVector t23 = t20.neg();
        FloatVector t24 = t20.blend(t23, t17.compare(GT, 0.0f));
        FloatVector t25 = t22.blend(FloatVector.broadcast(S, -110.0f), t22.compare(LT, -110.0f));
        FloatVector t26 = t25.fma(1.442695f, 12582912.0f);
        FloatVector t27 = t26.sub(12582912.0f);
        FloatVector t28 = t27.fma(FloatVector.broadcast(S, -0.69314575f), t25);
        FloatVector t29 = t27.fma(FloatVector.broadcast(S, -1.4286068e-06f), t28);
        FloatVector t30 = t29.add(t24);
        FloatVector t31 = t30.mul(t30);
        FloatVector t32 = t30.fma(0.0013882393f, 0.008367181f);
        FloatVector t33 = t32.fma(t30, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t34 = t33.fma(t30, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t35 = t34.fma(t30, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t36 = t31.fma(t35, t30);
        IntVector t37 = t26.reinterpretAsInts();
        IntVector t38 = t37.add(167);
        IntVector t39 = t38.lanewise(LSHL, 23);
        FloatVector t40 = t39.reinterpretAsFloats();
        FloatVector t41 = t36.fma(t40, t40);
        FloatVector t42 = t41.mul(9.094947e-13f);
        FloatVector t43 = t42.add(1.0f);
        FloatVector t44 = FloatVector.broadcast(S, 1.0f).sub(t43);
        FloatVector t45 = t44.add(t42);
        FloatVector t46 = FloatVector.broadcast(S, 1.0f).div(t43);
        FloatVector t47 = t45.neg();
        FloatVector t48 = t43.neg();
        FloatVector t49 = t48.fma(t46, FloatVector.broadcast(S, 1.0f));
        FloatVector t50 = t47.fma(t46, t49);
        FloatVector t51 = t46.mul(t50);
        FloatVector t52 = t41.blend(FloatVector.broadcast(S, 1.0995116e12f), t17.compare(GT, 0.0f));
        FloatVector t53 = t0.mul(t52);
        FloatVector t54 = t53.neg();
        FloatVector t55 = t0.fma(t52, t54);
        FloatVector t56 = t55.mul(t46);
        FloatVector t57 = t53.fma(t51, t56);
        FloatVector t58 = t53.fma(t46, t57);
        FloatVector t59 = t58.mul(9.094947e-13f);
        FloatVector t60 = t59.blend(v, v.compare(EQ, 0.0f));
        FloatVector t61 = t60.blend(v, v.compare(GT, 12.0f));
        t61.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -12.0f ? -12.0f : v;
        float t1 = t0 * t0;
        float t2 = -t1;
        float t3 = Math.fma(t0, t0, t2);
        float t4 = t1 * 0.071354814f;
        float t5 = -t4;
        float t6 = Math.fma(t1, 0.071354814f, t5);
        float t7 = t4 + 1.5957692f;
        float t8 = t7 - t4;
        float t9 = t7 - t8;
        float t10 = t4 - t9;
        float t11 = 1.5957692f - t8;
        float t12 = t10 + t11;
        float t13 = Math.fma(t1, 2.3988325e-09f, -4.534068e-08f);
        float t14 = Math.fma(t3, 0.071354814f, t13);
        float t15 = t14 + t6;
        float t16 = t15 + t12;
        float t17 = t0 * t7;
        float t18 = -t17;
        float t19 = Math.fma(t0, t7, t18);
        float t20 = Math.fma(t0, t16, t19);
        float t21 = Math.abs(t17);
        float t22 = -t21;
        float t23 = -t20;
        float t24 = t17 > 0.0f ? t23 : t20;
        float t25 = t22 < -110.0f ? -110.0f : t22;
        float t26 = Math.fma(t25, 1.442695f, 12582912.0f);
        float t27 = t26 - 12582912.0f;
        float t28 = Math.fma(t27, -0.69314575f, t25);
        float t29 = Math.fma(t27, -1.4286068e-06f, t28);
        float t30 = t29 + t24;
        float t31 = t30 * t30;
        float t32 = Math.fma(t30, 0.0013882393f, 0.008367181f);
        float t33 = Math.fma(t32, t30, 0.041667223f);
        float t34 = Math.fma(t33, t30, 0.16666539f);
        float t35 = Math.fma(t34, t30, 0.49999997f);
        float t36 = Math.fma(t31, t35, t30);
        int t37 = Float.floatToRawIntBits(t26);
        int t38 = t37 + 167;
        int t39 = t38 << 23;
        float t40 = Float.intBitsToFloat(t39);
        float t41 = Math.fma(t36, t40, t40);
        float t42 = t41 * 9.094947e-13f;
        float t43 = t42 + 1.0f;
        float t44 = 1.0f - t43;
        float t45 = t44 + t42;
        float t46 = 1.0f / t43;
        float t47 = -t45;
        float t48 = -t43;
        float t49 = Math.fma(t48, t46, 1.0f);
        float t50 = Math.fma(t47, t46, t49);
        float t51 = t46 * t50;
        float t52 = t17 > 0.0f ? 1.0995116e12f : t41;
        float t53 = t0 * t52;
        float t54 = -t53;
        float t55 = Math.fma(t0, t52, t54);
        float t56 = t55 * t46;
        float t57 = Math.fma(t53, t51, t56);
        float t58 = Math.fma(t53, t46, t57);
        float t59 = t58 * 9.094947e-13f;
        float t60 = v == 0.0f ? v : t59;
        float t61 = v > 12.0f ? v : t60;
        y[yo + i] = t61;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, -12.0f), v.compare(LT, -12.0f));
        FloatVector t1 = t0.blend(FloatVector.broadcast(S, 12.0f), t0.compare(GT, 12.0f));
        FloatVector t2 = t1.mul(t1);
        FloatVector t3 = t2.neg();
        FloatVector t4 = t1.fma(t1, t3);
        FloatVector t5 = t2.mul(0.071354814f);
        FloatVector t6 = t5.neg();
        FloatVector t7 = t2.fma(FloatVector.broadcast(S, 0.071354814f), t6);
        FloatVector t8 = t5.add(1.5957692f);
        FloatVector t9 = t8.sub(t5);
        FloatVector t10 = t8.sub(t9);
        FloatVector t11 = t5.sub(t10);
        FloatVector t12 = FloatVector.broadcast(S, 1.5957692f).sub(t9);
        FloatVector t13 = t11.add(t12);
        FloatVector t14 = t2.fma(2.3988325e-09f, -4.534068e-08f);
        FloatVector t15 = t4.fma(FloatVector.broadcast(S, 0.071354814f), t14);
        FloatVector t16 = t15.add(t7);
        FloatVector t17 = t16.add(t13);
        FloatVector t18 = t1.mul(t8);
        FloatVector t19 = t18.neg();
        FloatVector t20 = t1.fma(t8, t19);
        FloatVector t21 = t1.fma(t17, t20);
        FloatVector t22 = t18.abs();
        FloatVector t23 = t22.neg();
        FloatVector t24 = t21.neg();
        FloatVector t25 = t21.blend(t24, t18.compare(GT, 0.0f));
        FloatVector t26 = t23.blend(FloatVector.broadcast(S, -110.0f), t23.compare(LT, -110.0f));
        FloatVector t27 = t26.fma(1.442695f, 12582912.0f);
        FloatVector t28 = t27.sub(12582912.0f);
        FloatVector t29 = t28.fma(FloatVector.broadcast(S, -0.69314575f), t26);
        FloatVector t30 = t28.fma(FloatVector.broadcast(S, -1.4286068e-06f), t29);
        FloatVector t31 = t30.add(t25);
        FloatVector t32 = t31.mul(t31);
        FloatVector t33 = t31.fma(0.0013882393f, 0.008367181f);
        FloatVector t34 = t33.fma(t31, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t35 = t34.fma(t31, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t36 = t35.fma(t31, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t37 = t32.fma(t36, t31);
        IntVector t38 = t27.reinterpretAsInts();
        IntVector t39 = t38.add(167);
        IntVector t40 = t39.lanewise(LSHL, 23);
        FloatVector t41 = t40.reinterpretAsFloats();
        FloatVector t42 = t37.fma(t41, t41);
        FloatVector t43 = t42.mul(9.094947e-13f);
        FloatVector t44 = t43.add(1.0f);
        FloatVector t45 = t43.add(2.0f);
        FloatVector t46 = t43.fma(t45, FloatVector.broadcast(S, 1.0f));
        FloatVector t47 = t1.mul(t1);
        FloatVector t48 = t47.neg();
        FloatVector t49 = t1.fma(t1, t48);
        FloatVector t50 = t47.mul(0.21406445f);
        FloatVector t51 = t50.neg();
        FloatVector t52 = t47.fma(FloatVector.broadcast(S, 0.21406445f), t51);
        FloatVector t53 = t50.add(1.5957692f);
        FloatVector t54 = t53.sub(t50);
        FloatVector t55 = t53.sub(t54);
        FloatVector t56 = t50.sub(t55);
        FloatVector t57 = FloatVector.broadcast(S, 1.5957692f).sub(t54);
        FloatVector t58 = t56.add(t57);
        FloatVector t59 = t47.fma(-2.5408342e-10f, -4.534068e-08f);
        FloatVector t60 = t49.fma(FloatVector.broadcast(S, 0.21406445f), t59);
        FloatVector t61 = t60.add(t52);
        FloatVector t62 = t61.add(t58);
        FloatVector t63 = t1.mul(t53);
        FloatVector t64 = t63.neg();
        FloatVector t65 = t1.fma(t53, t64);
        FloatVector t66 = t1.fma(t62, t65);
        FloatVector t67 = t63.add(1.0f);
        FloatVector t68 = t43.add(t66);
        FloatVector t69 = t67.add(t68);
        FloatVector t70 = t41.mul(t37);
        FloatVector t71 = t41.mul(t69);
        FloatVector t72 = t70.fma(t69, t71);
        FloatVector t73 = t63.fma(t43, t44);
        FloatVector t74 = t73.blend(t72, t18.compare(LT, 0.0f));
        FloatVector t75 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), t18.compare(LT, 0.0f));
        FloatVector t76 = t74.div(t46);
        FloatVector t77 = t76.mul(t75);
        FloatVector.fromArray(S, dy, dyo + i).mul(t77).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -12.0f ? -12.0f : v;
        float t1 = t0 > 12.0f ? 12.0f : t0;
        float t2 = t1 * t1;
        float t3 = -t2;
        float t4 = Math.fma(t1, t1, t3);
        float t5 = t2 * 0.071354814f;
        float t6 = -t5;
        float t7 = Math.fma(t2, 0.071354814f, t6);
        float t8 = t5 + 1.5957692f;
        float t9 = t8 - t5;
        float t10 = t8 - t9;
        float t11 = t5 - t10;
        float t12 = 1.5957692f - t9;
        float t13 = t11 + t12;
        float t14 = Math.fma(t2, 2.3988325e-09f, -4.534068e-08f);
        float t15 = Math.fma(t4, 0.071354814f, t14);
        float t16 = t15 + t7;
        float t17 = t16 + t13;
        float t18 = t1 * t8;
        float t19 = -t18;
        float t20 = Math.fma(t1, t8, t19);
        float t21 = Math.fma(t1, t17, t20);
        float t22 = Math.abs(t18);
        float t23 = -t22;
        float t24 = -t21;
        float t25 = t18 > 0.0f ? t24 : t21;
        float t26 = t23 < -110.0f ? -110.0f : t23;
        float t27 = Math.fma(t26, 1.442695f, 12582912.0f);
        float t28 = t27 - 12582912.0f;
        float t29 = Math.fma(t28, -0.69314575f, t26);
        float t30 = Math.fma(t28, -1.4286068e-06f, t29);
        float t31 = t30 + t25;
        float t32 = t31 * t31;
        float t33 = Math.fma(t31, 0.0013882393f, 0.008367181f);
        float t34 = Math.fma(t33, t31, 0.041667223f);
        float t35 = Math.fma(t34, t31, 0.16666539f);
        float t36 = Math.fma(t35, t31, 0.49999997f);
        float t37 = Math.fma(t32, t36, t31);
        int t38 = Float.floatToRawIntBits(t27);
        int t39 = t38 + 167;
        int t40 = t39 << 23;
        float t41 = Float.intBitsToFloat(t40);
        float t42 = Math.fma(t37, t41, t41);
        float t43 = t42 * 9.094947e-13f;
        float t44 = t43 + 1.0f;
        float t45 = t43 + 2.0f;
        float t46 = Math.fma(t43, t45, 1.0f);
        float t47 = t1 * t1;
        float t48 = -t47;
        float t49 = Math.fma(t1, t1, t48);
        float t50 = t47 * 0.21406445f;
        float t51 = -t50;
        float t52 = Math.fma(t47, 0.21406445f, t51);
        float t53 = t50 + 1.5957692f;
        float t54 = t53 - t50;
        float t55 = t53 - t54;
        float t56 = t50 - t55;
        float t57 = 1.5957692f - t54;
        float t58 = t56 + t57;
        float t59 = Math.fma(t47, -2.5408342e-10f, -4.534068e-08f);
        float t60 = Math.fma(t49, 0.21406445f, t59);
        float t61 = t60 + t52;
        float t62 = t61 + t58;
        float t63 = t1 * t53;
        float t64 = -t63;
        float t65 = Math.fma(t1, t53, t64);
        float t66 = Math.fma(t1, t62, t65);
        float t67 = t63 + 1.0f;
        float t68 = t43 + t66;
        float t69 = t67 + t68;
        float t70 = t41 * t37;
        float t71 = t41 * t69;
        float t72 = Math.fma(t70, t69, t71);
        float t73 = Math.fma(t63, t43, t44);
        float t74 = t18 < 0.0f ? t72 : t73;
        float t75 = t18 < 0.0f ? 9.094947e-13f : 1.0f;
        float t76 = t74 / t46;
        float t77 = t76 * t75;
        dx[dxo + i] = dy[dyo + i] * t77;
      }
    }
  }
}
