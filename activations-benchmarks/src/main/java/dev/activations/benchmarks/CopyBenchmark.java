package dev.activations.benchmarks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory limits an element-wise kernel is measured against, one thread: a forward pass
 * reads one array and writes another, exactly as {@code System.arraycopy} does, so no forward
 * kernel can beat the copy of the same array. {@link #torchClone} is PyTorch's copy, output
 * allocation included: every PyTorch call reachable from DJL allocates its result, so this is
 * PyTorch's floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class CopyBenchmark {

  /** The Java arrays. */
  @State(Scope.Thread)
  public static class JavaArrays {
    /** Array length. */
    @Param({"4096", "262144", "16777216"})
    public int n;

    float[] x;
    float[] y;

    /** Fills x as the activation benchmarks do. */
    @Setup
    public void setup() {
      x = Inputs.x(n);
      y = new float[n];
    }
  }

  /** The same array as a PyTorch tensor. */
  @State(Scope.Thread)
  public static class TorchArrays {
    /** Array length. */
    @Param({"4096", "262144", "16777216"})
    public int n;

    NDManager manager;
    NDArray x;

    /** Loads PyTorch (one thread, offline) and copies x into a tensor. */
    @Setup(Level.Trial)
    public void setup() {
      manager = Torch.manager();
      x = manager.create(Inputs.x(n));
    }

    /** Frees the tensors. */
    @TearDown(Level.Trial)
    public void tearDown() {
      manager.close();
    }
  }

  /**
   * y ← x with {@code System.arraycopy}.
   *
   * @param a the arrays and their length (JMH state)
   */
  @Benchmark
  public void arraycopy(JavaArrays a) {
    System.arraycopy(a.x, 0, a.y, 0, a.n);
  }

  /**
   * {@code x.clone()} in PyTorch: allocation of the result and the copy.
   *
   * @param t the tensor to copy (JMH state)
   */
  @Benchmark
  public void torchClone(TorchArrays t) {
    // freed at once, as the activation benchmarks free their outputs
    t.x.duplicate().close();
  }
}
