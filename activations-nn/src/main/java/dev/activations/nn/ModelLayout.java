package dev.activations.nn;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of a saved network: two-space indentation, {@code "key": value}, and arrays with
 * {@value #PER_LINE} values a line, so that a layer of thousands of weights stays readable and a
 * diff of two files shows which rows changed. Jackson makes one instance per document
 * ({@link #createInstance()}), so the counts are never shared.
 */
final class ModelLayout extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;
  private static final int PER_LINE = 16;

  /** Values written so far in each open array, innermost first. */
  private final transient Deque<int[]> counts = new ArrayDeque<>();

  ModelLayout() {
    super(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new ModelLayout();
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    counts.push(new int[1]);
    super.writeStartArray(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    int n = ++counts.element()[0];
    g.writeRaw(',');
    if (n % PER_LINE == 0) {
      _arrayIndenter.writeIndentation(g, _nesting);
    } else {
      g.writeRaw(' ');
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    counts.pop();
    super.writeEndArray(g, values);
  }
}
