package dev.activations.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Mixin for commands that print a table: {@code --format text|tsv}. */
final class FormatOption {

  /** How a table is written. */
  enum Format {
    /** Columns padded with spaces, for people. */
    TEXT,
    /** Columns separated by one tab, for programs. */
    TSV;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equals(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected text or tsv but was '" + value + "'");
    }
  }

  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("text", "tsv").iterator();
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converter.class,
      completionCandidates = Candidates.class,
      description = "text (aligned columns) or tsv (tab-separated); default: ${DEFAULT-VALUE}",
      defaultValue = "text")
  Format format = Format.TEXT;

  /** Writes rows of cells in the chosen format, one line per row. */
  void print(List<String[]> rows, PrintWriter out) {
    Tables.print(rows, format, out);
  }
}
