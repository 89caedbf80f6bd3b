package dev.activations.benchmarks;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions the library's benchmarks run when the command line names none, read from the
 * registry so that a function added to the library is measured without an edit here: every
 * element-wise function with its defaults, in the registry's order, each followed by the other
 * forms its choice parameters select ({@code gelu(approximate=tanh)}). Functions with a required
 * parameter ({@code threshold}) have no defaults to run and are left out.
 */
final class Functions {
  private Functions() {}

  /** Registry names (a function at its defaults) and {@code name(choice=value)} forms. */
  static List<String> elementwise() {
    List<String> specs = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      if (f.kind() == FunctionInfo.Kind.ELEMENTWISE) {
        specs.addAll(f.kernelForms());
      }
    }
    return List.copyOf(specs);
  }
}
