package dev.activations.cli;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.Precision;
import dev.activations.Vectorization;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code activations accuracy [SPEC...] [--exhaustive] [--path scalar|panama] [--stride N]
 * [--precision exact|fast] [--threads N] [--format text|md|tsv]}: how far the float array kernels are from the correctly
 * rounded result, over a sweep of float bit patterns (all 2^32 with --exhaustive), value and
 * derivative, against the bars of the library's contract. The measurement is
 * {@link AccuracySweep}; this class reads the options and prints the report.
 */
@Command(
    name = "accuracy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Measures the float kernels against the library's double-precision reference, in ULPs,"
          + " for f(x) (forward) and f'(x) (backward with dy = 1). With --precision fast, the"
          + " FAST kernels against the EXACT ones of the same path (correctly rounded), with"
          + " FAST's bars: 3 ULP for values, 4 for derivatives.",
      "%nInputs: every N-th float bit pattern (--stride, default 257: about 16.7 million per"
          + " function) and the special values (±0, ±smallest subnormal, ±smallest normal, ±1,"
          + " ±largest, ±infinity, NaN); with --exhaustive, all 2^32 float bit patterns"
          + " (minutes per function).",
      "%nColumns: inputs checked, the largest error in ULPs and the input where it occurs, how"
          + " many are over 0.5 ULP and over the bar (1 ULP for values, 2 for derivatives, as"
          + " the library promises), NaN mismatches (exactly one of result and reference NaN),"
          + " ∞ mismatches (an infinity where the reference does not round to it), seconds."
          + " Near a zero crossing of f', the derivative's error counts in ULPs of max |f'|, as"
          + " the library's contract states; the report names those stretches.",
      "%nWithout SPEC: every element-wise function with its default parameters, and"
          + " gelu(approximate=tanh). The exit status is 0 even when a bar is exceeded; the last"
          + " line says whether all results were within the bars (text and md).",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success (the report was printed, within the bars or not)",
      "1:internal failure",
      "2:bad usage or input (unknown or row-wise function, unavailable path, bad number)"
    })
final class AccuracyCommand implements Callable<Integer> {
  static final long DEFAULT_STRIDE = 257;

  static final class StyleConverter implements ITypeConverter<StreamedTable.Style> {
    @Override
    public StreamedTable.Style convert(String value) {
      for (StreamedTable.Style s : StreamedTable.Style.values()) {
        if (s.toString().equals(value)) {
          return s;
        }
      }
      throw new TypeConversionException("expected text, md or tsv but was '" + value + "'");
    }
  }

