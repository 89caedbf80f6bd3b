package dev.activations.nn;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ordinary CSV file, as spreadsheets and data portals write them, with Apache Commons
 * CSV: a header row of column names, then one example per row. One column holds the label (the
 * last one unless named); every other column is a numeric feature.
 *
 * <p>Labels are integers or text. Integer labels become classes in numeric order, text labels in
 * sorted (String) order; the class names are the labels as written, so {@code 0, 1, 2} stay
 * classes 0, 1 and 2. Quoted fields (RFC 4180), {@code #} comment lines, blank lines, spaces
 * around fields and gzip compression are accepted. Features are decimal numbers; NaN, infinities
 * and values beyond the float range are refused.
 *
 * <p>Every problem is a {@link MalformedDataException} naming the file, the line (from 1) and
 * the problem: an empty file, a header without a feature column, a duplicate column name, no
 * column of the given label name (listing the columns), a row with more or fewer fields than the
 * header, a feature that is not a number, an empty label, a CSV syntax error, no data rows.
 */
final class ColumnCsvReader {
  private ColumnCsvReader() {}

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setCommentMarker('#')
      .setIgnoreEmptyLines(true)
      .setIgnoreSurroundingSpaces(true)
      .build();

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\)");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

  /**
   * Reads the data set.
   *
   * @param label the label column's name, or null for the last column
   */
  static DataSet read(InputStream in, String file, String name, String label)
      throws IOException {
    Reader reader = new InputStreamReader(Compressed.open(in, file), StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!next(records, parser, file)) {
        throw new MalformedDataException(file + ": empty file, expected a header row of column"
            + " names and a row per example");
      }
      CSVRecord header = records.next();
      int headerLine = line(header, parser);
      List<String> columns = header.toList();
      checkHeader(columns, file, headerLine);
      int labelColumn = labelColumn(columns, label, file, headerLine);
      int features = columns.size() - 1;

      float[] values = new float[256 * features];
      List<String> labels = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      while (next(records, parser, file)) {
        CSVRecord row = records.next();
        int lineNumber = line(row, parser);
        if (row.size() != columns.size()) {
          throw new MalformedDataException(file + ": line " + lineNumber + ": expected "
              + columns.size() + " fields (as the header has), found " + row.size());
        }
        int r = labels.size();
        if ((r + 1) * features > values.length) {
          values = Arrays.copyOf(values, 2 * values.length);
        }
        for (int c = 0, f = 0; c < columns.size(); c++) {
          if (c != labelColumn) {
            values[r * features + f++] = number(row.get(c), columns.get(c), file, lineNumber);
          }
        }
        String text = row.get(labelColumn);
        if (text.isEmpty()) {
          throw new MalformedDataException(file + ": line " + lineNumber + ": the label ('"
              + columns.get(labelColumn) + "') is empty");
        }
        labels.add(text);
        lines.add(lineNumber);
      }
      if (labels.isEmpty()) {
        throw new MalformedDataException(file + ": no data rows after the header (line "
            + headerLine + ")");
      }
      List<String> classes = classes(labels);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < classes.size(); i++) {
        index.put(classes.get(i), i);
      }
      int[] y = new int[labels.size()];
      for (int r = 0; r < y.length; r++) {
        y[r] = index.get(labels.get(r));
      }
      return new DataSet(name, Arrays.copyOf(values, y.length * features), features, y,
          classes);
    }
  }

  /** The class names in class order: numeric order if every label is an integer, else sorted. */
  static List<String> classes(List<String> labels) {
    boolean integers = labels.stream().allMatch(l -> INTEGER.matcher(l).matches());
    Comparator<String> order = integers
        ? Comparator.comparingLong((String l) -> Long.parseLong(l)).thenComparing(l -> l)
        : Comparator.naturalOrder();
    TreeSet<String> distinct = new TreeSet<>(order);
    distinct.addAll(labels);
    return List.copyOf(distinct);
  }

  /** Whether a record follows; a CSV syntax error is a malformed file. */
  private static boolean next(Iterator<CSVRecord> records, CSVParser parser, String file)
      throws MalformedDataException {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof EOFException || cause instanceof ZipException) {
        throw new MalformedDataException(file + ": truncated or corrupt gzip data after line "
            + parser.getCurrentLineNumber() + " (" + cause.getMessage() + ")", cause);
      }
      // Commons CSV names the line where the bad token began as "(startline N)"
      String message = oneLine(cause.getMessage());
      var start = STARTLINE.matcher(message);
      long line = parser.getCurrentLineNumber() + 1;
      if (start.find()) {
        line = Long.parseLong(start.group(1));
        message = (message.substring(0, start.start()) + message.substring(start.end())).strip();
      }
      throw new MalformedDataException(file + ": line " + line + ": not valid CSV: " + message,
          cause);
    }
  }

  /** The line a record starts on, from 1. */
  private static int line(CSVRecord record, CSVParser parser) {
    // the parser has read up to the end of the record; a quoted field may span lines
    return (int) parser.getCurrentLineNumber() - countBreaks(record);
  }

  private static int countBreaks(CSVRecord record) {
    int n = 0;
    for (String v : record) {
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) == '\n') {
          n++;
        }
      }
    }
    return n;
  }

  private static void checkHeader(List<String> columns, String file, int line)
      throws MalformedDataException {
    if (columns.size() < 2) {
      throw new MalformedDataException(file + ": line " + line + ": the header names "
          + columns.size() + " column, expected at least one feature column and a label"
          + " column");
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).isEmpty()) {
        throw new MalformedDataException(file + ": line " + line + ": column " + (c + 1)
            + " has no name");
      }
      if (columns.indexOf(columns.get(c)) != c) {
        throw new MalformedDataException(file + ": line " + line + ": the column name '"
            + columns.get(c) + "' appears twice");
      }
    }
  }

  private static int labelColumn(List<String> columns, String label, String file, int line)
      throws MalformedDataException {
    if (label == null) {
      return columns.size() - 1;
    }
    int c = columns.indexOf(label);
    if (c < 0) {
      throw new MalformedDataException(file + ": line " + line + ": no column named '" + label
          + "' for the label; the columns are " + String.join(", ", columns));
    }
    return c;
  }

  private static float number(String text, String column, String file, int line)
      throws MalformedDataException {
    if (!NUMBER.matcher(text).matches()) {
      throw new MalformedDataException(file + ": line " + line + ", column '" + column
          + "': not a number: '" + abbreviate(text) + "'");
    }
    float v = Float.parseFloat(text);
    if (Float.isInfinite(v)) {
      throw new MalformedDataException(file + ": line " + line + ", column '" + column
          + "': " + text + " is beyond the float range");
    }
    return v;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "…";
  }
}
