package dev.activations.cli;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activations list}: every function, one line each. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists every function: name, kind and parameters with their defaults.",
      "%nOne line each, as in: leaky_relu  elementwise  negative_slope=0.01. The kind is"
          + " elementwise or rowwise; a parameter without a default shows as NAME=(required).",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage"})
final class ListCommand implements Callable<Integer> {
  static final String REQUIRED = "(required)";

  @Spec CommandSpec spec;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    List<String[]> rows = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      rows.add(new String[] {f.name(), kind(f.kind()), parameters(f)});
    }
    format.print(rows, spec.commandLine().getOut());
    return 0;
  }

  static String kind(FunctionInfo.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** {@code beta=1.0, threshold=20.0}: the parameters in declaration order, as in a spec. */
  static String parameters(FunctionInfo f) {
    List<String> parts = new ArrayList<>();
    for (ParameterInfo p : f.parameters()) {
      parts.add(p.name() + "=" + (p.required() ? REQUIRED : p.defaultValue()));
    }
    return String.join(", ", parts);
  }
}
