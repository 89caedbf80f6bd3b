package dev.activations.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How failures reach the user: bad usage or input is one line on stderr and exit status 2; an
 * internal failure is one line and exit status 1. Scripts read the status; people read the line.
 */
final class ErrorHandlers {
  static final String PREFIX = "activations: error: ";

  /** Set (for example through JAVA_OPTS) to get the stack trace of an internal failure. */
  static final String DEBUG_PROPERTY = "activations.debug";

  private ErrorHandlers() {}

  /** Parse errors and the ParameterExceptions that commands throw for bad input. */
  static final class BadInput implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      StringBuilder line = new StringBuilder(PREFIX).append(oneLine(ex.getMessage()));
      if (ex instanceof UnmatchedArgumentException u) {
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
          line.append(" (did you mean ").append(String.join(", ", suggestions)).append("?)");
        }
      }
      line.append("; see '").append(cmd.getCommandSpec().qualifiedName()).append(" --help'");
      PrintWriter err = cmd.getErr();
      err.println(line);
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
  }

  /** Anything a command did not expect: a bug, or a failure of the machine (I/O). */
  static final class InternalFailure implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      err.println("activations: internal error: " + oneLine(String.valueOf(ex)));
      if (Boolean.getBoolean(DEBUG_PROPERTY)) {
        ex.printStackTrace(err);
      }
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  /** Messages from libraries may span lines; the contract is one line. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
