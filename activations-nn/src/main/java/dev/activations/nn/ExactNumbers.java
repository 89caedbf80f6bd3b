package dev.activations.nn;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The model format's numbers, bit for bit, through Jackson. JSON numbers cannot hold NaN or ±∞,
 * so a finite value is a JSON number and a non-finite one the string {@code "NaN"},
 * {@code "Infinity"} or {@code "-Infinity"} (strict RFC 8259 JSON that any reader accepts).
 *
 * <p>Writing: the JDK's shortest text ({@link Float#toString(float)}, {@link Double#toString})
 * when it parses back to the same bits, else the exact decimal value, which always does.
 * Reading: each number token's own text goes straight to {@link Float#parseFloat} or
 * {@link Double#parseDouble}, both correctly rounded. Going through a double on the way to a
 * float could round twice, and through a {@link BigDecimal} would lose the sign of −0.0, so the
 * parser's binary value is never used. NaN has one encoding, so NaN payloads are not kept (nor
 * are they in any other JSON format this library has written).
 */
final class ExactNumbers {
  private ExactNumbers() {}

  /** The text of a float that parses back to its bits. */
  static String text(float v) {
    String text = Float.toString(v);
    if (Float.floatToRawIntBits(Float.parseFloat(text)) != Float.floatToRawIntBits(v)) {
      text = new BigDecimal(v).toString(); // exact
    }
    return text;
  }

  /** The text of a double that parses back to its bits. */
  static String text(double v) {
    String text = Double.toString(v);
    if (Double.doubleToRawLongBits(Double.parseDouble(text)) != Double.doubleToRawLongBits(v)) {
      text = new BigDecimal(v).toString();
    }
    return text;
  }

  /** Writes a float[] as a JSON array. */
  static final class FloatsWriter extends StdSerializer<float[]> {
    private static final long serialVersionUID = 1L;

    FloatsWriter() {
      super(float[].class);
    }

    @Override
    public void serialize(float[] values, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartArray(values, values.length);
      for (float v : values) {
        if (Float.isFinite(v)) {
          g.writeNumber(text(v));
        } else {
          g.writeString(Float.toString(v));
        }
      }
      g.writeEndArray();
    }
  }

  /** Writes a double[] as a JSON array. */
  static final class DoublesWriter extends StdSerializer<double[]> {
    private static final long serialVersionUID = 1L;

    DoublesWriter() {
      super(double[].class);
    }

    @Override
    public void serialize(double[] values, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartArray(values, values.length);
      for (double v : values) {
        if (Double.isFinite(v)) {
          g.writeNumber(text(v));
        } else {
          g.writeString(Double.toString(v));
        }
      }
      g.writeEndArray();
    }
  }

  /** Reads a JSON array of numbers and non-finite strings as a float[]. */
  static final class FloatsReader extends StdDeserializer<float[]> {
    private static final long serialVersionUID = 1L;

    FloatsReader() {
      super(float[].class);
    }

    @Override
    public float[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
      String[] texts = texts(p, c, this);
      float[] values = new float[texts.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = Float.parseFloat(texts[i]);
      }
      return values;
    }
  }

  /** Reads a JSON array of numbers and non-finite strings as a double[]. */
  static final class DoublesReader extends StdDeserializer<double[]> {
    private static final long serialVersionUID = 1L;

    DoublesReader() {
      super(double[].class);
    }

    @Override
    public double[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
      String[] texts = texts(p, c, this);
      double[] values = new double[texts.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = Double.parseDouble(texts[i]);
      }
      return values;
    }
  }

  /** The texts of an array's elements, each a JSON number or one of the non-finite names. */
  private static String[] texts(JsonParser p, DeserializationContext c, StdDeserializer<?> d)
      throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      return c.reportInputMismatch(d, "expected an array of numbers, found %s",
          p.currentToken());
    }
    String[] texts = new String[16];
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String text = p.getText();
      boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
      boolean nonFinite = t == JsonToken.VALUE_STRING
          && (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity"));
      if (!number && !nonFinite) {
        return c.reportInputMismatch(d, "element %d is not a number: %s", n,
            t == JsonToken.VALUE_STRING ? '"' + text + '"' : text);
      }
      if (n == texts.length) {
        texts = Arrays.copyOf(texts, 2 * n);
      }
      texts[n++] = text;
    }
    return Arrays.copyOf(texts, n);
  }
}
