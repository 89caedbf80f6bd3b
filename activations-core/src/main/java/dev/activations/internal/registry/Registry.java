package dev.activations.internal.registry;

import dev.activations.Activation;
import dev.activations.ActivationFunction;
import dev.activations.FunctionInfo;
import dev.activations.Names;
import dev.activations.RowwiseActivation;
import dev.activations.internal.function.Catalog;
import dev.activations.internal.kernel.KernelProvider;
import dev.activations.internal.kernel.Kernels;
import dev.activations.internal.math.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Name → definition; turns specifications into functions with clear errors. */
public final class Registry {
  private static final Map<String, Def> DEFS = new LinkedHashMap<>();

  static {
    for (Def d : Catalog.definitions()) {
      DEFS.put(d.name, d);
    }
  }

  private Registry() {}

  public static Activation elementwise(String spec) {
    return elementwise(spec, Kernels.provider(Kernels.PRECISION));
  }

  /** An element-wise function whose float arrays run on the given kernels. */
  public static Activation elementwise(String spec, KernelProvider kernels) {
    ActivationFunction f = build(spec, kernels);
    if (f instanceof Activation a) {
      return a;
    }
    String name = f.name();
    throw new IllegalArgumentException(name + " is row-wise (it works on whole rows, not on single"
        + " elements): build it with Activations.rowwise(\"" + name + "\")");
  }

  public static RowwiseActivation rowwise(String spec) {
    ActivationFunction f = build(spec);
    if (f instanceof RowwiseActivation r) {
      return r;
    }
    String name = f.name();
    throw new IllegalArgumentException(
        name + " is element-wise: build it with Activations.of(\"" + name + "\")");
  }

  public static List<FunctionInfo> infos() {
    List<FunctionInfo> out = new ArrayList<>();
    for (Def d : DEFS.values()) {
      out.add(d.info());
    }
    return List.copyOf(out);
  }

  public static FunctionInfo info(String name) {
    return def(name == null ? "" : name.strip()).info();
  }

  /** Builds whatever the specification names: an Activation or a RowwiseActivation. */
  public static ActivationFunction build(String spec) {
    return build(spec, Kernels.PROVIDER);
  }

  /**
   * A specification resolved against its definition: every parameter in declaration order with
   * its value as canonical text, and whether that value is the parameter's default.
   */
  public record Resolved(String name, FunctionInfo.Kind kind, List<String> keys,
      List<String> values, List<Boolean> defaults) {}

  /** Parses and validates a specification without building the function. */
  public static Resolved resolve(String spec) {
    SpecParser.Parsed parsed = SpecParser.parse(spec);
    Def def = def(parsed.name());
    Map<String, Object> values = values(def, parsed);
    List<String> keys = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Boolean> defaults = new ArrayList<>();
    for (ParamDef p : def.params) {
      Object v = values.get(p.name);
      keys.add(p.name);
      texts.add(v instanceof Double d ? Numbers.format(d) : String.valueOf(v));
      defaults.add(p.defaultText != null && p.read(def.name, p.defaultText).equals(v));
    }
    return new Resolved(def.name, def.kind, List.copyOf(keys), List.copyOf(texts),
        List.copyOf(defaults));
  }

  /** Builds whatever the specification names, with the given float kernels. */
  public static ActivationFunction build(String spec, KernelProvider kernels) {
    SpecParser.Parsed parsed = SpecParser.parse(spec);
    Def def = def(parsed.name());
    Args args = new Args(values(def, parsed), kernels);
    return def.factory.apply(args);
  }

  /** Every parameter's validated value, defaults filled in; runs the cross-parameter check. */
  private static Map<String, Object> values(Def def, SpecParser.Parsed parsed) {
    Map<String, String> raw = new HashMap<>();
    int position = 0;
    boolean sawKeyword = false;
    for (SpecParser.Argument a : parsed.arguments()) {
      String key = a.key();
      if (key == null) {
        if (sawKeyword) {
          throw new IllegalArgumentException(def.name + ": positional argument '" + a.value()
              + "' follows a keyword argument");
        }
        if (position >= def.params.size()) {
          throw new IllegalArgumentException(def.name + " takes " + def.params.size()
              + " parameter" + (def.params.size() == 1 ? "" : "s")
              + (def.params.isEmpty() ? "" : " (" + String.join(", ", def.paramNames()) + ")")
              + " but more were given");
        }
        key = def.params.get(position++).name;
      } else {
        sawKeyword = true;
        if (!def.paramNames().contains(key)) {
          String valid = def.params.isEmpty()
              ? def.name + " has no parameters"
              : "valid parameters of " + def.name + ": " + String.join(", ", def.paramNames());
          throw new IllegalArgumentException("unknown parameter '" + key + "' for " + def.name
              + suggestion(key, def.paramNames()) + "; " + valid);
        }
      }
      if (raw.put(key, a.value()) != null) {
        throw new IllegalArgumentException(def.name + ": parameter " + key + " is given twice");
      }
    }
    Map<String, Object> values = new HashMap<>();
    for (ParamDef p : def.params) {
      String text = raw.get(p.name);
      if (text == null) {
        if (p.defaultText == null) {
          throw new IllegalArgumentException(def.name + " needs parameter " + p.name + " ("
              + p.description + "), as in " + example(def));
        }
        text = p.defaultText;
      }
      values.put(p.name, p.read(def.name, text));
    }
    if (def.check != null) {
      def.check.accept(new Args(values, Kernels.PROVIDER));
    }
    return values;
  }

  private static String example(Def def) {
    StringBuilder sb = new StringBuilder(def.name).append('(');
    String sep = "";
    for (ParamDef p : def.params) {
      sb.append(sep).append(p.name).append('=').append(p.defaultText == null ? "0.5"
          : p.defaultText);
      sep = ", ";
    }
    return sb.append(')').toString();
  }

  private static Def def(String name) {
    Def d = DEFS.get(name);
    if (d == null) {
      List<String> names = new ArrayList<>(DEFS.keySet());
      List<String> close = Names.closest(name, names);
      String hint = close.isEmpty() ? "" : "; closest: " + String.join(", ", close);
      throw new IllegalArgumentException("unknown activation '" + name + "'" + hint
          + "; valid names: " + String.join(", ", names));
    }
    return d;
  }

  /** " (did you mean a, b?)", or an empty string when no valid name is close. */
  static String suggestion(String wanted, List<String> candidates) {
    List<String> c = Names.closest(wanted, candidates);
    return c.isEmpty() ? "" : " (did you mean " + String.join(", ", c) + "?)";
  }
}
