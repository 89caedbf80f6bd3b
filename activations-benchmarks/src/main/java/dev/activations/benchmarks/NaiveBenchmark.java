package dev.activations.benchmarks;

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

/**
 * The naive scalar Java loops of {@link NaiveKernel} on the arrays of {@link ActivationBenchmark}
 * (same inputs, same preallocated outputs, one thread): the baseline that shows what our kernels
 * gain over code written straight from the formula. Exact GELU is absent: Java has no erf.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class NaiveBenchmark {

  /**
   * A function with a textbook loop ({@link NaiveKernel#specs()}); {@link Main} gives them all, or
   * those of {@code -p fn=...}.
   */
  @Param({Main.ALL})
  public String fn;

  /** Array length. */
  @Param({"4096", "262144", "16777216"})
  public int n;

  private NaiveKernel kernel;
  private float[] x;
  private float[] y;
  private float[] dy;
  private float[] dx;

  /** The kernel and the arrays of {@link ActivationBenchmark}. */
  @Setup
  public void setup() {
    kernel = NaiveKernel.of(fn);
    x = Inputs.x(n);
    dy = Inputs.dy(n);
    y = new float[n];
    dx = new float[n];
  }

  /** y = f(x), the textbook way. */
  @Benchmark
  public void forward() {
    kernel.forward(x, y);
  }

  /** dx = dy ⊙ f'(x), the textbook way. */
  @Benchmark
  public void backward() {
    kernel.backward(x, dy, dx);
  }
}
