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
        + " PyTorch-compatible; their plots, tables and report, and a small network to train.",
    subcommands = {
      ListCommand.class,
      DescribeCommand.class,
      EvalCommand.class,
      PlotCommand.class,
      TableCommand.class,
      PairingCommand.class,
      ReportCommand.class,
      TrainCommand.class,
      ExperimentCommand.class,
      InfoCommand.class,
      AccuracyCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or input"})
final class ActivationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final InputStream stdin;
  private final boolean errIsTerminal;
  private final boolean inIsTerminal;

  ActivationsCommand(InputStream stdin) {
    this(stdin, false);
  }

  ActivationsCommand(InputStream stdin, boolean errIsTerminal) {
    this(stdin, errIsTerminal, false);
  }

  ActivationsCommand(InputStream stdin, boolean errIsTerminal, boolean inIsTerminal) {
    this.stdin = stdin;
    this.errIsTerminal = errIsTerminal;
    this.inIsTerminal = inIsTerminal;
  }

  /**
   * Whether standard input is a terminal, decided by {@link Main} (tests choose): eval then says
   * on stderr that it reads numbers until the end of input, instead of waiting silently.
   */
  boolean inIsTerminal() {
    return inIsTerminal;
  }

  /** Standard input, injected so that tests can feed eval. */
  InputStream stdin() {
    return stdin;
  }

  /**
   * Whether standard error is a terminal, decided by {@link Main} (tests choose): train then
   * redraws a progress bar in place; otherwise it prints one plain line per epoch.
   */
  boolean errIsTerminal() {
    return errIsTerminal;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing command: list, describe, eval, plot, table, pairing, report, train, experiment,"
            + " info, accuracy, bench, serve or help");
  }
}
