package dev.activations.benchmarks;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.Precision;
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
 * Our library's array kernels, {@code forward(x, y)} and {@code backward(x, y, dy, dx)} on
 * {@code float[]}, one thread: every element-wise function of {@link Activations#all()} with its
 * default parameters (those with a required parameter, {@code threshold}, are left out), plus
 * gelu's tanh approximation.
 *
 * <p>Baselines of the same run: {@link CopyBenchmark} (the memory limit), {@link NaiveBenchmark}
 * (the textbook loop) and {@link TorchActivationBenchmark} (PyTorch). Outputs are preallocated in
 * the setup, so a score is the kernel alone; one operation is one pass over {@code n} elements.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the module lets the library pick its Vector API kernels
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Threads(1)
public class ActivationBenchmark {

  /**
   * A registry name (its defaults) or a full specification. No list here: {@link Main} gives
   * every element-wise function of the registry ({@link Functions#elementwise()}), or those of
   * {@code -p fn=...}.
   */
  @Param({Main.ALL})
  public String fn;

  /** Array length. */
  @Param({"4096", "262144", "16777216"})
  public int n;

  /**
   * The value of {@code activations.vectorization} (auto, scalar or panama) set before the
   * library is first used (each parameter set runs in its own JVM), so that one run holds both
   * of our paths side by side: auto (the Vector API kernels here) and scalar.
   */
  @Param({"auto", "scalar"})
  public String path;

  /**
   * The precision of the float kernels: {@code exact} (the default, correctly rounded) or
   * {@code fast} (float lanes at full width, within 3/4 ULP); {@code -p precision=exact,fast}
   * runs both side by side.
   */
  @Param({"exact"})
  public String precision;

  /**
   * The value of {@code activations.threads}: 1 for the one-thread tables; 2 lets arrays of at
   * least 65,536 elements be split over the library's pool ({@code -p threads=1,2}).
   */
  @Param({"1"})
  public int threads;

  private Activation f;
  private float[] x;
  private float[] y;
  private float[] dy;
  private float[] dx;

  /** Builds the function and the arrays; y holds f(x), as a real backward pass would see it. */
  @Setup
  public void setup() {
    System.setProperty("activations.vectorization", path);
    System.setProperty("activations.threads", Integer.toString(threads));
    f = Activations.of(fn, Precision.parse(precision));
    x = Inputs.x(n);
    dy = Inputs.dy(n);
    y = new float[n];
    dx = new float[n];
    f.forward(x, y);
  }

  /** y = f(x). */
  @Benchmark
  public void forward() {
    f.forward(x, y);
  }

  /** dx = dy ⊙ f'(x), with the forward output y at hand. */
  @Benchmark
  public void backward() {
    f.backward(x, y, dy, dx);
  }
}
