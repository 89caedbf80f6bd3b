package dev.activations.nn;

import java.util.List;

/**
 * The state of an {@link Optimizer} for one network during one training run, and its update.
 * Float parameters are updated in float arithmetic, element by element in a fixed order
 * (vectorisable loops, deterministic); activation parameters, held in double, in double.
 */
abstract class Updater {
  final Network network;

  Updater(Network network) {
    this.network = network;
  }

  static Updater create(Optimizer optimizer, Network network) {
    if (optimizer instanceof Sgd s) {
      return new SgdUpdater(s, network);
    }
    return new AdamUpdater((Adam) optimizer, network);
  }

  /** Applies one step's gradients to every parameter. */
  final void step(Gradients gradients) {
    beginStep();
    List<Dense> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      Dense d = layers.get(l);
      Gradients.Layer g = gradients.layers[l];
      update(3 * l, d.weightArray(), g.weights, true);
      update(3 * l + 1, d.biasArray(), g.bias, false);
      if (g.theta.length > 0) {
        update(3 * l + 2, d.thetaArray(), g.theta);
        d.thetaChanged(l);
      }
    }
  }

  void beginStep() {}

  /** Updates one float block; {@code decay} says whether weight decay applies. */
  abstract void update(int block, float[] w, float[] g, boolean decay);

  /** Updates one block of activation parameters (never decayed). */
  abstract void update(int block, double[] w, double[] g);

  /** Per-block state arrays, created on first use. */
  static float[][] floatState(Network network) {
    return new float[3 * network.layers().size()][];
  }

  static double[][] doubleState(Network network) {
    return new double[3 * network.layers().size()][];
  }

  /** SGD with momentum and weight decay. */
  static final class SgdUpdater extends Updater {
    private final float lr;
    private final float momentum;
    private final float decay;
    private final double lrD;
    private final double momentumD;
    private final float[][] velocity;
    private final double[][] thetaVelocity;

    SgdUpdater(Sgd sgd, Network network) {
      super(network);
      lr = (float) sgd.learningRate();
      momentum = (float) sgd.momentum();
      decay = (float) sgd.weightDecay();
      lrD = sgd.learningRate();
      momentumD = sgd.momentum();
      velocity = floatState(network);
      thetaVelocity = doubleState(network);
    }

    @Override
    void update(int block, float[] w, float[] g, boolean decayed) {
      float lambda = decayed ? decay : 0f;
      if (momentum == 0f) {
        for (int i = 0; i < w.length; i++) {
          w[i] -= lr * (g[i] + lambda * w[i]);
        }
        return;
      }
      float[] v = velocity[block];
      if (v == null) {
        v = velocity[block] = new float[w.length];
      }
      for (int i = 0; i < w.length; i++) {
        v[i] = momentum * v[i] + (g[i] + lambda * w[i]);
        w[i] -= lr * v[i];
      }
    }

    @Override
    void update(int block, double[] w, double[] g) {
      double[] v = thetaVelocity[block];
      if (v == null) {
        v = thetaVelocity[block] = new double[w.length];
      }
      for (int i = 0; i < w.length; i++) {
        v[i] = momentumD * v[i] + g[i];
        w[i] -= lrD * v[i];
      }
    }
  }

  /** Adam with bias correction and L2 weight decay. */
  static final class AdamUpdater extends Updater {
    private final Adam adam;
    private final float[][] m;
    private final float[][] v;
    private final double[][] mTheta;
    private final double[][] vTheta;
    private long t;
    private double stepSize;
    private double sqrtCorrection2;

    AdamUpdater(Adam adam, Network network) {
      super(network);
      this.adam = adam;
      m = floatState(network);
      v = floatState(network);
      mTheta = doubleState(network);
      vTheta = doubleState(network);
    }

    @Override
    void beginStep() {
      t++;
      // StrictMath: the same bias corrections on every JVM
      stepSize = adam.learningRate() / (1 - StrictMath.pow(adam.beta1(), t));
      sqrtCorrection2 = Math.sqrt(1 - StrictMath.pow(adam.beta2(), t));
    }

    @Override
    void update(int block, float[] w, float[] g, boolean decayed) {
      if (m[block] == null) {
        m[block] = new float[w.length];
        v[block] = new float[w.length];
      }
      float[] mb = m[block];
      float[] vb = v[block];
      float lambda = decayed ? (float) adam.weightDecay() : 0f;
      float b1 = (float) adam.beta1();
      float b2 = (float) adam.beta2();
      float c1 = (float) (1 - adam.beta1());
      float c2 = (float) (1 - adam.beta2());
      float step = (float) stepSize;
      float root = (float) sqrtCorrection2;
      float eps = (float) adam.epsilon();
      for (int i = 0; i < w.length; i++) {
        float gi = g[i] + lambda * w[i];
        mb[i] = b1 * mb[i] + c1 * gi;
        vb[i] = b2 * vb[i] + c2 * gi * gi;
        w[i] -= step * mb[i] / ((float) Math.sqrt(vb[i]) / root + eps);
      }
    }

    @Override
    void update(int block, double[] w, double[] g) {
      if (mTheta[block] == null) {
        mTheta[block] = new double[w.length];
        vTheta[block] = new double[w.length];
      }
      double[] mb = mTheta[block];
      double[] vb = vTheta[block];
      for (int i = 0; i < w.length; i++) {
        double gi = g[i];
        mb[i] = adam.beta1() * mb[i] + (1 - adam.beta1()) * gi;
        vb[i] = adam.beta2() * vb[i] + (1 - adam.beta2()) * gi * gi;
        w[i] -= stepSize * mb[i] / (Math.sqrt(vb[i]) / sqrtCorrection2 + adam.epsilon());
      }
    }
  }
}
