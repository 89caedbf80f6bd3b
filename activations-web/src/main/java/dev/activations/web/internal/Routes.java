package dev.activations.web.internal;

import dev.activations.Activation;
import dev.activations.web.ExplorerOptions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The API under {@code /api/v1}, the OpenAPI document and the page's files, registered on a
 * Javalin app. Every handler does bounded work: a curve has at most 100,001 points, a step
 * request at most 1,000 steps and 2 s, properties are cached; Jetty's idle timeout ends
 * connections that stall.
 */
public final class Routes {
  static final String JSON = "application/json";
  /** The longest a step request computes before it answers with the steps done so far. */
  static final long STEP_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(2);
  static final int MAX_STEPS_PER_REQUEST = 1000;
  /** Between two frames a stream sends a comment at least this often (to notice a gone client). */
  static final long KEEP_ALIVE_MILLIS = 15_000;

  private final Sessions sessions;
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final String version;
  private volatile String functionsJson;
  private volatile String propertyTableJson;
  private volatile String pairingJson;
  private volatile String presetsJson;

  /** Routes whose sessions follow the options' limits. */
  public Routes(ExplorerOptions options, String version) {
    this.sessions = new Sessions(options.maxSessions(), options.idleTimeout(),
        options.maxSteps());
    this.version = version;
  }

  /** Stops every training session and its threads. */
  public void shutdown() {
    sessions.shutdown();
  }

  private static Endpoint.Param query(String name, String type, boolean required, String text) {
    return new Endpoint.Param(name, "query", type, required, text);
  }

  private static final Endpoint.Param ID =
      new Endpoint.Param("id", "path", "string", true, "the session id from POST /api/v1/train");

  private void add(Javalin app, String method, String path, String summary,
      List<Endpoint.Param> params, String body, List<String> answers, Handler handler) {
    endpoints.add(new Endpoint(method, path, summary, params, body, answers));
    switch (method) {
      case "GET" -> app.get(path, handler);
      case "POST" -> app.post(path, handler);
      case "DELETE" -> app.delete(path, handler);
      default -> throw new IllegalArgumentException(method);
    }
  }

