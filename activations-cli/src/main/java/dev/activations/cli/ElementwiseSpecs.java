package dev.activations.cli;

import dev.activations.Activations;
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
   * Does nothing when every specification is element-wise.
   *
   * @param consequence what it means for the command, ending the message: "plot cannot draw
   *     it"
   * @throws IllegalArgumentException for the first specification that is not: the library's
   *     message (unknown name, bad parameter), or one saying that a row-wise function has no f(x)
   *     for single inputs
   */
  static void require(List<String> specs, String consequence) {
    for (String spec : specs) {
      try {
        Activations.of(spec);
      } catch (IllegalArgumentException notElementwise) {
        String name;
        try {
          name = Activations.rowwise(spec).name();
        } catch (IllegalArgumentException notRowwise) {
          throw notElementwise;
        }
        throw new IllegalArgumentException(name + " is row-wise: it maps a whole row of inputs"
            + " at once, not one input at a time, so " + consequence);
      }
    }
  }
}
