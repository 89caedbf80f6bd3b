package dev.activations.nn;

import dev.activations.Activation;
import dev.activations.ParametricActivation;

/**
 * A fully connected layer with n inputs and m units: on a batch X (rows × n, row-major)
 * Z = X·W + b and A = f(Z), W being n × m ({@code weights[k·m + j]} connects input k to unit j),
 * b one bias per unit and f any element-wise {@link Activation}.
 *
 * <h2>Learnable activations</h2>
 * When f is a {@link ParametricActivation} with parameters θ (PReLU slopes, Swish β declared
 * learnable), θ is trained with the weights. A PReLU with one slope per unit
 * ({@code prelu(num_parameters=m)}) gives each unit its own slope, since element k of a
 * rows × m batch is in channel k mod m; a single slope is shared by every unit. The number of
 * parameters must divide m.
 *
 * <h2>Backward pass</h2>
 * Given dA = ∂C/∂A: dZ = dA ⊙ f'(Z), ∂C/∂W = Xᵀ·dZ, ∂C/∂b = Σ_rows dZ,
 * ∂C/∂θ = Σ dA ⊙ ∂f/∂θ, and the gradient passed back is dX = dZ·Wᵀ.
 *
 * <p>Layers are created by {@link Network.Builder} and changed only by training; the accessors
 * return copies.
 */
public final class Dense {
  private final int inputs;
  private final int units;
  private Activation activation;
  private final float[] weights;
  private final float[] bias;
  /** θ, the live copy trained by the optimiser; empty when f has no learnable parameter. */
  private final double[] theta;

  /** Takes ownership of the arrays. */
  Dense(int inputs, int units, Activation activation, float[] weights, float[] bias) {
    if (inputs < 1 || units < 1) {
      throw new IllegalArgumentException("a dense layer needs ≥ 1 input and ≥ 1 unit, got "
          + inputs + " inputs and " + units + " units");
    }
    if (activation == null) {
      throw new IllegalArgumentException("activation is null");
    }
    if (weights.length != inputs * units || bias.length != units) {
      throw new IllegalArgumentException("a dense layer of " + inputs + " inputs and " + units
          + " units needs " + inputs * units + " weights and " + units + " biases, got "
          + weights.length + " and " + bias.length);
    }
    this.inputs = inputs;
    this.units = units;
    this.activation = activation;
    this.weights = weights;
    this.bias = bias;
    this.theta = activation instanceof ParametricActivation p ? p.parameters() : new double[0];
    if (theta.length > 0 && units % theta.length != 0) {
      throw new IllegalArgumentException(activation.spec() + " has " + theta.length
          + " parameters, which does not divide the layer's " + units + " units; use "
          + "num_parameters=1 or num_parameters=" + units);
    }
  }

  /**
   * n, the number of inputs.
   *
   * @return n
   */
  public int inputs() {
    return inputs;
  }

  /**
   * m, the number of units (outputs).
   *
   * @return m
   */
  public int units() {
    return units;
  }

  /**
   * f, with its current learnable parameters.
   *
   * @return the activation
   */
  public Activation activation() {
    return activation;
  }

  /**
   * A copy of W, n × m row-major: element {@code k·m + j} connects input k to unit j.
   *
   * @return a new array of n·m weights
   */
  public float[] weights() {
    return weights.clone();
  }

  /**
   * The weight from input k to unit j.
   *
   * @param input k, in [0, n)
   * @param unit j, in [0, m)
   * @return W[k, j]
   */
  public float weight(int input, int unit) {
    return weights[input * units + unit];
  }

  /**
   * A copy of b, one bias per unit.
   *
   * @return a new array of m biases
   */
  public float[] bias() {
    return bias.clone();
  }

  /**
   * A copy of the learnable activation parameters θ (empty when there are none).
   *
   * @return a new array
   */
  public double[] activationParameters() {
    return theta.clone();
  }

  /**
   * Number of trainable numbers: n·m weights, m biases and the θ.
   *
   * @return n·m + m + the number of θ
   */
  public int parameterCount() {
    return weights.length + bias.length + theta.length;
  }

  @Override
  public String toString() {
    return "Dense[" + inputs + " → " + units + ", " + activation.spec() + "]";
  }

  // --------------------------------------------------------------------------------------------
  // for the package: live arrays and the passes

  float[] weightArray() {
    return weights;
  }

  float[] biasArray() {
    return bias;
  }

  double[] thetaArray() {
    return theta;
  }

  /** Rebuilds f from θ after the optimiser changed it (activations are immutable). */
  void thetaChanged(int layerIndex) {
    if (theta.length == 0) {
      return;
    }
    for (double t : theta) {
      if (!Double.isFinite(t)) {
        throw new IllegalStateException("layer " + layerIndex + ": the parameters of "
            + activation.name() + " became " + t + " (training diverged; lower the learning rate)");
      }
    }
    activation = ((ParametricActivation) activation).withParameters(theta);
  }

  /**
   * Z = X·W + b and A = f(Z).
   *
   * @param x rows × n, not modified
   * @param z rows × m, overwritten
   * @param a rows × m, overwritten
   */
  void forward(float[] x, int rows, float[] z, float[] a, MatMul.Scratch scratch) {
    MatMul.multiply(x, weights, z, rows, inputs, units, bias, scratch);
    activation.forward(z, 0, a, 0, rows * units);
  }

  /**
   * The backward pass of one batch.
   *
   * @param x the forward input, rows × n, not modified
   * @param z the forward pre-activation, not modified
   * @param a the forward output, not modified
   * @param d on entry ∂C/∂A, on return ∂C/∂Z (rows × m), modified
   * @param dx ∂C/∂X, rows × n, overwritten; null to skip it (the first layer)
   * @param gradient receives ∂C/∂W, ∂C/∂b (overwritten) and ∂C/∂θ (overwritten)
   * @param scratch the products' row buffers
   */
  void backward(float[] x, int rows, float[] z, float[] a, float[] d, float[] dx,
      Gradients.Layer gradient, MatMul.Scratch scratch) {
    int n = rows * units;
    if (theta.length > 0) {
      java.util.Arrays.fill(gradient.theta, 0);
      ((ParametricActivation) activation).backward(z, 0, d, 0, d, 0, n, gradient.theta);
    } else {
      activation.backward(z, 0, a, 0, d, 0, d, 0, n);
    }
    MatMul.multiplyTransposedA(x, d, gradient.weights, rows, inputs, units, scratch);
    MatMul.columnSums(d, rows, units, gradient.bias, scratch);
    if (dx != null) {
      MatMul.multiplyTransposedB(d, weights, dx, rows, units, inputs, scratch);
    }
  }
}