  static final class StyleCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "md", "tsv").iterator();
    }
  }

  static final class PathConverter implements ITypeConverter<Vectorization.Path> {
    @Override
    public Vectorization.Path convert(String value) {
      for (Vectorization.Path p : Vectorization.Path.values()) {
        if (p.name().toLowerCase(Locale.ROOT).equals(value)) {
          return p;
        }
      }
      throw new TypeConversionException("expected scalar or panama but was '" + value + "'");
    }
  }

  static final class PathCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("scalar", "panama").iterator();
    }
  }

  @Spec CommandSpec spec;

  @ParentCommand ActivationsCommand parent;

  @Mixin SpecsParameter specs;

  @Option(
      names = "--exhaustive",
      description = "every one of the 2^32 float bit patterns (minutes per function)")
  boolean exhaustive;

  @Option(
      names = "--stride",
      paramLabel = "N",
      description = "check every N-th float bit pattern, N ≥ 1; default: 257")
  Long stride;

  @Option(
      names = "--path",
      paramLabel = "PATH",
      converter = PathConverter.class,
      completionCandidates = PathCandidates.class,
      description = "the float kernels to check: scalar or panama (the Vector API); default:"
          + " the path this JVM uses (see 'activations info')")
  Vectorization.Path path;

  @Mixin PrecisionOption precision;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "threads that share the sweep; default: the number of processors")
  Integer threads;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = StyleConverter.class,
      completionCandidates = StyleCandidates.class,
      description = "text (aligned columns), md (a Markdown table) or tsv (tab-separated, the"
          + " table only); default: ${DEFAULT-VALUE}",
      defaultValue = "text")
  StreamedTable.Style format = StreamedTable.Style.TEXT;

  /** A function to sweep: as the user wrote it, and built on the chosen path. */
  private record Target(String spec, Activation activation) {}

  @Override
  public Integer call() throws InterruptedException {
    long step = checkedStride();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > 1024) {
      throw usage("--threads must be between 1 and 1024 but was " + workers);
    }
    Vectorization.Path chosen = path == null ? Vectorization.path() : path;
    String unavailable = Vectorization.unavailable(chosen);
    if (unavailable != null) {
      throw usage("the " + name(chosen) + " path is unavailable: " + unavailable);
    }
    List<Target> targets = targets(specs.orAll(ElementwiseSpecs.defaults()),
        chosen);

    PrintWriter out = spec.commandLine().getOut();
    boolean withSpecials = step > 1;
    long inputs = AccuracySweep.patterns(step) + (withSpecials ? AccuracySweep.SPECIALS.length
        : 0);
    if (format != StreamedTable.Style.TSV) {
      preamble(out, chosen, step, inputs, workers);
    }
    StreamedTable table = table(targets, inputs, out);
    table.header();

    List<String> overTheBar = new ArrayList<>();
    List<String> relaxed = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
    try {
      for (Target t : targets) {
        for (AccuracySweep.Kind kind : AccuracySweep.Kind.values()) {
          long start = System.nanoTime();
          AccuracySweep.Relaxation relaxation = AccuracySweep.Relaxation.NONE;
          if (kind == AccuracySweep.Kind.DERIVATIVE) {
            relaxation = AccuracySweep.relaxation(t.activation());
            if (!relaxation.isEmpty()) {
              relaxed.add(String.format(Locale.ROOT, "%s on %s (max |f'| = %.6g)", t.spec(),
                  relaxation.describe(), relaxation.largest()));
            }
          }
          AccuracySweep.Stats s = AccuracySweep.sweep(t.activation(), kind, relaxation, step,
              withSpecials, pool, workers, progress(t.spec() + " " + kind));
          double seconds = (System.nanoTime() - start) / 1e9;
          clearProgress();
          table.row(t.spec(), kind.toString(), Long.toString(s.inputs),
              String.format(Locale.ROOT, "%.3f", s.maxUlp), s.worstInput(),
              Long.toString(s.overHalf), String.format(Locale.ROOT, "%.0f", s.bar),
              Long.toString(s.overBar), Long.toString(s.nanMismatches),
              Long.toString(s.infMismatches), String.format(Locale.ROOT, "%.2f", seconds));
          if (s.overTheBar()) {
            overTheBar.add(t.spec() + " " + kind);
          }
        }
      }
    } finally {
      clearProgress();
      pool.shutdownNow();
    }

    if (format != StreamedTable.Style.TSV) {
      String gap = format == StreamedTable.Style.MD ? "\n" : "";
      if (!relaxed.isEmpty()) {
        out.print(gap + "derivative relaxed near the zero crossings of f': "
            + String.join("; ", relaxed) + "\n");
      }
      out.print(gap + (overTheBar.isEmpty() ? "all within the bars"
          : "over the bar: " + String.join(", ", overTheBar)) + "\n");
    }
    out.flush();
    return 0;
  }

  private long checkedStride() {
    if (exhaustive) {
      if (stride != null && stride != 1) {
        throw usage("--exhaustive checks every bit pattern, so it takes no --stride");
      }
      return 1;
    }
    long s = stride == null ? DEFAULT_STRIDE : stride;
    if (s < 1 || s >= AccuracySweep.ALL_PATTERNS) {
      throw usage("--stride must be between 1 and 4294967295 but was " + s);
    }
    return s;
  }

  /**
   * Builds every function before any output, so that a bad SPEC fails at once with one line
   * instead of after minutes of sweeping the ones before it.
   */
  private List<Target> targets(List<String> texts, Vectorization.Path chosen) {
    try {
      ElementwiseSpecs.require(texts, "accuracy cannot compare it one input at a time");
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    List<Target> targets = new ArrayList<>();
    for (String text : texts) {
      Activation a;
      try {
        a = path == null ? Activations.of(text, precision.get())
            : Vectorization.of(text, chosen, precision.get());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw usage(e.getMessage());
      }
      if (a.name().equals("rrelu") && a.spec().contains("training=true")) {
        throw usage(text + " draws a random slope for each element, so its float kernels have"
            + " no fixed f(x) to compare with the reference; rrelu in evaluation mode does");
      }
      try {
        // the reference is the scalar double method; prelu with several channels has none
        a.value(0.0);
      } catch (IllegalStateException e) {
        throw usage(text + ": " + e.getMessage());
      }
      targets.add(new Target(text, a));
    }
    return targets;
  }

  private void preamble(PrintWriter out, Vectorization.Path chosen, long step, long inputs,
      int workers) {
    String which = step == 1
        ? "all " + AccuracySweep.ALL_PATTERNS + " float bit patterns"
        : "every " + ordinal(step) + " float bit pattern and "
            + AccuracySweep.SPECIALS.length + " special values";
    String gap = format == StreamedTable.Style.MD ? "\n" : "";
    boolean fast = precision.get() == Precision.FAST;
    out.print(precision.get().id() + " float kernels on the " + name(chosen) + " path against "
        + (fast ? "the exact float kernels (correctly rounded)" : "the double reference") + ": "
        + inputs + " inputs per function (" + which + "), " + workers + " thread"
        + (workers == 1 ? "" : "s") + "\n" + gap);
    out.print("max ulp: the largest error in float ULPs of the reference; for the derivative,"
        + " near a zero crossing of f' the error counts in ULPs of max |f'| (relaxed, as the"
        + " library's contract states); bars: value " + (fast ? "3" : "1") + " ULP, derivative "
        + (fast ? "4" : "2") + " ULP\n" + gap);
  }

  private StreamedTable table(List<Target> targets, long inputs, PrintWriter out) {
    int specWidth = 0;
    for (Target t : targets) {
      specWidth = Math.max(specWidth, t.spec().codePointCount(0, t.spec().length()));
    }
    int count = Long.toString(inputs).length();
    String[] headers = {"spec", "kind", "inputs", "max ulp", "worst input", "> 0.5 ulp", "bar",
      "over bar", "NaN mismatches", "∞ mismatches", "seconds"};
    int[] widths = {specWidth, 10, count, 8, 14, count, 3, count, 1, 1, 6};
    boolean[] right = {false, false, true, true, true, true, true, true, true, true, true};
    return new StreamedTable(format, headers, widths, right, out);
  }

  /** Percent done on a terminal's stderr, redrawn in place; nothing when it is not one. */
  private DoubleConsumer progress(String label) {
    if (!parent.errIsTerminal()) {
      return null;
    }
    PrintWriter err = spec.commandLine().getErr();
    return fraction -> {
      err.print(String.format(Locale.ROOT, "\r\033[Kaccuracy: %s %.0f%%", label,
          100 * fraction));
      err.flush();
    };
  }

  private void clearProgress() {
    if (parent.errIsTerminal()) {
      PrintWriter err = spec.commandLine().getErr();
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      // daemon: an interrupted run (Ctrl-C) must not wait for a sweep to finish
      Thread t = new Thread(r, "activations-accuracy-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static String name(Vectorization.Path p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static String ordinal(long n) {
    long lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch ((int) (n % 10)) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
