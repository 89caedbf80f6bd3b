package dev.activations.benchmarks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
 * PyTorch 2.7.1's CPU kernels through DJL 0.36, one thread, on the arrays of
 * {@link ActivationBenchmark} (same values, as float32 tensors).
 *
 * <h2>What is timed</h2>
 * DJL exposes no in-place or {@code out=} form of any activation, so every call allocates its
 * result tensor, and the scores include that allocation (and its release); {@link CopyBenchmark}
 * {@code torchClone} measures allocation plus copy alone, PyTorch's floor. The JNI call costs
 * about a microsecond, a fraction of a percent at n = 262,144.
 *
 * <h2>Which functions</h2>
 * Those DJL reaches: one ATen kernel each for sigmoid, tanh, relu, leaky_relu, elu, selu, gelu
 * (exact), softplus and softsign; silu (sigmoid, then a product), mish (softplus, tanh, product)
 * and relu6 (relu, then a minimum) are composed from those kernels, which is what a DJL user
 * gets. DJL's own {@code Activation.mish} computes x·tanh(log2(1 + eˣ)), not mish, and is not
 * used. Hardtanh is left out: DJL's {@code clip} turns its bounds into two tensors on every call
 * and never frees them, so a benchmark of it measures that leak more than the clamp.
 *
 * <h2>Backward</h2>
 * {@link #forwardBackward} runs the forward pass under autograd on a fresh leaf that shares x's
 * storage, then {@code backward(dy)}: PyTorch's own derivative kernels, as training calls them.
 * DJL offers no backward without its forward, so the backward alone is estimated as
 * {@code forwardBackward − forward} of the same run (see {@link Tables}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class TorchActivationBenchmark {

  /** The registry names whose functions DJL reaches: {@link Main}'s default for {@link #fn}. */
  static final List<String> FUNCTIONS = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu",
      "selu", "gelu", "softplus", "softsign", "silu", "mish", "relu6");

  /** One of {@link #FUNCTIONS}; {@link Main} gives them all, or those of {@code -p fn=...}. */
  @Param({Main.ALL})
  public String fn;

  /** Array length. */
  @Param({"4096", "262144", "16777216"})
  public int n;

  private NDManager manager;
  private UnaryOperator<NDArray> f;
  private NDArray x;
  private NDArray dy;

  /** Loads PyTorch and copies the inputs into tensors. */
  @Setup(Level.Trial)
  public void setup() {
    manager = Torch.manager();
    f = function(fn);
    x = manager.create(Inputs.x(n));
    dy = manager.create(Inputs.dy(n));
  }

  /** Frees every tensor. */
  @TearDown(Level.Trial)
  public void tearDown() {
    manager.close();
  }

  /** y = f(x), y allocated by PyTorch and freed at once. */
  @Benchmark
  public void forward() {
    f.apply(x).close();
  }

  /** Forward under autograd, then backward with dy: dx lands in the leaf's gradient. */
  @Benchmark
  public void forwardBackward() {
    NDArray leaf = x.stopGradient(); // a new tensor on x's storage, no copy: no gradient yet
    // autograd on for this thread, as a GradientCollector would switch it, whose backward
    // would seed with ones: the engine call takes dy
    JniUtils.setGradMode(true);
    try {
      leaf.setRequiresGradient(true);
      NDArray y = f.apply(leaf);
      JniUtils.backward((PtNDArray) y, (PtNDArray) dy, false, false);
      y.close();
    } finally {
      JniUtils.setGradMode(false);
    }
    leaf.close(); // frees dx with it
  }

  /** The DJL form of a function; intermediates of composed functions are freed at once. */
  static UnaryOperator<NDArray> function(String fn) {
    switch (fn) {
      case "sigmoid":
        return Activation::sigmoid;
      case "tanh":
        return NDArray::tanh;
      case "relu":
        return Activation::relu;
      case "leaky_relu":
        return a -> Activation.leakyRelu(a, 0.01f);
      case "elu":
        return a -> Activation.elu(a, 1f);
      case "selu":
        return Activation::selu;
      case "gelu":
        return Activation::gelu;
      case "softplus":
        return Activation::softPlus;
      case "softsign":
        return Activation::softSign;
      case "silu":
        return a -> {
          try (NDArray s = Activation.sigmoid(a)) {
            return a.mul(s);
          }
        };
      case "mish":
        return a -> {
          try (NDArray sp = Activation.softPlus(a); NDArray t = sp.tanh()) {
            return a.mul(t);
          }
        };
      case "relu6":
        return a -> {
          try (NDArray r = Activation.relu(a)) {
            return r.minimum(6f);
          }
        };
      default:
        throw new IllegalArgumentException("no PyTorch form of " + fn + " through DJL");
    }
  }
}
