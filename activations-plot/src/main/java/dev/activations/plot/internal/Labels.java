package dev.activations.plot.internal;

import dev.activations.Activation;
import dev.activations.Spec;
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
      Spec spec = specOf(f);
      if (spec != null) {
        spec.parameters().forEach((parameter, value) ->
            values.computeIfAbsent(parameter, k -> new HashSet<>()).add(value));
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

  /** The parsed specification, or null for a function the registry does not know. */
  private static Spec specOf(Activation f) {
    try {
      return Spec.parse(f.spec());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String of(Activation f, Set<String> alwaysShown) {
    Spec spec = specOf(f);
    if (spec == null) {
      return f.spec();
    }
    Map<String, String> changed = spec.nonDefaultParameters();
    List<String> kept = new ArrayList<>();
    spec.parameters().forEach((parameter, value) -> {
      if (alwaysShown.contains(parameter) || changed.containsKey(parameter)) {
        kept.add(parameter + "=" + value);
      }
    });
    return kept.isEmpty() ? f.name() : f.name() + "(" + String.join(", ", kept) + ")";
  }
}
