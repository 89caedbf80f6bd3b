package dev.activations.web.internal;

/**
 * A request the API refuses: the HTTP status, one line saying what is wrong, and the request
 * field it concerns (a query parameter, a JSON path such as {@code layers[2].units}, or null).
 * The exception handler turns it into {@code {"error": ..., "field": ...}}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  ApiException(int status, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
  }

  static ApiException badRequest(String field, String message) {
    return new ApiException(400, message, field);
  }

  static ApiException notFound(String field, String message) {
    return new ApiException(404, message, field);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The request field at fault, or null. */
  public String field() {
    return field;
  }
}
