package dev.activations.benchmarks;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.Vectorization;
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
 * Our array kernels on {@code double[]}, one thread, on three paths side by side: the Vector API
 * kernels ({@code auto} here), the scalar kernels, and the reference implementation the kernels
 * are measured against ({@link Vectorization#reference(String)}, double-double arithmetic where
 * it matters). One operation is one pass over {@code n} elements; outputs are preallocated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Threads(1)
public class DoubleBenchmark {

  /** A registry name (its defaults) or a full specification. */
  @Param({"sigmoid", "tanh", "relu", "elu", "selu", "softplus", "silu", "mish", "gelu",
      "gelu(approximate=tanh)", "softsign", "logsigmoid", "tanhshrink"})
  public String fn;

  /** Array length. */
  @Param({"262144"})
  public int n;

  /** auto or scalar (the value of activations.vectorization), or reference (no kernels). */
  @Param({"auto", "scalar", "reference"})
  public String path;

  private Activation f;
  private double[] x;
  private double[] y;
  private double[] dy;
  private double[] dx;

  /** Builds the function and the arrays, the float inputs widened. */
  @Setup
  public void setup() {
    if (path.equals("reference")) {
      f = Vectorization.reference(fn);
    } else {
      System.setProperty("activations.vectorization", path);
      f = Activations.of(fn);
    }
    float[] xf = Inputs.x(n);
    float[] dyf = Inputs.dy(n);
    x = new double[n];
    dy = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = xf[i];
      dy[i] = dyf[i];
    }
    y = new double[n];
    dx = new double[n];
    f.forward(x, y);
  }

  /** y = f(x). */
  @Benchmark
  public void forward() {
    f.forward(x, y);
  }

  /** dx = dy ⊙ f'(x). */
  @Benchmark
  public void backward() {
    f.backward(x, y, dy, dx);
  }
}
