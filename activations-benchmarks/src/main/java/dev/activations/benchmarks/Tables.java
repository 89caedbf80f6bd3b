package dev.activations.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns JMH JSON results ({@code -rf json -rff FILE}) into the Markdown tables of
 * {@code docs/benchmarks.md}: time per element and the ratios to the baselines measured in the
 * same file. Each file is one run and gets its own tables: no ratio mixes two runs. Tables whose
 * benchmarks are missing from a file are left out, and so is a column with no value; a missing
 * cell is "—".
 *
 * <pre>java -cp benchmarks.jar dev.activations.benchmarks.Tables run1.json [run2.json ...]</pre>
 *
 * <p>Ratios: "× copy" is our time over {@code System.arraycopy}'s (issue 3's bar: ≤ 1.15 at
 * n = 16,777,216 for the functions with at most one exponential); "naive ÷ ours" and
 * "PyTorch ÷ ours" are the baseline's time over ours, that is our speed-up (bars ≥ 10 and
 * ≥ 1.5 for the exp/tanh/erf-based functions). PyTorch's backward alone is estimated as its
 * forward-and-backward minus its forward, both from the same file.
 */
public final class Tables {
  private Tables() {}

  /** One score: nanoseconds per operation, with its 99.9% half-width. */
  private record Score(double ns, double error) {}

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final TreeSet<Integer> sizes = new TreeSet<>();

  /**
   * Reads the files and prints every table it can fill.
   *
   * @param args one or more JMH result files in JSON; none prints the usage and exits with status 2
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Tables RESULT.json [RESULT.json ...]");
      System.exit(2);
    }
    // one file is one JMH run: ratios are only ever taken within a file, never across runs
    for (String a : args) {
      Tables t = new Tables();
      t.read(Path.of(a));
      System.out.println("<!-- tables from " + Path.of(a).getFileName() + " -->");
      System.out.println();
      t.print(System.out);
    }
  }

  private void read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonArray results = JsonParser.parseReader(r).getAsJsonArray();
      for (JsonElement e : results) {
        JsonObject o = e.getAsJsonObject();
        String name = o.get("benchmark").getAsString();
        name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        JsonObject params = o.has("params") ? o.getAsJsonObject("params") : new JsonObject();
        String fn = params.has("fn") ? params.get("fn").getAsString() : "";
        // our scalar path and the pooled runs are further benchmarks of their own
        if (params.has("path") && !params.get("path").getAsString().equals("auto")) {
          name += "@" + params.get("path").getAsString();
        }
        if (params.has("precision") && params.get("precision").getAsString().equals("fast")) {
          name += "@fast";
        }
        if (params.has("threads") && params.get("threads").getAsInt() != 1) {
          name += "@threads" + params.get("threads").getAsInt();
        }
        int n = params.has("n") ? params.get("n").getAsInt() : 0;
        if (n > 0) {
          sizes.add(n);
        }
        JsonObject metric = o.getAsJsonObject("primaryMetric");
        double factor = nanosPer(metric.get("scoreUnit").getAsString());
        double error = metric.get("scoreError").isJsonPrimitive()
            ? metric.get("scoreError").getAsDouble() : Double.NaN;
        scores.put(key(name, fn, n),
            new Score(metric.get("score").getAsDouble() * factor, error * factor));
      }
    }
  }

  private static double nanosPer(String unit) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException("unexpected unit " + unit
            + " (the tables need the average-time mode)");
    }
  }

  private static String key(String benchmark, String fn, int n) {
    return benchmark + "|" + fn + "|" + n;
  }

  private Score get(String benchmark, String fn, int n) {
    if (benchmark.startsWith("TorchActivationBenchmark.") && !TORCH_FUNCTIONS.contains(fn)) {
      // a result of an older build for a function that is no longer a fair PyTorch baseline
      return null;
    }
    return scores.get(key(benchmark, fn, n));
  }

  /** The functions {@link TorchActivationBenchmark} measures now. */
  private static final List<String> TORCH_FUNCTIONS = TorchActivationBenchmark.FUNCTIONS;

