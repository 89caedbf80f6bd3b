package dev.activations.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code activations} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform default: descriptions carry σ, ∞ and ≤, and JDK 17 would
    // otherwise follow a C locale into '?'.
    PrintWriter out = new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs one command line against the given streams and returns its exit status; {@link #main}
   * and the tests share it, so the tests see exactly what a user sees.
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cmd = commandLine(stdin);
    cmd.setOut(out);
    cmd.setErr(err);
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(InputStream stdin) {
    CommandLine cmd = new CommandLine(new ActivationsCommand(stdin));
    cmd.setParameterExceptionHandler(new ErrorHandlers.BadInput());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.InternalFailure());
    // eval takes negative numbers (-1.5, -inf, -nan) as inputs; picocli would reject the ones
    // that do not parse as a Java number as unknown options. EvalCommand itself rejects
    // option-like inputs that are not numbers, so a mistyped option still fails clearly.
    cmd.getSubcommands().get("eval").setUnmatchedOptionsArePositionalParams(true);
    return cmd;
  }
}
