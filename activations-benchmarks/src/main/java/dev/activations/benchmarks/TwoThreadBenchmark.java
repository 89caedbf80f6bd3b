package dev.activations.benchmarks;

import dev.activations.Activation;
import dev.activations.Activations;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One array split in two halves, each half on its own thread, both threads running at once: the
 * speed-up two cores can give an element-wise kernel, with the copy of the same halves as the
 * memory limit. The two threads share one x, y, dy and dx (as a parallel forward of one layer
 * would), and JMH keeps them running concurrently throughout every iteration.
 *
 * <p>A score is the time one thread takes for its half, n/2 elements; since the halves run at
 * the same time, it is also the wall time of the whole array, so score/n is the time per element
 * of the pair and the one-thread score of {@link ActivationBenchmark} divided by this one is the
 * speed-up. Without a pool or a barrier this is the upper bound of what a split call can reach
 * (issue 3 asks for ≥ 1.7× at n = 262,144).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Threads(2)
public class TwoThreadBenchmark {

  /** The arrays both threads share. */
  @State(Scope.Benchmark)
  public static class Shared {
    /**
     * A registry name (its defaults) or a full specification; {@link Main} gives the functions,
     * as for {@link ActivationBenchmark}.
     */
    @Param({Main.ALL})
    public String fn;

    /** Array length (even). */
    @Param({"4096", "262144", "16777216"})
    public int n;

    Activation f;
    float[] x;
    float[] y;
    float[] dy;
    float[] dx;

    /** The inputs of {@link ActivationBenchmark}, and y = f(x). */
    @Setup
    public void setup() {
      f = Activations.of(fn);
      x = Inputs.x(n);
      dy = Inputs.dy(n);
      y = new float[n];
      dx = new float[n];
      f.forward(x, y);
    }
  }

  /** The arrays of the copy, shared by both threads (no function: one copy per length). */
  @State(Scope.Benchmark)
  public static class SharedCopy {
    /** Array length (even). */
    @Param({"4096", "262144", "16777216"})
    public int n;

    float[] x;
    float[] y;

    /** The x of {@link ActivationBenchmark}. */
    @Setup
    public void setup() {
      x = Inputs.x(n);
      y = new float[n];
    }
  }

  /** Which part of the array a thread works on: thread k of t takes [k·n/t, (k+1)·n/t). */
  @State(Scope.Thread)
  public static class Half {
    int index;
    int count;

    /**
     * Reads this thread's index.
     *
     * @param thread JMH's view of the benchmark threads
     */
    @Setup
    public void setup(ThreadParams thread) {
      index = thread.getThreadIndex();
      count = thread.getThreadCount();
    }
  }

  /**
   * y = f(x) on this thread's half.
   *
   * @param s the function and arrays both threads share (JMH state)
   * @param h this thread's index and the thread count (JMH state)
   */
  @Benchmark
  public void forward(Shared s, Half h) {
    int length = s.n / h.count;
    int from = h.index * length;
    s.f.forward(s.x, from, s.y, from, length);
  }

  /**
   * dx = dy ⊙ f'(x) on this thread's half.
   *
   * @param s the function and arrays both threads share (JMH state)
   * @param h this thread's index and the thread count (JMH state)
   */
  @Benchmark
  public void backward(Shared s, Half h) {
    int length = s.n / h.count;
    int from = h.index * length;
    s.f.backward(s.x, from, s.y, from, s.dy, from, s.dx, from, length);
  }

  /**
   * y ← x on this thread's half: the two-core memory limit.
   *
   * @param s the arrays both threads share (JMH state)
   * @param h this thread's index and the thread count (JMH state)
   */
  @Benchmark
  public void arraycopy(SharedCopy s, Half h) {
    int length = s.n / h.count;
    int from = h.index * length;
    System.arraycopy(s.x, from, s.y, from, length);
  }
}
