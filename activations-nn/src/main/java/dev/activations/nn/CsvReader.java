package dev.activations.nn;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Reads labelled data from CSV text (plain or gzip): one example per line, the features then the
 * class label, separated by commas. Two layouts:
 *
 * <ul>
 *   <li>with scikit-learn's header line {@code rows,features,class_0,class_1,…} (iris, wine,
 *       breast_cancer): the header gives the number of rows, of features and the class names;
 *   <li>without a header (digits): the caller gives the number of features and of classes.
 * </ul>
 *
 * Numbers are decimal ({@code -1.5e3}); labels are integers in [0, classes). Lines of white space
 * are skipped. Every error is a {@link MalformedDataException} that names the file, the line
 * (from 1) and the problem.
 */
final class CsvReader {
  private CsvReader() {}

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  /**
   * Whether the file's first line is scikit-learn's header {@code rows,features,class names…}
   * (two counts, then at least one name), which no header of column names looks like.
   */
  static boolean hasScikitHeader(Path file) throws IOException {
    try (BufferedReader r = reader(Files.newInputStream(file), file.toString())) {
      String first = readLine(r, file.toString(), 0);
      if (first == null) {
        return false;
      }
      String[] h = first.split(",", -1);
      return h.length >= 3 && INTEGER.matcher(h[0].strip()).matches()
          && INTEGER.matcher(h[1].strip()).matches();
    }
  }

  /** Reads a file with scikit-learn's header line. */
  static DataSet readWithHeader(InputStream in, String file, String name) throws IOException {
    try (BufferedReader r = reader(in, file)) {
      String header = readLine(r, file, 0);
      if (header == null) {
        throw new MalformedDataException(file + ": empty file, expected a header line "
            + "'rows,features,class names…'");
      }
      String[] h = header.split(",", -1);
      if (h.length < 3 || !INTEGER.matcher(h[0].strip()).matches()
          || !INTEGER.matcher(h[1].strip()).matches()) {
        throw new MalformedDataException(file + ": line 1: expected a header "
            + "'rows,features,class names…', found '" + abbreviate(header) + "'");
      }
      int rows = parseCount(h[0], file, "rows");
      int features = parseCount(h[1], file, "features");
      if (features < 1) {
        throw new MalformedDataException(file + ": line 1: the header declares " + features
            + " features, expected ≥ 1");
      }
      List<String> classes = new ArrayList<>();
      for (int i = 2; i < h.length; i++) {
        classes.add(h[i].strip());
      }
      DataSet d = readBody(r, file, name, features, classes, 1);
      if (d.rows() != rows) {
        throw new MalformedDataException(file + ": the header declares " + rows
            + " rows, found " + d.rows());
      }
      return d;
    }
  }

  /** Reads a file without a header. */
  static DataSet readHeaderless(InputStream in, String file, String name, int features,
      int classes) throws IOException {
    if (features < 1 || classes < 1) {
      throw new IllegalArgumentException("features and classes must be ≥ 1, got " + features
          + " and " + classes);
    }
    try (BufferedReader r = reader(in, file)) {
      return readBody(r, file, name, features, DataSet.numberedClasses(classes), 0);
    }
  }

  private static DataSet readBody(BufferedReader r, String file, String name, int features,
      List<String> classes, int linesBefore) throws IOException {
    int columns = features + 1;
    float[] values = new float[1024 * features];
    int[] labels = new int[1024];
    int rows = 0;
    int lineNumber = linesBefore;
    String line;
    while ((line = readLine(r, file, lineNumber)) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != columns) {
        throw new MalformedDataException(file + ": line " + lineNumber + ": expected " + columns
            + " columns (" + features + " features and a label), found " + cells.length);
      }
      if (rows == labels.length) {
        labels = Arrays.copyOf(labels, rows * 2);
        values = Arrays.copyOf(values, rows * 2 * features);
      }
      for (int c = 0; c < features; c++) {
        String cell = cells[c].strip();
        if (!NUMBER.matcher(cell).matches()) {
          throw new MalformedDataException(file + ": line " + lineNumber + ", column " + (c + 1)
              + ": not a number: '" + abbreviate(cell) + "'");
        }
        float v = Float.parseFloat(cell);
        if (Float.isInfinite(v)) {
          throw new MalformedDataException(file + ": line " + lineNumber + ", column " + (c + 1)
              + ": " + cell + " is beyond the float range");
        }
        values[rows * features + c] = v;
      }
      String cell = cells[features].strip();
      if (!INTEGER.matcher(cell).matches() || cell.length() > 10) {
        throw new MalformedDataException(file + ": line " + lineNumber + ", column " + columns
            + ": the label '" + abbreviate(cell) + "' is not a class index");
      }
      long label = Long.parseLong(cell);
      if (label < 0 || label >= classes.size()) {
        throw new MalformedDataException(file + ": line " + lineNumber + ": label " + label
            + " out of range [0, " + classes.size() + ")");
      }
      labels[rows++] = (int) label;
    }
    return new DataSet(name, Arrays.copyOf(values, rows * features), features,
        Arrays.copyOf(labels, rows), classes);
  }

  private static BufferedReader reader(InputStream in, String file) throws IOException {
    return new BufferedReader(new InputStreamReader(Compressed.open(in, file),
        StandardCharsets.UTF_8), 1 << 16);
  }

  private static String readLine(BufferedReader r, String file, int linesRead)
      throws IOException {
    try {
      return r.readLine();
    } catch (EOFException | ZipException e) {
      throw new MalformedDataException(file + ": truncated or corrupt gzip data after line "
          + linesRead + " (" + e.getMessage() + ")", e);
    }
  }

  private static int parseCount(String text, String file, String what)
      throws MalformedDataException {
    try {
      int v = Integer.parseInt(text.strip());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new MalformedDataException(file + ": line 1: the number of " + what + " '"
          + text.strip() + "' is not a count");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "…";
  }
}
