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
 * mish, {@link Precision#FAST}: mish(x) = x·n/(n + 2), n = e^x(e^x + 2); x itself above 12. The derivative is EXACT's.
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastMish {
  private FastMish() {}

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
      float t0 = v > 12.0f ? 12.0f : v;
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
      float t18 = t17 + 2.0f;
      float t19 = t16 * t18;
      float t20 = t19 * 9.094947e-13f;
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = t21 * t19;
      float t23 = t20 + 2.0f;
      float t24 = t22 / t23;
      float t25 = t24 * 9.094947e-13f;
      float t26 = v > 12.0f ? v : t25;
      return t26;
    }

    @Override
    public float derivative(float v) {
      return exact.derivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      for (int i = 0; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
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
        float t18 = t17 + 2.0f;
        float t19 = t16 * t18;
        float t20 = t19 * 9.094947e-13f;
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = t21 * t19;
        float t23 = t20 + 2.0f;
        float t24 = t22 / t23;
        float t25 = t24 * 9.094947e-13f;
        float t26 = v > 12.0f ? v : t25;
        y[yo + i] = t26;
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
      float t0 = v > 12.0f ? 12.0f : v;
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
      float t18 = t17 + 2.0f;
      float t19 = t16 * t18;
      float t20 = t19 * 9.094947e-13f;
      float t21 = v < -110.0f ? -110.0f : v;
      float t22 = t21 * t19;
      float t23 = t20 + 2.0f;
      float t24 = t22 / t23;
      float t25 = t24 * 9.094947e-13f;
      float t26 = v > 12.0f ? v : t25;
      return t26;
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
        FloatVector t0 = v.blend(FloatVector.broadcast(S, 12.0f), v.compare(GT, 12.0f));
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
        FloatVector t18 = t17.add(2.0f);
        FloatVector t19 = t16.mul(t18);
        FloatVector t20 = t19.mul(9.094947e-13f);
        FloatVector t21 = v.blend(FloatVector.broadcast(S, -110.0f), v.compare(LT, -110.0f));
        FloatVector t22 = t21.mul(t19);
        FloatVector t23 = t20.add(2.0f);
        FloatVector t24 = t22.div(t23);
        FloatVector t25 = t24.mul(9.094947e-13f);
        FloatVector t26 = t25.blend(v, v.compare(GT, 12.0f));
        t26.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        float v = x[xo + i];
        float t0 = v > 12.0f ? 12.0f : v;
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
        float t18 = t17 + 2.0f;
        float t19 = t16 * t18;
        float t20 = t19 * 9.094947e-13f;
        float t21 = v < -110.0f ? -110.0f : v;
        float t22 = t21 * t19;
        float t23 = t20 + 2.0f;
        float t24 = t22 / t23;
        float t25 = t24 * 9.094947e-13f;
        float t26 = v > 12.0f ? v : t25;
        y[yo + i] = t26;
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      exact.backward(x, xo, dy, dyo, dx, dxo, n);
    }
  }
}
