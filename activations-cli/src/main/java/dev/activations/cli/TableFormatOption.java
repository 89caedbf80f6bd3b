package dev.activations.cli;

import dev.activations.plot.TableFormat;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Mixin for the commands that print the plot module's tables (table, pairing):
 * {@code --format md|csv|html|json}, Markdown by default. Separate from {@link FormatOption}
 * (text|tsv), whose rows are the command line's own.
 */
final class TableFormatOption {

  /** Reads the format's name; the error lists the valid ones in the command line's words. */
  static final class Converter implements ITypeConverter<TableFormat> {
    @Override
    public TableFormat convert(String value) {
      try {
        return TableFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected md, csv, html or json but was '" + value
            + "'");
      }
    }
  }

  /** The names shown in help and offered by shell completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("md", "csv", "html", "json").iterator();
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converter.class,
      completionCandidates = Candidates.class,
      description = "md (Markdown), csv (RFC 4180, no title or notes), html (a fragment) or json;"
          + " default: ${DEFAULT-VALUE}",
      defaultValue = "md")
  TableFormat format = TableFormat.MD;
}
