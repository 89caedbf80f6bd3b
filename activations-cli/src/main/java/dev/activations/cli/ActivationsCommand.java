package dev.activations.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; it only dispatches to its subcommands. */
@Command(
    name = "activations",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Activation functions for neural networks: exact forward and backward passes,"
        + " PyTorch-compatible.",
    subcommands = {ListCommand.class, DescribeCommand.class, EvalCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or input"})
final class ActivationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final InputStream stdin;

  ActivationsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input, injected so that tests can feed eval. */
  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing command: list, describe, eval or help");
  }
}
