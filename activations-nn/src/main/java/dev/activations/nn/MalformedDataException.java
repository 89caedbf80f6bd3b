package dev.activations.nn;

import java.io.IOException;

/**
 * A data or model file that cannot be read as what it claims to be. The message names the file,
 * the place (line, byte offset or item) and the problem, for example
 * {@code "iris.csv: line 7: expected 5 columns (4 features and a label), found 4"}.
 */
public final class MalformedDataException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the full message.
   *
   * @param message the file, the place and the problem
   */
  public MalformedDataException(String message) {
    super(message);
  }

  /**
   * An exception with the full message and the low-level cause.
   *
   * @param message the file, the place and the problem
   * @param cause the exception of the parser or the stream that found it
   */
  public MalformedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
