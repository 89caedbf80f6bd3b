package dev.activations.cli;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.Spec;
import dev.activations.plot.PropertyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that specifications name element-wise functions, for the commands that draw or analyse
 * f(x) one input at a time (plot, table). The library's own message for a row-wise name speaks
 * to programmers (it points at {@code Activations.rowwise}); on the command line the user needs
 * to hear why the command cannot take it.
 */
final class ElementwiseSpecs {
  private ElementwiseSpecs() {}

  /**
   * The functions that accuracy and bench go through without SPEC: every element-wise function
   * by its name (its default parameters), threshold with the property table's example (it has
   * no defaults), and gelu's tanh approximation after exact gelu, since it is a kernel of its
   * own.
   */
  static List<String> defaults() {
    // PropertyTable lists the element-wise functions in the registry's order, with an example
    // where a parameter is required; everything else is shortened to the bare name, which
    // builds the same function and reads better in a table.
    List<String> specs = new ArrayList<>();
    for (String spec : PropertyTable.defaultSpecs()) {
      String name = Spec.parse(spec).name();
      FunctionInfo info = Activations.describe(name);
      boolean required = info.parameters().stream().anyMatch(p -> p.required());
      specs.add(required ? spec : name);
      if (name.equals("gelu")) {
        specs.add("gelu(approximate=tanh)");
      }
    }
    return specs;
  }

  /**
   * Does nothing when every specification is element-wise.
   *
   * @param consequence what it means for the command, ending the message: "plot cannot draw
   *     it"
   * @throws IllegalArgumentException for the first specification that is not: the library's
   *     message (unknown name, bad parameter), or one saying that a row-wise function has no f(x)
   *     for single inputs
   */
  static void require(List<String> specs, String consequence) {
    for (String text : specs) {
      Spec spec = Spec.parse(text);
      if (spec.kind() == FunctionInfo.Kind.ROWWISE) {
        throw new IllegalArgumentException(spec.name() + " is row-wise: it maps a whole row of"
            + " inputs at once, not one input at a time, so " + consequence);
      }
    }
  }
}
