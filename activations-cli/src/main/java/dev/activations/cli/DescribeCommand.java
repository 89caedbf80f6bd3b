package dev.activations.cli;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activations describe NAME}: everything the registry knows about one function. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Describes one function: formula, derivative, range, parameters, conventions.",
      "%nParameters come with type, default, constraint and description; conventions say what"
          + " happens at kinks, infinities and NaN.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or unknown name"})
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "a function name, as 'activations list' shows")
  String name;

  @Override
  public Integer call() {
    FunctionInfo f;
    try {
      f = Activations.describe(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(f.name() + " (" + ListCommand.kind(f.kind()) + ")\n");
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"spec:", specWithDefaults(f)});
    facts.add(new String[] {"formula:", f.formula()});
    facts.add(new String[] {"derivative:", f.derivative()});
    facts.add(new String[] {"range:", f.range()});
    Tables.aligned(facts, "  ", out);

    out.print("parameters:");
    if (f.parameters().isEmpty()) {
      out.print(" none\n");
    } else {
      out.print("\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"name", "type", "default", "constraint", "description"});
      for (ParameterInfo p : f.parameters()) {
        rows.add(new String[] {
          p.name(),
          p.type(),
          p.required() ? ListCommand.REQUIRED : p.defaultValue(),
          orDash(p.constraint()),
          orDash(p.description())
        });
      }
      Tables.aligned(rows, "  ", out);
    }

    out.print("conventions:");
    if (f.conventions().isEmpty()) {
      out.print(" none\n");
    } else {
      out.print("\n");
      for (String c : f.conventions()) {
        out.print("  - " + c + "\n");
      }
    }
    return 0;
  }

  /** The spec with every default; a required parameter, which has none, shows as NAME=?. */
  static String specWithDefaults(FunctionInfo f) {
    if (f.parameters().isEmpty()) {
      return f.name();
    }
    List<String> parts = new ArrayList<>();
    for (ParameterInfo p : f.parameters()) {
      parts.add(p.name() + "=" + (p.required() ? "?" : p.defaultValue()));
    }
    return f.name() + "(" + String.join(", ", parts) + ")";
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
