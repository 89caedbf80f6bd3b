package dev.activations.plot.internal;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legend text for a function: its name, followed by the parameters that differ from their
 * defaults ({@code leaky_relu(negative_slope=0.1)}, {@code swish(beta=2.0)},
 * {@code gelu(approximate=tanh)}), so that legends stay short and still tell variants apart;
 * where one chart holds several variants of a function, the parameters that vary among them are
 * shown on every variant ({@code swish(beta=1.0)} beside {@code swish(beta=2.0)}).
 */
public final class Labels {
  private Labels() {}

  /** The label of f, showing the parameters that differ from their defaults. */
  public static String of(Activation f) {
    return of(f, Set.of());
  }

  /** The labels of functions drawn together. */
  public static List<String> of(List<Activation> functions) {
    Map<String, Map<String, Set<String>>> valuesByName = new HashMap<>();
    for (Activation f : functions) {
      Map<String, Set<String>> values = valuesByName.computeIfAbsent(f.name(),
          k -> new HashMap<>());
      for (String[] kv : parameters(f.spec())) {
        values.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1]);
      }
    }
    List<String> labels = new ArrayList<>();
    for (Activation f : functions) {
      Set<String> varying = new HashSet<>();
      valuesByName.get(f.name()).forEach((parameter, values) -> {
        if (values.size() > 1) {
          varying.add(parameter);
        }
      });
      labels.add(of(f, varying));
    }
    return labels;
  }

  private static List<String[]> parameters(String spec) {
    List<String[]> out = new ArrayList<>();
    int open = spec.indexOf('(');
    if (open < 0 || !spec.endsWith(")")) {
      return out;
    }
    for (String part : spec.substring(open + 1, spec.length() - 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.add(new String[] {part.substring(0, eq).strip(), part.substring(eq + 1).strip()});
      }
    }
    return out;
  }

  private static String of(Activation f, Set<String> alwaysShown) {
    String spec = f.spec();
    int open = spec.indexOf('(');
    if (open < 0 || !spec.endsWith(")")) {
      return spec;
    }
    FunctionInfo info;
    try {
      info = Activations.describe(f.name());
    } catch (IllegalArgumentException e) {
      return spec;
    }
    List<String> kept = new ArrayList<>();
    for (String part : spec.substring(open + 1, spec.length() - 1).split(",")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      String key = eq < 0 ? "" : p.substring(0, eq).strip();
      if (eq < 0 || alwaysShown.contains(key)
          || !isDefault(info, key, p.substring(eq + 1).strip())) {
        kept.add(p);
      }
    }
    return kept.isEmpty() ? f.name() : f.name() + "(" + String.join(", ", kept) + ")";
  }

  private static boolean isDefault(FunctionInfo info, String name, String value) {
    for (ParameterInfo p : info.parameters()) {
      if (p.name().equals(name) && p.defaultValue() != null) {
        if (p.defaultValue().equals(value)) {
          return true;
        }
        try {
          return Double.parseDouble(p.defaultValue()) == Double.parseDouble(value);
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return false;
  }
}
