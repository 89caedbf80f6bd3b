package dev.activations.benchmarks;

import dev.activations.nn.DataSet;
import dev.activations.nn.Network;
import dev.activations.nn.Trainer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training throughput, one thread (issue 5, item 6): one operation is one epoch of mini-batch
 * SGD over the whole data set (10,000 examples for mnist-10k, 157 steps of 64 and a last one of
 * 16) of the task {@link Mnist} defines, by our {@code activations-nn} ({@link #activations}) and
 * by PyTorch through DJL ({@link #pytorch}). Examples per second = rows / score; the two start
 * from the same parameters and see the same batches. Each fork trains one network on, epoch after
 * epoch, as a real training run does (the order repeats every epoch).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TrainingBenchmark {

  /** Our network and trainer. */
  @State(Scope.Thread)
  public static class Ours {
    DataSet data;
    Network network;
    Trainer trainer;

    /** Reads the data and builds the network. */
    @Setup(Level.Trial)
    public void setup() {
      data = Mnist.data();
      network = Mnist.network(data.columns(), data.classes());
      trainer = new Trainer(Mnist.config());
    }
  }

  /** The same network, data and order in PyTorch. */
  @State(Scope.Thread)
  public static class PyTorch {
    TorchMlp mlp;

    /** Loads PyTorch and copies the data and our initial parameters into it. */
    @Setup(Level.Trial)
    public void setup() {
      DataSet data = Mnist.data();
      Network initial = Mnist.network(data.columns(), data.classes());
      mlp = new TorchMlp(data, initial, Mnist.order(data.rows()), Mnist.BATCH,
          Mnist.LEARNING_RATE);
    }

    /** Frees the tensors. */
    @TearDown(Level.Trial)
    public void tearDown() {
      mlp.close();
    }
  }

  /**
   * One epoch by {@code activations-nn}; returns the epoch's mean loss (kept by JMH).
   *
   * @param s the network, trainer and data (JMH state)
   * @return the epoch's mean training loss
   */
  @Benchmark
  public double activations(Ours s) {
    return s.trainer.fit(s.network, s.data).last().trainLoss();
  }

  /**
   * One epoch by PyTorch; returns the epoch's mean loss (kept by JMH).
   *
   * @param s the PyTorch network and data (JMH state)
   * @return the epoch's mean training loss
   */
  @Benchmark
  public double pytorch(PyTorch s) {
    return s.mlp.epoch();
  }
}
