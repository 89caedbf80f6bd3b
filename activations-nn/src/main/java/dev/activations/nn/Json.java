package dev.activations.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) for the model format: objects become {@link LinkedHashMap}s,
 * arrays {@link List}s, strings {@link String}s, {@code true}/{@code false} {@link Boolean}s,
 * {@code null} null, and numbers {@link Number} holding their text, so that floats parse
 * straight from the decimal to the nearest float with no double rounding in between.
 */
final class Json {
  /** A number as written. */
  record Number(String text) {}

  /** A syntax error at a line and column (from 1). */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) throws SyntaxError {
    Json p = new Json(text);
    p.space();
    Object v = p.value();
    p.space();
    if (p.i != p.s.length()) {
      throw p.error("unexpected text after the document");
    }
    return v;
  }

  private Object value() throws SyntaxError {
    if (i >= s.length()) {
      throw error("unexpected end of the document");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() throws SyntaxError {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    space();
    if (peek('}')) {
      i++;
      return m;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("expected a member name in quotes");
      }
      String key = string();
      space();
      expect(':');
      space();
      if (m.put(key, value()) != null) {
        throw error("duplicate member '" + key + "'");
      }
      space();
      if (peek(',')) {
        i++;
        continue;
      }
      expect('}');
      return m;
    }
  }

  private List<Object> array() throws SyntaxError {
    List<Object> a = new ArrayList<>();
    i++;
    space();
    if (peek(']')) {
      i++;
      return a;
    }
    while (true) {
      space();
      a.add(value());
      space();
      if (peek(',')) {
        i++;
        continue;
      }
      expect(']');
      return a;
    }
  }

  private String string() throws SyntaxError {
    StringBuilder b = new StringBuilder();
    i++;
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("bad \\u escape");
          }
          try {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          i += 4;
        }
        default -> throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private Number number() throws SyntaxError {
    int start = i;
    if (peek('-')) {
      i++;
    }
    if (peek('0')) {
      i++;
    } else if (!digits()) {
      throw error("bad number");
    }
    if (peek('.')) {
      i++;
      if (!digits()) {
        throw error("bad number: digits expected after '.'");
      }
    }
    if (peek('e') || peek('E')) {
      i++;
      if (peek('+') || peek('-')) {
        i++;
      }
      if (!digits()) {
        throw error("bad number: digits expected in the exponent");
      }
    }
    return new Number(s.substring(start, i));
  }

  private boolean digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > start;
  }

  private Object literal(String word, Object value) throws SyntaxError {
    if (!s.startsWith(word, i)) {
      throw error("unexpected text");
    }
    i += word.length();
    return value;
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void expect(char c) throws SyntaxError {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      i++;
    }
  }

  private SyntaxError error(String message) {
    int line = 1;
    int column = 1;
    for (int k = 0; k < i && k < s.length(); k++) {
      if (s.charAt(k) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SyntaxError("line " + line + ", column " + column + ": " + message);
  }

  /** Appends a string literal with the escapes JSON needs. */
  static void quote(StringBuilder b, String text) {
    b.append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
