// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Formulas.SIXTH;
import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.LE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Hardswish, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaHardswish {
  private PanamaHardswish() {}

  static final class Hardswish implements FloatKernel {
    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.hardswish(v);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.hardswishDerivative(v);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = va.mul(a0);
        DoubleVector b1 = vb.mul(b0);
        DoubleVector a2 = a1.mul(SIXTH);
        DoubleVector b2 = b1.mul(SIXTH);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(va, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(vb, vb.compare(GE, 3.0));
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = v.mul(t0);
        DoubleVector t2 = t1.mul(SIXTH);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(v, v.compare(GE, 3.0));
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.hardswish(v);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.mul(2.0);
        DoubleVector b0 = vb.mul(2.0);
        DoubleVector a1 = a0.add(3.0);
        DoubleVector b1 = b0.add(3.0);
        DoubleVector a2 = a1.mul(SIXTH);
        DoubleVector b2 = b1.mul(SIXTH);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(1.0, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(1.0, vb.compare(GE, 3.0));
        ((FloatVector) ga.mul(a4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.mul(2.0);
        DoubleVector t1 = t0.add(3.0);
        DoubleVector t2 = t1.mul(SIXTH);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(1.0, v.compare(GE, 3.0));
        ((FloatVector) g.mul(t4).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.hardswishDerivative(v));
      }
    }
  }

  static final class HardswishDouble implements DoubleKernel {
    @Override
    public double value(double v) {
      return DoubleFormulas.hardswish(v);
    }

    @Override
    public double derivative(double v) {
      return DoubleFormulas.hardswishDerivative(v);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.add(3.0);
        DoubleVector b0 = vb.add(3.0);
        DoubleVector a1 = va.mul(a0);
        DoubleVector b1 = vb.mul(b0);
        DoubleVector a2 = a1.div(6.0);
        DoubleVector b2 = b1.div(6.0);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(va, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(vb, vb.compare(GE, 3.0));
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.add(3.0);
        DoubleVector t1 = v.mul(t0);
        DoubleVector t2 = t1.div(6.0);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(v, v.compare(GE, 3.0));
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = DoubleFormulas.hardswish(v);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = va.mul(2.0);
        DoubleVector b0 = vb.mul(2.0);
        DoubleVector a1 = a0.add(3.0);
        DoubleVector b1 = b0.add(3.0);
        DoubleVector a2 = a1.div(6.0);
        DoubleVector b2 = b1.div(6.0);
        DoubleVector a3 = a2.blend(0.0, va.compare(LE, -3.0));
        DoubleVector b3 = b2.blend(0.0, vb.compare(LE, -3.0));
        DoubleVector a4 = a3.blend(1.0, va.compare(GE, 3.0));
        DoubleVector b4 = b3.blend(1.0, vb.compare(GE, 3.0));
        ga.mul(a4).intoArray(dx, dxo + i);
        gb.mul(b4).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = v.mul(2.0);
        DoubleVector t1 = t0.add(3.0);
        DoubleVector t2 = t1.div(6.0);
        DoubleVector t3 = t2.blend(0.0, v.compare(LE, -3.0));
        DoubleVector t4 = t3.blend(1.0, v.compare(GE, 3.0));
        g.mul(t4).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * DoubleFormulas.hardswishDerivative(v);
      }
    }
  }
}
