package dev.activations;

import dev.activations.internal.kernel.FastKernels;
import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.kernel.Kernels;
import dev.activations.internal.kernel.Parallel;
import dev.activations.internal.kernel.ReferenceKernels;
import dev.activations.internal.registry.Registry;

/**
 * Which float kernels run, and why. Every element-wise function has two implementations of its
 * float path that give bit-identical results: a scalar one, and one on the JDK's Vector API
 * ({@code jdk.incubator.vector}), several lanes per instruction.
 *
 * <p>The Vector API path is chosen when java runs with {@code --add-modules
 * jdk.incubator.vector}, the JIT is HotSpot's C2 and the preferred vector has at least 128 bits;
 * the system property {@code activations.vectorization} = {@code auto} (default), {@code scalar}
 * or {@code panama} forces a choice. Arrays of at least {@link #parallelThreshold()} elements are
 * split across {@link #threads()} threads (properties {@code activations.parallelThreshold},
 * default 65,536 and at least {@link #MIN_PARALLEL_THRESHOLD}, and {@code activations.threads},
 * default the number of processors).
 *
 * <p>The {@code double} arrays run on double kernels of the same path, scalar or Vector API,
 * which also agree bit for bit; the double-double reference of each function, slower and used
 * to check the kernels, is {@link #reference(String)}.
 */
public final class Vectorization {
  private Vectorization() {}

  /** The two implementations of the float kernels. */
  public enum Path {
    /** Plain Java loops; always available. */
    SCALAR,
    /** Vector API loops; needs {@code --add-modules jdk.incubator.vector} and C2. */
    PANAMA
  }

  /**
   * The path that {@link Activations#of(String)} uses.
   *
   * @return SCALAR or PANAMA, fixed when the library is first used
   */
  public static Path path() {
    return Kernels.PROVIDER == Kernels.scalar() ? Path.SCALAR : Path.PANAMA;
  }

  /**
   * Why that path was chosen.
   *
   * @return one sentence, for example the property setting or the missing module
   */
  public static String reason() {
    return Kernels.reason();
  }

  /**
   * Null if the path can run here, else why not.
   *
   * @param path the path to check
   * @return {@code null} where the path runs here, else a sentence saying why not
   */
  public static String unavailable(Path path) {
    return path == Path.SCALAR ? null : Kernels.panamaProblem();
  }

  /**
   * Bits of the preferred vector, 0 where the Vector API is unavailable.
   *
   * @return the width in bits (for example 256 with AVX2), or 0
   */
  public static int vectorBits() {
    return Kernels.vectorBits();
  }

  /**
   * Double lanes per vector (the float kernels compute in double), 0 without the Vector API.
   *
   * @return the double lanes of the preferred vector (4 for 256 bits), or 0
   */
  public static int lanes() {
    return Kernels.doubleLanes();
  }

  /**
   * Whether the kernels use fused multiply–add.
   *
   * @return true when fused multiply–add is in use
   */
  public static boolean fma() {
    return Kernels.fma();
  }

  /**
   * Threads a large array is split across.
   *
   * @return the thread count, ≥ 1
   */
  public static int threads() {
    return Parallel.THREADS;
  }

  /**
   * The least value of {@code activations.parallelThreshold}: a piece of fewer elements costs
   * more to hand to a thread than to compute. {@link #checkNumberSettings()} reports a smaller
   * setting; the library raises it to this value.
   */
  public static final int MIN_PARALLEL_THRESHOLD = Parallel.MIN_THRESHOLD;

  /**
   * The smallest array length that is split across threads: the property
   * {@code activations.parallelThreshold} (default 65,536), raised to
   * {@link #MIN_PARALLEL_THRESHOLD} if set lower.
   *
   * @return the threshold in elements, ≥ {@link #MIN_PARALLEL_THRESHOLD}
   */
  public static int parallelThreshold() {
    return Parallel.THRESHOLD;
  }

  /**
   * Microseconds an idle split thread waits for the next piece before it parks (property
   * {@code activations.spinMicros}, default 200).
   *
   * @return the wait in microseconds, ≥ 0
   */
  public static int spinMicros() {
    return Parallel.SPIN_MICROS;
  }

