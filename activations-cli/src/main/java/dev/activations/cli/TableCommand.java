package dev.activations.cli;

import dev.activations.plot.PropertyTable;
import dev.activations.plot.Table;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code activations table [SPEC...] [--format md|csv|html|json] [--cost]}: the property table of the
 * articles (M11), one row per function, every property computed from the implementation by
 * {@link PropertyTable}.
 */
@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints the property table: one row per function, each property computed numerically"
          + " from the implementation.",
      "%nColumns: formula, derivative, range, zero-centred, monotonic, f' monotonic, saturation,"
          + " continuity, f(0), f'(0), max |f'| and where, identity near 0, sparsity on N(0, 1)"
          + " input, minimum, learnable parameters. Without SPEC: every element-wise function"
          + " with its default parameters (threshold with an example). --cost adds the forward"
          + " time relative to relu.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or unknown function"})
final class TableCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TableFormatOption format;

  @Mixin SpecsParameter specs;

  @Option(
      names = "--cost",
      description = "add a column with each function's forward time relative to relu, from a"
          + " short timing run on this machine (about a second more)")
  boolean cost;

  @Override
  public Integer call() {
    Table table;
    try {
      ElementwiseSpecs.require(specs.specs, "the table cannot analyse it");
      List<String> chosen = specs.orAll(PropertyTable.defaultSpecs());
      table = PropertyTable.of(chosen);
      if (cost) {
        table = PropertyTable.withCost(table, chosen);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(format.format.render(table));
    return 0;
  }
}
