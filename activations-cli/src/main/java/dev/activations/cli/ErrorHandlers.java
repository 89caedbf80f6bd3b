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
      StringBuilder line = new StringBuilder(PREFIX).append(ourWords(oneLine(ex.getMessage())));
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

  /**
   * picocli's own messages in the project's words and style (lower case, the option first):
   * "Invalid value for option '--lr': 'x' is not a number" becomes "--lr: 'x' is not a number",
   * "Missing required option: '--data=DATA'" becomes "missing required option --data=DATA";
   * a message of the project's own passes unchanged.
   */
  static String ourWords(String message) {
    for (String[] rule : REWRITES) {
      if (message.matches(rule[0])) {
        return message.replaceAll(rule[0], rule[1]);
      }
    }
    if (!message.isEmpty() && Character.isUpperCase(message.charAt(0))
        && (message.length() == 1 || !Character.isUpperCase(message.charAt(1)))) {
      return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message;
  }

  private static final String[][] REWRITES = {
    {"Invalid value for (?:option|positional parameter at index \\S+) '([^']+)': '([^']*)' is not an? (?:int|long|java\\.lang\\.Integer|java\\.lang\\.Long)(?: .*)?",
        "$1: '$2' is not a whole number"},
    {"Invalid value for (?:option|positional parameter at index \\S+) '([^']+)': (?:cannot convert '[^']*' to [A-Za-z.]+ \\((.*)\\)|(.*))",
        "$1: $2$3"},
    {"Missing required options?(?: and parameters?)?: (.*)", "missing required option $1"},
    {"Missing required parameters?: (.*)", "missing $1"},
    {"Unknown options?: (.*)", "unknown option $1"},
    {"Unmatched arguments? from index \\d+: (.*)", "unexpected argument $1"},
    {"Unmatched argument at index \\d+: (.*)", "unexpected argument $1"},
    {"Expected parameter for option '([^']+)' but found '([^']*)'",
        "$1 needs a value, but found '$2'"},
    {"Missing required parameter for option '([^']+)' \\((.*)\\)", "$1 needs a value ($2)"},
  };

  /** Messages from libraries may span lines; the contract is one line. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