  /**
   * Null if {@code value} is a valid setting of the property {@code activations.vectorization}
   * ({@code auto}, {@code scalar} or {@code panama}), else a sentence naming the problem.
   *
   * @param value the property's text, not {@code null}; case and surrounding white space are
   *     ignored
   * @return {@code null} for a valid value, else the problem in one sentence
   */
  public static String checkSetting(String value) {
    return Kernels.checkSetting(value);
  }

  /** The integer properties of the kernels and the least value each accepts. */
  private static final String[][] NUMBER_PROPERTIES = {
    {"activations.threads", "1"},
    {"activations.parallelThreshold", String.valueOf(MIN_PARALLEL_THRESHOLD)},
    {"activations.spinMicros", "0"},
  };

  /**
   * Null if every integer property of the kernels that is set ({@code activations.threads},
   * {@code activations.parallelThreshold}, {@code activations.spinMicros}) holds a whole number
   * in range, else a sentence naming the first problem. The library itself uses the default for
   * a value it cannot read, so a command line checks this to report a typo instead.
   *
   * @return {@code null} when every setting is valid or unset, else the first problem in one
   *     sentence
   */
  public static String checkNumberSettings() {
    for (String[] p : NUMBER_PROPERTIES) {
      String value = System.getProperty(p[0]);
      if (value == null) {
        continue;
      }
      long least = Long.parseLong(p[1]);
      try {
        if (Integer.parseInt(value.trim()) >= least) {
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      return p[0] + " = '" + value + "' is not a whole number ≥ " + least;
    }
    return null;
  }

  /**
   * Builds an element-wise function whose float and double kernels run on the given path,
   * whatever the default; for comparing the paths.
   *
   * @param spec an element-wise specification, for example {@code "silu"}
   * @param path SCALAR or PANAMA
   * @return the function with EXACT float kernels on that path
   * @throws IllegalArgumentException as {@link Activations#of(String)}
   * @throws IllegalStateException if the path cannot run here, saying why
   */
  public static Activation of(String spec, Path path) {
    KernelProvider kernels = path == Path.SCALAR ? Kernels.scalar() : Kernels.panama();
    if (kernels == null) {
      throw new IllegalStateException("the panama path is unavailable: " + Kernels.panamaProblem());
    }
    return Registry.elementwise(spec, kernels);
  }

  /**
   * As {@link #of(String, Path)}, with float kernels of the given precision.
   *
   * @param spec an element-wise specification, for example {@code "silu"}
   * @param path SCALAR or PANAMA
   * @param precision EXACT or FAST
   * @return the function with float kernels of that precision on that path
   * @throws IllegalArgumentException as {@link Activations#of(String)}, or a null precision
   * @throws IllegalStateException if the path cannot run here, saying why
   */
  public static Activation of(String spec, Path path, Precision precision) {
    if (precision == null) {
      throw new IllegalArgumentException("precision is null: pass Precision.EXACT or Precision.FAST");
    }
    Activation exact = of(spec, path);
    if (precision == Precision.EXACT) {
      return exact;
    }
    KernelProvider kernels = path == Path.SCALAR ? Kernels.scalar() : Kernels.panama();
    return Registry.elementwise(spec, new FastKernels(kernels));
  }

  /**
   * Null if {@code value} is a valid setting of {@link Precision#PROPERTY} ({@code exact} or
   * {@code fast}), else a sentence naming the problem. The library keeps EXACT for a value it
   * cannot read, so a command line checks this to report a typo instead.
   *
   * @param value the property's text; case and surrounding white space are ignored
   * @return {@code null} for a valid value, else the problem in one sentence
   */
  public static String checkPrecisionSetting(String value) {
    return Kernels.checkPrecisionSetting(value);
  }

  /**
   * Builds an element-wise function with no kernels: its double results come from the library's
   * reference implementation (double-double arithmetic where it matters, within 2 ULP, slower)
   * and its float results are those rounded once. The yardstick the kernels are checked
   * against, as in {@code activations accuracy}.
   *
   * @param spec an element-wise specification, for example {@code "gelu"}
   * @return the reference implementation of that function
   * @throws IllegalArgumentException as {@link Activations#of(String)}
   */
  public static Activation reference(String spec) {
    return Registry.elementwise(spec, ReferenceKernels.INSTANCE);
  }
}
