package dev.activations.nn;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.LossResult;
import dev.activations.Precision;
import dev.activations.Reduction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron: a sequence of {@link Dense} layers, each feeding the next. The output
 * of the last layer is what the {@link Loss} sees; give it the {@code identity} activation so
 * that it holds logits.
 *
 * <pre>{@code
 * Network net = Network.builder(64)
 *     .dense(64, "relu")
 *     .dense(10, "identity")
 *     .initializer(Initializer.HE_NORMAL)
 *     .seed(1)
 *     .build();
 * }</pre>
 *
 * <p>Mutable (training changes its parameters in place) and not thread-safe; {@link #copy()}
 * gives an independent network. {@link #equals(Object)} compares architecture, activation
 * specifications and every parameter bit for bit.
 *
 * <h2>Saving</h2>
 * {@link #save(Path)} writes a small JSON document with a format version (see
 * {@link #toJson()}); every float is written as text that parses back to the same bits, so
 * {@link #load(Path)} gives an equal network with identical predictions.
 */
public final class Network {
  /** Rows per forward pass when predicting or evaluating a whole data set. */
  private static final int CHUNK = 512;

  private final int inputs;
  private final List<Dense> layers;

  Network(List<Dense> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one layer");
    }
    for (int l = 1; l < layers.size(); l++) {
      if (layers.get(l).inputs() != layers.get(l - 1).units()) {
        throw new IllegalArgumentException("layer " + l + " has " + layers.get(l).inputs()
            + " inputs but layer " + (l - 1) + " has " + layers.get(l - 1).units() + " units");
      }
    }
    this.inputs = layers.get(0).inputs();
    this.layers = List.copyOf(layers);
  }

  /**
   * Starts a network that takes {@code inputs} features per example.
   *
   * @param inputs features per example, ≥ 1
   * @return a builder with no layers yet
   */
  public static Builder builder(int inputs) {
    return new Builder(inputs);
  }

  /**
   * Number of input features.
   *
   * @return the features per example
   */
  public int inputs() {
    return inputs;
  }

  /**
   * Number of outputs: the units of the last layer.
   *
   * @return the last layer's units
   */
  public int outputs() {
    return layers.get(layers.size() - 1).units();
  }

  /**
   * The layers, first to last (unmodifiable).
   *
   * @return the layers
   */
  public List<Dense> layers() {
    return layers;
  }

  /**
   * The layer sizes, inputs first: {@code [64, 64, 10]}.
   *
   * @return a new array of the input count and each layer's units
   */
  public int[] sizes() {
    int[] s = new int[layers.size() + 1];
    s[0] = inputs;
    for (int l = 0; l < layers.size(); l++) {
      s[l + 1] = layers.get(l).units();
    }
    return s;
  }

  /**
   * Total number of trainable numbers.
   *
   * @return weights, biases and activation parameters of every layer
   */
  public int parameterCount() {
    int n = 0;
    for (Dense d : layers) {
      n += d.parameterCount();
    }
    return n;
  }

  /**
   * The network's outputs (logits) for a batch.
   *
   * @param features rows × {@link #inputs()}, row-major, not modified
   * @param rows the examples in the batch
   * @return rows × {@link #outputs()}, a new array
   */
  public float[] predict(float[] features, int rows) {
    if (rows < 0 || features.length != (long) rows * inputs) {
      throw new IllegalArgumentException("predict needs " + rows + " rows × " + inputs
          + " features = " + (long) rows * inputs + " values, got " + features.length);
    }
    float[] out = new float[rows * outputs()];
    Workspace ws = null;
    for (int start = 0; start < rows; start += CHUNK) {
      int r = Math.min(CHUNK, rows - start);
      if (ws == null || ws.rows != r) {
        ws = new Workspace(this, r);
      }
      float[] x = Arrays.copyOfRange(features, start * inputs, (start + r) * inputs);
      forward(ws, x, r);
      System.arraycopy(ws.output(), 0, out, start * outputs(), r * outputs());
    }
    return out;
  }

  /**
   * The outputs for every row of a data set.
   *
   * @param data examples with {@link #inputs()} columns
   * @return rows × outputs, row-major
   */
  public float[] predict(DataSet data) {
    checkColumns(data);
    return predict(data.featureArray(), data.rows());
  }

  /**
   * The predicted class of every row, as {@link Loss#predict} decides it.
   *
   * @param data examples with {@link #inputs()} columns
   * @param loss the loss whose rule turns outputs into a class
   * @return one class index per row
   */
  public int[] classify(DataSet data, Loss loss) {
    float[] out = predict(data);
    int w = outputs();
    int[] classes = new int[data.rows()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = loss.predict(out, i * w, w);
    }
    return classes;
  }

  /**
   * The mean loss and the accuracy on a data set.
   *
   * @param data examples with {@link #inputs()} columns
   * @param loss the loss and its rule for the predicted class
   * @return the mean loss, the accuracy and the number of examples
   * @throws IllegalArgumentException if the data set's columns or classes do not fit the network
   */
  public Evaluation evaluate(DataSet data, Loss loss) {
    checkColumns(data);
    loss.checkShape(outputs(), data.classes());
    int rows = data.rows();
    int w = outputs();
    double sum = 0;
    long correct = 0;
    float[] features = data.featureArray();
    int[] labels = data.labelArray();
    Workspace ws = null;
    for (int start = 0; start < rows; start += CHUNK) {
      int r = Math.min(CHUNK, rows - start);
      if (ws == null || ws.rows != r) {
        ws = new Workspace(this, r);
      }
      forward(ws, Arrays.copyOfRange(features, start * inputs, (start + r) * inputs), r);
      int[] y = Arrays.copyOfRange(labels, start, start + r);
      LossResult result = loss.compute(ws.output(), r, w, y, Reduction.SUM);
      sum += result.loss();
      float[] out = ws.output();
      for (int i = 0; i < r; i++) {
        if (loss.predict(out, i * w, w) == y[i]) {
          correct++;
        }
      }
    }
    double n = loss.meanDenominator(rows, w);
    return new Evaluation(sum / n, rows == 0 ? Double.NaN : (double) correct / rows, rows);
  }

  /**
   * Statistics of every layer's outputs over a whole data set: mean, standard deviation,
   * histogram, exact zeros, dead units (zero for every example of the set) and saturation
   * (|f'(z)| below the threshold), as in {@link ActivationStatistics}.
   *
   * @param data examples with {@link #inputs()} columns
   * @param settings the histogram and the saturation threshold
   * @return one entry per layer, first to last
   */
  public List<ActivationStatistics> activationStatistics(DataSet data, ProbeSettings settings) {
    checkColumns(data);
    List<ActivationStatistics.Accumulator> acc = new ArrayList<>();
    for (Dense d : layers) {
      acc.add(new ActivationStatistics.Accumulator(d.units(), settings));
    }
    float[] features = data.featureArray();
    Workspace ws = null;
    for (int start = 0; start < data.rows(); start += CHUNK) {
      int r = Math.min(CHUNK, data.rows() - start);
      if (ws == null || ws.rows != r) {
        ws = new Workspace(this, r);
      }
      forward(ws, Arrays.copyOfRange(features, start * inputs, (start + r) * inputs), r);
      for (int l = 0; l < layers.size(); l++) {
        acc.get(l).add(layers.get(l).activation(), ws.z[l], ws.a[l], r);
      }
    }
    return acc.stream().map(ActivationStatistics.Accumulator::result).toList();
  }

  /**
   * An independent copy with the same parameters.
   *
   * @return the copy
   */
  public Network copy() {
    List<Dense> copies = new ArrayList<>();
    for (Dense d : layers) {
      copies.add(new Dense(d.inputs(), d.units(), d.activation(), d.weights(), d.bias()));
    }
    return new Network(copies);
  }

  /**
   * The network as a JSON document: {@code format} {@value ModelFormat#FORMAT},
   * {@code version} {@value ModelFormat#VERSION}, {@code inputs}, and one object per layer with
   * {@code type} "dense", {@code inputs}, {@code units}, {@code activation} (its specification),
   * {@code activation_parameters}, {@code weights} (n × m row-major, input-major) and
   * {@code bias}. Floats are written as decimal text that parses back to the same bits.
   *
   * @return the document, ending with a line break
   */
  public String toJson() {
    return ModelFormat.write(this);
  }

  /**
   * Reads a network written by {@link #toJson()}.
   *
   * @param json the document
   * @return the network, equal to the one written
   * @throws MalformedDataException naming the line and the problem (syntax, missing or
   *     misshapen field, unsupported version, unknown activation)
   */
  public static Network fromJson(String json) throws MalformedDataException {
    return ModelFormat.read(json, "network JSON");
  }

  /**
   * Writes {@link #toJson()} to a file (UTF-8).
   *
   * @param file the file, replaced if it exists; its folder must exist
   * @throws IOException if the file cannot be written
   */
  public void save(Path file) throws IOException {
    ModelFormat.save(this, file);
  }

  /**
   * Reads a network saved by {@link #save(Path)}.
   *
   * @param file the file
   * @return the network, equal to the one saved
   * @throws MalformedDataException if the file is not a valid network; the message names it
   */
  public static Network load(Path file) throws IOException {
    return ModelFormat.load(file);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Network n) || n.layers.size() != layers.size()) {
      return false;
    }
    for (int l = 0; l < layers.size(); l++) {
      Dense a = layers.get(l);
      Dense b = n.layers.get(l);
      if (a.inputs() != b.inputs() || a.units() != b.units()
          || !a.activation().spec().equals(b.activation().spec())
          || !Arrays.equals(a.weightArray(), b.weightArray())
          || !Arrays.equals(a.biasArray(), b.biasArray())
          || !Arrays.equals(a.thetaArray(), b.thetaArray())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Dense d : layers) {
      h = 31 * h + Arrays.hashCode(d.weightArray());
      h = 31 * h + Arrays.hashCode(d.biasArray());
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Network[").append(inputs);
    for (Dense d : layers) {
      sb.append(" → ").append(d.units()).append(' ').append(d.activation().spec());
    }
    return sb.append(']').toString();
  }

  // --------------------------------------------------------------------------------------------
  // passes, for the package

  private void checkColumns(DataSet data) {
    if (data.columns() != inputs) {
      throw new IllegalArgumentException("the network takes " + inputs + " features but "
          + data.name() + " has " + data.columns());
    }
  }

  /** Forward pass of {@code ws.rows} examples; the output is {@link Workspace#output()}. */
  void forward(Workspace ws, float[] x, int rows) {
    float[] in = x;
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).forward(in, rows, ws.z[l], ws.a[l], ws.scratch);
      in = ws.a[l];
    }
  }

  /**
   * Backward pass after {@link #forward}: fills every layer's gradients.
   *
   * @param x the batch given to forward, not modified
   * @param dOutput ∂C/∂(output), rows × outputs, not modified
   */
  void backward(Workspace ws, float[] x, float[] dOutput, Gradients gradients) {
    ws.ensureBackward(this);
    int last = layers.size() - 1;
    System.arraycopy(dOutput, 0, ws.d[last], 0, ws.d[last].length);
    for (int l = last; l >= 0; l--) {
      float[] in = l == 0 ? x : ws.a[l - 1];
      float[] dIn = l == 0 ? null : ws.d[l - 1];
      layers.get(l).backward(in, ws.rows, ws.z[l], ws.a[l], ws.d[l], dIn, gradients.layers[l],
          ws.scratch);
    }
  }

  /**
   * Builds a {@link Network} layer by layer. Each layer draws its initial parameters from its
   * own generator, split in layer order from the seed, so adding a layer never changes the
   * earlier ones. Defaults: initializer {@link Initializer#UNIFORM}, seed 0.
   */
  public static final class Builder {
    private final int inputs;
    private final List<Activation> activations = new ArrayList<>();
    private final List<Integer> units = new ArrayList<>();
    private final List<Initializer> initializers = new ArrayList<>();
    private Initializer initializer = Initializer.UNIFORM;
    private long seed;
    private Precision precision;

    private Builder(int inputs) {
      if (inputs < 1) {
        throw new IllegalArgumentException("a network needs ≥ 1 input, got " + inputs);
      }
      this.inputs = inputs;
    }

    /**
     * Adds a dense layer with the network's initializer.
     *
     * @param units the layer's outputs, ≥ 1
     * @param activation the layer's activation
     * @return this builder
     */
    public Builder dense(int units, Activation activation) {
      return dense(units, activation, null);
    }

    /**
     * Adds a dense layer whose activation is given by its specification, e.g. "relu".
     *
     * @param units the layer's outputs, ≥ 1
     * @param activationSpec the activation's specification, as in {@link Activations#of}
     * @return this builder
     */
    public Builder dense(int units, String activationSpec) {
      return dense(units, Activations.of(activationSpec), null);
    }

    /**
     * Adds a dense layer with its own initializer.
     *
     * @param units the layer's outputs, ≥ 1
     * @param activation the layer's activation
     * @param initializer the layer's initializer, or null for the network's
     * @return this builder
     */
    public Builder dense(int units, Activation activation, Initializer initializer) {
      if (units < 1) {
        throw new IllegalArgumentException("a layer needs ≥ 1 unit, got " + units);
      }
      if (activation == null) {
        throw new IllegalArgumentException("activation is null");
      }
      this.units.add(units);
      this.activations.add(activation);
      this.initializers.add(initializer);
      return this;
    }

    /**
     * The initializer of every layer that does not name its own.
     *
     * @param initializer the initializer
     * @return this builder
     */
    public Builder initializer(Initializer initializer) {
      if (initializer == null) {
        throw new IllegalArgumentException("initializer is null");
      }
      this.initializer = initializer;
      return this;
    }

    /**
     * The seed of the initial parameters.
     *
     * @param seed the same seed gives the same parameters
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The precision of every layer's activation ({@link Activation#with(Precision)}): FAST
     * trains on the float-lane kernels, EXACT on the correctly rounded ones. Without this call
     * each layer keeps its activation's own precision.
     *
     * @param precision EXACT or FAST, not {@code null}
     * @return this builder
     * @throws IllegalArgumentException if precision is null
     */
    public Builder precision(Precision precision) {
      if (precision == null) {
        throw new IllegalArgumentException("precision is null");
      }
      this.precision = precision;
      return this;
    }

    /**
     * Draws the parameters and builds the network.
     *
     * @return the network
     * @throws IllegalArgumentException if there is no layer, or a learnable activation's
     *     parameter count does not divide its layer's units
     */
    public Network build() {
      SplittableRandom root = new SplittableRandom(seed);
      List<Dense> layers = new ArrayList<>();
      int in = inputs;
      for (int l = 0; l < units.size(); l++) {
        int m = units.get(l);
        float[] w = new float[in * m];
        float[] b = new float[m];
        Initializer init = initializers.get(l) != null ? initializers.get(l) : initializer;
        init.initialize(w, b, in, m, root.split());
        Activation f = activations.get(l);
        layers.add(new Dense(in, m, precision == null ? f : f.with(precision), w, b));
        in = m;
      }
      return new Network(layers);
    }
  }
}
