package dev.activations.cli;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.Vectorization;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code activations bench [SPEC...] [--size N] [--backward] [--seconds S]}: a quick look at the
 * float kernels' speed on this machine, against the scalar path and against a plain
 * {@code System.arraycopy} of the same array, the floor any element-wise pass pays in memory
 * traffic. A rough guide, not a benchmark harness: the published figures come from JMH in
 * activations-benchmarks.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Times the float kernels on arrays of N(0, 3²) values (fixed seed): the default path,"
          + " the scalar path and System.arraycopy of the same array, side by side. Each is"
          + " warmed up until the JIT has compiled it, then the best of 5 rounds of repeated"
          + " calls is kept, in nanoseconds per element.",
      "%nColumns: ns/elem on the default path and on the scalar path; × arraycopy, the default"
          + " path's time over the copy's (lower is better; a pass cannot beat reading and"
          + " writing the array); speed-up, the scalar time over the default path's. Arrays of"
          + " at least the parallel threshold are split across the library's threads (see"
          + " 'activations info'); arraycopy runs on one.",
      "%nWarm-up is not part of --seconds: the Vector API kernels run thousands of times slower"
          + " until C2 has compiled them, which takes up to a second or two per kernel on a"
          + " small machine. Without SPEC: every element-wise function with its default"
          + " parameters, and gelu(approximate=tanh). For published figures use JMH"
          + " (activations-benchmarks).",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure",
      "2:bad usage or input (unknown or row-wise function, bad size or time)"
    })
final class BenchCommand implements Callable<Integer> {
  static final int MAX_SIZE = 1 << 24;
  static final long SEED = 20240607L;
  static final int ROUNDS = 5;

  /**
   * Elements per call while the kernel is compiled: below the parallel threshold, so that it
   * runs on this thread, and short, since HotSpot compiles a method with C2 only after some
   * hundreds of calls, each of which runs slowly until then.
   */
  static final int WARM_UP_LENGTH = 256;

  /** A warm-up window: long enough for several calls, short enough to stop soon after C2. */
  static final long WINDOW_NANOS = 10_000_000;

  /** Give up waiting for a steady rate after this long per measurement, and say so. */
  static final long MAX_WARM_UP_NANOS = 3_000_000_000L;

  /**
   * Short calls before the rate can count as steady: HotSpot's C2 takes a method only after
   * some hundreds of invocations, and until then a profiled C1 loop can look steady too.
   */
  static final long MIN_WARM_UP_CALLS = 1000;

  /**
   * Bytes allocated per call above which a kernel is taken to be still interpreted or in C1:
   * there the Vector API boxes every vector on the heap; compiled by C2, it allocates nothing.
   */
  static final double MAX_BYTES_PER_CALL = 64;

  @Spec CommandSpec spec;

  @Mixin FormatOption format;

  @Mixin PrecisionOption precision;

