// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * silu, {@link Precision#FAST}: silu(x) = x·σ(x), the product formed before the scaled exponential is unscaled, so that results in the subnormal range round once; silu'(x) = σ(x)(1 + x·σ(−x)), with 1 + x exact where it crosses zero.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastSilu {
  private FastSilu() {}

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
      float t19 = t18 + 1.0f;
      float t20 = v < -110.0f ? -110.0f : v;
      float t21 = v < 0.0f ? t17 : 1.0f;
      float t22 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t23 = t20 * t21;
      float t24 = t23 / t19;
      float t25 = t24 * t22;
      return t25;
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
      float t19 = t18 + 2.0f;
      float t20 = Math.fma(t18, t19, 1.0f);
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = t21 + 1.0f;
      float t23 = t22 + t18;
      float t24 = t16 * t12;
      float t25 = t16 * t23;
      float t26 = Math.fma(t24, t23, t25);
      float t27 = v > 110.0f ? 110.0f : v;
      float t28 = t18 + 1.0f;
      float t29 = Math.fma(t27, t18, t28);
      float t30 = v < 0.0f ? t26 : t29;
      float t31 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t32 = t30 / t20;
      float t33 = t32 * t31;
      return t33;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
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
        float t19 = t18 + 1.0f;
        float t20 = v < -110.0f ? -110.0f : v;
        float t21 = v < 0.0f ? t17 : 1.0f;
        float t22 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t23 = t20 * t21;
        float t24 = t23 / t19;
        float t25 = t24 * t22;
        y[yo + i] = t25;
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
        float t19 = t18 + 2.0f;
        float t20 = Math.fma(t18, t19, 1.0f);
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = t21 + 1.0f;
        float t23 = t22 + t18;
        float t24 = t16 * t12;
        float t25 = t16 * t23;
        float t26 = Math.fma(t24, t23, t25);
        float t27 = v > 110.0f ? 110.0f : v;
        float t28 = t18 + 1.0f;
        float t29 = Math.fma(t27, t18, t28);
        float t30 = v < 0.0f ? t26 : t29;
        float t31 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t32 = t30 / t20;
        float t33 = t32 * t31;
        dx[dxo + i] = dy[dyo + i] * t33;
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
      float t19 = t18 + 1.0f;
      float t20 = v < -110.0f ? -110.0f : v;
      float t21 = v < 0.0f ? t17 : 1.0f;
      float t22 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t23 = t20 * t21;
      float t24 = t23 / t19;
      float t25 = t24 * t22;
      return t25;
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
      float t19 = t18 + 2.0f;
      float t20 = Math.fma(t18, t19, 1.0f);
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = t21 + 1.0f;
      float t23 = t22 + t18;
      float t24 = t16 * t12;
      float t25 = t16 * t23;
      float t26 = Math.fma(t24, t23, t25);
      float t27 = v > 110.0f ? 110.0f : v;
      float t28 = t18 + 1.0f;
      float t29 = Math.fma(t27, t18, t28);
      float t30 = v < 0.0f ? t26 : t29;
      float t31 = v < 0.0f ? 9.094947e-13f : 1.0f;
      float t32 = t30 / t20;
      float t33 = t32 * t31;
      return t33;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
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
        FloatVector a19 = a18.add(1.0f);
        FloatVector b19 = b18.add(1.0f);
        FloatVector a20 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b20 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a21 = FloatVector.broadcast(S, 1.0f).blend(a17, va.compare(LT, 0.0f));
        FloatVector b21 = FloatVector.broadcast(S, 1.0f).blend(b17, vb.compare(LT, 0.0f));
        FloatVector a22 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), va.compare(LT, 0.0f));
        FloatVector b22 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), vb.compare(LT, 0.0f));
        FloatVector a23 = a20.mul(a21);
        FloatVector b23 = b20.mul(b21);
        FloatVector a24 = a23.div(a19);
        FloatVector b24 = b23.div(b19);
        FloatVector a25 = a24.mul(a22);
        FloatVector b25 = b24.mul(b22);
        a25.intoArray(y, yo + i);
        b25.intoArray(y, yo + i + LANES);
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
        FloatVector t19 = t18.add(1.0f);
        FloatVector t20 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t21 = FloatVector.broadcast(S, 1.0f).blend(t17, v.compare(LT, 0.0f));
        FloatVector t22 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), v.compare(LT, 0.0f));
        FloatVector t23 = t20.mul(t21);
        FloatVector t24 = t23.div(t19);
        FloatVector t25 = t24.mul(t22);
        t25.intoArray(y, yo + i);
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
        float t19 = t18 + 1.0f;
        float t20 = v < -110.0f ? -110.0f : v;
        float t21 = v < 0.0f ? t17 : 1.0f;
        float t22 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t23 = t20 * t21;
        float t24 = t23 / t19;
        float t25 = t24 * t22;
        y[yo + i] = t25;
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
        FloatVector a19 = a18.add(2.0f);
        FloatVector b19 = b18.add(2.0f);
        FloatVector a20 = a18.fma(a19, FloatVector.broadcast(S, 1.0f));
        FloatVector b20 = b18.fma(b19, FloatVector.broadcast(S, 1.0f));
        FloatVector a21 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b21 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a22 = a21.add(1.0f);
        FloatVector b22 = b21.add(1.0f);
        FloatVector a23 = a22.add(a18);
        FloatVector b23 = b22.add(b18);
        FloatVector a24 = a16.mul(a12);
        FloatVector b24 = b16.mul(b12);
        FloatVector a25 = a16.mul(a23);
        FloatVector b25 = b16.mul(b23);
        FloatVector a26 = a24.fma(a23, a25);
        FloatVector b26 = b24.fma(b23, b25);
        FloatVector a27 = va.blend(FloatVector.broadcast(S, 110.0f), va.compare(GT, 110.0f));
        FloatVector b27 = vb.blend(FloatVector.broadcast(S, 110.0f), vb.compare(GT, 110.0f));
        FloatVector a28 = a18.add(1.0f);
        FloatVector b28 = b18.add(1.0f);
        FloatVector a29 = a27.fma(a18, a28);
        FloatVector b29 = b27.fma(b18, b28);
        FloatVector a30 = a29.blend(a26, va.compare(LT, 0.0f));
        FloatVector b30 = b29.blend(b26, vb.compare(LT, 0.0f));
        FloatVector a31 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), va.compare(LT, 0.0f));
        FloatVector b31 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), vb.compare(LT, 0.0f));
        FloatVector a32 = a30.div(a20);
        FloatVector b32 = b30.div(b20);
        FloatVector a33 = a32.mul(a31);
        FloatVector b33 = b32.mul(b31);
        FloatVector.fromArray(S, dy, dyo + i).mul(a33).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b33).intoArray(dx, dxo + i + LANES);
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
        FloatVector t19 = t18.add(2.0f);
        FloatVector t20 = t18.fma(t19, FloatVector.broadcast(S, 1.0f));
        FloatVector t21 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t22 = t21.add(1.0f);
        FloatVector t23 = t22.add(t18);
        FloatVector t24 = t16.mul(t12);
        FloatVector t25 = t16.mul(t23);
        FloatVector t26 = t24.fma(t23, t25);
        FloatVector t27 = v.blend(FloatVector.broadcast(S, 110.0f), v.compare(GT, 110.0f));
        FloatVector t28 = t18.add(1.0f);
        FloatVector t29 = t27.fma(t18, t28);
        FloatVector t30 = t29.blend(t26, v.compare(LT, 0.0f));
        FloatVector t31 = FloatVector.broadcast(S, 1.0f).blend(FloatVector.broadcast(S, 9.094947e-13f), v.compare(LT, 0.0f));
        FloatVector t32 = t30.div(t20);
        FloatVector t33 = t32.mul(t31);
        FloatVector.fromArray(S, dy, dyo + i).mul(t33).intoArray(dx, dxo + i);
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
        float t19 = t18 + 2.0f;
        float t20 = Math.fma(t18, t19, 1.0f);
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = t21 + 1.0f;
        float t23 = t22 + t18;
        float t24 = t16 * t12;
        float t25 = t16 * t23;
        float t26 = Math.fma(t24, t23, t25);
        float t27 = v > 110.0f ? 110.0f : v;
        float t28 = t18 + 1.0f;
        float t29 = Math.fma(t27, t18, t28);
        float t30 = v < 0.0f ? t26 : t29;
        float t31 = v < 0.0f ? 9.094947e-13f : 1.0f;
        float t32 = t30 / t20;
        float t33 = t32 * t31;
        dx[dxo + i] = dy[dyo + i] * t33;
      }
    }
  }
}
