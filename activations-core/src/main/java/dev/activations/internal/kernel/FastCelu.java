// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

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
      float t1 = t0 < -18.0f ? -18.0f : t0;
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
      int t13 = t12 + 127;
      int t14 = t13 << 23;
      float t15 = Float.intBitsToFloat(t14);
      float t16 = t15 - 1.0f;
      float t17 = Math.fma(t11, t15, t16);
      float t18 = t17 * alpha;
      float t19 = t0 >= -2.9802322e-08f ? v : t18;
      return t19;
    }

    @Override
    public float derivative(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
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
      float t16 = Math.fma(t11, t15, t15);
      float t17 = t16 * 9.094947e-13f;
      float t18 = v > 0.0f ? 1.0f : t17;
      return t18;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final float alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        float t1 = t0 < -18.0f ? -18.0f : t0;
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
        int t13 = t12 + 127;
        int t14 = t13 << 23;
        float t15 = Float.intBitsToFloat(t14);
        float t16 = t15 - 1.0f;
        float t17 = Math.fma(t11, t15, t16);
        float t18 = t17 * alpha;
        float t19 = t0 >= -2.9802322e-08f ? v : t18;
        y[yo + i] = t19;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final float alpha = this.alpha;
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
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
        float t16 = Math.fma(t11, t15, t15);
        float t17 = t16 * 9.094947e-13f;
        float t18 = v > 0.0f ? 1.0f : t17;
        dx[dxo + i] = dy[dyo + i] * t18;
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
      float t1 = t0 < -18.0f ? -18.0f : t0;
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
      int t13 = t12 + 127;
      int t14 = t13 << 23;
      float t15 = Float.intBitsToFloat(t14);
      float t16 = t15 - 1.0f;
      float t17 = Math.fma(t11, t15, t16);
      float t18 = t17 * alpha;
      float t19 = t0 >= -2.9802322e-08f ? v : t18;
      return t19;
    }

    @Override
    public float derivative(float v) {
      final float alpha = this.alpha;
      float t0 = v / alpha;
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
      float t16 = Math.fma(t11, t15, t15);
      float t17 = t16 * 9.094947e-13f;
      float t18 = v > 0.0f ? 1.0f : t17;
      return t18;
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
        FloatVector a1 = a0.blend(FloatVector.broadcast(S, -18.0f), a0.compare(LT, -18.0f));
        FloatVector b1 = b0.blend(FloatVector.broadcast(S, -18.0f), b0.compare(LT, -18.0f));
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
        IntVector a13 = a12.add(127);
        IntVector b13 = b12.add(127);
        IntVector a14 = a13.lanewise(LSHL, 23);
        IntVector b14 = b13.lanewise(LSHL, 23);
        FloatVector a15 = a14.reinterpretAsFloats();
        FloatVector b15 = b14.reinterpretAsFloats();
        FloatVector a16 = a15.sub(1.0f);
        FloatVector b16 = b15.sub(1.0f);
        FloatVector a17 = a11.fma(a15, a16);
        FloatVector b17 = b11.fma(b15, b16);
        FloatVector a18 = a17.mul(alpha);
        FloatVector b18 = b17.mul(alpha);
        FloatVector a19 = a18.blend(va, a0.compare(GE, -2.9802322e-08f));
        FloatVector b19 = b18.blend(vb, b0.compare(GE, -2.9802322e-08f));
        a19.intoArray(y, yo + i);
        b19.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.div(alpha);
        FloatVector t1 = t0.blend(FloatVector.broadcast(S, -18.0f), t0.compare(LT, -18.0f));
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
        IntVector t13 = t12.add(127);
        IntVector t14 = t13.lanewise(LSHL, 23);
        FloatVector t15 = t14.reinterpretAsFloats();
        FloatVector t16 = t15.sub(1.0f);
        FloatVector t17 = t11.fma(t15, t16);
        FloatVector t18 = t17.mul(alpha);
        FloatVector t19 = t18.blend(v, t0.compare(GE, -2.9802322e-08f));
        t19.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
        float t1 = t0 < -18.0f ? -18.0f : t0;
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
        int t13 = t12 + 127;
        int t14 = t13 << 23;
        float t15 = Float.intBitsToFloat(t14);
        float t16 = t15 - 1.0f;
        float t17 = Math.fma(t11, t15, t16);
        float t18 = t17 * alpha;
        float t19 = t0 >= -2.9802322e-08f ? v : t18;
        y[yo + i] = t19;
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
        FloatVector a16 = a11.fma(a15, a15);
        FloatVector b16 = b11.fma(b15, b15);
        FloatVector a17 = a16.mul(9.094947e-13f);
        FloatVector b17 = b16.mul(9.094947e-13f);
        FloatVector a18 = a17.blend(FloatVector.broadcast(S, 1.0f), va.compare(GT, 0.0f));
        FloatVector b18 = b17.blend(FloatVector.broadcast(S, 1.0f), vb.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(a18).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b18).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.div(alpha);
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
        FloatVector t16 = t11.fma(t15, t15);
        FloatVector t17 = t16.mul(9.094947e-13f);
        FloatVector t18 = t17.blend(FloatVector.broadcast(S, 1.0f), v.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(t18).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v / alpha;
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
        float t16 = Math.fma(t11, t15, t15);
        float t17 = t16 * 9.094947e-13f;
        float t18 = v > 0.0f ? 1.0f : t17;
        dx[dxo + i] = dy[dyo + i] * t18;
      }
    }
  }
}
