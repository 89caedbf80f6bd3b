package dev.activations.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks jar's entry point: JMH's command line, with one addition. The benchmarks of
 * functions declare their {@code fn} parameter with the one value {@link #ALL}, which this
 * command replaces: each takes, unless {@code -p fn=...} narrows it, the functions it can run:
 * {@link ActivationBenchmark} and {@link TwoThreadBenchmark} every element-wise function of the
 * registry ({@link Functions#elementwise()}), {@link NaiveBenchmark} those with a textbook loop
 * ({@link NaiveKernel}), {@link TorchActivationBenchmark} those PyTorch offers through DJL. With
 * {@code -p fn=...}, each runs the named functions it has, so that a run of celu starts no
 * PyTorch fork that could only fail.
 *
 * <p>JMH sets one value list per parameter name for a whole run, so the command runs JMH once for
 * the benchmarks without such a list (the copy, double, training benchmarks) and once per
 * benchmark class above that the patterns select, one after the other in the same process, and
 * writes all results into one result file ({@code -rf}/{@code -rff}, as JMH would).
 * {@code -h}, {@code -l} and the other listing options are JMH's own.
 */
public final class Main {
  private Main() {}

  /**
   * The annotated value of every {@code fn} parameter (JMH's annotation processor asks for one):
   * "the functions this benchmark can run", which {@link #main} puts in its place. Run through
   * JMH's own main class, a benchmark given it fails at once, naming no function.
   */
  static final String ALL = "all";

  private static final String PACKAGE = Main.class.getPackageName() + ".";

  /** Benchmark class → the functions it runs by default. */
  private static final Map<Class<?>, Supplier<List<String>>> FUNCTIONS = new LinkedHashMap<>();

  static {
    FUNCTIONS.put(ActivationBenchmark.class, Functions::elementwise);
    FUNCTIONS.put(NaiveBenchmark.class, NaiveKernel::specs);
    FUNCTIONS.put(TorchActivationBenchmark.class, () -> TorchActivationBenchmark.FUNCTIONS);
    FUNCTIONS.put(TwoThreadBenchmark.class, Functions::elementwise);
  }

  /**
   * Runs the benchmarks the command line selects.
   *
   * @param args JMH's options and benchmark patterns ({@code -h} lists them)
   * @throws RunnerException when a benchmark run fails as a whole
   * @throws IOException when the result file cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    CommandLineOptions cmd;
    try {
      cmd = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams()
        || cmd.shouldListProfilers() || cmd.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    List<String> asked = cmd.getParameter("fn").hasValue()
        ? new ArrayList<>(cmd.getParameter("fn").get()) : null;
    List<RunResult> results = new ArrayList<>();
    boolean any = false;
    // the benchmarks without a function list: every class above excluded
    ChainedOptionsBuilder rest = new OptionsBuilder().parent(cmd);
    for (Class<?> c : FUNCTIONS.keySet()) {
      rest.exclude("^" + Pattern.quote(PACKAGE + c.getSimpleName() + "."));
    }
    any |= run(rest, results);
    for (Map.Entry<Class<?>, Supplier<List<String>>> e : FUNCTIONS.entrySet()) {
      List<String> fns = new ArrayList<>(e.getValue().get());
      if (asked != null) {
        fns.retainAll(asked);
      }
      if (fns.isEmpty()) {
        continue;
      }
      ChainedOptionsBuilder only = new OptionsBuilder().parent(cmd)
          .exclude("^(?!" + Pattern.quote(PACKAGE + e.getKey().getSimpleName() + ".") + ")")
          .param("fn", fns.toArray(String[]::new));
      any |= run(only, results);
    }
    if (!any) {
      System.err.println("No matching benchmarks. Miss-spelled regexp?");
      System.exit(1);
    }
    // each run above wrote its own results to the file: it gets all of them
    if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
      ResultFormatType type = cmd.getResultFormat().orElse(Defaults.RESULT_FORMAT);
      String file = cmd.getResult().orElse(
          Defaults.RESULT_FILE_PREFIX + "." + type.toString().toLowerCase(java.util.Locale.ROOT));
      ResultFormatFactory.getInstance(type, file).writeOut(results);
    }
  }

  /** One JMH run, unless the options select no benchmark; false then. */
  private static boolean run(ChainedOptionsBuilder builder, List<RunResult> into)
      throws RunnerException {
    Options options = builder.build();
    List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
    OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    if (BenchmarkList.defaultList().find(silent, includes, options.getExcludes()).isEmpty()) {
      return false;
    }
    Collection<RunResult> r = new Runner(options).run();
    into.addAll(r);
    return true;
  }
}
