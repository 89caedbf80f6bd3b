package dev.activations.cli;

import dev.activations.Vectorization;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point of the {@code activations} command. */
public final class Main {
  private Main() {}

  /**
   * Runs the command named by the arguments and exits with its status: 0 success, 1 internal
   * failure, 2 bad usage or input.
   *
   * @param args the command line, for example {@code eval sigmoid 0}
   */
  public static void main(String[] args) {
    // plot and report draw with Java2D: headless, they need no display, and a JVM started over
    // SSH or in CI does not go looking for one. Set before any class touches AWT.
    System.setProperty("java.awt.headless", "true");
    // UTF-8 whatever the platform default: descriptions carry σ, ∞ and ≤, and JDK 17 would
    // otherwise follow a C locale into '?'.
    PrintWriter out = new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = checkVectorizationSetting(System.getProperty("activations.vectorization"), err);
    if (status != 0) {
      System.exit(status);
    }
    System.exit(run(args, System.in, out, err, isTerminal(2), isTerminal(0)));
  }

  /**
   * Runs one command line against the given streams and returns its exit status; {@link #main}
   * and the tests share it, so the tests see exactly what a user sees. Standard error is taken
   * not to be a terminal, as when it is redirected to a file.
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    return run(args, stdin, out, err, false);
  }

  /**
   * As {@link #run(String[], InputStream, PrintWriter, PrintWriter)}, saying whether standard
   * error is a terminal (where train draws a progress bar that redraws itself).
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err,
      boolean errIsTerminal) {
    return run(args, stdin, out, err, errIsTerminal, false);
  }

  /** As above, saying also whether standard input is a terminal (eval then says it waits). */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err,
      boolean errIsTerminal, boolean inIsTerminal) {
    CommandLine cmd = commandLine(stdin, errIsTerminal, inIsTerminal);
    cmd.setOut(out);
    cmd.setErr(err);
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Exit status 2 and one error line when the property activations.vectorization is set to
   * something other than auto, scalar or panama, or an integer property of the kernels
   * (activations.threads, activations.parallelThreshold, activations.spinMicros) to something
   * that is not a whole number in range; 0 otherwise (unset included). The library
   * itself falls back to auto on a bad value, which would let a typo such as "scaler" pass
   * unnoticed and every timing or accuracy figure be taken on a path the user did not ask for.
   */
  static int checkVectorizationSetting(String value, PrintWriter err) {
    String problem = value == null ? null : Vectorization.checkSetting(value);
    if (problem == null) {
      problem = Vectorization.checkNumberSettings();
    }
    String precision = System.getProperty("activations.precision");
    if (problem == null && precision != null) {
      problem = Vectorization.checkPrecisionSetting(precision);
    }
    if (problem == null) {
      return 0;
    }
    err.println(ErrorHandlers.PREFIX + ErrorHandlers.oneLine(problem));
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, false);
  }

  static CommandLine commandLine(InputStream stdin, boolean errIsTerminal) {
    return commandLine(stdin, errIsTerminal, false);
  }

  static CommandLine commandLine(InputStream stdin, boolean errIsTerminal,
      boolean inIsTerminal) {
    CommandLine cmd = new CommandLine(new ActivationsCommand(stdin, errIsTerminal,
        inIsTerminal));
    cmd.setParameterExceptionHandler(new ErrorHandlers.BadInput());
    cmd.setExecutionExceptionHandler(new ErrorHandlers.InternalFailure());
    // every numeric option reads numbers as eval does (nan, inf, -Infinity…), then checks its
    // own domain
    cmd.registerConverter(Double.class, new NumberText.OptionConverter());
    cmd.registerConverter(Double.TYPE, new NumberText.OptionConverter());
    // eval takes negative numbers (-1.5, -inf, -nan) as inputs; picocli would reject the ones
    // that do not parse as a Java number as unknown options. EvalCommand itself rejects
    // option-like inputs that are not numbers, so a mistyped option still fails clearly.
    cmd.getSubcommands().get("eval").setUnmatchedOptionsArePositionalParams(true);
    return cmd;
  }

  /** Whether standard error is a terminal ({@link #isTerminal(int)} of 2). */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /**
   * Whether a file descriptor (0 standard input, 2 standard error) is a terminal. Java 17 has
   * no direct test ({@code System.console()} looks at stdin and stdout together), so this reads
   * where Linux's /proc says the descriptor points; elsewhere, or when in doubt, it answers
   * false: train then prints plain lines, which suit a log file too, and eval waits silently.
   */
  static boolean isTerminal(int fd) {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
