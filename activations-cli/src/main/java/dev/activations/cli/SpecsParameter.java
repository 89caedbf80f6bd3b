package dev.activations.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * Mixin for commands that go through element-wise functions (accuracy, bench, table): the
 * positional {@code SPEC...}, none meaning every function.
 */
final class SpecsParameter {
  @Parameters(
      arity = "0..*",
      paramLabel = "SPEC",
      description = "element-wise functions and their parameters, as in relu or"
          + " leaky_relu(0.1); none: all")
  List<String> specs = new ArrayList<>();

  /** The specifications given, or {@code all} when none was. */
  List<String> orAll(List<String> all) {
    return specs.isEmpty() ? all : specs;
  }
}
