package dev.activations.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table of cells with notes below it, rendered by {@link TableFormat}. Immutable.
 *
 * @param title what the table shows
 * @param columns the column headings
 * @param rows the rows, each with one cell per column
 * @param notes sentences printed below the table (how to read it, where numbers come from)
 */
public record Table(String title, List<String> columns, List<List<Cell>> rows,
    List<String> notes) {

  /**
   * Checks the shape and copies the lists.
   *
   * @param title what the table shows
   * @param columns the column headings, at least one; copied
   * @param rows the rows, each with one cell per column; copied
   * @param notes sentences printed below the table; copied
   * @throws IllegalArgumentException on a null part, no column, or a row of the wrong width
   */
  public Table {
    if (title == null || columns == null || rows == null || notes == null) {
      throw new IllegalArgumentException("a table needs a title, columns, rows and notes");
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table '" + title + "' has no column");
    }
    List<List<Cell>> copy = new ArrayList<>();
    for (List<Cell> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("table '" + title + "': a row has " + row.size()
            + " cells for " + columns.size() + " columns");
      }
      copy.add(List.copyOf(row));
    }
    columns = List.copyOf(columns);
    rows = List.copyOf(copy);
    notes = List.copyOf(notes);
  }
}
