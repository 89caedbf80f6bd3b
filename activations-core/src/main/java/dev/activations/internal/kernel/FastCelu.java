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
 * celu, {@link Precision#FAST}: celu(x) = x where x/α ≥ −2^−25, else α·expm1(x/α); celu'(x) = 1 for x &gt; 0, else e^(x/α). For α &gt; 0.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastCelu {
  private FastCelu() {}

  /** The scalar twin, bit-identical to the Vector API path. */
  static final class Scalar implements FloatKernel {
    private final float alpha;
    private final FloatKernel exact;

    Scalar(double alpha, FloatKernel exact) {
      this.alpha = (float) alpha;
      this.exact = exact;
    }

    @Override
    public Precision precision() {
      return Precision.FAST;
    }

    @Override
    public float value(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
      int t1 = Float.floatToRawIntBits(t0);
      int t2 = t1 & 0x7fffffff;
      int t3 = t2 + 8388607;
      int t4 = Math.min(t3, 1108344831);
      int t5 = t4 + 2139095041;
      float t6 = Float.intBitsToFloat(t5);
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
      float t22 = t21 * alpha;
      float t23 = t0 >= -2.9802322e-08f ? v : t22;
      return t23;
    }

    @Override
    public float derivative(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
      int t1 = Float.floatToRawIntBits(t0);
      int t2 = t1 & 0x7fffffff;
      int t3 = t2 + 8388607;
      int t4 = Math.min(t3, 1130102783);
      int t5 = t4 + 2139095041;
      float t6 = Float.intBitsToFloat(t5);
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
      float t22 = v > 0.0f ? 1.0f : t21;
      return t22;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        int t1 = Float.floatToRawIntBits(t0);
        int t2 = t1 & 0x7fffffff;
        int t3 = t2 + 8388607;
        int t4 = Math.min(t3, 1108344831);
        int t5 = t4 + 2139095041;
        float t6 = Float.intBitsToFloat(t5);
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
        float t22 = t21 * alpha;
        float t23 = t0 >= -2.9802322e-08f ? v : t22;
        y[yo + i] = t23;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        int t1 = Float.floatToRawIntBits(t0);
        int t2 = t1 & 0x7fffffff;
        int t3 = t2 + 8388607;
        int t4 = Math.min(t3, 1130102783);
        int t5 = t4 + 2139095041;
        float t6 = Float.intBitsToFloat(t5);
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
        float t22 = v > 0.0f ? 1.0f : t21;
        dx[dxo + i] = dy[dyo + i] * t22;
      }
    }
  }

  /** The Vector API (FloatVector.SPECIES_PREFERRED) path. */
  static final class Panama implements FloatKernel {
    private final float alpha;
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int LANES = S.length();
    private final FloatKernel exact;

    Panama(double alpha, FloatKernel exact) {
      this.alpha = (float) alpha;
      this.exact = exact;
    }

    @Override
    public Precision precision() {
      return Precision.FAST;
    }

    @Override
    public float value(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
      int t1 = Float.floatToRawIntBits(t0);
      int t2 = t1 & 0x7fffffff;
      int t3 = t2 + 8388607;
      int t4 = Math.min(t3, 1108344831);
      int t5 = t4 + 2139095041;
      float t6 = Float.intBitsToFloat(t5);
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
      float t22 = t21 * alpha;
      float t23 = t0 >= -2.9802322e-08f ? v : t22;
      return t23;
    }

    @Override
    public float derivative(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
      int t1 = Float.floatToRawIntBits(t0);
      int t2 = t1 & 0x7fffffff;
      int t3 = t2 + 8388607;
      int t4 = Math.min(t3, 1130102783);
      int t5 = t4 + 2139095041;
      float t6 = Float.intBitsToFloat(t5);
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
      float t22 = v > 0.0f ? 1.0f : t21;
      return t22;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.div(alpha);
        FloatVector b0 = vb.div(alpha);
        IntVector a1 = a0.reinterpretAsInts();
        IntVector b1 = b0.reinterpretAsInts();
        IntVector a2 = a1.and(0x7fffffff);
        IntVector b2 = b1.and(0x7fffffff);
        IntVector a3 = a2.add(8388607);
        IntVector b3 = b2.add(8388607);
        IntVector a4 = a3.lanewise(MIN, 1108344831);
        IntVector b4 = b3.lanewise(MIN, 1108344831);
        IntVector a5 = a4.add(2139095041);
        IntVector b5 = b4.add(2139095041);
        FloatVector a6 = a5.reinterpretAsFloats();
        FloatVector b6 = b5.reinterpretAsFloats();
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
        FloatVector a22 = a21.mul(alpha);
        FloatVector b22 = b21.mul(alpha);
        FloatVector a23 = a22.blend(va, a0.compare(GE, -2.9802322e-08f));
        FloatVector b23 = b22.blend(vb, b0.compare(GE, -2.9802322e-08f));
        a23.intoArray(y, yo + i);
        b23.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.div(alpha);
        IntVector t1 = t0.reinterpretAsInts();
        IntVector t2 = t1.and(0x7fffffff);
        IntVector t3 = t2.add(8388607);
        IntVector t4 = t3.lanewise(MIN, 1108344831);
        IntVector t5 = t4.add(2139095041);
        FloatVector t6 = t5.reinterpretAsFloats();
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
        FloatVector t22 = t21.mul(alpha);
        FloatVector t23 = t22.blend(v, t0.compare(GE, -2.9802322e-08f));
        t23.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        int t1 = Float.floatToRawIntBits(t0);
        int t2 = t1 & 0x7fffffff;
        int t3 = t2 + 8388607;
        int t4 = Math.min(t3, 1108344831);
        int t5 = t4 + 2139095041;
        float t6 = Float.intBitsToFloat(t5);
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
        float t22 = t21 * alpha;
        float t23 = t0 >= -2.9802322e-08f ? v : t22;
        y[yo + i] = t23;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float alpha = this.alpha;
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.div(alpha);
        FloatVector b0 = vb.div(alpha);
        IntVector a1 = a0.reinterpretAsInts();
        IntVector b1 = b0.reinterpretAsInts();
        IntVector a2 = a1.and(0x7fffffff);
        IntVector b2 = b1.and(0x7fffffff);
        IntVector a3 = a2.add(8388607);
        IntVector b3 = b2.add(8388607);
        IntVector a4 = a3.lanewise(MIN, 1130102783);
        IntVector b4 = b3.lanewise(MIN, 1130102783);
        IntVector a5 = a4.add(2139095041);
        IntVector b5 = b4.add(2139095041);
        FloatVector a6 = a5.reinterpretAsFloats();
        FloatVector b6 = b5.reinterpretAsFloats();
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
        FloatVector a22 = a21.blend(FloatVector.broadcast(S, 1.0f), va.compare(GT, 0.0f));
        FloatVector b22 = b21.blend(FloatVector.broadcast(S, 1.0f), vb.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(a22).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b22).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.div(alpha);
        IntVector t1 = t0.reinterpretAsInts();
        IntVector t2 = t1.and(0x7fffffff);
        IntVector t3 = t2.add(8388607);
        IntVector t4 = t3.lanewise(MIN, 1130102783);
        IntVector t5 = t4.add(2139095041);
        FloatVector t6 = t5.reinterpretAsFloats();
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
        FloatVector t22 = t21.blend(FloatVector.broadcast(S, 1.0f), v.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(t22).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        int t1 = Float.floatToRawIntBits(t0);
        int t2 = t1 & 0x7fffffff;
        int t3 = t2 + 8388607;
        int t4 = Math.min(t3, 1130102783);
        int t5 = t4 + 2139095041;
        float t6 = Float.intBitsToFloat(t5);
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
        float t22 = v > 0.0f ? 1.0f : t21;
        dx[dxo + i] = dy[dyo + i] * t22;
      }
    }
  }
}
