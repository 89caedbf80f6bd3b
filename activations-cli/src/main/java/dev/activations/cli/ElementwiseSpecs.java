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
   * by its name (its default parameters) followed by the other values of its choice parameters,
   * each a kernel of its own (gelu, then gelu(approximate=tanh): {@link FunctionInfo#kernelForms}),
   * and threshold with the property table's example (it has no defaults).
   */
  static List<String> defaults() {
    // PropertyTable lists the element-wise functions in the registry's order, with an example
    // where a parameter is required
    List<String> specs = new ArrayList<>();
    for (String spec : PropertyTable.defaultSpecs()) {
      List<String> forms = Activations.describe(Spec.parse(spec).name()).kernelForms();
      if (forms.isEmpty()) {
        specs.add(spec);
      } else {
        specs.addAll(forms);
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
