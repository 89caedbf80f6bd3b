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
 * gelutanh, {@link Precision#FAST}: gelu(x, tanh) = x·σ(t), t = 2·sqrt(2/π)(x + 0.044715x³) carried in two floats, x itself above 12; the product and the quotient carried with their rounding errors. The derivative is EXACT's.
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
      return exact.derivative(v);
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
      return exact.derivative(v);
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
      exact.backward(x, xo, dy, dyo, dx, dxo, n);
    }
  }
}
