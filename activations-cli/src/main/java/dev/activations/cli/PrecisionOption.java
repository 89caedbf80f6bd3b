package dev.activations.cli;

import dev.activations.Precision;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Mixin for commands that run float kernels: {@code --precision exact|fast}; by default the
 * process default (the property activations.precision, else exact).
 */
final class PrecisionOption {

  static final class Converter implements ITypeConverter<Precision> {
    @Override
    public Precision convert(String value) {
      for (Precision p : Precision.values()) {
        if (p.id().equals(value)) {
          return p;
        }
      }
      throw new TypeConversionException("expected exact or fast but was '" + value + "'");
    }
  }

  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("exact", "fast").iterator();
    }
  }

  @Option(
      names = "--precision",
      paramLabel = "PRECISION",
      converter = Converter.class,
      completionCandidates = Candidates.class,
      description = "exact (float results correctly rounded) or fast (float lanes at full vector"
          + " width, within 3 ULP for values and 4 for derivatives); default: the property"
          + " activations.precision, else exact. float64 has one precision")
  Precision precision;

  /** The chosen precision. */
  Precision get() {
    return precision == null ? Precision.defaultPrecision() : precision;
  }
}
