package dev.activations.web.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API's JSON: one strict Jackson mapper. Reading refuses unknown fields, numbers for the
 * wrong type (2.5 for an integer, "3" for a number), nulls for primitives, NaN and Infinity
 * (JSON has no such numbers), and trailing content; every refusal names the field by its JSON
 * path. Writing puts non-finite doubles as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"} (Jackson's default), which the page turns back into numbers.
 */
final class Mapper {
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private Mapper() {}

  /** The value as JSON text. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a request body of at most {@code limit} bytes as a {@code type}.
   *
   * @throws ApiException 413 when the body is longer, 400 when it is not valid JSON of the type
   */
  static <T> T read(InputStream body, int limit, Class<T> type) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(limit + 1);
    } catch (IOException e) {
      throw ApiException.badRequest(null, "the request body could not be read");
    }
    if (bytes.length > limit) {
      throw new ApiException(413, "the request body is larger than " + limit + " bytes", null);
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest(null, "the request body is empty: a JSON object is expected");
    }
    try {
      T value = JSON.readValue(bytes, type);
      if (value == null) {
        throw ApiException.badRequest(null, "the request body is null: a JSON object is expected");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest(path(e), "unknown field '" + e.getPropertyName()
          + "'; known fields: " + String.join(", ", e.getKnownPropertyIds().stream()
              .map(Object::toString).sorted().toList()));
    } catch (InvalidFormatException e) {
      throw ApiException.badRequest(path(e), "'" + e.getValue() + "' is not a valid "
          + simple(e.getTargetType()));
    } catch (MismatchedInputException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
        throw ApiException.badRequest(null, "malformed JSON: more content after the object");
      }
      String target = e.getTargetType() == null ? "value" : simple(e.getTargetType());
      throw ApiException.badRequest(path(e), "wrong type: expected " + article(target));
    } catch (JsonParseException e) {
      throw ApiException.badRequest(null, "malformed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
          + plain(e.getOriginalMessage()));
    } catch (JsonMappingException e) {
      // a record's constructor refused a value, or another mapping problem
      Throwable cause = e.getCause();
      String message = cause instanceof ApiException a ? a.getMessage()
          : cause != null && cause.getMessage() != null ? cause.getMessage()
          : e.getOriginalMessage();
      throw ApiException.badRequest(path(e), message);
    } catch (IOException e) {
      throw ApiException.badRequest(null, "the request body could not be read as JSON");
    }
  }

  /** Jackson's message without its advice on parser features and its source notes. */
  static String plain(String message) {
    String m = message == null ? "" : message.lines().findFirst().orElse("");
    for (String cut : new String[] {": enable ", " (start marker", " at [Source"}) {
      int i = m.indexOf(cut);
      if (i >= 0) {
        m = m.substring(0, i);
      }
    }
    if (m.contains("'NaN'") || m.contains("'Infinity'") || m.contains("'-Infinity'")) {
      m += " (JSON has no NaN or Infinity)";
    }
    return m;
  }

  /** The JSON path of the failing value, e.g. {@code layers[1].units}. */
  static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static String simple(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == Double.class || type == double.class || type == Float.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == String.class) {
      return "string";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "array";
    }
    return "object";
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
