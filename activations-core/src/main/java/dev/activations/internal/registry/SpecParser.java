package dev.activations.internal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a specification {@code name(a, key=value, ...)} into its name and raw arguments.
 * Knows nothing about which names or parameters exist; {@link Registry} checks those.
 */
final class SpecParser {
  private SpecParser() {}

  /** One argument: {@code key} is null for a positional one. */
  record Argument(String key, String value) {}

  /** A parsed specification. */
  record Parsed(String name, List<Argument> arguments) {}

  static Parsed parse(String spec) {
    if (spec == null) {
      throw new IllegalArgumentException("specification is null");
    }
    String s = spec.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("specification is empty: expected a name such as relu"
          + " or leaky_relu(negative_slope=0.1)");
    }
    int open = s.indexOf('(');
    if (open < 0) {
      if (s.indexOf(')') >= 0 || s.indexOf(',') >= 0 || s.indexOf('=') >= 0) {
        throw new IllegalArgumentException("malformed specification '" + spec
            + "': parameters go in parentheses, as in leaky_relu(negative_slope=0.1)");
      }
      checkName(s, spec);
      return new Parsed(s, List.of());
    }
    if (!s.endsWith(")")) {
      throw new IllegalArgumentException(
          "malformed specification '" + spec + "': missing closing parenthesis");
    }
    String name = s.substring(0, open).strip();
    checkName(name, spec);
    String body = s.substring(open + 1, s.length() - 1);
    if (body.indexOf('(') >= 0 || body.indexOf(')') >= 0) {
      throw new IllegalArgumentException(
          "malformed specification '" + spec + "': unbalanced parentheses");
    }
    List<Argument> args = new ArrayList<>();
    if (body.isBlank()) {
      return new Parsed(name, args);
    }
    for (String part : body.split(",", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException(
            "malformed specification '" + spec + "': empty argument");
      }
      int eq = p.indexOf('=');
      if (eq < 0) {
        args.add(new Argument(null, unquote(p)));
      } else {
        String key = p.substring(0, eq).strip();
        String value = p.substring(eq + 1).strip();
        if (key.isEmpty() || value.isEmpty()) {
          throw new IllegalArgumentException(
              "malformed specification '" + spec + "': argument '" + p + "' needs key=value");
        }
        args.add(new Argument(key, unquote(value)));
      }
    }
    return new Parsed(name, args);
  }

  private static void checkName(String name, String spec) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "malformed specification '" + spec + "': the function name is missing");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        throw new IllegalArgumentException("malformed specification '" + spec
            + "': a function name has only letters, digits and '_'");
      }
    }
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith("\"") && v.endsWith("\"")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
