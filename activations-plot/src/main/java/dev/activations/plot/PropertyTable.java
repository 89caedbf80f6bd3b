package dev.activations.plot;

import dev.activations.Activation;
import dev.activations.ActivationProperties;
import dev.activations.Activations;
import dev.activations.Extremum;
import dev.activations.FunctionInfo;
import dev.activations.Interval;
import dev.activations.ParameterInfo;
import dev.activations.Properties;
import dev.activations.RelativeCost;
import dev.activations.MathText;
import dev.activations.plot.internal.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The property table of the articles (docs/articles.md M11): one row per function, its formula and
 * derivative as the registry writes them, then every property as {@link Properties} computes it
 * from the implementation.
 */
public final class PropertyTable {
  private PropertyTable() {}

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("function", "formula", "derivative",
      "range", "zero-centred", "monotonic", "f′ monotonic", "saturation", "continuity", "f(0)",
      "f′(0)", "max |f′|", "max |f′| at", "≈ x near 0", "sparsity", "minimum", "learnable");

  /**
   * Example values for functions whose parameters have no default: threshold at 1 with value 0
   * shows its jump (with value equal to the threshold it would be continuous).
   */
  private static final Map<String, String> EXAMPLES =
      Map.of("threshold", "threshold(threshold=1.0, value=0.0)");

  /**
   * The specification of every element-wise function of the registry, in its order: the
   * default specification, or an example where a parameter has no default.
   *
   * @return one specification per element-wise function, for example {@code "elu(alpha=1.0)"}
   */
  public static List<String> defaultSpecs() {
    List<String> specs = new ArrayList<>();
    for (FunctionInfo info : Activations.all()) {
      if (info.kind() != FunctionInfo.Kind.ELEMENTWISE) {
        continue;
      }
      boolean required = info.parameters().stream().anyMatch(ParameterInfo::required);
      specs.add(required ? EXAMPLES.getOrDefault(info.name(), example(info))
          : info.defaultSpec());
    }
    return specs;
  }

  /**
   * The table of every element-wise function ({@link #defaultSpecs()}).
   *
   * @return one row per element-wise function, {@link #COLUMNS} as its columns
   */
  public static Table all() {
    return of(defaultSpecs());
  }