  private void print(PrintStream out) {
    List<String> functions = functions();
    for (int n : sizes) {
      if (hasAny("ActivationBenchmark.forward", n)) {
        forwardTable(out, functions, n);
      }
      if (hasAny("ActivationBenchmark.backward", n)) {
        backwardTable(out, functions, n);
      }
      if (hasAny("ActivationBenchmark.forward@fast", n)
          || hasAny("ActivationBenchmark.backward@fast", n)) {
        precisionTable(out, functions, n);
      }
      if (hasAny("TwoThreadBenchmark.forward", n) || hasAny("TwoThreadBenchmark.backward", n)) {
        twoThreadTable(out, functions, n);
      }
      if (hasAny("ActivationBenchmark.forward@threads2", n)
          || hasAny("ActivationBenchmark.backward@threads2", n)) {
        poolTable(out, functions, n);
      }
      if (hasAny("DoubleBenchmark.forward", n) || hasAny("DoubleBenchmark.backward", n)) {
        doubleTable(out, functions, n);
      }
    }
    trainingTable(out);
  }

  private boolean hasAny(String benchmark, int n) {
    String prefix = benchmark + "|";
    String suffix = "|" + n;
    return scores.keySet().stream().anyMatch(k -> k.startsWith(prefix) && k.endsWith(suffix));
  }

  private void forwardTable(PrintStream out, List<String> functions, int n) {
    Score copy = get("CopyBenchmark.arraycopy", "", n);
    Score clone = get("CopyBenchmark.torchClone", "", n);
    boolean naive = hasAny("NaiveBenchmark.forward", n);
    boolean torch = hasAny("TorchActivationBenchmark.forward", n);
    boolean scalar = hasAny("ActivationBenchmark.forward@scalar", n);
    out.printf(Locale.ROOT, "### Forward, one thread, n = %,d%n%n", n);
    out.printf(Locale.ROOT, "Memory limit: System.arraycopy %s ns/element; PyTorch clone "
        + "(allocation + copy) %s ns/element.%n%n", perElement(copy, n), perElement(clone, n));
    out.println("| function | ours ns/element | × copy |"
        + (scalar ? " our scalar path ns/element | scalar ÷ ours |" : "")
        + (naive ? " naive ns/element | naive ÷ ours |" : "")
        + (torch ? " PyTorch ns/element | PyTorch ÷ ours |" : ""));
    out.println("|---|---:|---:|" + (scalar ? "---:|---:|" : "") + (naive ? "---:|---:|" : "")
        + (torch ? "---:|---:|" : ""));
    for (String fn : functions) {
      Score ours = get("ActivationBenchmark.forward", fn, n);
      Score naiveScore = get("NaiveBenchmark.forward", fn, n);
      Score torchScore = get("TorchActivationBenchmark.forward", fn, n);
      if (ours == null && torchScore == null) {
        continue;
      }
      out.printf(Locale.ROOT, "| %s | %s | %s |", fn, perElementWithError(ours, n),
          ratio(ours, copy));
      if (scalar) {
        Score s = get("ActivationBenchmark.forward@scalar", fn, n);
        out.printf(Locale.ROOT, " %s | %s |", perElement(s, n), ratio(s, ours));
      }
      if (naive) {
        out.printf(Locale.ROOT, " %s | %s |", perElement(naiveScore, n), ratio(naiveScore, ours));
      }
      if (torch) {
        out.printf(Locale.ROOT, " %s | %s |", perElement(torchScore, n), ratio(torchScore, ours));
      }
      out.println();
    }
    out.println();
  }

