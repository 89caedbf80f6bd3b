package dev.activations.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.activations.plot.internal.Html;
import java.util.List;
import java.util.Locale;

/** How tables are printed: Markdown, CSV, an HTML fragment, or JSON. */
public enum TableFormat {
  /** GitHub-flavoured Markdown: a heading, a pipe table, the notes as paragraphs. */
  MD,
  /**
   * RFC 4180 CSV: the header and the rows, no title or notes; several tables are separated by
   * an empty line.
   */
  CSV,
  /** An HTML fragment: a {@code <table>} with its title as caption, the notes as paragraphs. */
  HTML,
  /**
   * JSON: an object {@code {"title", "columns", "rows", "notes"}} whose rows are objects keyed by
   * column, with numbers and booleans as such (±∞ and NaN as the strings "inf", "-inf", "nan");
   * several tables make an array.
   */
  JSON;

  /**
   * The format named {@code md}, {@code markdown}, {@code csv}, {@code html} or {@code json}, in
   * any case.
   *
   * @param text the format's name; surrounding white space is ignored
   * @return the format
   * @throws IllegalArgumentException naming the valid formats
   */
  public static TableFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "md", "markdown" -> MD;
      case "csv" -> CSV;
      case "html" -> HTML;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException("unknown table format '" + text
          + "': use md, csv, html or json");
    };
  }

  /**
   * One table in this format, ending with a newline.
   *
   * @param table the table to render
   * @return the text in this format
   */
  public String render(Table table) {
    return render(List.of(table));
  }

  /**
   * Several tables in this format, ending with a newline.
   *
   * @param tables the tables to render, in order (JSON: an array of them, or one object for
   *     one table)
   * @return the text in this format
   */
  public String render(List<Table> tables) {
    StringBuilder sb = new StringBuilder();
    switch (this) {
      case MD -> {
        for (int i = 0; i < tables.size(); i++) {
          if (i > 0) {
            sb.append('\n');
          }
          markdown(tables.get(i), sb);
        }
      }
      case CSV -> {
        for (int i = 0; i < tables.size(); i++) {
          if (i > 0) {
            sb.append('\n');
          }
          csv(tables.get(i), sb);
        }
      }
      case HTML -> {
        for (Table t : tables) {
          sb.append(Html.table(t));
        }
      }
      case JSON -> {
        JsonNode doc;
        if (tables.size() == 1) {
          doc = json(tables.get(0));
        } else {
          ArrayNode all = NODES.arrayNode();
          tables.forEach(t -> all.add(json(t)));
          doc = all;
        }
        try {
          sb.append(JSON_WRITER.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("a table cannot be written as JSON", e);
        }
        sb.append('\n');
      }
      default -> throw new IllegalStateException(name());
    }
    return sb.toString();
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Two-space indentation; one row, column list or note list per line. */
  private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** {@code {"title", "columns", "rows", "notes"}}, rows as objects keyed by column. */
  private static ObjectNode json(Table t) {
    ObjectNode doc = NODES.objectNode().put("title", t.title());
    ArrayNode columns = doc.putArray("columns");
    t.columns().forEach(columns::add);
    ArrayNode rows = doc.putArray("rows");
    for (List<Cell> row : t.rows()) {
      ObjectNode o = rows.addObject();
      for (int i = 0; i < row.size(); i++) {
        o.set(t.columns().get(i), json(row.get(i).value()));
      }
    }
    ArrayNode notes = doc.putArray("notes");
    t.notes().forEach(notes::add);
    return doc;
  }

  /** A cell's value: a number (±∞ and NaN as "inf", "-inf", "nan"), a boolean, text or null. */
  private static JsonNode json(Object v) {
    if (v instanceof Double d) {
      if (d.isNaN()) {
        return NODES.textNode("nan");
      }
      if (d.isInfinite()) {
        return NODES.textNode(d > 0 ? "inf" : "-inf");
      }
      return NODES.numberNode(d);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return v == null ? NODES.nullNode() : NODES.textNode(v.toString());
  }

  private static void markdown(Table t, StringBuilder sb) {
    sb.append("### ").append(t.title()).append("\n\n|");
    for (String c : t.columns()) {
      sb.append(' ').append(mdCell(c)).append(" |");
    }
    sb.append("\n|");
    for (int i = 0; i < t.columns().size(); i++) {
      sb.append("---|");
    }
    sb.append('\n');
    for (List<Cell> row : t.rows()) {
      sb.append('|');
      for (Cell c : row) {
        sb.append(' ').append(mdCell(c.text())).append(" |");
      }
      sb.append('\n');
    }
    for (String note : t.notes()) {
      sb.append('\n').append(note).append('\n');
    }
  }

  /** A pipe inside a cell would end it; a line break would end the row. */
  private static String mdCell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  private static void csv(Table t, StringBuilder sb) {
    csvRow(t.columns(), sb);
    for (List<Cell> row : t.rows()) {
      csvRow(row.stream().map(Cell::text).toList(), sb);
    }
  }

  private static void csvRow(List<String> fields, StringBuilder sb) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields.get(i);
      boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
          || !f.equals(f.strip());
      sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    sb.append("\r\n");
  }
}