  @Mixin SpecsParameter specs;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "elements per array, 1 to 16777216; default: ${DEFAULT-VALUE}",
      defaultValue = "262144")
  int size = 262_144;

  @Option(names = "--backward", description = "time backward too, with dy of N(0, 1) values")
  boolean backward;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "measuring time per function, after its warm-up, split among its"
          + " measurements; more than 0, at most 60; default: ${DEFAULT-VALUE}",
      defaultValue = "0.3")
  double seconds = 0.3;

  /** One function: as the user wrote it, on the default path and on the scalar path. */
  private record Target(String spec, Activation ours, Activation scalar, int warmUpLength) {}

  /** A pass over the first {@code length} elements of the arrays. */
  private interface Pass {
    void run(int length);
  }

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final List<String> unsteady = new ArrayList<>();

  @Override
  public Integer call() {
    if (size < 1 || size > MAX_SIZE) {
      throw usage("--size must be between 1 and " + MAX_SIZE + " but was " + size);
    }
    if (!(seconds > 0 && seconds <= 60)) {
      throw usage("--seconds must be more than 0 and at most 60 but was " + seconds);
    }
    float[] x = new float[size];
    float[] y = new float[size];
    float[] dy = new float[size];
    float[] dx = new float[size];
    Random random = new Random(SEED);
    for (int i = 0; i < size; i++) {
      x[i] = (float) (3 * random.nextGaussian());
      dy[i] = (float) random.nextGaussian();
    }
    List<Target> targets = targets(specs.orAll(ElementwiseSpecs.defaults()), x, y,
        dy, dx);

    PrintWriter out = spec.commandLine().getOut();
    boolean text = format.format == FormatOption.Format.TEXT;
    if (text) {
      int threshold = Vectorization.parallelThreshold();
      out.print("default path " + Vectorization.path().name().toLowerCase(Locale.ROOT) + ", "
          + size + " elements per array, "
          + (size >= threshold
              ? "split across " + Vectorization.threads() + " threads (at least the parallel"
                  + " threshold of " + threshold + ")"
              : "on one thread (below the parallel threshold of " + threshold + ")")
          + "; best of " + ROUNDS + " rounds after warm-up\n");
    }
    int specWidth = 0;
    for (Target t : targets) {
      specWidth = Math.max(specWidth, t.spec().codePointCount(0, t.spec().length()));
    }
    StreamedTable table = new StreamedTable(
        text ? StreamedTable.Style.TEXT : StreamedTable.Style.TSV,
        new String[] {"spec", "pass", "ns/elem (default path)", "ns/elem (scalar path)",
          "× arraycopy", "speed-up over scalar"},
        new int[] {specWidth, 8, 7, 7, 6, 6},
        new boolean[] {false, false, true, true, true, true}, out);
    table.header();

    // measurements per function: ours, scalar and the copy, for each pass
    long budget = (long) (seconds * 1e9 / (backward ? 6 : 3));
    for (Target t : targets) {
      Activation ours = t.ours();
      Activation scalar = t.scalar();
      int warm = t.warmUpLength();
      table.row(row(t.spec(), "forward",
          time(t.spec() + " forward", n -> ours.forward(x, 0, y, 0, n), warm, budget),
          time(t.spec() + " forward (scalar)", n -> scalar.forward(x, 0, y, 0, n), warm,
              budget),
          time("arraycopy", n -> System.arraycopy(x, 0, y, 0, n), warm, budget)));
      if (backward) {
        // y as training passes it; refreshed, since the copy above overwrote it
        ours.forward(x, 0, y, 0, size);
        table.row(row(t.spec(), "backward",
            time(t.spec() + " backward", n -> ours.backward(x, 0, y, 0, dy, 0, dx, 0, n), warm,
                budget),
            time(t.spec() + " backward (scalar)",
                n -> scalar.backward(x, 0, y, 0, dy, 0, dx, 0, n), warm, budget),
            time("arraycopy", n -> System.arraycopy(dy, 0, dx, 0, n), warm, budget)));
      }
    }
    if (text) {
      if (!unsteady.isEmpty()) {
        out.print("not steady after " + MAX_WARM_UP_NANOS / 1_000_000_000L + " s of warm-up"
            + " (still getting faster, or allocating on every call as Vector API code does until"
            + " C2 compiles it), so less reliable: " + String.join(", ", unsteady) + "\n");
      }
      out.print("a quick estimate on this machine; the published figures come from JMH in"
          + " activations-benchmarks\n");
    }
    out.flush();
    return 0;
  }

  /**
   * Builds both paths of every function and runs each pass once before any timing, so that a
   * bad SPEC, or an array length the function cannot take (prelu's channels), fails at once
   * with one line.
   */
  private List<Target> targets(List<String> texts, float[] x, float[] y, float[] dy,
      float[] dx) {
    try {
      ElementwiseSpecs.require(texts, "bench cannot time it as an element-wise pass");
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    int shortLength = Math.min(size,
        Math.min(WARM_UP_LENGTH, Math.max(1, Vectorization.parallelThreshold() - 1)));
    List<Target> targets = new ArrayList<>();
    for (String text : texts) {
      Activation ours;
      Activation scalar;
      try {
        ours = Activations.of(text, precision.get());
        scalar = Vectorization.of(text, Vectorization.Path.SCALAR, precision.get());
        for (Activation a : List.of(ours, scalar)) {
          a.forward(x, 0, y, 0, size);
          a.backward(x, 0, y, 0, dy, 0, dx, 0, size);
        }
      } catch (IllegalArgumentException e) {
        throw usage(text + " cannot be timed on " + size + " elements: " + e.getMessage());
      }
      int warm = shortLength;
      try {
        ours.forward(x, 0, y, 0, warm);
      } catch (IllegalArgumentException e) {
        // prelu's channels may not divide the short length; warm up on the whole array
        warm = size;
      }
      targets.add(new Target(text, ours, scalar, warm));
    }
    return targets;
  }

  /**
   * Nanoseconds per element of one pass over the whole array: warmed up (see
   * {@link #warmUp}), then each of {@link #ROUNDS} rounds repeats the call for its share of
   * the budget, and the fastest round is kept, the one least disturbed by the machine.
   */
  private double time(String label, Pass pass, int warmUpLength, long budget) {
    long deadline = System.nanoTime() + MAX_WARM_UP_NANOS;
    // first short calls, until the kernel is compiled; then whole arrays, whose split across
    // the library's threads has code of its own to compile
    boolean steady = warmUp(pass, warmUpLength, MIN_WARM_UP_CALLS, true, deadline);
    if (steady && size > warmUpLength) {
      steady = warmUp(pass, size, 10, false, deadline);
    }
    if (!steady && !unsteady.contains(label)) {
      unsteady.add(label);
    }
    long round = Math.max(1, budget / ROUNDS);
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < ROUNDS; r++) {
      long calls = 0;
      long start = System.nanoTime();
      long now;
      do {
        pass.run(size);
        calls++;
        now = System.nanoTime();
      } while (now - start < round);
      best = Math.min(best, (now - start) / ((double) calls * size));
    }
    return best;
  }

  /**
   * Runs the pass on {@code length} elements, in windows of 10 ms (at least one call each),
   * until it stops getting faster: two windows in a row no more than 10% faster than the
   * fastest before them, after at least {@code minCalls} calls, and, when asked, allocating
   * (almost) nothing. A fixed number of calls would not do: the Vector API kernels run a
   * thousand times slower until C2 has compiled them, and how long that takes depends on the
   * machine and on what else the JIT has queued.
   *
   * @param checkAllocation whether to require no allocation: only meaningful when the calls
   *     run on this thread, below the parallel threshold
   * @return false if the pass was still getting faster at the deadline
   */
  private boolean warmUp(Pass pass, int length, long minCalls, boolean checkAllocation,
      long deadline) {
    long calls = 0;
    int steady = 0;
    double fastest = Double.POSITIVE_INFINITY;
    while (System.nanoTime() < deadline) {
      long bytes = allocatedBytes();
      long t0 = System.nanoTime();
      long c = 0;
      long now;
      do {
        pass.run(length);
        c++;
        now = System.nanoTime();
      } while (now - t0 < WINDOW_NANOS);
      calls += c;
      double perElement = (now - t0) / ((double) c * length);
      double bytesPerCall = (allocatedBytes() - bytes) / (double) c;
      boolean ok = calls >= minCalls && perElement >= 0.9 * fastest
          && (!checkAllocation || bytesPerCall <= MAX_BYTES_PER_CALL);
      steady = ok ? steady + 1 : 0;
      fastest = Math.min(fastest, perElement);
      if (steady >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Bytes this thread has allocated, where the JVM tells (HotSpot does); else 0. */
  private long allocatedBytes() {
    if (threads instanceof com.sun.management.ThreadMXBean hotspot
        && hotspot.isThreadAllocatedMemorySupported()
        && hotspot.isThreadAllocatedMemoryEnabled()) {
      return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return 0;
  }

  private static String[] row(String spec, String pass, double ours, double scalar,
      double copy) {
    return new String[] {spec, pass, fixed(ours), fixed(scalar),
      String.format(Locale.ROOT, "%.2f", ours / copy),
      String.format(Locale.ROOT, "%.2f", scalar / ours)};
  }

  /** Three significant digits at least, so that fast kernels do not print as 0.0. */
  private static String fixed(double ns) {
    return ns >= 10 ? String.format(Locale.ROOT, "%.1f", ns)
        : String.format(Locale.ROOT, "%.3f", ns);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
