package dev.activations.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A table printed one row at a time, as aligned text, Markdown or TSV, for the commands whose
 * rows take seconds each (accuracy, bench): the user sees each row as soon as it is measured
 * instead of a blank screen until the end. Text columns therefore get their widths up front
 * (wide enough for the header and the caller's estimate), not from the widest cell.
 */
final class StreamedTable {

  /** How the rows are written. */
  enum Style {
    /** Columns padded with spaces, numbers right-aligned, for people. */
    TEXT,
    /** A Markdown (GitHub) table, for pasting into documents. */
    MD,
    /** One tab between cells and no padding, for programs. */
    TSV;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String GAP = "  ";

  private final Style style;
  private final String[] headers;
  private final int[] width;
  private final boolean[] right;
  private final PrintWriter out;

  /**
   * @param widths the widest cell expected in each column; a wider one is printed whole and
   *     shifts the rest of its row, which is harmless
   * @param right whether each column is right-aligned (numbers) in text
   */
  StreamedTable(Style style, String[] headers, int[] widths, boolean[] right, PrintWriter out) {
    this.style = style;
    this.headers = headers.clone();
    this.width = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      width[c] = Math.max(widths[c], displayWidth(headers[c]));
    }
    this.right = right.clone();
    this.out = out;
  }

  /** The header line, and Markdown's alignment line. */
  void header() {
    line(headers);
    if (style == Style.MD) {
      StringBuilder sb = new StringBuilder("|");
      for (boolean r : right) {
        sb.append(r ? "---:|" : "---|");
      }
      out.print(sb.append('\n'));
    }
    out.flush();
  }

  /** One row, flushed at once so that a slow run shows its progress. */
  void row(String... cells) {
    line(cells);
    out.flush();
  }

  private void line(String[] cells) {
    StringBuilder sb = new StringBuilder();
    switch (style) {
      case TSV -> {
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            sb.append('\t');
          }
          // a tab or newline inside a cell would shift every later column
          sb.append(cells[c].replaceAll("[\\t\\r\\n]+", " "));
        }
      }
      case MD -> {
        sb.append('|');
        for (String cell : cells) {
          sb.append(' ').append(mdCell(cell)).append(" |");
        }
      }
      case TEXT -> {
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            sb.append(GAP);
          }
          String pad = " ".repeat(Math.max(0, width[c] - displayWidth(cells[c])));
          sb.append(right[c] ? pad + cells[c] : cells[c] + pad);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
          sb.setLength(sb.length() - 1);
        }
      }
      default -> throw new AssertionError(style);
    }
    out.print(sb.append('\n'));
  }

  /** A pipe inside a cell would end it; a line break would end the row. */
  private static String mdCell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  // code points, not chars: a symbol outside the BMP is one column on a terminal
  private static int displayWidth(String s) {
    return s.codePointCount(0, s.length());
  }
}
