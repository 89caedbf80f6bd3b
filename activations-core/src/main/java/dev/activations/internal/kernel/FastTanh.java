// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.MIN;

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
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1099956223);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = t5 * 2.0f;
      float t7 = Math.fma(t6, 1.442695f, 12583039.0f);
      float t8 = t7 - 12583039.0f;
      float t9 = Math.fma(t8, -0.69314575f, t6);
      float t10 = Math.fma(t8, -1.4286068e-06f, t9);
      float t11 = t10 * t10;
      float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
      float t13 = Math.fma(t12, t10, 0.041667223f);
      float t14 = Math.fma(t13, t10, 0.16666539f);
      float t15 = Math.fma(t14, t10, 0.49999997f);
      float t16 = Math.fma(t11, t15, t10);
      int t17 = Float.floatToRawIntBits(t7);
      int t18 = t17 << 23;
      float t19 = Float.intBitsToFloat(t18);
      float t20 = t19 - 1.0f;
      float t21 = Math.fma(t16, t19, t20);
      float t22 = t21 + 2.0f;
      float t23 = t21 / t22;
      float t24 = Math.abs(t23);
      int t25 = Float.floatToRawIntBits(v);
      int t26 = t25 & Integer.MIN_VALUE;
      int t27 = Float.floatToRawIntBits(t24);
      int t28 = t27 | t26;
      float t29 = Float.intBitsToFloat(t28);
      return t29;
    }

    @Override
    public float derivative(float v) {
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1121714175);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = t5 * 2.0f;
      float t7 = Math.fma(t6, 1.442695f, 12583079.0f);
      float t8 = t7 - 12583079.0f;
      float t9 = Math.fma(t8, -0.69314575f, t6);
      float t10 = Math.fma(t8, -1.4286068e-06f, t9);
      float t11 = t10 * t10;
      float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
      float t13 = Math.fma(t12, t10, 0.041667223f);
      float t14 = Math.fma(t13, t10, 0.16666539f);
      float t15 = Math.fma(t14, t10, 0.49999997f);
      float t16 = Math.fma(t11, t15, t10);
      int t17 = Float.floatToRawIntBits(t7);
      int t18 = t17 << 23;
      float t19 = Float.intBitsToFloat(t18);
      float t20 = Math.fma(t16, t19, t19);
      float t21 = t20 * 9.094947e-13f;
      float t22 = t21 + 2.0f;
      float t23 = Math.fma(t21, t22, 1.0f);
      float t24 = t20 / t23;
      float t25 = t24 * 3.637979e-12f;
      return t25;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1099956223);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = t5 * 2.0f;
        float t7 = Math.fma(t6, 1.442695f, 12583039.0f);
        float t8 = t7 - 12583039.0f;
        float t9 = Math.fma(t8, -0.69314575f, t6);
        float t10 = Math.fma(t8, -1.4286068e-06f, t9);
        float t11 = t10 * t10;
        float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
        float t13 = Math.fma(t12, t10, 0.041667223f);
        float t14 = Math.fma(t13, t10, 0.16666539f);
        float t15 = Math.fma(t14, t10, 0.49999997f);
        float t16 = Math.fma(t11, t15, t10);
        int t17 = Float.floatToRawIntBits(t7);
        int t18 = t17 << 23;
        float t19 = Float.intBitsToFloat(t18);
        float t20 = t19 - 1.0f;
        float t21 = Math.fma(t16, t19, t20);
        float t22 = t21 + 2.0f;
        float t23 = t21 / t22;
        float t24 = Math.abs(t23);
        int t25 = Float.floatToRawIntBits(v);
        int t26 = t25 & Integer.MIN_VALUE;
        int t27 = Float.floatToRawIntBits(t24);
        int t28 = t27 | t26;
        float t29 = Float.intBitsToFloat(t28);
        y[yo + i] = t29;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1121714175);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = t5 * 2.0f;
        float t7 = Math.fma(t6, 1.442695f, 12583079.0f);
        float t8 = t7 - 12583079.0f;
        float t9 = Math.fma(t8, -0.69314575f, t6);
        float t10 = Math.fma(t8, -1.4286068e-06f, t9);
        float t11 = t10 * t10;
        float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
        float t13 = Math.fma(t12, t10, 0.041667223f);
        float t14 = Math.fma(t13, t10, 0.16666539f);
        float t15 = Math.fma(t14, t10, 0.49999997f);
        float t16 = Math.fma(t11, t15, t10);
        int t17 = Float.floatToRawIntBits(t7);
        int t18 = t17 << 23;
        float t19 = Float.intBitsToFloat(t18);
        float t20 = Math.fma(t16, t19, t19);
        float t21 = t20 * 9.094947e-13f;
        float t22 = t21 + 2.0f;
        float t23 = Math.fma(t21, t22, 1.0f);
        float t24 = t20 / t23;
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
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1099956223);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = t5 * 2.0f;
      float t7 = Math.fma(t6, 1.442695f, 12583039.0f);
      float t8 = t7 - 12583039.0f;
      float t9 = Math.fma(t8, -0.69314575f, t6);
      float t10 = Math.fma(t8, -1.4286068e-06f, t9);
      float t11 = t10 * t10;
      float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
      float t13 = Math.fma(t12, t10, 0.041667223f);
      float t14 = Math.fma(t13, t10, 0.16666539f);
      float t15 = Math.fma(t14, t10, 0.49999997f);
      float t16 = Math.fma(t11, t15, t10);
      int t17 = Float.floatToRawIntBits(t7);
      int t18 = t17 << 23;
      float t19 = Float.intBitsToFloat(t18);
      float t20 = t19 - 1.0f;
      float t21 = Math.fma(t16, t19, t20);
      float t22 = t21 + 2.0f;
      float t23 = t21 / t22;
      float t24 = Math.abs(t23);
      int t25 = Float.floatToRawIntBits(v);
      int t26 = t25 & Integer.MIN_VALUE;
      int t27 = Float.floatToRawIntBits(t24);
      int t28 = t27 | t26;
      float t29 = Float.intBitsToFloat(t28);
      return t29;
    }

    @Override
    public float derivative(float v) {
      int t0 = Float.floatToRawIntBits(v);
      int t1 = t0 & 0x7fffffff;
      int t2 = t1 + 8388607;
      int t3 = Math.min(t2, 1121714175);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = t5 * 2.0f;
      float t7 = Math.fma(t6, 1.442695f, 12583079.0f);
      float t8 = t7 - 12583079.0f;
      float t9 = Math.fma(t8, -0.69314575f, t6);
      float t10 = Math.fma(t8, -1.4286068e-06f, t9);
      float t11 = t10 * t10;
      float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
      float t13 = Math.fma(t12, t10, 0.041667223f);
      float t14 = Math.fma(t13, t10, 0.16666539f);
      float t15 = Math.fma(t14, t10, 0.49999997f);
      float t16 = Math.fma(t11, t15, t10);
      int t17 = Float.floatToRawIntBits(t7);
      int t18 = t17 << 23;
      float t19 = Float.intBitsToFloat(t18);
      float t20 = Math.fma(t16, t19, t19);
      float t21 = t20 * 9.094947e-13f;
      float t22 = t21 + 2.0f;
      float t23 = Math.fma(t21, t22, 1.0f);
      float t24 = t20 / t23;
      float t25 = t24 * 3.637979e-12f;
      return t25;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
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
        IntVector a3 = a2.lanewise(MIN, 1099956223);
        IntVector b3 = b2.lanewise(MIN, 1099956223);
        IntVector a4 = a3.add(2139095041);
        IntVector b4 = b3.add(2139095041);
        FloatVector a5 = a4.reinterpretAsFloats();
        FloatVector b5 = b4.reinterpretAsFloats();
        FloatVector a6 = a5.mul(2.0f);
        FloatVector b6 = b5.mul(2.0f);
        FloatVector a7 = a6.fma(1.442695f, 12583039.0f);
        FloatVector b7 = b6.fma(1.442695f, 12583039.0f);
        FloatVector a8 = a7.sub(12583039.0f);
        FloatVector b8 = b7.sub(12583039.0f);
        FloatVector a9 = a8.fma(FloatVector.broadcast(S, -0.69314575f), a6);
        FloatVector b9 = b8.fma(FloatVector.broadcast(S, -0.69314575f), b6);
        FloatVector a10 = a8.fma(FloatVector.broadcast(S, -1.4286068e-06f), a9);
        FloatVector b10 = b8.fma(FloatVector.broadcast(S, -1.4286068e-06f), b9);
        FloatVector a11 = a10.mul(a10);
        FloatVector b11 = b10.mul(b10);
        FloatVector a12 = a10.fma(0.0013882393f, 0.008367181f);
        FloatVector b12 = b10.fma(0.0013882393f, 0.008367181f);
        FloatVector a13 = a12.fma(a10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b13 = b12.fma(b10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a14 = a13.fma(a10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b14 = b13.fma(b10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a15 = a14.fma(a10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b15 = b14.fma(b10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a16 = a11.fma(a15, a10);
        FloatVector b16 = b11.fma(b15, b10);
        IntVector a17 = a7.reinterpretAsInts();
        IntVector b17 = b7.reinterpretAsInts();
        IntVector a18 = a17.lanewise(LSHL, 23);
        IntVector b18 = b17.lanewise(LSHL, 23);
        FloatVector a19 = a18.reinterpretAsFloats();
        FloatVector b19 = b18.reinterpretAsFloats();
        FloatVector a20 = a19.sub(1.0f);
        FloatVector b20 = b19.sub(1.0f);
        FloatVector a21 = a16.fma(a19, a20);
        FloatVector b21 = b16.fma(b19, b20);
        FloatVector a22 = a21.add(2.0f);
        FloatVector b22 = b21.add(2.0f);
        FloatVector a23 = a21.div(a22);
        FloatVector b23 = b21.div(b22);
        FloatVector a24 = a23.abs();
        FloatVector b24 = b23.abs();
        IntVector a25 = va.reinterpretAsInts();
        IntVector b25 = vb.reinterpretAsInts();
        IntVector a26 = a25.and(Integer.MIN_VALUE);
        IntVector b26 = b25.and(Integer.MIN_VALUE);
        IntVector a27 = a24.reinterpretAsInts();
        IntVector b27 = b24.reinterpretAsInts();
        IntVector a28 = a27.or(a26);
        IntVector b28 = b27.or(b26);
        FloatVector a29 = a28.reinterpretAsFloats();
        FloatVector b29 = b28.reinterpretAsFloats();
        a29.intoArray(y, yo + i);
        b29.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        IntVector t0 = v.reinterpretAsInts();
        IntVector t1 = t0.and(0x7fffffff);
        IntVector t2 = t1.add(8388607);
        IntVector t3 = t2.lanewise(MIN, 1099956223);
        IntVector t4 = t3.add(2139095041);
        FloatVector t5 = t4.reinterpretAsFloats();
        FloatVector t6 = t5.mul(2.0f);
        FloatVector t7 = t6.fma(1.442695f, 12583039.0f);
        FloatVector t8 = t7.sub(12583039.0f);
        FloatVector t9 = t8.fma(FloatVector.broadcast(S, -0.69314575f), t6);
        FloatVector t10 = t8.fma(FloatVector.broadcast(S, -1.4286068e-06f), t9);
        FloatVector t11 = t10.mul(t10);
        FloatVector t12 = t10.fma(0.0013882393f, 0.008367181f);
        FloatVector t13 = t12.fma(t10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t14 = t13.fma(t10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t15 = t14.fma(t10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t16 = t11.fma(t15, t10);
        IntVector t17 = t7.reinterpretAsInts();
        IntVector t18 = t17.lanewise(LSHL, 23);
        FloatVector t19 = t18.reinterpretAsFloats();
        FloatVector t20 = t19.sub(1.0f);
        FloatVector t21 = t16.fma(t19, t20);
        FloatVector t22 = t21.add(2.0f);
        FloatVector t23 = t21.div(t22);
        FloatVector t24 = t23.abs();
        IntVector t25 = v.reinterpretAsInts();
        IntVector t26 = t25.and(Integer.MIN_VALUE);
        IntVector t27 = t24.reinterpretAsInts();
        IntVector t28 = t27.or(t26);
        FloatVector t29 = t28.reinterpretAsFloats();
        t29.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1099956223);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = t5 * 2.0f;
        float t7 = Math.fma(t6, 1.442695f, 12583039.0f);
        float t8 = t7 - 12583039.0f;
        float t9 = Math.fma(t8, -0.69314575f, t6);
        float t10 = Math.fma(t8, -1.4286068e-06f, t9);
        float t11 = t10 * t10;
        float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
        float t13 = Math.fma(t12, t10, 0.041667223f);
        float t14 = Math.fma(t13, t10, 0.16666539f);
        float t15 = Math.fma(t14, t10, 0.49999997f);
        float t16 = Math.fma(t11, t15, t10);
        int t17 = Float.floatToRawIntBits(t7);
        int t18 = t17 << 23;
        float t19 = Float.intBitsToFloat(t18);
        float t20 = t19 - 1.0f;
        float t21 = Math.fma(t16, t19, t20);
        float t22 = t21 + 2.0f;
        float t23 = t21 / t22;
        float t24 = Math.abs(t23);
        int t25 = Float.floatToRawIntBits(v);
        int t26 = t25 & Integer.MIN_VALUE;
        int t27 = Float.floatToRawIntBits(t24);
        int t28 = t27 | t26;
        float t29 = Float.intBitsToFloat(t28);
        y[yo + i] = t29;
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
        IntVector a3 = a2.lanewise(MIN, 1121714175);
        IntVector b3 = b2.lanewise(MIN, 1121714175);
        IntVector a4 = a3.add(2139095041);
        IntVector b4 = b3.add(2139095041);
        FloatVector a5 = a4.reinterpretAsFloats();
        FloatVector b5 = b4.reinterpretAsFloats();
        FloatVector a6 = a5.mul(2.0f);
        FloatVector b6 = b5.mul(2.0f);
        FloatVector a7 = a6.fma(1.442695f, 12583079.0f);
        FloatVector b7 = b6.fma(1.442695f, 12583079.0f);
        FloatVector a8 = a7.sub(12583079.0f);
        FloatVector b8 = b7.sub(12583079.0f);
        FloatVector a9 = a8.fma(FloatVector.broadcast(S, -0.69314575f), a6);
        FloatVector b9 = b8.fma(FloatVector.broadcast(S, -0.69314575f), b6);
        FloatVector a10 = a8.fma(FloatVector.broadcast(S, -1.4286068e-06f), a9);
        FloatVector b10 = b8.fma(FloatVector.broadcast(S, -1.4286068e-06f), b9);
        FloatVector a11 = a10.mul(a10);
        FloatVector b11 = b10.mul(b10);
        FloatVector a12 = a10.fma(0.0013882393f, 0.008367181f);
        FloatVector b12 = b10.fma(0.0013882393f, 0.008367181f);
        FloatVector a13 = a12.fma(a10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b13 = b12.fma(b10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a14 = a13.fma(a10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b14 = b13.fma(b10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a15 = a14.fma(a10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b15 = b14.fma(b10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a16 = a11.fma(a15, a10);
        FloatVector b16 = b11.fma(b15, b10);
        IntVector a17 = a7.reinterpretAsInts();
        IntVector b17 = b7.reinterpretAsInts();
        IntVector a18 = a17.lanewise(LSHL, 23);
        IntVector b18 = b17.lanewise(LSHL, 23);
        FloatVector a19 = a18.reinterpretAsFloats();
        FloatVector b19 = b18.reinterpretAsFloats();
        FloatVector a20 = a16.fma(a19, a19);
        FloatVector b20 = b16.fma(b19, b19);
        FloatVector a21 = a20.mul(9.094947e-13f);
        FloatVector b21 = b20.mul(9.094947e-13f);
        FloatVector a22 = a21.add(2.0f);
        FloatVector b22 = b21.add(2.0f);
        FloatVector a23 = a21.fma(a22, FloatVector.broadcast(S, 1.0f));
        FloatVector b23 = b21.fma(b22, FloatVector.broadcast(S, 1.0f));
        FloatVector a24 = a20.div(a23);
        FloatVector b24 = b20.div(b23);
        FloatVector a25 = a24.mul(3.637979e-12f);
        FloatVector b25 = b24.mul(3.637979e-12f);
        FloatVector.fromArray(S, dy, dyo + i).mul(a25).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b25).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        IntVector t0 = v.reinterpretAsInts();
        IntVector t1 = t0.and(0x7fffffff);
        IntVector t2 = t1.add(8388607);
        IntVector t3 = t2.lanewise(MIN, 1121714175);
        IntVector t4 = t3.add(2139095041);
        FloatVector t5 = t4.reinterpretAsFloats();
        FloatVector t6 = t5.mul(2.0f);
        FloatVector t7 = t6.fma(1.442695f, 12583079.0f);
        FloatVector t8 = t7.sub(12583079.0f);
        FloatVector t9 = t8.fma(FloatVector.broadcast(S, -0.69314575f), t6);
        FloatVector t10 = t8.fma(FloatVector.broadcast(S, -1.4286068e-06f), t9);
        FloatVector t11 = t10.mul(t10);
        FloatVector t12 = t10.fma(0.0013882393f, 0.008367181f);
        FloatVector t13 = t12.fma(t10, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t14 = t13.fma(t10, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t15 = t14.fma(t10, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t16 = t11.fma(t15, t10);
        IntVector t17 = t7.reinterpretAsInts();
        IntVector t18 = t17.lanewise(LSHL, 23);
        FloatVector t19 = t18.reinterpretAsFloats();
        FloatVector t20 = t16.fma(t19, t19);
        FloatVector t21 = t20.mul(9.094947e-13f);
        FloatVector t22 = t21.add(2.0f);
        FloatVector t23 = t21.fma(t22, FloatVector.broadcast(S, 1.0f));
        FloatVector t24 = t20.div(t23);
        FloatVector t25 = t24.mul(3.637979e-12f);
        FloatVector.fromArray(S, dy, dyo + i).mul(t25).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1121714175);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = t5 * 2.0f;
        float t7 = Math.fma(t6, 1.442695f, 12583079.0f);
        float t8 = t7 - 12583079.0f;
        float t9 = Math.fma(t8, -0.69314575f, t6);
        float t10 = Math.fma(t8, -1.4286068e-06f, t9);
        float t11 = t10 * t10;
        float t12 = Math.fma(t10, 0.0013882393f, 0.008367181f);
        float t13 = Math.fma(t12, t10, 0.041667223f);
        float t14 = Math.fma(t13, t10, 0.16666539f);
        float t15 = Math.fma(t14, t10, 0.49999997f);
        float t16 = Math.fma(t11, t15, t10);
        int t17 = Float.floatToRawIntBits(t7);
        int t18 = t17 << 23;
        float t19 = Float.intBitsToFloat(t18);
        float t20 = Math.fma(t16, t19, t19);
        float t21 = t20 * 9.094947e-13f;
        float t22 = t21 + 2.0f;
        float t23 = Math.fma(t21, t22, 1.0f);
        float t24 = t20 / t23;
        float t25 = t24 * 3.637979e-12f;
        dx[dxo + i] = dy[dyo + i] * t25;
      }
    }
  }
}
