package dev.activations.cli;

import java.io.PrintWriter;
import java.util.List;

/** Rows of cells as aligned text or as TSV. */
final class Tables {
  private static final String GAP = "  ";

  private Tables() {}

  static void print(List<String[]> rows, FormatOption.Format format, PrintWriter out) {
    if (format == FormatOption.Format.TSV) {
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            line.append('\t');
          }
          // a tab or newline inside a cell would shift every later column
          line.append(row[c].replaceAll("[\\t\\r\\n]+", " "));
        }
        out.print(line.append('\n'));
      }
      return;
    }
    aligned(rows, "", out);
  }

  /** Pads every column but the last to its widest cell; trailing spaces are trimmed. */
  static void aligned(List<String[]> rows, String indent, PrintWriter out) {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], displayWidth(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append(GAP);
        }
        line.append(row[c]);
        if (c < row.length - 1) {
          line.append(" ".repeat(width[c] - displayWidth(row[c])));
        }
      }
      out.print(strip(line) + "\n");
    }
  }

  // code points, not chars: a symbol outside the BMP is one column on a terminal
  private static int displayWidth(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String strip(CharSequence line) {
    String s = line.toString();
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
