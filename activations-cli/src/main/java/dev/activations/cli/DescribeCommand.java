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

/**
 * {@code activations describe SPEC}: everything the registry knows about one function; given a
 * specification with parameters, also the value of each parameter in it.
 */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Describes one function: formula, derivative, range, parameters, conventions.",
      "%nParameters come with type, default, constraint and description; conventions say what"
          + " happens at kinks, infinities and NaN. Given a specification with parameters"
          + " (describe \"gelu(approximate=tanh)\"), the spec line is its canonical form and the"
          + " parameter table shows the value of each parameter in it.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or unknown name"})
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SPEC",
      description = "a function name, as 'activations list' shows, or a specification with"
          + " parameters, as in \"leaky_relu(negative_slope=0.1)\"")
  String name;

  @Override
  public Integer call() {
    FunctionInfo f;
    // the values given, or null when the argument is the bare name
    dev.activations.Spec given = null;
    try {
      given = dev.activations.Spec.parse(name);
      f = Activations.describe(given.name());
      if (given.name().equals(name.strip())) {
        given = null;
      }
    } catch (IllegalArgumentException notASpec) {
      // a bare name whose function has required parameters ("threshold") is no complete
      // specification, but it is a function to describe
      try {
        f = Activations.describe(name);
      } catch (IllegalArgumentException notAName) {
        throw new ParameterException(spec.commandLine(), notASpec.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(f.name() + " (" + ListCommand.kind(f.kind()) + ")\n");
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"spec:", given != null ? given.text() : specWithDefaults(f)});
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
      rows.add(given == null
          ? new String[] {"name", "type", "default", "constraint", "description"}
          : new String[] {"name", "type", "value", "default", "constraint", "description"});
      for (ParameterInfo p : f.parameters()) {
        String defaultText = p.required() ? ListCommand.REQUIRED : p.defaultValue();
        rows.add(given == null
            ? new String[] {
              p.name(), p.type(), defaultText, orDash(p.constraint()), orDash(p.description())}
            : new String[] {
              p.name(), p.type(), given.parameters().get(p.name()), defaultText,
              orDash(p.constraint()), orDash(p.description())});
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
