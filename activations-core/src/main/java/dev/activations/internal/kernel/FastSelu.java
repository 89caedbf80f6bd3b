// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.MIN;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * selu, {@link Precision#FAST}: selu(x) = λx for x ≥ 0, else λα·expm1(x); selu'(x) = λ for x &gt; 0, else λα·e^x.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastSelu {
  private FastSelu() {}

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
      int t3 = Math.min(t2, 1108344831);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = Math.fma(t5, 1.442695f, 12583039.0f);
      float t7 = t6 - 12583039.0f;
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
      float t19 = t18 - 1.0f;
      float t20 = Math.fma(t15, t18, t19);
      float t21 = v * 8.441664e-08f;
      float t22 = Math.fma(v, 1.0507009f, t21);
      float t23 = t20 * 1.7580993f;
      float t24 = v >= 0.0f ? t22 : t23;
      return t24;
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
      float t20 = t19 * 1.7580993f;
      float t21 = t20 * 9.094947e-13f;
      float t22 = v > 0.0f ? 1.050701f : t21;
      return t22;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1108344831);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = Math.fma(t5, 1.442695f, 12583039.0f);
        float t7 = t6 - 12583039.0f;
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
        float t19 = t18 - 1.0f;
        float t20 = Math.fma(t15, t18, t19);
        float t21 = v * 8.441664e-08f;
        float t22 = Math.fma(v, 1.0507009f, t21);
        float t23 = t20 * 1.7580993f;
        float t24 = v >= 0.0f ? t22 : t23;
        y[yo + i] = t24;
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
        float t20 = t19 * 1.7580993f;
        float t21 = t20 * 9.094947e-13f;
        float t22 = v > 0.0f ? 1.050701f : t21;
        dx[dxo + i] = dy[dyo + i] * t22;
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
      int t3 = Math.min(t2, 1108344831);
      int t4 = t3 + 2139095041;
      float t5 = Float.intBitsToFloat(t4);
      float t6 = Math.fma(t5, 1.442695f, 12583039.0f);
      float t7 = t6 - 12583039.0f;
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
      float t19 = t18 - 1.0f;
      float t20 = Math.fma(t15, t18, t19);
      float t21 = v * 8.441664e-08f;
      float t22 = Math.fma(v, 1.0507009f, t21);
      float t23 = t20 * 1.7580993f;
      float t24 = v >= 0.0f ? t22 : t23;
      return t24;
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
      float t20 = t19 * 1.7580993f;
      float t21 = t20 * 9.094947e-13f;
      float t22 = v > 0.0f ? 1.050701f : t21;
      return t22;
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
        IntVector a3 = a2.lanewise(MIN, 1108344831);
        IntVector b3 = b2.lanewise(MIN, 1108344831);
        IntVector a4 = a3.add(2139095041);
        IntVector b4 = b3.add(2139095041);
        FloatVector a5 = a4.reinterpretAsFloats();
        FloatVector b5 = b4.reinterpretAsFloats();
        FloatVector a6 = a5.fma(1.442695f, 12583039.0f);
        FloatVector b6 = b5.fma(1.442695f, 12583039.0f);
        FloatVector a7 = a6.sub(12583039.0f);
        FloatVector b7 = b6.sub(12583039.0f);
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
        FloatVector a19 = a18.sub(1.0f);
        FloatVector b19 = b18.sub(1.0f);
        FloatVector a20 = a15.fma(a18, a19);
        FloatVector b20 = b15.fma(b18, b19);
        FloatVector a21 = va.mul(8.441664e-08f);
        FloatVector b21 = vb.mul(8.441664e-08f);
        FloatVector a22 = va.fma(FloatVector.broadcast(S, 1.0507009f), a21);
        FloatVector b22 = vb.fma(FloatVector.broadcast(S, 1.0507009f), b21);
        FloatVector a23 = a20.mul(1.7580993f);
        FloatVector b23 = b20.mul(1.7580993f);
        FloatVector a24 = a23.blend(a22, va.compare(GE, 0.0f));
        FloatVector b24 = b23.blend(b22, vb.compare(GE, 0.0f));
        a24.intoArray(y, yo + i);
        b24.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        IntVector t0 = v.reinterpretAsInts();
        IntVector t1 = t0.and(0x7fffffff);
        IntVector t2 = t1.add(8388607);
        IntVector t3 = t2.lanewise(MIN, 1108344831);
        IntVector t4 = t3.add(2139095041);
        FloatVector t5 = t4.reinterpretAsFloats();
        FloatVector t6 = t5.fma(1.442695f, 12583039.0f);
        FloatVector t7 = t6.sub(12583039.0f);
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
        FloatVector t19 = t18.sub(1.0f);
        FloatVector t20 = t15.fma(t18, t19);
        FloatVector t21 = v.mul(8.441664e-08f);
        FloatVector t22 = v.fma(FloatVector.broadcast(S, 1.0507009f), t21);
        FloatVector t23 = t20.mul(1.7580993f);
        FloatVector t24 = t23.blend(t22, v.compare(GE, 0.0f));
        t24.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        int t0 = Float.floatToRawIntBits(v);
        int t1 = t0 & 0x7fffffff;
        int t2 = t1 + 8388607;
        int t3 = Math.min(t2, 1108344831);
        int t4 = t3 + 2139095041;
        float t5 = Float.intBitsToFloat(t4);
        float t6 = Math.fma(t5, 1.442695f, 12583039.0f);
        float t7 = t6 - 12583039.0f;
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
        float t19 = t18 - 1.0f;
        float t20 = Math.fma(t15, t18, t19);
        float t21 = v * 8.441664e-08f;
        float t22 = Math.fma(v, 1.0507009f, t21);
        float t23 = t20 * 1.7580993f;
        float t24 = v >= 0.0f ? t22 : t23;
        y[yo + i] = t24;
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
        FloatVector a20 = a19.mul(1.7580993f);
        FloatVector b20 = b19.mul(1.7580993f);
        FloatVector a21 = a20.mul(9.094947e-13f);
        FloatVector b21 = b20.mul(9.094947e-13f);
        FloatVector a22 = a21.blend(FloatVector.broadcast(S, 1.050701f), va.compare(GT, 0.0f));
        FloatVector b22 = b21.blend(FloatVector.broadcast(S, 1.050701f), vb.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(a22).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b22).intoArray(dx, dxo + i + LANES);
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
        FloatVector t20 = t19.mul(1.7580993f);
        FloatVector t21 = t20.mul(9.094947e-13f);
        FloatVector t22 = t21.blend(FloatVector.broadcast(S, 1.050701f), v.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(t22).intoArray(dx, dxo + i);
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
        float t20 = t19 * 1.7580993f;
        float t21 = t20 * 9.094947e-13f;
        float t22 = v > 0.0f ? 1.050701f : t21;
        dx[dxo + i] = dy[dyo + i] * t22;
      }
    }
  }
}