  /** Registers everything on the app. */
  public void register(Javalin app) {
    List<String> specErrors = List.of("400 a parameter is missing, malformed or out of range,"
        + " or the spec names an unknown function (with the closest names)");
    List<String> sessionErrors = List.of("404 no session has this id");
    add(app, "GET", "/api/v1/functions", "Every function with its parameters (name, type,"
        + " default, domain, control), formula, derivative, range and conventions.", List.of(),
        null, List.of(), ctx -> json(ctx, functions()));
    add(app, "GET", "/api/v1/curve", "f and f′ on an even grid, by the library's array kernels.",
        List.of(query("spec", "string", true, "an element-wise specification, e.g."
                + " gelu(approximate=tanh)"),
            query("from", "number", false, "the first x, finite (default −5)"),
            query("to", "number", false, "the last x, finite, ≥ from (default 5; = from for one"
                + " point)"),
            query("points", "integer", false, "1 … 100001 (default 801)"),
            query("dtype", "string", false, "float32 (default) or float64")),
        null, specErrors, this::curve);
    add(app, "GET", "/api/v1/properties", "The property analysis of one specification.",
        List.of(query("spec", "string", true, "an element-wise specification")), null,
        specErrors, ctx -> json(ctx, Mapper.write(PropertyRows.of(activation(ctx)))));
    add(app, "GET", "/api/v1/tables/properties", "The property table of every element-wise"
        + " function (plot's PropertyTable).", List.of(), null, List.of(),
        ctx -> json(ctx, propertyTable()));
    add(app, "GET", "/api/v1/tables/pairing", "The output-activation ↔ loss pairing table and"
        + " its worked example (plot's PairingTable).", List.of(), null, List.of(),
        ctx -> json(ctx, pairing()));
    add(app, "GET", "/api/v1/presets", "One playground setup per experiment, with what to look"
        + " at.", List.of(), null, List.of(), ctx -> json(ctx, presets()));
    add(app, "GET", "/api/v1/playground", "What a training setup may hold: data sets,"
        + " initializers, optimizers, the limits and the defaults.", List.of(), null, List.of(),
        ctx -> json(ctx, Mapper.write(TrainSetup.options())));
    add(app, "POST", "/api/v1/train", "Starts a training session (paused at step 0) from a"
        + " training setup; answers its id.", List.of(),
        "a training setup: dataset, examples, noise, testFraction, layers [{units,"
            + " activation}], initializer, optimizer, learningRate, momentum, batchSize, l2,"
            + " seed, stepsPerUpdate; every field optional",
        List.of("400 malformed JSON or a field out of range (the field is named)",
            "413 the body is larger than 64 KiB",
            "429 16 sessions are alive already"), this::train);
    add(app, "GET", "/api/v1/train/{id}", "The session's latest frame.", List.of(ID), null,
        sessionErrors, ctx -> json(ctx, sessions.get(ctx.pathParam("id")).frame()));
    add(app, "POST", "/api/v1/train/{id}/pause", "Pauses a playing session.", List.of(ID), null,
        sessionErrors, ctx -> control(ctx, Session::pause));
    add(app, "POST", "/api/v1/train/{id}/resume", "Plays: stepsPerUpdate steps and one frame"
        + " every 50 ms.", List.of(ID), null, sessionErrors, ctx -> control(ctx, Session::play));
    add(app, "POST", "/api/v1/train/{id}/step", "Takes steps now (paused sessions only).",
        List.of(ID, query("count", "integer", false, "1 … 1000 (default 1); at most 2 s of"
            + " work")), null,
        List.of("400 count out of range", "404 no session has this id",
            "409 the session is playing"), this::step);
    add(app, "POST", "/api/v1/train/{id}/reset", "Back to step 0 with the same data, initial"
        + " network and shuffling.", List.of(ID), null, sessionErrors,
        ctx -> control(ctx, Session::reset));
    add(app, "DELETE", "/api/v1/train/{id}", "Stops and removes the session.", List.of(ID),
        null, sessionErrors, ctx -> {
          sessions.delete(ctx.pathParam("id"));
          json(ctx, "{\"deleted\":true}");
        });
    endpoints.add(new Endpoint("GET", "/api/v1/train/{id}/events", "The live stream"
        + " (Server-Sent Events): a setup event, a history event, then a frame event for every"
        + " new frame and a comment every 15 s.", List.of(ID), null,
        List.of("404 no session has this id", "429 4 streams are open on this session")));
    app.before("/api/v1/train/{id}/events", ctx -> sessions.get(ctx.pathParam("id")));
    app.sse("/api/v1/train/{id}/events", this::stream);
    app.get("/openapi.json", ctx -> json(ctx, Mapper.write(OpenApi.document(endpoints, version))));
    StaticFiles.register(app);
  }

  private String functions() {
    String s = functionsJson;
    if (s == null) {
      s = functionsJson = Mapper.write(FunctionCatalog.all());
    }
    return s;
  }

  private String propertyTable() {
    String s = propertyTableJson;
    if (s == null) {
      s = propertyTableJson =
          Mapper.write(PropertyRows.table(dev.activations.plot.PropertyTable.all()));
    }
    return s;
  }

  private String pairing() {
    String s = pairingJson;
    if (s == null) {
      s = pairingJson = Mapper.write(dev.activations.plot.PairingTable.tables().stream()
          .map(PropertyRows::table).toList());
    }
    return s;
  }

  private String presets() {
    String s = presetsJson;
    if (s == null) {
      s = presetsJson = Mapper.write(Presets.all());
    }
    return s;
  }

  static void json(Context ctx, String body) {
    ctx.contentType(JSON).result(body);
  }

  private static Activation activation(Context ctx) {
    String spec = ctx.queryParam("spec");
    if (spec == null || spec.isBlank()) {
      throw ApiException.badRequest("spec", "spec is required, e.g. spec=relu");
    }
    if (spec.length() > 1000) {
      throw ApiException.badRequest("spec", "spec is longer than 1000 characters");
    }
    return TrainSetup.activation("spec", spec);
  }

