package dev.activations.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty refuses a request whose path climbs above the root ({@code /static/../../x},
 * {@code %2e%2e/}, {@code ..%2f}) before any route sees it, with 400 and an HTML page. The
 * explorer answers such paths as what they are, a file that is not there: 404 with a JSON body,
 * like every other error. Requests that are malformed in other ways keep Jetty's status, with a
 * JSON body too.
 */
public final class PathGuard {
  private PathGuard() {}

  /** An HTTP/1.1 connection factory whose URI failures are 404. */
  public static HttpConnectionFactory connections(HttpConfiguration config) {
    return new HttpConnectionFactory(config) {
      @Override
      public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection c = new HttpConnection(getHttpConfiguration(), connector, endPoint,
            isRecordHttpComplianceViolations()) {
          @Override
          protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(),
                getEndPoint(), this) {
              @Override
              public void onBadMessage(BadMessageException failure) {
                org.eclipse.jetty.http.HttpURI uri = getRequest().getHttpURI();
                String raw = uri == null || uri.getPath() == null ? ""
                    : uri.getPath().toLowerCase(Locale.ROOT);
                boolean path = raw.contains("..") || raw.contains("%2e") || raw.contains("%2f")
                    || raw.contains("%5c") || raw.contains("\\") || raw.contains("%00");
                super.onBadMessage(path && failure.getCode() == 400
                    ? new BadMessageException(404, "Not Found") : failure);
              }
            };
          }
        };
        c.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        c.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(c, connector, endPoint);
      }
    };
  }

  /** Jetty's own error answers (before routing) as {"error": ..., "field": null}. */
  public static ErrorHandler jsonErrors() {
    return new ErrorHandler() {
      @Override
      public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Routes.JSON);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", status == 404 ? "not found" : "bad request: "
            + (reason == null ? "malformed" : reason));
        m.put("field", null);
        return ByteBuffer.wrap(Mapper.write(m).getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