  /**
   * The table of the given functions, analysed in parallel (a few tenths of a second each).
   *
   * @param specs element-wise specifications, at least one
   * @return one row per specification, in the given order, {@link #COLUMNS} as its columns
   * @throws IllegalArgumentException on an invalid specification, or one the analysis rejects
   */
  public static Table of(List<String> specs) {
    if (specs == null || specs.isEmpty()) {
      throw new IllegalArgumentException("no function for the property table");
    }
    List<Activation> functions = specs.stream().map(Activations::of).toList();
    List<ActivationProperties> properties = functions.parallelStream().map(Properties::of)
        .collect(Collectors.toList());
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < functions.size(); i++) {
      rows.add(row(functions.get(i), properties.get(i)));
    }
    return new Table("Properties of the activation functions (computed from the implementation)",
        COLUMNS, rows, List.of(
            "Formula and derivative are the registry's text; every other column is computed"
                + " numerically from the implementation by dev.activations.Properties.",
            "Range: ( ) open, [ ] closed (attained at a finite x). Saturation: f′ → 0 as x → −∞"
                + " (left), +∞ (right) or both. Continuity: the weakest order over the kinks"
                + " found in [−64, 64].",
            "f′(0) follows PyTorch's kink conventions (relu′(0) = 0). ≈ x near 0: f(0) = 0 and"
                + " f′(0) = 1. Sparsity: fraction of exact zeros of f(z) over 10⁶ seeded draws of"
                + " z ~ N(0, 1). Minimum: the global minimum of a non-monotonic function."));
  }

  /**
   * The table with one more column, "cost vs relu": each function's forward time per element
   * relative to relu's, from a short timing run made now ({@link Properties#relativeCost}: a
   * warm-up, then the median of timed runs with its quartiles). The figures depend on the machine and
   * the moment: a rough figure, not a benchmark.
   *
   * @param table a property table, not modified
   * @param specs the specifications of its rows, one per row, in order
   * @return a new table with the cost column {@link #COST_COLUMN} appended and a note on the method
   */
  public static Table withCost(Table table, List<String> specs) {
    if (table.rows().size() != specs.size()) {
      throw new IllegalArgumentException("the table has " + table.rows().size()
          + " rows for " + specs.size() + " functions");
    }
    List<String> columns = new ArrayList<>(table.columns());
    columns.add(COST_COLUMN);
    List<List<Cell>> rows = new ArrayList<>();
    RelativeCost cost = null;
    for (int i = 0; i < specs.size(); i++) {
      List<Cell> row = new ArrayList<>(table.rows().get(i));
      cost = Properties.relativeCost(Activations.of(specs.get(i)));
      row.add(new Cell(Cell.number(cost.median(), 2).text() + " ("
          + Cell.number(cost.lowerQuartile(), 2).text() + "–"
          + Cell.number(cost.upperQuartile(), 2).text() + ")", cost.median()));
      rows.add(row);
    }
    List<String> notes = new ArrayList<>(table.notes());
    if (cost != null) {
      notes.add("Cost vs relu: time of the float array forward pass per element relative to relu,"
          + " over 2^16 inputs, after " + cost.warmUpRuns()
          + " untimed runs of each (so that the compiled code is timed): the median of "
          + cost.timedRuns()
          + " alternating timed runs, with the quartiles in brackets. A rough figure for this"
          + " machine at this moment; the benchmarks module measures speed.");
    }
    return new Table(table.title(), columns, rows, notes);
  }

  /** The heading of the cost column. */
  public static final String COST_COLUMN = "cost vs relu: median (quartiles)";

  private static List<Cell> row(Activation f, ActivationProperties p) {
    FunctionInfo info = Activations.describe(f.name());
    List<Cell> row = new ArrayList<>();
    row.add(Cell.text(Labels.of(f)));
    row.add(Cell.text(info.formula()));
    row.add(Cell.text(info.derivative()));
    row.add(Cell.text(p.range().toString()));
    row.add(Cell.bool(p.zeroCentred()));
    row.add(Cell.bool(p.monotonic()));
    row.add(Cell.bool(p.derivativeMonotonic()));
    row.add(Cell.text(p.saturation().name().toLowerCase(Locale.ROOT)));
    row.add(Cell.text(p.continuity().label()));
    row.add(Cell.number(p.valueAtZero()));
    row.add(Cell.number(p.derivativeAtZero()));
    row.add(Cell.number(p.maxSlope()));
    row.add(Cell.text(where(p.maxSlopeAt())));
    row.add(Cell.bool(p.identityNearZero()));
    row.add(Cell.number(p.sparsity(), 4));
    row.add(p.minimum().map(PropertyTable::minimum).orElse(Cell.none()));
    row.add(Cell.integer(p.learnableParameters()));
    return row;
  }

  private static Cell minimum(Extremum m) {
    return new Cell(MathText.number(m.value()) + " at " + MathText.number(m.x()), m.value());
  }

  /** Points as numbers ("0", not "{0}"), intervals and limits as {@link Interval} writes them. */
  private static String where(List<Interval> at) {
    List<String> parts = new ArrayList<>();
    for (Interval i : at) {
      parts.add(i.isPoint() && !i.isApproached() ? MathText.number(i.lower()) : i.toString());
    }
    return String.join(" and ", parts);
  }

  /** A specification giving 0.5 to each parameter without a default. */
  private static String example(FunctionInfo info) {
    StringBuilder sb = new StringBuilder(info.name()).append('(');
    String sep = "";
    for (ParameterInfo p : info.parameters()) {
      sb.append(sep).append(p.name()).append('=')
          .append(p.required() ? "0.5" : p.defaultValue());
      sep = ", ";
    }
    return sb.append(')').toString();
  }
}
