package dev.activations.web.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page's files, from the jar: {@code /} (index.html), {@code /static/NAME} for the files of
 * {@code dev/activations/web/static/} and {@code /vendor/chart.umd.js} from the Chart.js WebJar.
 * A file name must be one plain segment of lower-case letters, digits and hyphens with a known
 * extension, so that {@code ../}, {@code %2e%2e/}, encoded slashes and backslashes never reach
 * a resource lookup: they are 404.
 *
 * <p>Every response carries a Content-Security-Policy that allows only this origin (no inline
 * script or style, no other host), {@code X-Content-Type-Options: nosniff}, no referrer and no
 * framing; no CORS header is ever sent, so other origins cannot read the API.
 */
final class StaticFiles {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css|svg|html)");
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript",
      "css", "text/css", "svg", "image/svg+xml", "html", "text/html");
  private static final String ROOT = "dev/activations/web/static/";
  private static final String CHART = "META-INF/resources/webjars/chart.js/"
      + WebJars.version("chart.js") + "/dist/chart.umd.js";

  private StaticFiles() {}

  static void register(Javalin app) {
    app.before(StaticFiles::headers);
    app.get("/", ctx -> serve(ctx, ROOT + "index.html", "html"));
    app.get("/static/{name}", ctx -> {
      String name = ctx.pathParam("name");
      if (!NAME.matcher(name).matches()) {
        throw ApiException.notFound(null, "not found: " + ctx.path());
      }
      serve(ctx, ROOT + name, name.substring(name.lastIndexOf('.') + 1));
    });
    app.get("/vendor/chart.umd.js", ctx -> serve(ctx, CHART, "js"));
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-cache");
  }

  private static void serve(Context ctx, String resource, String extension) throws IOException {
    InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw ApiException.notFound(null, "not found: " + ctx.path());
    }
    try (in) {
      ctx.contentType(TYPES.get(extension) + "; charset=utf-8").result(in.readAllBytes());
    }
  }
}
