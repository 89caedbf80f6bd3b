package dev.activations.web;

import dev.activations.web.internal.PathGuard;
import dev.activations.web.internal.Routes;
import io.javalin.Javalin;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The explorer: an embedded HTTP server (Javalin on Jetty) with the page and its JSON API under
 * {@code /api/v1} (documented at {@code /openapi.json} and in docs/api.md).
 *
 * <pre>{@code
 * try (Explorer e = Explorer.start(ExplorerOptions.defaults().withPort(0))) {
 *   System.out.println(e.url());
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops every training session, then the server, and releases the port.
 */
public final class Explorer implements AutoCloseable {
  /** Connections idle (no byte either way) for this long are closed: slow clients are cut. */
  static final long IDLE_MILLIS = 30_000;

  private final Javalin app;
  private final Routes routes;
  private final ExplorerOptions options;

  private Explorer(Javalin app, Routes routes, ExplorerOptions options) {
    this.app = app;
    this.routes = routes;
    this.options = options;
  }

  /**
   * Starts serving.
   *
   * @param options host, port and session limits
   * @return the running server; stop it with {@link #close()}
   * @throws IllegalArgumentException if the host is not a known address
   * @throws IllegalStateException if the port cannot be bound (in use, or not allowed), with
   *     one line saying which
   */
  public static Explorer start(ExplorerOptions options) {
    InetAddress address;
    try {
      address = InetAddress.getByName(options.host());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host '" + options.host() + "'");
    }
    String version = Explorer.class.getPackage().getImplementationVersion();
    Routes routes = new Routes(options, version == null ? "dev" : version);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = ExplorerOptions.MAX_BODY_BYTES;
      config.http.disableCompression();
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // let encoded dots, slashes and backslashes reach the router, which answers 404
        http.setUriCompliance(UriCompliance.UNSAFE);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(PathGuard.jsonErrors()));
      config.jetty.addConnector((server, http) -> {
        ServerConnector c = new ServerConnector(server, PathGuard.connections(http));
        c.setHost(address.getHostAddress());
        c.setPort(options.port());
        c.setIdleTimeout(IDLE_MILLIS);
        // a burst of connections (a page opens several; a load test hundreds) waits in the queue
        c.setAcceptQueueSize(1024);
        return c;
      });
    });
    Routes.errors(app);
    routes.register(app);
    try {
      app.start();
    } catch (RuntimeException e) {
      routes.shutdown();
      try {
        app.stop();
      } catch (RuntimeException ignored) {
        // nothing was started
      }
      throw new IllegalStateException(bindProblem(options, e), e);
    }
    return new Explorer(app, routes, options);
  }

  private static String bindProblem(ExplorerOptions options, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException b) {
        String m = b.getMessage() == null ? "" : b.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("in use")) {
          return "port " + options.port() + " on " + options.host()
              + " is in use; choose another with --port";
        }
        if (m.contains("assign")) {
          return "cannot bind " + options.host() + ": it is not an address of this machine";
        }
        return "cannot bind " + options.host() + ":" + options.port() + ": " + b.getMessage();
      }
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.toLowerCase(java.util.Locale.ROOT).contains("port already in use")) {
      return "port " + options.port() + " on " + options.host()
          + " is in use; choose another with --port";
    }
    return "cannot start the server on " + options.host() + ":" + options.port() + ": "
        + m.lines().findFirst().orElse(e.getClass().getSimpleName());
  }

  /**
   * The port it listens on (the chosen one when the options said 0).
   *
   * @return the bound TCP port, 1 to 65535
   */
  public int port() {
    return app.port();
  }

  /**
   * The page's address, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the URL of the explorer page, ending with a slash; an IPv6 host in brackets
   */
  public String url() {
    String host = options.host();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops the training sessions, then the server; the port is released when this returns. */
  @Override
  public void close() {
    routes.shutdown();
    app.stop();
  }
}
