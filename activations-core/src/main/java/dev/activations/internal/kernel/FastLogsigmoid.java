// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.MIN;

import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * logsigmoid, {@link Precision#FAST}: logsigmoid(x) = −(max(−x, 0) + log1p(e^−|x|)); logsigmoid'(x) = σ(−x).
 *
 * <p>Float lanes at the preferred width; {@code Scalar} computes the same operations in the
 * same order, so both give the same bits. Only {@code Panama} links against
 * {@code jdk.incubator.vector}, and only {@link PanamaKernels} creates it.
 */
@Generated("tools/panama_kernels.py")
final class FastLogsigmoid {
  private FastLogsigmoid() {}

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
      float t20 = t19 * 9.094947e-13f;
      float t21 = t20 + 2.0f;
      float t22 = t19 / t21;
      float t23 = t22 * 9.094947e-13f;
      float t24 = t23 * t23;
      float t25 = t22 * t24;
      float t26 = Math.fma(t24, 0.28011993f, 0.28001803f);
      float t27 = Math.fma(t26, t24, 0.40021527f);
      float t28 = Math.fma(t27, t24, 0.6666642f);
      float t29 = t22 * 2.0f;
      float t30 = Math.fma(t25, t28, t29);
      float t31 = t30 * 9.094947e-13f;
      float t32 = -v;
      int t33 = Float.floatToRawIntBits(t32);
      int t34 = t33 >> 31;
      int t35 = t33 & ~t34;
      float t36 = Float.intBitsToFloat(t35);
      float t37 = t36 + t31;
      float t38 = -t37;
      return t38;
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
      float t20 = t19 * 9.094947e-13f;
      float t21 = t20 + 1.0f;
      float t22 = v < 0.0f ? 1.0f : t20;
      float t23 = t22 / t21;
      return t23;
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
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
        float t20 = t19 * 9.094947e-13f;
        float t21 = t20 + 2.0f;
        float t22 = t19 / t21;
        float t23 = t22 * 9.094947e-13f;
        float t24 = t23 * t23;
        float t25 = t22 * t24;
        float t26 = Math.fma(t24, 0.28011993f, 0.28001803f);
        float t27 = Math.fma(t26, t24, 0.40021527f);
        float t28 = Math.fma(t27, t24, 0.6666642f);
        float t29 = t22 * 2.0f;
        float t30 = Math.fma(t25, t28, t29);
        float t31 = t30 * 9.094947e-13f;
        float t32 = -v;
        int t33 = Float.floatToRawIntBits(t32);
        int t34 = t33 >> 31;
        int t35 = t33 & ~t34;
        float t36 = Float.intBitsToFloat(t35);
        float t37 = t36 + t31;
        float t38 = -t37;
        y[yo + i] = t38;
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
        float t20 = t19 * 9.094947e-13f;
        float t21 = t20 + 1.0f;
        float t22 = v < 0.0f ? 1.0f : t20;
        float t23 = t22 / t21;
        dx[dxo + i] = dy[dyo + i] * t23;
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
      float t20 = t19 * 9.094947e-13f;
      float t21 = t20 + 2.0f;
      float t22 = t19 / t21;
      float t23 = t22 * 9.094947e-13f;
      float t24 = t23 * t23;
      float t25 = t22 * t24;
      float t26 = Math.fma(t24, 0.28011993f, 0.28001803f);
      float t27 = Math.fma(t26, t24, 0.40021527f);
      float t28 = Math.fma(t27, t24, 0.6666642f);
      float t29 = t22 * 2.0f;
      float t30 = Math.fma(t25, t28, t29);
      float t31 = t30 * 9.094947e-13f;
      float t32 = -v;
      int t33 = Float.floatToRawIntBits(t32);
      int t34 = t33 >> 31;
      int t35 = t33 & ~t34;
      float t36 = Float.intBitsToFloat(t35);
      float t37 = t36 + t31;
      float t38 = -t37;
      return t38;
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
      float t20 = t19 * 9.094947e-13f;
      float t21 = t20 + 1.0f;
      float t22 = v < 0.0f ? 1.0f : t20;
      float t23 = t22 / t21;
      return t23;
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
        FloatVector a20 = a19.mul(9.094947e-13f);
        FloatVector b20 = b19.mul(9.094947e-13f);
        FloatVector a21 = a20.add(2.0f);
        FloatVector b21 = b20.add(2.0f);
        FloatVector a22 = a19.div(a21);
        FloatVector b22 = b19.div(b21);
        FloatVector a23 = a22.mul(9.094947e-13f);
        FloatVector b23 = b22.mul(9.094947e-13f);
        FloatVector a24 = a23.mul(a23);
        FloatVector b24 = b23.mul(b23);
        FloatVector a25 = a22.mul(a24);
        FloatVector b25 = b22.mul(b24);
        FloatVector a26 = a24.fma(0.28011993f, 0.28001803f);
        FloatVector b26 = b24.fma(0.28011993f, 0.28001803f);
        FloatVector a27 = a26.fma(a24, FloatVector.broadcast(S, 0.40021527f));
        FloatVector b27 = b26.fma(b24, FloatVector.broadcast(S, 0.40021527f));
        FloatVector a28 = a27.fma(a24, FloatVector.broadcast(S, 0.6666642f));
        FloatVector b28 = b27.fma(b24, FloatVector.broadcast(S, 0.6666642f));
        FloatVector a29 = a22.mul(2.0f);
        FloatVector b29 = b22.mul(2.0f);
        FloatVector a30 = a25.fma(a28, a29);
        FloatVector b30 = b25.fma(b28, b29);
        FloatVector a31 = a30.mul(9.094947e-13f);
        FloatVector b31 = b30.mul(9.094947e-13f);
        FloatVector a32 = va.neg();
        FloatVector b32 = vb.neg();
        IntVector a33 = a32.reinterpretAsInts();
        IntVector b33 = b32.reinterpretAsInts();
        IntVector a34 = a33.lanewise(ASHR, 31);
        IntVector b34 = b33.lanewise(ASHR, 31);
        IntVector a35 = a33.lanewise(AND_NOT, a34);
        IntVector b35 = b33.lanewise(AND_NOT, b34);
        FloatVector a36 = a35.reinterpretAsFloats();
        FloatVector b36 = b35.reinterpretAsFloats();
        FloatVector a37 = a36.add(a31);
        FloatVector b37 = b36.add(b31);
        FloatVector a38 = a37.neg();
        FloatVector b38 = b37.neg();
        a38.intoArray(y, yo + i);
        b38.intoArray(y, yo + i + LANES);
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
        FloatVector t20 = t19.mul(9.094947e-13f);
        FloatVector t21 = t20.add(2.0f);
        FloatVector t22 = t19.div(t21);
        FloatVector t23 = t22.mul(9.094947e-13f);
        FloatVector t24 = t23.mul(t23);
        FloatVector t25 = t22.mul(t24);
        FloatVector t26 = t24.fma(0.28011993f, 0.28001803f);
        FloatVector t27 = t26.fma(t24, FloatVector.broadcast(S, 0.40021527f));
        FloatVector t28 = t27.fma(t24, FloatVector.broadcast(S, 0.6666642f));
        FloatVector t29 = t22.mul(2.0f);
        FloatVector t30 = t25.fma(t28, t29);
        FloatVector t31 = t30.mul(9.094947e-13f);
        FloatVector t32 = v.neg();
        IntVector t33 = t32.reinterpretAsInts();
        IntVector t34 = t33.lanewise(ASHR, 31);
        IntVector t35 = t33.lanewise(AND_NOT, t34);
        FloatVector t36 = t35.reinterpretAsFloats();
        FloatVector t37 = t36.add(t31);
        FloatVector t38 = t37.neg();
        t38.intoArray(y, yo + i);
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
        float t20 = t19 * 9.094947e-13f;
        float t21 = t20 + 2.0f;
        float t22 = t19 / t21;
        float t23 = t22 * 9.094947e-13f;
        float t24 = t23 * t23;
        float t25 = t22 * t24;
        float t26 = Math.fma(t24, 0.28011993f, 0.28001803f);
        float t27 = Math.fma(t26, t24, 0.40021527f);
        float t28 = Math.fma(t27, t24, 0.6666642f);
        float t29 = t22 * 2.0f;
        float t30 = Math.fma(t25, t28, t29);
        float t31 = t30 * 9.094947e-13f;
        float t32 = -v;
        int t33 = Float.floatToRawIntBits(t32);
        int t34 = t33 >> 31;
        int t35 = t33 & ~t34;
        float t36 = Float.intBitsToFloat(t35);
        float t37 = t36 + t31;
        float t38 = -t37;
        y[yo + i] = t38;
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
        FloatVector a20 = a19.mul(9.094947e-13f);
        FloatVector b20 = b19.mul(9.094947e-13f);
        FloatVector a21 = a20.add(1.0f);
        FloatVector b21 = b20.add(1.0f);
        FloatVector a22 = a20.blend(FloatVector.broadcast(S, 1.0f), va.compare(LT, 0.0f));
        FloatVector b22 = b20.blend(FloatVector.broadcast(S, 1.0f), vb.compare(LT, 0.0f));
        FloatVector a23 = a22.div(a21);
        FloatVector b23 = b22.div(b21);
        FloatVector.fromArray(S, dy, dyo + i).mul(a23).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul(b23).intoArray(dx, dxo + i + LANES);
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
        FloatVector t20 = t19.mul(9.094947e-13f);
        FloatVector t21 = t20.add(1.0f);
        FloatVector t22 = t20.blend(FloatVector.broadcast(S, 1.0f), v.compare(LT, 0.0f));
        FloatVector t23 = t22.div(t21);
        FloatVector.fromArray(S, dy, dyo + i).mul(t23).intoArray(dx, dxo + i);
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
        float t20 = t19 * 9.094947e-13f;
        float t21 = t20 + 1.0f;
        float t22 = v < 0.0f ? 1.0f : t20;
        float t23 = t22 / t21;
        dx[dxo + i] = dy[dyo + i] * t23;
      }
    }
  }
}
