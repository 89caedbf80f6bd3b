package dev.activations.benchmarks;

import dev.activations.nn.DataSet;
import dev.activations.nn.DataSets;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.Sgd;
import dev.activations.nn.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The training task of issue 5, item 6, defined once for both competitors: a [784, 100, 10]
 * network, relu hidden layer, linear outputs, softmax cross-entropy (mean over the batch), plain
 * SGD with learning rate 0.1, batches of 64 in one shuffled order, on the MNIST-format data in
 * the folder named by the system property {@value #DATA_PROPERTY} (default
 * {@value #DEFAULT_DATA}).
 *
 * <p>Both start from the same numbers: PyTorch's tensors are copies of our freshly built
 * network's parameters, drawn with {@link Initializer#UNIFORM}, U(±1/√n_in) for weights and
 * biases, the scheme of PyTorch's {@code nn.Linear}. Both see the batches in the same order:
 * {@link #order} repeats the Fisher–Yates shuffle of our {@code Trainer} from the same seed.
 */
final class Mnist {
  private Mnist() {}

  /** The system property that names the data folder. */
  static final String DATA_PROPERTY = "activations.mnist.dir";

  /**
   * The data folder when the property is not set, relative to the working directory: the
   * {@code shared/data} folder beside the repository, for a run from the repository's root.
   */
  static final String DEFAULT_DATA = "../shared/data/mnist-10k";

  /** Hidden units. */
  static final int HIDDEN = 100;

  /** Examples per step. */
  static final int BATCH = 64;

  /** The SGD step size. */
  static final float LEARNING_RATE = 0.1f;

  /** Seed of the initial parameters. */
  static final long INIT_SEED = 1;

  /** Seed of the example order. */
  static final long SHUFFLE_SEED = 1;

  /** The training set (pixels scaled to [0, 1] by the IDX reader). */
  static DataSet data() {
    Path dir = Path.of(System.getProperty(DATA_PROPERTY, DEFAULT_DATA));
    try {
      return DataSets.readIdxDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MNIST-format data in " + dir
          + " (set -D" + DATA_PROPERTY + "=FOLDER)", e);
    }
  }

  /** A freshly initialised network for {@code inputs} features and {@code classes} outputs. */
  static Network network(int inputs, int classes) {
    return Network.builder(inputs)
        .dense(HIDDEN, "relu")
        .dense(classes, "identity")
        .initializer(Initializer.UNIFORM)
        .seed(INIT_SEED)
        .build();
  }

  /** One epoch of our trainer: one pass in the order of {@link #order}. */
  static TrainingConfig config() {
    return new TrainingConfig(Loss.CROSS_ENTROPY, Sgd.of(LEARNING_RATE), 1, BATCH, true,
        SHUFFLE_SEED);
  }

  /**
   * The example order of the first epoch of our {@code Trainer} with {@link #config()}: a
   * generator seeded with {@link #SHUFFLE_SEED}, then Fisher–Yates from the last position down.
   * The trainer starts a new generator on every {@code fit}, so every one-epoch fit sees this
   * order again, and so does PyTorch.
   */
  static int[] order(int n) {
    SplittableRandom random = new SplittableRandom(SHUFFLE_SEED);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