  private void backwardTable(PrintStream out, List<String> functions, int n) {
    Score copy = get("CopyBenchmark.arraycopy", "", n);
    // our forward+backward against PyTorch's only when both of our passes are in this run
    boolean both = hasAny("ActivationBenchmark.forward", n)
        && hasAny("TorchActivationBenchmark.forwardBackward", n);
    boolean naive = hasAny("NaiveBenchmark.backward", n);
    boolean torch = hasAny("TorchActivationBenchmark.forwardBackward", n);
    boolean scalar = hasAny("ActivationBenchmark.backward@scalar", n);
    out.printf(Locale.ROOT, "### Backward, one thread, n = %,d%n%n", n);
    out.printf(Locale.ROOT, "Memory limit: System.arraycopy %s ns/element (a backward pass "
        + "reads two or three arrays and writes one).%n%n", perElement(copy, n));
    out.println("| function | ours ns/element | × copy |"
        + (scalar ? " our scalar path ns/element | scalar ÷ ours |" : "")
        + (naive ? " naive ns/element | naive ÷ ours |" : "")
        + (torch ? " PyTorch fwd+bwd ns/element | PyTorch bwd (est.) ns/element"
            + " | PyTorch bwd ÷ ours |" : "")
        + (both ? " PyTorch fwd+bwd ÷ ours fwd+bwd |" : ""));
    out.println("|---|---:|---:|" + (scalar ? "---:|---:|" : "") + (naive ? "---:|---:|" : "")
        + (torch ? "---:|---:|---:|" : "") + (both ? "---:|" : ""));
    for (String fn : functions) {
      Score ours = get("ActivationBenchmark.backward", fn, n);
      if (ours == null) {
        continue;
      }
      Score naiveScore = get("NaiveBenchmark.backward", fn, n);
      Score torchBoth = get("TorchActivationBenchmark.forwardBackward", fn, n);
      Score torchForward = get("TorchActivationBenchmark.forward", fn, n);
      Score torchBackward = torchBoth == null || torchForward == null ? null
          : new Score(torchBoth.ns - torchForward.ns, Double.NaN);
      out.printf(Locale.ROOT, "| %s | %s | %s |", fn, perElementWithError(ours, n),
          ratio(ours, copy));
      if (scalar) {
        Score s = get("ActivationBenchmark.backward@scalar", fn, n);
        out.printf(Locale.ROOT, " %s | %s |", perElement(s, n), ratio(s, ours));
      }
      if (naive) {
        out.printf(Locale.ROOT, " %s | %s |", perElement(naiveScore, n), ratio(naiveScore, ours));
      }
      if (torch) {
        out.printf(Locale.ROOT, " %s | %s | %s |", perElement(torchBoth, n),
            perElement(torchBackward, n), ratio(torchBackward, ours));
      }
      if (both) {
        Score oursForward = get("ActivationBenchmark.forward", fn, n);
        Score oursBoth = oursForward == null ? null
            : new Score(ours.ns + oursForward.ns, Double.NaN);
        out.printf(Locale.ROOT, " %s |", ratio(torchBoth, oursBoth));
      }
      out.println();
    }
    out.println();
  }

  /** EXACT and FAST side by side, each against the copy and PyTorch of the same run. */
  private void precisionTable(PrintStream out, List<String> functions, int n) {
    Score copy = get("CopyBenchmark.arraycopy", "", n);
    out.printf(Locale.ROOT, "### EXACT and FAST, one thread, n = %,d%n%n", n);
    out.printf(Locale.ROOT, "Memory limit: System.arraycopy %s ns/element. PyTorch's backward"
        + " is estimated as its forward+backward − forward.%n%n", perElement(copy, n));
    out.println("| function | exact fwd ns/element | fast fwd ns/element | exact ÷ fast |"
        + " fast × copy | naive ÷ fast | PyTorch ÷ exact | PyTorch ÷ fast |"
        + " exact bwd ns/element | fast bwd ns/element | exact ÷ fast | naive bwd ÷ fast |"
        + " PyTorch bwd ÷ exact | PyTorch bwd ÷ fast |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String fn : functions) {
      Score ef = get("ActivationBenchmark.forward", fn, n);
      Score ff = get("ActivationBenchmark.forward@fast", fn, n);
      Score eb = get("ActivationBenchmark.backward", fn, n);
      Score fb = get("ActivationBenchmark.backward@fast", fn, n);
      if (ff == null && fb == null) {
        continue;
      }
      Score tf = get("TorchActivationBenchmark.forward", fn, n);
      Score tboth = get("TorchActivationBenchmark.forwardBackward", fn, n);
      Score tb = tboth == null || tf == null ? null : new Score(tboth.ns - tf.ns, Double.NaN);
      Score nf = get("NaiveBenchmark.forward", fn, n);
      Score nb = get("NaiveBenchmark.backward", fn, n);
      out.printf(Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          fn, perElement(ef, n), perElementWithError(ff, n), ratio(ef, ff), ratio(ff, copy),
          ratio(nf, ff), ratio(tf, ef), ratio(tf, ff), perElement(eb, n),
          perElementWithError(fb, n), ratio(eb, fb), ratio(nb, fb), ratio(tb, eb), ratio(tb, fb));
    }
    out.println();
  }

  private void twoThreadTable(PrintStream out, List<String> functions, int n) {
    out.printf(Locale.ROOT, "### Two threads (one array in two halves), n = %,d%n%n", n);
    Score copy1 = get("CopyBenchmark.arraycopy", "", n);
    Score copy2 = get("TwoThreadBenchmark.arraycopy", "", n);
    speedUpTable(out, functions, n, "TwoThreadBenchmark.forward", "TwoThreadBenchmark.backward",
        String.format(Locale.ROOT, "| (System.arraycopy) | %s | %s | %s | | | |%n",
            perElement(copy1, n), perElement(copy2, n), ratio(copy1, copy2)));
  }

  private void poolTable(PrintStream out, List<String> functions, int n) {
    out.printf(Locale.ROOT, "### The library's pool: activations.threads = 1 and 2, n = %,d%n%n",
        n);
    speedUpTable(out, functions, n, "ActivationBenchmark.forward@threads2",
        "ActivationBenchmark.backward@threads2", "");
  }

