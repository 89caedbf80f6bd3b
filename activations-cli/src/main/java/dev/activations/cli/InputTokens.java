package dev.activations.cli;

import java.io.IOException;
import java.io.Reader;

/** Splits a stream into tokens separated by any white space, noting the line of each. */
final class InputTokens {
  /**
   * Longer than any number worth writing (the exact decimal of the smallest double has 767
   * significant digits), so that a binary file piped in by mistake fails fast instead of
   * filling memory.
   */
  static final int MAX_TOKEN = 10_000;

  /** Receives each token and the 1-based line where it starts. */
  interface Sink {
    void accept(String token, int line);
  }

  private InputTokens() {}

  /**
   * Feeds every token of {@code in} to {@code sink}.
   *
   * @throws TooLongException if a token exceeds {@link #MAX_TOKEN} characters
   */
  static void read(Reader in, Sink sink) throws IOException {
    StringBuilder token = new StringBuilder();
    char[] buffer = new char[8192];
    int line = 1;
    int tokenLine = 1;
    for (int n; (n = in.read(buffer)) != -1; ) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (Character.isWhitespace(c)) {
          if (token.length() > 0) {
            sink.accept(token.toString(), tokenLine);
            token.setLength(0);
          }
          if (c == '\n') {
            line++;
          }
        } else {
          if (token.length() == 0) {
            tokenLine = line;
          } else if (token.length() == MAX_TOKEN) {
            throw new TooLongException(token.toString(), tokenLine);
          }
          token.append(c);
        }
      }
    }
    if (token.length() > 0) {
      sink.accept(token.toString(), tokenLine);
    }
  }

  /** A token longer than {@link #MAX_TOKEN}. */
  static final class TooLongException extends RuntimeException {
    final String start;
    final int line;

    TooLongException(String start, int line) {
      super("token longer than " + MAX_TOKEN + " characters at line " + line, null, false, false);
      this.start = start;
      this.line = line;
    }
  }
}