  private static double number(Context ctx, String name, double dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    double x;
    try {
      x = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, name + " must be a number, got '" + v + "'");
    }
    if (!Double.isFinite(x)) {
      throw ApiException.badRequest(name, name + " must be finite, got " + v);
    }
    return x;
  }

  private static int integer(Context ctx, String name, int dflt, int lo, int hi) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    int x;
    try {
      x = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, name + " must be an integer in " + lo + " … " + hi
          + ", got '" + v + "'");
    }
    if (x < lo || x > hi) {
      throw ApiException.badRequest(name, name + " must be in " + lo + " … " + hi + ", got " + x);
    }
    return x;
  }

  private void curve(Context ctx) {
    Activation f = activation(ctx);
    double from = number(ctx, "from", -5);
    double to = number(ctx, "to", 5);
    int points = integer(ctx, "points", 801, 1, Curves.MAX_POINTS);
    String dtype = ctx.queryParam("dtype") == null ? "float32" : ctx.queryParam("dtype");
    if (!dtype.equals("float32") && !dtype.equals("float64")) {
      throw ApiException.badRequest("dtype", "dtype must be float32 or float64, got '" + dtype
          + "'");
    }
    if (points == 1 ? from != to : !(from < to)) {
      throw ApiException.badRequest("to", points == 1 ? "one point needs from = to"
          : "to must be greater than from");
    }
    if (!Double.isFinite(to - from)) {
      throw ApiException.badRequest("to", "the range from … to is too wide");
    }
    json(ctx, Mapper.write(Curves.curve(f, ctx.queryParam("spec"), from, to, points,
        dtype.equals("float32"))));
  }

  private void train(Context ctx) throws java.io.IOException {
    String type = ctx.contentType();
    if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith(JSON)) {
      throw new ApiException(415, "the body must be application/json, got " + type, null);
    }
    TrainRequest request = Mapper.read(ctx.req().getInputStream(),
        ExplorerOptions.MAX_BODY_BYTES, TrainRequest.class);
    TrainSetup setup = TrainSetup.of(request);
    Session s = sessions.create(setup);
    ctx.status(201);
    json(ctx, s.setupJson());
  }

  private void control(Context ctx, java.util.function.Consumer<Session> action) {
    Session s = sessions.get(ctx.pathParam("id"));
    action.accept(s);
    json(ctx, s.frame());
  }

  private void step(Context ctx) {
    int count = integer(ctx, "count", 1, 1, MAX_STEPS_PER_REQUEST);
    Session s = sessions.get(ctx.pathParam("id"));
    s.step(count, STEP_BUDGET_NANOS);
    json(ctx, s.frame());
  }

  private void stream(SseClient client) {
    Session s;
    try {
      s = sessions.get(client.ctx().pathParam("id"));
    } catch (ApiException e) {
      client.sendEvent("error", Mapper.write(Map.of("error", e.getMessage())));
      return;
    }
    if (!s.attach(Sessions.MAX_STREAMS)) {
      client.sendEvent("error", Mapper.write(Map.of("error", "too many streams on session "
          + s.id)));
      return;
    }
    try {
      client.sendEvent("setup", s.setupJson());
      client.sendEvent("history", s.historyJson());
      long seen = -2;
      while (!client.terminated()) {
        Object[] next = s.awaitFrame(seen, KEEP_ALIVE_MILLIS);
        if (next == null) {
          client.sendComment("keep-alive");
          s.touch();
          continue;
        }
        seen = (Long) next[0];
        if (seen < 0) {
          client.sendEvent("closed", "{\"state\":\"closed\"}");
          break;
        }
        client.sendEvent("frame", (String) next[1]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      s.detach();
    }
  }

  /** Maps every exception to a JSON error: never a stack trace, never an HTML page. */
  public static void errors(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(),
        e.field()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500,
        "internal error: " + e.getClass().getSimpleName(), null));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not found: " + ctx.method() + " " + ctx.path(), null);
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " "
        + ctx.path(), null));
  }

  static void error(Context ctx, int status, String message, String field) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("error", message);
    m.put("field", field);
    ctx.status(status).contentType(JSON).result(Mapper.write(m));
  }
}
