package dev.activations.plot.internal;

import dev.activations.plot.Cell;
import dev.activations.plot.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HTML text: escaping, and tables as fragments that fit the page. A table wider than
 * {@link #BUDGET} characters is split into several tables of column groups, each repeating the
 * columns that identify a row, so that it reads without sideways scrolling at 1280 pixels; the
 * scroll container with a sticky first column remains as the fallback for a narrower window.
 */
public final class Html {
  private Html() {}

  /**
   * The width, in characters of the table font, that a table may take: a 1280-pixel window less
   * the page's margins holds about 145 characters of 13.6-pixel DejaVu Sans, less what the
   * cells' padding and borders take beyond the two characters counted for each.
   */
  public static final int BUDGET = 120;
  /** A text cell wraps at about this many characters (the stylesheet's max-width). */
  static final int TEXT_WRAP = 24;
  /** Padding and border of a cell, in characters. */
  static final int CELL_PADDING = 2;

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

  /**
   * The table as one or more {@code <table>} elements that each fit {@link #BUDGET}, then its
   * notes as paragraphs.
   */
  public static String table(Table t) {
    StringBuilder sb = new StringBuilder();
    List<Table> parts = fit(t);
    for (int i = 0; i < parts.size(); i++) {
      Table p = parts.get(i);
      String caption = parts.size() == 1 ? p.title()
          : p.title() + " (" + (i + 1) + " of " + parts.size() + ")";
      sb.append("<div class=\"table-wrap\"><table>\n<caption>").append(escape(caption))
          .append("</caption>\n<thead><tr>");
      for (String c : p.columns()) {
        sb.append("<th>").append(escape(c)).append("</th>");
      }
      sb.append("</tr></thead>\n<tbody>\n");
      for (List<Cell> row : p.rows()) {
        sb.append("<tr>");
        for (Cell c : row) {
          sb.append(numeric(c) ? "<td class=\"num\">" : "<td>").append(escape(c.text()))
              .append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n</table></div>\n");
    }
    for (String note : t.notes()) {
      sb.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    return sb.toString();
  }

  /**
   * The table itself if it fits {@link #BUDGET}; else tables of consecutive column groups, each
   * led by the key columns (the fewest leading columns that tell the rows apart, at most three)
   * and each fitting the budget where a single column allows. Notes stay with the whole.
   */
  public static List<Table> fit(Table t) {
    if (width(t) <= BUDGET) {
      return List.of(t);
    }
    int keys = keyColumns(t);
    int keyWidth = 0;
    for (int c = 0; c < keys; c++) {
      keyWidth += columnWidth(t, c);
    }
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    int used = keyWidth;
    for (int c = keys; c < t.columns().size(); c++) {
      int w = columnWidth(t, c);
      if (!group.isEmpty() && used + w > BUDGET) {
        groups.add(group);
        group = new ArrayList<>();
        used = keyWidth;
      }
      group.add(c);
      used += w;
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    List<Table> parts = new ArrayList<>();
    for (List<Integer> g : groups) {
      List<Integer> columns = new ArrayList<>();
      for (int c = 0; c < keys; c++) {
        columns.add(c);
      }
      columns.addAll(g);
      List<String> heads = new ArrayList<>();
      for (int c : columns) {
        heads.add(t.columns().get(c));
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (List<Cell> row : t.rows()) {
        List<Cell> r = new ArrayList<>();
        for (int c : columns) {
          r.add(row.get(c));
        }
        rows.add(r);
      }
      parts.add(new Table(t.title(), heads, rows, List.of()));
    }
    return parts;
  }

  /** The width the table takes on the page, in characters: the sum of its column widths. */
  public static int width(Table t) {
    int w = 0;
    for (int c = 0; c < t.columns().size(); c++) {
      w += columnWidth(t, c);
    }
    return w;
  }

  /**
   * A column's width in characters: the wider of its heading (which wraps between words) and
   * its cells (numbers never wrap; text wraps at {@link #TEXT_WRAP} characters, or at its
   * longest word if that is longer), plus padding.
   */
  static int columnWidth(Table t, int c) {
    int w = longestWord(t.columns().get(c));
    for (List<Cell> row : t.rows()) {
      Cell cell = row.get(c);
      String text = cell.text();
      int cw = numeric(cell) ? text.length()
          : Math.max(longestWord(text), Math.min(text.length(), TEXT_WRAP));
      w = Math.max(w, cw);
    }
    return w + CELL_PADDING;
  }

  /** The fewest leading columns (at most three) whose values tell every row apart. */
  static int keyColumns(Table t) {
    for (int k = 1; k < 3; k++) {
      Set<List<String>> seen = new HashSet<>();
      boolean unique = true;
      for (List<Cell> row : t.rows()) {
        List<String> key = new ArrayList<>();
        for (int c = 0; c < k; c++) {
          key.add(row.get(c).text());
        }
        unique &= seen.add(key);
      }
      if (unique) {
        return k;
      }
    }
    return Math.min(3, t.columns().size() - 1);
  }

  private static boolean numeric(Cell c) {
    return c.value() instanceof Double || c.value() instanceof Long;
  }

  private static int longestWord(String s) {
    int longest = 0;
    for (String word : s.split("\\s+")) {
      longest = Math.max(longest, word.codePointCount(0, word.length()));
    }
    return longest;
  }
}
