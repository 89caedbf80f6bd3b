package dev.activations.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Mixin for commands that compute: {@code --dtype float32|float64}, float32 by default. */
final class DtypeOption {

  /** The element type of the arrays handed to the kernels. */
  enum Dtype {
    FLOAT32,
    FLOAT64;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class Converter implements ITypeConverter<Dtype> {
    @Override
    public Dtype convert(String value) {
      for (Dtype d : Dtype.values()) {
        if (d.toString().equals(value)) {
          return d;
        }
      }
      throw new TypeConversionException("expected float32 or float64 but was '" + value + "'");
    }
  }

  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("float32", "float64").iterator();
    }
  }

  @Option(
      names = "--dtype",
      paramLabel = "DTYPE",
      converter = Converter.class,
      completionCandidates = Candidates.class,
      description = "float32 or float64: the element type of the computation, of the parsed"
          + " inputs and of the printed numbers; default: ${DEFAULT-VALUE}",
      defaultValue = "float32")
  Dtype dtype = Dtype.FLOAT32;
}
