package dev.activations.web.internal;

import dev.activations.Activation;
import dev.activations.ActivationProperties;
import dev.activations.Interval;
import dev.activations.Kink;
import dev.activations.Properties;
import dev.activations.plot.Cell;
import dev.activations.plot.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/properties}: core's property analysis ({@link Properties#of(Activation)}) of
 * one specification as JSON, and plot's tables as JSON. The analysis samples the function (its
 * sparsity alone draws 10⁶ normal numbers), so results are kept in a small LRU cache keyed by
 * the canonical specification.
 */
final class PropertyRows {
  private static final int CACHE = 256;
  private static final Map<String, Map<String, Object>> CACHED =
      Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> e) {
          return size() > CACHE;
        }
      });

  private PropertyRows() {}

  static Map<String, Object> of(Activation f) {
    String key = f.spec();
    Map<String, Object> hit = CACHED.get(key);
    if (hit != null) {
      return hit;
    }
    Map<String, Object> m = describe(Properties.of(f));
    CACHED.put(key, m);
    return m;
  }

  private static Map<String, Object> describe(ActivationProperties p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("spec", p.spec());
    m.put("range", p.range().toString());
    m.put("zeroCentred", p.zeroCentred());
    m.put("monotonic", p.monotonic());
    m.put("derivativeMonotonic", p.derivativeMonotonic());
    m.put("saturation", p.saturation().name().toLowerCase(java.util.Locale.ROOT));
    m.put("continuity", p.continuity().label());
    List<Map<String, Object>> kinks = new ArrayList<>();
    for (Kink k : p.kinks()) {
      Map<String, Object> km = new LinkedHashMap<>();
      km.put("x", k.x());
      km.put("order", k.order().label());
      km.put("valueJump", k.valueJump());
      km.put("slopeJump", k.slopeJump());
      kinks.add(km);
    }
    m.put("kinks", kinks);
    m.put("valueAtZero", p.valueAtZero());
    m.put("derivativeAtZero", p.derivativeAtZero());
    m.put("maxSlope", p.maxSlope());
    m.put("maxSlopeAt", p.maxSlopeAt().stream().map(Interval::toString).toList());
    m.put("identityNearZero", p.identityNearZero());
    m.put("sparsity", p.sparsity());
    m.put("minimum", p.minimum().map(e -> Map.of("x", e.x(), "value", e.value())).orElse(null));
    m.put("learnableParameters", p.learnableParameters());
    return m;
  }

  /** A plot table as {@code {title, columns, rows: [[text…]…], notes}}. */
  static Map<String, Object> table(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", t.title());
    m.put("columns", t.columns());
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> row : t.rows()) {
      rows.add(row.stream().map(Cell::text).toList());
    }
    m.put("rows", rows);
    m.put("notes", t.notes());
    return m;
  }
}
