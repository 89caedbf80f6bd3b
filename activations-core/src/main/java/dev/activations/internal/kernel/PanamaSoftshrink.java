// GENERATED FILE, DO NOT EDIT. Written by tools/panama_kernels.py from its formula definitions:
// edit the generator and run `python3 tools/panama_kernels.py` from the repository root.
// .ci/run regenerates this file and fails on any difference.
package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.PanamaKernels.D;
import static dev.activations.internal.kernel.PanamaKernels.DLANES;
import static dev.activations.internal.kernel.PanamaKernels.F;
import static dev.activations.internal.kernel.PanamaKernels.LANES;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/** The Vector API kernels of Softshrink, float and double; {@link PanamaKernels} makes them. */
@Generated("tools/panama_kernels.py")
final class PanamaSoftshrink {
  private PanamaSoftshrink() {}

  static final class Softshrink implements FloatKernel {
    private final double lambd;

    Softshrink(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public float value(float x) {
      double v = x;
      return (float) Formulas.softshrink(v, lambd);
    }

    @Override
    public float derivative(float x) {
      double v = x;
      return (float) Formulas.softshrinkDerivative(v, lambd);
    }

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {
      final double lambd = this.lambd;
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = va.sub(lambd);
        DoubleVector b0 = vb.sub(lambd);
        DoubleVector a1 = a0.blend(0.0, va.compare(GT, lambd).not());
        DoubleVector b1 = b0.blend(0.0, vb.compare(GT, lambd).not());
        DoubleVector a2 = va.add(lambd);
        DoubleVector b2 = vb.add(lambd);
        DoubleVector a3 = a1.blend(a2, va.compare(LT, -lambd));
        DoubleVector b3 = b1.blend(b2, vb.compare(LT, -lambd));
        DoubleVector a4 = a3.blend(va, va.compare(NE, va));
        DoubleVector b4 = b3.blend(vb, vb.compare(NE, vb));
        ((FloatVector) a4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) b4.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = v.sub(lambd);
        DoubleVector t1 = t0.blend(0.0, v.compare(GT, lambd).not());
        DoubleVector t2 = v.add(lambd);
        DoubleVector t3 = t1.blend(t2, v.compare(LT, -lambd));
        DoubleVector t4 = t3.blend(v, v.compare(NE, v));
        ((FloatVector) t4.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = (float) Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector a0 = ZERO.blend(1.0, va.compare(GT, lambd).or(va.compare(LT, -lambd)));
        DoubleVector b0 = ZERO.blend(1.0, vb.compare(GT, lambd).or(vb.compare(LT, -lambd)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ((FloatVector) ga.mul(a1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul(b1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }
      for (int bound = F.loopBound(n); i < bound; i += LANES) {
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector t0 = ZERO.blend(1.0, v.compare(GT, lambd).or(v.compare(LT, -lambd)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        ((FloatVector) g.mul(t1).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * Formulas.softshrinkDerivative(v, lambd));
      }
    }
  }

  static final class SoftshrinkDouble implements DoubleKernel {
    private final double lambd;

    SoftshrinkDouble(double lambd) {
      this.lambd = lambd;
    }

    @Override
    public double value(double v) {
      return Formulas.softshrink(v, lambd);
    }

    @Override
    public double derivative(double v) {
      return Formulas.softshrinkDerivative(v, lambd);
    }

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      final double lambd = this.lambd;
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector a0 = va.sub(lambd);
        DoubleVector b0 = vb.sub(lambd);
        DoubleVector a1 = a0.blend(0.0, va.compare(GT, lambd).not());
        DoubleVector b1 = b0.blend(0.0, vb.compare(GT, lambd).not());
        DoubleVector a2 = va.add(lambd);
        DoubleVector b2 = vb.add(lambd);
        DoubleVector a3 = a1.blend(a2, va.compare(LT, -lambd));
        DoubleVector b3 = b1.blend(b2, vb.compare(LT, -lambd));
        DoubleVector a4 = a3.blend(va, va.compare(NE, va));
        DoubleVector b4 = b3.blend(vb, vb.compare(NE, vb));
        a4.intoArray(y, yo + i);
        b4.intoArray(y, yo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector t0 = v.sub(lambd);
        DoubleVector t1 = t0.blend(0.0, v.compare(GT, lambd).not());
        DoubleVector t2 = v.add(lambd);
        DoubleVector t3 = t1.blend(t2, v.compare(LT, -lambd));
        DoubleVector t4 = t3.blend(v, v.compare(NE, v));
        t4.intoArray(y, yo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        y[yo + i] = Formulas.softshrink(v, lambd);
      }
    }

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {
      final double lambd = this.lambd;
      final DoubleVector ZERO = DoubleVector.zero(D);
      int i = 0;
      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
        DoubleVector a0 = ZERO.blend(1.0, va.compare(GT, lambd).or(va.compare(LT, -lambd)));
        DoubleVector b0 = ZERO.blend(1.0, vb.compare(GT, lambd).or(vb.compare(LT, -lambd)));
        DoubleVector a1 = a0.blend(va, va.compare(NE, va));
        DoubleVector b1 = b0.blend(vb, vb.compare(NE, vb));
        ga.mul(a1).intoArray(dx, dxo + i);
        gb.mul(b1).intoArray(dx, dxo + i + DLANES);
      }
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector t0 = ZERO.blend(1.0, v.compare(GT, lambd).or(v.compare(LT, -lambd)));
        DoubleVector t1 = t0.blend(v, v.compare(NE, v));
        g.mul(t1).intoArray(dx, dxo + i);
      }
      for (; i < n; i++) {
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * Formulas.softshrinkDerivative(v, lambd);
      }
    }
  }
}
