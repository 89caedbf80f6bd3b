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
      float t0 = v < -18.0f ? -18.0f : v;
      float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
      float t2 = t1 - 12582912.0f;
      float t3 = Math.fma(t2, -0.69314575f, t0);
      float t4 = Math.fma(t2, -1.4286068e-06f, t3);
      float t5 = t4 * t4;
      float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
      float t7 = Math.fma(t6, t4, 0.041667223f);
      float t8 = Math.fma(t7, t4, 0.16666539f);
      float t9 = Math.fma(t8, t4, 0.49999997f);
      float t10 = Math.fma(t5, t9, t4);
      int t11 = Float.floatToRawIntBits(t1);
      int t12 = t11 + 127;
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = t14 - 1.0f;
      float t16 = Math.fma(t10, t14, t15);
      float t17 = v > 3.4028235e38f ? 3.4028235e38f : v;
      float t18 = t17 * -3.4792652e-08f;
      float t19 = Math.fma(v, 1.050701f, t18);
      float t20 = t16 * 1.7580993f;
      float t21 = v > 0.0f ? t19 : t20;
      float t22 = v == 0.0f ? v : t21;
      return t22;
    }

    @Override
    public float derivative(float v) {
      float t0 = v < -110.0f ? -110.0f : v;
      float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
      float t2 = t1 - 12582912.0f;
      float t3 = Math.fma(t2, -0.69314575f, t0);
      float t4 = Math.fma(t2, -1.4286068e-06f, t3);
      float t5 = t4 * t4;
      float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
      float t7 = Math.fma(t6, t4, 0.041667223f);
      float t8 = Math.fma(t7, t4, 0.16666539f);
      float t9 = Math.fma(t8, t4, 0.49999997f);
      float t10 = Math.fma(t5, t9, t4);
      int t11 = Float.floatToRawIntBits(t1);
      int t12 = t11 + 167;
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = Math.fma(t10, t14, t14);
      float t16 = t15 * 1.7580993f;
      float t17 = t16 * 9.094947e-13f;
      float t18 = v > 0.0f ? 1.050701f : t17;
      return t18;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -18.0f ? -18.0f : v;
        float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
        float t2 = t1 - 12582912.0f;
        float t3 = Math.fma(t2, -0.69314575f, t0);
        float t4 = Math.fma(t2, -1.4286068e-06f, t3);
        float t5 = t4 * t4;
        float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
        float t7 = Math.fma(t6, t4, 0.041667223f);
        float t8 = Math.fma(t7, t4, 0.16666539f);
        float t9 = Math.fma(t8, t4, 0.49999997f);
        float t10 = Math.fma(t5, t9, t4);
        int t11 = Float.floatToRawIntBits(t1);
        int t12 = t11 + 127;
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = t14 - 1.0f;
        float t16 = Math.fma(t10, t14, t15);
        float t17 = v > 3.4028235e38f ? 3.4028235e38f : v;
        float t18 = t17 * -3.4792652e-08f;
        float t19 = Math.fma(v, 1.050701f, t18);
        float t20 = t16 * 1.7580993f;
        float t21 = v > 0.0f ? t19 : t20;
        float t22 = v == 0.0f ? v : t21;
        y[yo + i] = t22;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -110.0f ? -110.0f : v;
        float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
        float t2 = t1 - 12582912.0f;
        float t3 = Math.fma(t2, -0.69314575f, t0);
        float t4 = Math.fma(t2, -1.4286068e-06f, t3);
        float t5 = t4 * t4;
        float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
        float t7 = Math.fma(t6, t4, 0.041667223f);
        float t8 = Math.fma(t7, t4, 0.16666539f);
        float t9 = Math.fma(t8, t4, 0.49999997f);
        float t10 = Math.fma(t5, t9, t4);
        int t11 = Float.floatToRawIntBits(t1);
        int t12 = t11 + 167;
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = Math.fma(t10, t14, t14);
        float t16 = t15 * 1.7580993f;
        float t17 = t16 * 9.094947e-13f;
        float t18 = v > 0.0f ? 1.050701f : t17;
        dx[dxo + i] = dy[dyo + i] * t18;
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
      float t0 = v < -18.0f ? -18.0f : v;
      float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
      float t2 = t1 - 12582912.0f;
      float t3 = Math.fma(t2, -0.69314575f, t0);
      float t4 = Math.fma(t2, -1.4286068e-06f, t3);
      float t5 = t4 * t4;
      float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
      float t7 = Math.fma(t6, t4, 0.041667223f);
      float t8 = Math.fma(t7, t4, 0.16666539f);
      float t9 = Math.fma(t8, t4, 0.49999997f);
      float t10 = Math.fma(t5, t9, t4);
      int t11 = Float.floatToRawIntBits(t1);
      int t12 = t11 + 127;
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = t14 - 1.0f;
      float t16 = Math.fma(t10, t14, t15);
      float t17 = v > 3.4028235e38f ? 3.4028235e38f : v;
      float t18 = t17 * -3.4792652e-08f;
      float t19 = Math.fma(v, 1.050701f, t18);
      float t20 = t16 * 1.7580993f;
      float t21 = v > 0.0f ? t19 : t20;
      float t22 = v == 0.0f ? v : t21;
      return t22;
    }

    @Override
    public float derivative(float v) {
      float t0 = v < -110.0f ? -110.0f : v;
      float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
      float t2 = t1 - 12582912.0f;
      float t3 = Math.fma(t2, -0.69314575f, t0);
      float t4 = Math.fma(t2, -1.4286068e-06f, t3);
      float t5 = t4 * t4;
      float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
      float t7 = Math.fma(t6, t4, 0.041667223f);
      float t8 = Math.fma(t7, t4, 0.16666539f);
      float t9 = Math.fma(t8, t4, 0.49999997f);
      float t10 = Math.fma(t5, t9, t4);
      int t11 = Float.floatToRawIntBits(t1);
      int t12 = t11 + 167;
      int t13 = t12 << 23;
      float t14 = Float.intBitsToFloat(t13);
      float t15 = Math.fma(t10, t14, t14);
      float t16 = t15 * 1.7580993f;
      float t17 = t16 * 9.094947e-13f;
      float t18 = v > 0.0f ? 1.050701f : t17;
      return t18;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.blend(FloatVector.broadcast(S, -18.0f), va.compare(LT, -18.0f));
        FloatVector b0 = vb.blend(FloatVector.broadcast(S, -18.0f), vb.compare(LT, -18.0f));
        FloatVector a1 = a0.fma(1.442695f, 12582912.0f);
        FloatVector b1 = b0.fma(1.442695f, 12582912.0f);
        FloatVector a2 = a1.sub(12582912.0f);
        FloatVector b2 = b1.sub(12582912.0f);
        FloatVector a3 = a2.fma(FloatVector.broadcast(S, -0.69314575f), a0);
        FloatVector b3 = b2.fma(FloatVector.broadcast(S, -0.69314575f), b0);
        FloatVector a4 = a2.fma(FloatVector.broadcast(S, -1.4286068e-06f), a3);
        FloatVector b4 = b2.fma(FloatVector.broadcast(S, -1.4286068e-06f), b3);
        FloatVector a5 = a4.mul(a4);
        FloatVector b5 = b4.mul(b4);
        FloatVector a6 = a4.fma(0.0013882393f, 0.008367181f);
        FloatVector b6 = b4.fma(0.0013882393f, 0.008367181f);
        FloatVector a7 = a6.fma(a4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b7 = b6.fma(b4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a8 = a7.fma(a4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b8 = b7.fma(b4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a9 = a8.fma(a4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b9 = b8.fma(b4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a10 = a5.fma(a9, a4);
        FloatVector b10 = b5.fma(b9, b4);
        IntVector a11 = a1.reinterpretAsInts();
        IntVector b11 = b1.reinterpretAsInts();
        IntVector a12 = a11.add(127);
        IntVector b12 = b11.add(127);
        IntVector a13 = a12.lanewise(LSHL, 23);
        IntVector b13 = b12.lanewise(LSHL, 23);
        FloatVector a14 = a13.reinterpretAsFloats();
        FloatVector b14 = b13.reinterpretAsFloats();
        FloatVector a15 = a14.sub(1.0f);
        FloatVector b15 = b14.sub(1.0f);
        FloatVector a16 = a10.fma(a14, a15);
        FloatVector b16 = b10.fma(b14, b15);
        FloatVector a17 = va.blend(FloatVector.broadcast(S, 3.4028235e38f), va.compare(GT, 3.4028235e38f));
        FloatVector b17 = vb.blend(FloatVector.broadcast(S, 3.4028235e38f), vb.compare(GT, 3.4028235e38f));
        FloatVector a18 = a17.mul(-3.4792652e-08f);
        FloatVector b18 = b17.mul(-3.4792652e-08f);
        FloatVector a19 = va.fma(FloatVector.broadcast(S, 1.050701f), a18);
        FloatVector b19 = vb.fma(FloatVector.broadcast(S, 1.050701f), b18);
        FloatVector a20 = a16.mul(1.7580993f);
        FloatVector b20 = b16.mul(1.7580993f);
        FloatVector a21 = a20.blend(a19, va.compare(GT, 0.0f));
        FloatVector b21 = b20.blend(b19, vb.compare(GT, 0.0f));
        FloatVector a22 = a21.blend(va, va.compare(EQ, 0.0f));
        FloatVector b22 = b21.blend(vb, vb.compare(EQ, 0.0f));
        a22.intoArray(y, yo + i);
        b22.intoArray(y, yo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, -18.0f), v.compare(LT, -18.0f));
        FloatVector t1 = t0.fma(1.442695f, 12582912.0f);
        FloatVector t2 = t1.sub(12582912.0f);
        FloatVector t3 = t2.fma(FloatVector.broadcast(S, -0.69314575f), t0);
        FloatVector t4 = t2.fma(FloatVector.broadcast(S, -1.4286068e-06f), t3);
        FloatVector t5 = t4.mul(t4);
        FloatVector t6 = t4.fma(0.0013882393f, 0.008367181f);
        FloatVector t7 = t6.fma(t4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t8 = t7.fma(t4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t9 = t8.fma(t4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t10 = t5.fma(t9, t4);
        IntVector t11 = t1.reinterpretAsInts();
        IntVector t12 = t11.add(127);
        IntVector t13 = t12.lanewise(LSHL, 23);
        FloatVector t14 = t13.reinterpretAsFloats();
        FloatVector t15 = t14.sub(1.0f);
        FloatVector t16 = t10.fma(t14, t15);
        FloatVector t17 = v.blend(FloatVector.broadcast(S, 3.4028235e38f), v.compare(GT, 3.4028235e38f));
        FloatVector t18 = t17.mul(-3.4792652e-08f);
        FloatVector t19 = v.fma(FloatVector.broadcast(S, 1.050701f), t18);
        FloatVector t20 = t16.mul(1.7580993f);
        FloatVector t21 = t20.blend(t19, v.compare(GT, 0.0f));
        FloatVector t22 = t21.blend(v, v.compare(EQ, 0.0f));
        t22.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -18.0f ? -18.0f : v;
        float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
        float t2 = t1 - 12582912.0f;
        float t3 = Math.fma(t2, -0.69314575f, t0);
        float t4 = Math.fma(t2, -1.4286068e-06f, t3);
        float t5 = t4 * t4;
        float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
        float t7 = Math.fma(t6, t4, 0.041667223f);
        float t8 = Math.fma(t7, t4, 0.16666539f);
        float t9 = Math.fma(t8, t4, 0.49999997f);
        float t10 = Math.fma(t5, t9, t4);
        int t11 = Float.floatToRawIntBits(t1);
        int t12 = t11 + 127;
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = t14 - 1.0f;
        float t16 = Math.fma(t10, t14, t15);
        float t17 = v > 3.4028235e38f ? 3.4028235e38f : v;
        float t18 = t17 * -3.4792652e-08f;
        float t19 = Math.fma(v, 1.050701f, t18);
        float t20 = t16 * 1.7580993f;
        float t21 = v > 0.0f ? t19 : t20;
        float t22 = v == 0.0f ? v : t21;
        y[yo + i] = t22;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
        FloatVector a0 = va.blend(FloatVector.broadcast(S, -110.0f), va.compare(LT, -110.0f));
        FloatVector b0 = vb.blend(FloatVector.broadcast(S, -110.0f), vb.compare(LT, -110.0f));
        FloatVector a1 = a0.fma(1.442695f, 12582912.0f);
        FloatVector b1 = b0.fma(1.442695f, 12582912.0f);
        FloatVector a2 = a1.sub(12582912.0f);
        FloatVector b2 = b1.sub(12582912.0f);
        FloatVector a3 = a2.fma(FloatVector.broadcast(S, -0.69314575f), a0);
        FloatVector b3 = b2.fma(FloatVector.broadcast(S, -0.69314575f), b0);
        FloatVector a4 = a2.fma(FloatVector.broadcast(S, -1.4286068e-06f), a3);
        FloatVector b4 = b2.fma(FloatVector.broadcast(S, -1.4286068e-06f), b3);
        FloatVector a5 = a4.mul(a4);
        FloatVector b5 = b4.mul(b4);
        FloatVector a6 = a4.fma(0.0013882393f, 0.008367181f);
        FloatVector b6 = b4.fma(0.0013882393f, 0.008367181f);
        FloatVector a7 = a6.fma(a4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector b7 = b6.fma(b4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector a8 = a7.fma(a4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector b8 = b7.fma(b4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector a9 = a8.fma(a4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector b9 = b8.fma(b4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector a10 = a5.fma(a9, a4);
        FloatVector b10 = b5.fma(b9, b4);
        IntVector a11 = a1.reinterpretAsInts();
        IntVector b11 = b1.reinterpretAsInts();
        IntVector a12 = a11.add(167);
        IntVector b12 = b11.add(167);
        IntVector a13 = a12.lanewise(LSHL, 23);
        IntVector b13 = b12.lanewise(LSHL, 23);
        FloatVector a14 = a13.reinterpretAsFloats();
        FloatVector b14 = b13.reinterpretAsFloats();
        FloatVector a15 = a10.fma(a14, a14);
        FloatVector b15 = b10.fma(b14, b14);
        FloatVector a16 = a15.mul(1.7580993f);
        FloatVector b16 = b15.mul(1.7580993f);
        FloatVector a17 = a16.mul(9.094947e-13f);
        FloatVector b17 = b16.mul(9.094947e-13f);
        FloatVector a18 = a17.blend(FloatVector.broadcast(S, 1.050701f), va.compare(GT, 0.0f));
        FloatVector b18 = b17.blend(FloatVector.broadcast(S, 1.050701f), vb.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(a18).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b18).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = S.loopBound(n); i < bound; i += LANES) {
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
        FloatVector t0 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t1 = t0.fma(1.442695f, 12582912.0f);
        FloatVector t2 = t1.sub(12582912.0f);
        FloatVector t3 = t2.fma(FloatVector.broadcast(S, -0.69314575f), t0);
        FloatVector t4 = t2.fma(FloatVector.broadcast(S, -1.4286068e-06f), t3);
        FloatVector t5 = t4.mul(t4);
        FloatVector t6 = t4.fma(0.0013882393f, 0.008367181f);
        FloatVector t7 = t6.fma(t4, FloatVector.broadcast(S, 0.041667223f));
        FloatVector t8 = t7.fma(t4, FloatVector.broadcast(S, 0.16666539f));
        FloatVector t9 = t8.fma(t4, FloatVector.broadcast(S, 0.49999997f));
        FloatVector t10 = t5.fma(t9, t4);
        IntVector t11 = t1.reinterpretAsInts();
        IntVector t12 = t11.add(167);
        IntVector t13 = t12.lanewise(LSHL, 23);
        FloatVector t14 = t13.reinterpretAsFloats();
        FloatVector t15 = t10.fma(t14, t14);
        FloatVector t16 = t15.mul(1.7580993f);
        FloatVector t17 = t16.mul(9.094947e-13f);
        FloatVector t18 = t17.blend(FloatVector.broadcast(S, 1.050701f), v.compare(GT, 0.0f));
        FloatVector.fromArray(S, dy, dyo + i).mul(t18).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v < -110.0f ? -110.0f : v;
        float t1 = Math.fma(t0, 1.442695f, 12582912.0f);
        float t2 = t1 - 12582912.0f;
        float t3 = Math.fma(t2, -0.69314575f, t0);
        float t4 = Math.fma(t2, -1.4286068e-06f, t3);
        float t5 = t4 * t4;
        float t6 = Math.fma(t4, 0.0013882393f, 0.008367181f);
        float t7 = Math.fma(t6, t4, 0.041667223f);
        float t8 = Math.fma(t7, t4, 0.16666539f);
        float t9 = Math.fma(t8, t4, 0.49999997f);
        float t10 = Math.fma(t5, t9, t4);
        int t11 = Float.floatToRawIntBits(t1);
        int t12 = t11 + 167;
        int t13 = t12 << 23;
        float t14 = Float.intBitsToFloat(t13);
        float t15 = Math.fma(t10, t14, t14);
        float t16 = t15 * 1.7580993f;
        float t17 = t16 * 9.094947e-13f;
        float t18 = v > 0.0f ? 1.050701f : t17;
        dx[dxo + i] = dy[dyo + i] * t18;
      }
    }
  }
}
