package dev.activations.benchmarks;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.activations.nn.DataSet;
import dev.activations.nn.Dense;
import dev.activations.nn.Network;
import java.util.Arrays;
import java.util.List;

/**
 * The network of {@link Mnist} in PyTorch, trained the way a PyTorch loop does it: for each
 * batch, gather the rows, {@code relu(x·W1 + b1)·W2 + b2}, {@code log_softmax}, the mean negative
 * log-likelihood of the labels, {@code backward()}, then {@code w -= lr·grad} and zero the
 * gradients. Everything runs in PyTorch (DJL only passes handles); the data set lives in one
 * tensor and each batch is an index gather, as a DataLoader would produce it.
 *
 * <p>Weights are stored as our {@link Dense} stores them, n_in × n_out row-major, so the
 * products are {@code x·W} and the parameters are bit-identical copies of ours at the start.
 * Not thread-safe; close it to free the tensors.
 */
final class TorchMlp implements AutoCloseable {
  private final Engine engine;
  private final NDManager manager;
  private final NDArray features;
  private final NDArray labels;
  private final NDArray[] batches;
  private final int[] batchRows;
  private final List<NDArray> parameters;
  private final float learningRate;

  /**
   * Copies the data set and the network's current parameters into PyTorch.
   *
   * @param network a two-layer network of {@link Mnist#network}, not modified
   * @param order the example order of the epoch (every epoch repeats it)
   */
  TorchMlp(DataSet data, Network network, int[] order, int batch, float learningRate) {
    this.engine = Torch.engine();
    this.manager = Torch.manager();
    this.learningRate = learningRate;
    int n = data.rows();
    features = manager.create(data.features(), new Shape(n, data.columns()));
    labels = manager.create(Arrays.stream(data.labels()).asLongStream().toArray());
    int count = (n + batch - 1) / batch;
    batches = new NDArray[count];
    batchRows = new int[count];
    for (int b = 0; b < count; b++) {
      int from = b * batch;
      int to = Math.min(n, from + batch);
      long[] idx = new long[to - from];
      for (int r = from; r < to; r++) {
        idx[r - from] = order[r];
      }
      batches[b] = manager.create(idx);
      batchRows[b] = to - from;
    }
    Dense hidden = network.layers().get(0);
    Dense out = network.layers().get(1);
    parameters = List.of(
        manager.create(hidden.weights(), new Shape(hidden.inputs(), hidden.units())),
        manager.create(hidden.bias()),
        manager.create(out.weights(), new Shape(out.inputs(), out.units())),
        manager.create(out.bias()));
    for (NDArray p : parameters) {
      p.setRequiresGradient(true);
    }
  }

  /**
   * One epoch of SGD.
   *
   * @return the mean training loss over the epoch (each batch's mean loss weighted by its rows,
   *     as our {@code EpochReport.trainLoss})
   */
  double epoch() {
    NDArray w1 = parameters.get(0);
    NDArray b1 = parameters.get(1);
    NDArray w2 = parameters.get(2);
    NDArray b2 = parameters.get(3);
    double lossSum = 0;
    int examples = 0;
    for (int b = 0; b < batches.length; b++) {
      // every intermediate of the step belongs to this manager and is freed with it
      try (NDManager step = manager.newSubManager()) {
        NDArray x = features.get(batches[b]);
        x.attach(step);
        NDArray y = labels.get(batches[b]);
        y.attach(step);
        try (GradientCollector collector = engine.newGradientCollector()) {
          NDArray hidden = Activation.relu(x.matMul(w1).add(b1));
          NDArray logits = hidden.matMul(w2).add(b2);
          NDArray loss = logits.logSoftmax(1).gather(y.reshape(-1, 1), 1).mean().neg();
          collector.backward(loss);
          lossSum += (double) loss.getFloat() * batchRows[b];
          examples += batchRows[b];
        }
        // outside the collector autograd is off: plain in-place updates of the leaves
        for (NDArray p : parameters) {
          NDArray g = p.getGradient();
          g.attach(step);
          p.subi(g.mul(learningRate));
          g.subi(g); // zero the gradient in place, as DJL's own zeroGradients does
        }
      }
    }
    return lossSum / examples;
  }

  /** The current parameters, in the order W1, b1, W2, b2 (copies). */
  float[][] parameters() {
    float[][] p = new float[parameters.size()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = parameters.get(i).toFloatArray();
    }
    return p;
  }

  @Override
  public void close() {
    manager.close();
  }
}
