package dev.activations.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.activations.Precision;
import dev.activations.Vectorization;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code activations info [--format text|json]}: which implementation of the float kernels this
 * JVM runs and why, so that a user comparing timings or results between machines can see at
 * once whether both ran the Vector API path.
 */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints how the float and double kernels run on this JVM: the implementation (scalar or"
          + " panama, the Vector API) and why it was chosen, the vector width, fused"
          + " multiply-add, the JDK, and the threads that large arrays are split across.",
      "%nText: one 'key: value' line each. JSON: one object with the keys implementation,"
          + " reason, vector_bits, double_lanes, fma (boolean), jdk, threads,"
          + " parallel_threshold (the length from which arrays are split, as the library uses it:"
          + " activations.parallelThreshold, default 65536, at least 1024), spin_micros,"
          + " vectorization_property (null when unset) and"
          + " precision (the process default: exact or fast, from activations.precision).",
      "%nThe panama path needs java started with --add-modules jdk.incubator.vector; the system"
          + " property activations.vectorization (auto, scalar or panama) forces a choice.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage"})
final class InfoCommand implements Callable<Integer> {

  /** How info prints. */
  enum Format {
    TEXT,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected text or json but was '" + value + "'");
    }
  }

  static final class FormatCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "json").iterator();
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatCandidates.class,
      description = "text (key: value lines) or json (one object); default: ${DEFAULT-VALUE}",
      defaultValue = "text")
  Format format = Format.TEXT;

  /** One fact: its text key, its JSON key, and its value (String, Integer or Boolean). */
  record Entry(String key, String jsonKey, Object value) {}

  /** {@code "key": value}, one member per line. */
  private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Entry> entries = entries();
    if (format == Format.JSON) {
      out.print(json(entries) + "\n");
    } else {
      for (Entry e : entries) {
        out.print(e.key() + ": " + text(e) + "\n");
      }
    }
    return 0;
  }

  private static List<Entry> entries() {
    String property = System.getProperty("activations.vectorization");
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("implementation", "implementation",
        Vectorization.path().name().toLowerCase(Locale.ROOT)));
    entries.add(new Entry("reason", "reason", Vectorization.reason()));
    entries.add(new Entry("vector bits", "vector_bits", Vectorization.vectorBits()));
    entries.add(new Entry("double lanes", "double_lanes", Vectorization.lanes()));
    entries.add(new Entry("fma", "fma", Vectorization.fma()));
    entries.add(new Entry("jdk", "jdk", System.getProperty("java.version") + " ("
        + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vm.vendor")
        + ")"));
    entries.add(new Entry("threads", "threads", Vectorization.threads()));
    entries.add(new Entry("parallel threshold", "parallel_threshold",
        Vectorization.parallelThreshold()));
    entries.add(new Entry("spin", "spin_micros", Vectorization.spinMicros()));
    entries.add(new Entry("property activations.vectorization", "vectorization_property",
        property));
    entries.add(new Entry("precision", "precision", Precision.defaultPrecision().id()));
    return entries;
  }

  private static String text(Entry e) {
    Object v = e.value();
    if (e.jsonKey().equals("vectorization_property")) {
      return v == null ? "auto (unset)" : (String) v;
    }
    if (v instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (e.jsonKey().equals("threads")) {
      return v + " (for arrays of at least the parallel threshold)";
    }
    if (e.jsonKey().equals("parallel_threshold")) {
      return v + " elements";
    }
    if (e.jsonKey().equals("spin_micros")) {
      return v + " µs (an idle split thread waits this long for the next piece, then parks)";
    }
    return String.valueOf(v);
  }

  /** One JSON object, the entries' JSON keys in order. */
  static String json(List<Entry> entries) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (Entry e : entries) {
      members.put(e.jsonKey(), e.value());
    }
    try {
      return JSON.writeValueAsString(members);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the facts cannot be written as JSON", e);
    }
  }
}
