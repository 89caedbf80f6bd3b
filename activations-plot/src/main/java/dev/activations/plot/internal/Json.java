package dev.activations.plot.internal;

import dev.activations.plot.Cell;
import dev.activations.plot.Table;
import java.util.List;

/** JSON text, written by hand: strings, numbers (non-finite ones as strings) and tables. */
public final class Json {
  private Json() {}

  /** A JSON string literal. */
  public static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A cell's value: a number, a boolean, a string, or null. */
  public static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double d) {
      if (d.isNaN()) {
        return "\"nan\"";
      }
      if (d.isInfinite()) {
        return d > 0 ? "\"inf\"" : "\"-inf\"";
      }
      return Double.toString(d);
    }
    if (v instanceof Long || v instanceof Boolean) {
      return v.toString();
    }
    return string(v.toString());
  }

  /** {@code {"title", "columns", "rows", "notes"}}, rows as objects keyed by column. */
  public static String table(Table t) {
    StringBuilder sb = new StringBuilder("{\n  \"title\": ").append(string(t.title()))
        .append(",\n  \"columns\": [");
    for (int i = 0; i < t.columns().size(); i++) {
      sb.append(i > 0 ? ", " : "").append(string(t.columns().get(i)));
    }
    sb.append("],\n  \"rows\": [");
    for (int r = 0; r < t.rows().size(); r++) {
      List<Cell> row = t.rows().get(r);
      sb.append(r > 0 ? ",\n    {" : "\n    {");
      for (int i = 0; i < row.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(string(t.columns().get(i))).append(": ")
            .append(value(row.get(i).value()));
      }
      sb.append('}');
    }
    sb.append(t.rows().isEmpty() ? "],\n  \"notes\": [" : "\n  ],\n  \"notes\": [");
    for (int i = 0; i < t.notes().size(); i++) {
      sb.append(i > 0 ? ", " : "").append(string(t.notes().get(i)));
    }
    return sb.append("]\n}").toString();
  }
}
