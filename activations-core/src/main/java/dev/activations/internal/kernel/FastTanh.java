// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * tanh, {@link Precision#FAST}: tanh|x| = −m/(2 + m), m = expm1(−2|x|), with the sign of x; tanh'(x) = 4e/(1 + e)², e = e^−2|x|.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastTanh {
  private FastTanh() {}

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
      float t1 = t0 * -2.0f;
      float t2 = t1 < -18.0f ? -18.0f : t1;
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
      int t14 = t13 + 127;
      int t15 = t14 << 23;
      float t16 = Float.intBitsToFloat(t15);
      float t17 = t16 - 1.0f;
      float t18 = Math.fma(t12, t16, t17);
      float t19 = t18 + 2.0f;
      float t20 = t18 / t19;
      float t21 = Math.abs(t20);
      int t22 = Float.floatToRawIntBits(v);
      int t23 = t22 & Integer.MIN_VALUE;
      int t24 = Float.floatToRawIntBits(t21);
      int t25 = t24 | t23;
      float t26 = Float.intBitsToFloat(t25);
      return t26;
    }

    @Override
    public float derivative(float v) {
      float t0 = Math.abs(v);
      float t1 = t0 * -2.0f;
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
      float t20 = 1.0f - t19;
      float t21 = t20 + t18;
      float t22 = Math.fma(t21, 2.0f, t19);
      float t23 = t19 * t22;
      float t24 = t17 / t23;
      float t25 = t24 * 3.637979e-12f;
      return t25;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = t0 * -2.0f;
        float t2 = t1 < -18.0f ? -18.0f : t1;
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
        int t14 = t13 + 127;
        int t15 = t14 << 23;
        float t16 = Float.intBitsToFloat(t15);
        float t17 = t16 - 1.0f;
        float t18 = Math.fma(t12, t16, t17);
        float t19 = t18 + 2.0f;
        float t20 = t18 / t19;
        float t21 = Math.abs(t20);
        int t22 = Float.floatToRawIntBits(v);
        int t23 = t22 & Integer.MIN_VALUE;
        int t24 = Float.floatToRawIntBits(t21);
        int t25 = t24 | t23;
        float t26 = Float.intBitsToFloat(t25);
        y[yo + i] = t26;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = t0 * -2.0f;
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
        float t20 = 1.0f - t19;
        float t21 = t20 + t18;
        float t22 = Math.fma(t21, 2.0f, t19);
        float t23 = t19 * t22;
        float t24 = t17 / t23;
        float t25 = t24 * 3.637979e-12f;
        dx[dxo + i] = dy[dyo + i] * t25;
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
      float t1 = t0 * -2.0f;
      float t2 = t1 < -18.0f ? -18.0f : t1;
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
      int t14 = t13 + 127;
      int t15 = t14 << 23;
      float t16 = Float.intBitsToFloat(t15);
      float t17 = t16 - 1.0f;
      float t18 = Math.fma(t12, t16, t17);
      float t19 = t18 + 2.0f;
      float t20 = t18 / t19;
      float t21 = Math.abs(t20);
      int t22 = Float.floatToRawIntBits(v);
      int t23 = t22 & Integer.MIN_VALUE;
      int t24 = Float.floatToRawIntBits(t21);
      int t25 = t24 | t23;
      float t26 = Float.intBitsToFloat(t25);
      return t26;
    }

    @Override
    public float derivative(float v) {
      float t0 = Math.abs(v);
      float t1 = t0 * -2.0f;
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
      float t20 = 1.0f - t19;
      float t21 = t20 + t18;
      float t22 = Math.fma(t21, 2.0f, t19);
      float t23 = t19 * t22;
      float t24 = t17 / t23;
      float t25 = t24 * 3.637979e-12f;
      return t25;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.abs();
        FloatVector b0 = vb.abs();
        FloatVector a1 = a0.mul(-2.0f);
        FloatVector b1 = b0.mul(-2.0f);
        FloatVector a2 = a1.blend(FloatVector.broadcast(S, -18.0f), a1.compare(LT, -18.0f));
        FloatVector b2 = b1.blend(FloatVector.broadcast(S, -18.0f), b1.compare(LT, -18.0f));
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
        IntVector a14 = a13.add(127);
        IntVector b14 = b13.add(127);
        IntVector a15 = a14.lanewise(LSHL, 23);
        IntVector b15 = b14.lanewise(LSHL, 23);
        FloatVector a16 = a15.reinterpretAsFloats();
        FloatVector b16 = b15.reinterpretAsFloats();
        FloatVector a17 = a16.sub(1.0f);
        FloatVector b17 = b16.sub(1.0f);
        FloatVector a18 = a12.fma(a16, a17);
        FloatVector b18 = b12.fma(b16, b17);
        FloatVector a19 = a18.add(2.0f);
        FloatVector b19 = b18.add(2.0f);
        FloatVector a20 = a18.div(a19);
        FloatVector b20 = b18.div(b19);
        FloatVector a21 = a20.abs();
        FloatVector b21 = b20.abs();
        IntVector a22 = va.reinterpretAsInts();
        IntVector b22 = vb.reinterpretAsInts();
        IntVector a23 = a22.and(Integer.MIN_VALUE);
        IntVector b23 = b22.and(Integer.MIN_VALUE);
        IntVector a24 = a21.reinterpretAsInts();
        IntVector b24 = b21.reinterpretAsInts();
        IntVector a25 = a24.or(a23);
        IntVector b25 = b24.or(b23);
        FloatVector a26 = a25.reinterpretAsFloats();
        FloatVector b26 = b25.reinterpretAsFloats();
        a26.intoArray(y, yo + i);
        b26.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.abs();
        FloatVector t1 = t0.mul(-2.0f);
        FloatVector t2 = t1.blend(FloatVector.broadcast(S, -18.0f), t1.compare(LT, -18.0f));
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
        IntVector t14 = t13.add(127);
        IntVector t15 = t14.lanewise(LSHL, 23);
        FloatVector t16 = t15.reinterpretAsFloats();
        FloatVector t17 = t16.sub(1.0f);
        FloatVector t18 = t12.fma(t16, t17);
        FloatVector t19 = t18.add(2.0f);
        FloatVector t20 = t18.div(t19);
        FloatVector t21 = t20.abs();
        IntVector t22 = v.reinterpretAsInts();
        IntVector t23 = t22.and(Integer.MIN_VALUE);
        IntVector t24 = t21.reinterpretAsInts();
        IntVector t25 = t24.or(t23);
        FloatVector t26 = t25.reinterpretAsFloats();
        t26.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = t0 * -2.0f;
        float t2 = t1 < -18.0f ? -18.0f : t1;
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
        int t14 = t13 + 127;
        int t15 = t14 << 23;
        float t16 = Float.intBitsToFloat(t15);
        float t17 = t16 - 1.0f;
        float t18 = Math.fma(t12, t16, t17);
        float t19 = t18 + 2.0f;
        float t20 = t18 / t19;
        float t21 = Math.abs(t20);
        int t22 = Float.floatToRawIntBits(v);
        int t23 = t22 & Integer.MIN_VALUE;
        int t24 = Float.floatToRawIntBits(t21);
        int t25 = t24 | t23;
        float t26 = Float.intBitsToFloat(t25);
        y[yo + i] = t26;
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
        FloatVector a1 = a0.mul(-2.0f);
        FloatVector b1 = b0.mul(-2.0f);
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
        FloatVector a20 = FloatVector.broadcast(S, 1.0f).sub(a19);
        FloatVector b20 = FloatVector.broadcast(S, 1.0f).sub(b19);
        FloatVector a21 = a20.add(a18);
        FloatVector b21 = b20.add(b18);
        FloatVector a22 = a21.fma(FloatVector.broadcast(S, 2.0f), a19);
        FloatVector b22 = b21.fma(FloatVector.broadcast(S, 2.0f), b19);
        FloatVector a23 = a19.mul(a22);
        FloatVector b23 = b19.mul(b22);
        FloatVector a24 = a17.div(a23);
        FloatVector b24 = b17.div(b23);
        FloatVector a25 = a24.mul(3.637979e-12f);
        FloatVector b25 = b24.mul(3.637979e-12f);
        FloatVector.fromArray(S, dy, dyo + i).mul(a25).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b25).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.abs();
        FloatVector t1 = t0.mul(-2.0f);
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
        FloatVector t20 = FloatVector.broadcast(S, 1.0f).sub(t19);
        FloatVector t21 = t20.add(t18);
        FloatVector t22 = t21.fma(FloatVector.broadcast(S, 2.0f), t19);
        FloatVector t23 = t19.mul(t22);
        FloatVector t24 = t17.div(t23);
        FloatVector t25 = t24.mul(3.637979e-12f);
        FloatVector.fromArray(S, dy, dyo + i).mul(t25).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = Math.abs(v);
        float t1 = t0 * -2.0f;
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
        float t20 = 1.0f - t19;
        float t21 = t20 + t18;
        float t22 = Math.fma(t21, 2.0f, t19);
        float t23 = t19 * t22;
        float t24 = t17 / t23;
        float t25 = t24 * 3.637979e-12f;
        dx[dxo + i] = dy[dyo + i] * t25;
      }
    }
  }
}