  /** One thread (ActivationBenchmark) against the given two-thread benchmarks, per function. */
  private void speedUpTable(PrintStream out, List<String> functions, int n, String forward2,
      String backward2, String firstRow) {
    out.println("| function | 1 thread fwd ns/element | 2 threads fwd ns/element | speed-up "
        + "| 1 thread bwd ns/element | 2 threads bwd ns/element | speed-up |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    out.print(firstRow);
    for (String fn : functions) {
      Score f1 = get("ActivationBenchmark.forward", fn, n);
      Score f2 = get(forward2, fn, n);
      Score b1 = get("ActivationBenchmark.backward", fn, n);
      Score b2 = get(backward2, fn, n);
      if (f2 == null && b2 == null) {
        continue;
      }
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", fn, perElement(f1, n),
          perElement(f2, n), ratio(f1, f2), perElement(b1, n), perElement(b2, n),
          ratio(b1, b2));
    }
    out.println();
  }

  /** The double kernels against our scalar double kernels and the reference, per pass. */
  private void doubleTable(PrintStream out, List<String> functions, int n) {
    out.printf(Locale.ROOT, "### double, one thread, n = %,d%n%n", n);
    out.println("| function | pass | ours ns/element | our scalar path ns/element "
        + "| scalar ÷ ours | reference ns/element | reference ÷ ours |");
    out.println("|---|---|---:|---:|---:|---:|---:|");
    for (String fn : functions) {
      for (String pass : new String[] {"forward", "backward"}) {
        Score ours = get("DoubleBenchmark." + pass, fn, n);
        if (ours == null) {
          continue;
        }
        Score s = get("DoubleBenchmark." + pass + "@scalar", fn, n);
        Score r = get("DoubleBenchmark." + pass + "@reference", fn, n);
        out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", fn, pass,
            perElementWithError(ours, n), perElement(s, n), ratio(s, ours), perElement(r, n),
            ratio(r, ours));
      }
    }
    out.println();
  }

  private void trainingTable(PrintStream out) {
    Score ours = get("TrainingBenchmark.activations", "", 0);
    Score torch = get("TrainingBenchmark.pytorch", "", 0);
    if (ours == null && torch == null) {
      return;
    }
    int rows = Mnist.data().rows();
    out.printf(Locale.ROOT, "### Training, one thread: [784, 100, 10] relu, softmax "
        + "cross-entropy, SGD, batch %d, %,d examples per epoch%n%n", Mnist.BATCH, rows);
    out.println("| | ms/epoch | examples/s | ours ÷ PyTorch (throughput) |");
    out.println("|---|---:|---:|---:|");
    out.printf(Locale.ROOT, "| activations-nn | %s | %s | %s |%n", millis(ours),
        examplesPerSecond(ours, rows), ratio(torch, ours));
    out.printf(Locale.ROOT, "| PyTorch (DJL) | %s | %s | 1 |%n", millis(torch),
        examplesPerSecond(torch, rows));
    out.println();
  }

  /** The functions in the order of {@link ActivationBenchmark}'s parameter, then any others. */
  private List<String> functions() {
    List<String> order = new ArrayList<>(Functions.elementwise());
    for (String k : scores.keySet()) {
      String fn = k.split("\\|", -1)[1];
      if (!fn.isEmpty() && !order.contains(fn)) {
        order.add(fn);
      }
    }
    return order;
  }

  private static String perElement(Score s, int n) {
    return s == null ? "—" : format(s.ns / n);
  }

  private static String perElementWithError(Score s, int n) {
    if (s == null) {
      return "—";
    }
    if (Double.isNaN(s.error)) {
      return format(s.ns / n);
    }
    return format(s.ns / n) + " ± " + format(s.error / n);
  }

  /** a's time over b's. */
  private static String ratio(Score a, Score b) {
    if (a == null || b == null || b.ns <= 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.2f", a.ns / b.ns);
  }

  private static String millis(Score s) {
    return s == null ? "—" : String.format(Locale.ROOT, "%.0f", s.ns / 1e6);
  }

  private static String examplesPerSecond(Score s, int rows) {
    return s == null ? "—" : String.format(Locale.ROOT, "%,.0f", rows / (s.ns / 1e9));
  }

  /** Three significant digits, plain notation. */
  private static String format(double v) {
    if (v == 0 || Double.isNaN(v)) {
      return String.valueOf(v);
    }
    int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(v))));
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
