package dev.activations.web.internal;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/functions}: the registry as JSON, every function with its parameters
 * exactly as core declares them (name, type, default, domain in words, description), plus the
 * control the page draws for each, derived here from the type, the default and the domain:
 *
 * <ul>
 *   <li>float: a slider. Its lower end is 0 when the domain says {@code ≥ 0}, a small positive
 *       number when it says {@code > 0}, otherwise −max(3, 3|default|); its upper end is
 *       max(3, 3|default|). The field beside it takes any value: the slider is a convenience,
 *       the domain is checked by core.
 *   <li>int: a number field, starting at the default (1 for a required one).
 *   <li>bool: a check box; choice: a select of the listed choices.
 * </ul>
 *
 * A required parameter (threshold's {@code threshold} and {@code value}) starts at 0.
 */
final class FunctionCatalog {
  private FunctionCatalog() {}

  /** Every function (element-wise first), as the API returns it. */
  static List<Map<String, Object>> all() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FunctionInfo f : Activations.all()) {
      out.add(function(f));
    }
    return out;
  }

  static Map<String, Object> function(FunctionInfo f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("kind", f.kind() == FunctionInfo.Kind.ELEMENTWISE ? "elementwise" : "rowwise");
    m.put("defaultSpec", f.defaultSpec());
    m.put("formula", f.formula());
    m.put("derivative", f.derivative());
    m.put("range", f.range());
    m.put("conventions", f.conventions());
    List<Map<String, Object>> params = new ArrayList<>();
    for (ParameterInfo p : f.parameters()) {
      params.add(parameter(p));
    }
    m.put("parameters", params);
    return m;
  }

  static Map<String, Object> parameter(ParameterInfo p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("type", p.type());
    m.put("default", p.defaultValue());
    m.put("required", p.required());
    m.put("domain", p.constraint());
    m.put("description", p.description());
    m.put("control", control(p));
    return m;
  }

  private static Map<String, Object> control(ParameterInfo p) {
    Map<String, Object> c = new LinkedHashMap<>();
    switch (p.type()) {
      case "float" -> {
        double d = p.required() ? 0 : Double.parseDouble(p.defaultValue());
        double span = Math.max(3, 3 * Math.abs(d));
        String domain = p.constraint();
        double lo = domain.contains("> 0") ? Math.min(0.01, d / 10) : domain.contains("≥ 0") ? 0
            : -span;
        c.put("kind", "slider");
        c.put("min", lo);
        c.put("max", span);
        c.put("step", span / 300);
        c.put("initial", d);
      }
      case "int" -> {
        c.put("kind", "integer");
        c.put("initial", p.required() ? 1 : Long.parseLong(p.defaultValue()));
      }
      case "bool" -> {
        c.put("kind", "checkbox");
        c.put("initial", Boolean.parseBoolean(p.defaultValue()));
      }
      default -> {
        c.put("kind", "select");
        c.put("choices", p.choices());
        c.put("initial", p.defaultValue());
      }
    }
    return c;
  }
}
