package dev.activations.internal.registry;

import dev.activations.ActivationFunction;
import dev.activations.FunctionInfo;
import dev.activations.ParameterInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A catalogued function: its metadata, parameters and factory. */
public final class Def {
  final String name;
  final FunctionInfo.Kind kind;
  final List<ParamDef> params;
  final String formula;
  final String derivative;
  final String range;
  final List<String> conventions;
  final Function<Args, ActivationFunction> factory;
  /** Cross-parameter check run after each value is valid on its own; null if none. */
  final java.util.function.Consumer<Args> check;

  public Def(String name, FunctionInfo.Kind kind, List<ParamDef> params, String formula,
      String derivative, String range, List<String> conventions,
      java.util.function.Consumer<Args> check, Function<Args, ActivationFunction> factory) {
    this.name = name;
    this.kind = kind;
    this.params = List.copyOf(params);
    this.formula = formula;
    this.derivative = derivative;
    this.range = range;
    this.conventions = List.copyOf(conventions);
    this.check = check;
    this.factory = factory;
  }

  FunctionInfo info() {
    List<ParameterInfo> ps = new ArrayList<>();
    for (ParamDef p : params) {
      ps.add(p.info());
    }
    return new FunctionInfo(name, kind, ps, formula, derivative, range, conventions);
  }

  List<String> paramNames() {
    List<String> names = new ArrayList<>();
    for (ParamDef p : params) {
      names.add(p.name);
    }
    return names;
  }
}
