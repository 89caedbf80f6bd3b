package dev.activations.cli;

import dev.activations.plot.PairingTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code activations pairing [--format md|csv|html|json]}: the output-layer pairing of the
 * articles (M5) and its worked example, BCE on σ(x) against the fused bce_with_logits, from
 * {@link PairingTable}.
 */
@Command(
    name = "pairing",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints which last-layer activation goes with which loss, then a worked example.",
      "%nThe pairing: problem type, last-layer activation, PyTorch's loss and this library's"
          + " names. The example: BCE on sigmoid(x) against bce_with_logits(x) at x = ±10, ±30,"
          + " ±100, in float32 and float64 against the exact values, showing where the naive"
          + " pair loses precision or saturates and the fused form does not.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage"})
final class PairingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TableFormatOption format;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(format.format.render(PairingTable.tables()));
    return 0;
  }
}
