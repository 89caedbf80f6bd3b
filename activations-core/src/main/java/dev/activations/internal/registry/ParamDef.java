package dev.activations.internal.registry;

import dev.activations.ParameterInfo;
import dev.activations.internal.math.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/** A declared parameter: its type, default, domain and how to read a raw value. */
public final class ParamDef {
  enum Type { FLOAT, INT, BOOL, CHOICE }

  final String name;
  final Type type;
  final String defaultText;
  final String constraint;
  final String description;
  private final DoublePredicate domain;
  private final List<String> choices;

  private ParamDef(String name, Type type, String defaultText, String constraint,
      String description, DoublePredicate domain, List<String> choices) {
    this.name = name;
    this.type = type;
    this.defaultText = defaultText;
    this.constraint = constraint;
    this.description = description;
    this.domain = domain;
    this.choices = choices;
  }

  /** A real parameter; {@code defaultText} null makes it required. */
  public static ParamDef real(String name, String defaultText, String constraint, DoublePredicate domain,
      String description) {
    return new ParamDef(name, Type.FLOAT, defaultText, constraint, description, domain, List.of());
  }

  public static ParamDef integer(String name, String defaultText, String constraint,
      DoublePredicate domain, String description) {
    return new ParamDef(name, Type.INT, defaultText, constraint, description, domain, List.of());
  }

  public static ParamDef bool(String name, String defaultText, String description) {
    return new ParamDef(name, Type.BOOL, defaultText, "true or false", description, v -> true,
        List.of());
  }

  public static ParamDef choice(String name, String defaultText, List<String> choices,
      String description) {
    return new ParamDef(name, Type.CHOICE, defaultText, "one of " + String.join(", ", choices),
        description, v -> true, List.copyOf(choices));
  }

  ParameterInfo info() {
    String t = switch (type) {
      case FLOAT -> "float";
      case INT -> "int";
      case BOOL -> "bool";
      case CHOICE -> "choice";
    };
    return new ParameterInfo(name, t, defaultText, constraint, description, choices);
  }

  /** Reads and validates a raw value; the message names function, parameter and constraint. */
  Object read(String function, String raw) {
    switch (type) {
      case FLOAT -> {
        double v = Numbers.parse(raw, function + " parameter " + name);
        if (Double.isNaN(v) || !domain.test(v)) {
          throw new IllegalArgumentException(function + " parameter " + name + " = " + raw
              + " is outside its domain: " + name + " must be " + constraint);
        }
        return v;
      }
      case INT -> {
        double v = Numbers.parse(raw, function + " parameter " + name);
        if (v != Math.rint(v) || Math.abs(v) > Long.MAX_VALUE / 2.0) {
          throw new IllegalArgumentException(
              function + " parameter " + name + " = " + raw + " is not an integer");
        }
        if (!domain.test(v)) {
          throw new IllegalArgumentException(function + " parameter " + name + " = " + raw
              + " is outside its domain: " + name + " must be " + constraint);
        }
        return (long) v;
      }
      case BOOL -> {
        String r = raw.toLowerCase(Locale.ROOT);
        if (r.equals("true")) {
          return Boolean.TRUE;
        }
        if (r.equals("false")) {
          return Boolean.FALSE;
        }
        throw new IllegalArgumentException(
            function + " parameter " + name + " = " + raw + " is not a boolean (true or false)");
      }
      case CHOICE -> {
        if (choices.contains(raw)) {
          return raw;
        }
        throw new IllegalArgumentException(function + " parameter " + name + " = " + raw
            + " is not allowed: " + name + " must be " + constraint
            + Registry.suggestion(raw, choices));
      }
      default -> throw new AssertionError(type);
    }
  }
}
