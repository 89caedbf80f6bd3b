package dev.activations.experiments;

import dev.activations.plot.Cell;
import dev.activations.plot.ChartWriter;
import dev.activations.plot.Figure;
import dev.activations.plot.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an experiment's files into its output folder, each name prefixed with the experiment's
 * name, and remembers them in order. TSV files hold one header line and one line per row, tab
 * separated; numbers are written with every digit ({@link Double#toString(double)}) rather than
 * as the table shows them, empty cells as nothing.
 */
final class Output {
  private final Path dir;
  private final String prefix;
  private final List<Path> files = new ArrayList<>();
  private final Map<Path, String> descriptions = new LinkedHashMap<>();

  Output(ExperimentOptions options, String experiment) throws IOException {
    this.dir = options.outputDir();
    this.prefix = experiment;
    Files.createDirectories(dir);
  }

  /** Writes a table as {@code PREFIX-SUFFIX.tsv}. */
  void tsv(String suffix, Table table) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      List<String> r = new ArrayList<>();
      for (Cell c : row) {
        r.add(field(c));
      }
      rows.add(r);
    }
    tsv(suffix, table.columns(), rows);
  }

  /** Writes rows of text as {@code PREFIX-SUFFIX.tsv}. */
  void tsv(String suffix, List<String> header, List<List<String>> rows) throws IOException {
    StringBuilder sb = new StringBuilder();
    line(header, sb);
    for (List<String> r : rows) {
      line(r, sb);
    }
    Path file = dir.resolve(prefix + "-" + suffix + ".tsv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    files.add(file);
  }

  /**
   * Writes a figure as {@code PREFIX-SUFFIX.png} at its default size.
   */
  void chart(String suffix, Figure figure) throws IOException {
    Path file = dir.resolve(prefix + "-" + suffix + ".png");
    ChartWriter.write(figure, file);
    files.add(file);
    descriptions.put(file, figure.describe());
  }

  /** The files written so far. */
  List<Path> files() {
    return List.copyOf(files);
  }

  /** What each chart written so far shows, in words. */
  Map<Path, String> descriptions() {
    return Map.copyOf(descriptions);
  }

  private static String field(Cell c) {
    Object v = c.value();
    if (v == null) {
      return "";
    }
    return v instanceof String s ? s : v.toString();
  }

  private static void line(List<String> fields, StringBuilder sb) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(fields.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    sb.append('\n');
  }
}
