package dev.activations.plot.internal;

import dev.activations.plot.Cell;
import dev.activations.plot.Table;
import java.util.List;

/** HTML text: escaping, and tables as fragments. */
public final class Html {
  private Html() {}

  /** The text with {@code & < > " '} escaped, safe in element content and quoted attributes. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A {@code <table>} with the title as caption, then the notes as paragraphs. */
  public static String table(Table t) {
    StringBuilder sb = new StringBuilder();
    sb.append("<div class=\"table-wrap\"><table>\n<caption>").append(escape(t.title()))
        .append("</caption>\n<thead><tr>");
    for (String c : t.columns()) {
      sb.append("<th>").append(escape(c)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      sb.append("<tr>");
      for (Cell c : row) {
        boolean numeric = c.value() instanceof Double || c.value() instanceof Long;
        sb.append(numeric ? "<td class=\"num\">" : "<td>").append(escape(c.text()))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table></div>\n");
    for (String note : t.notes()) {
      sb.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    return sb.toString();
  }
}
