package dev.activations.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.ParameterInfo;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint of the API and every refusal, against the real server on an ephemeral port. */
class ApiTest {
  private static Explorer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = Explorer.start(ExplorerOptions.defaults().withPort(0));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void functionsListsEveryRegistryFunctionWithItsParametersAsCoreDeclaresThem() throws Exception {
    Http.Answer a = http.get("/api/v1/functions");
    assertThat(a.status()).isEqualTo(200);
    JsonNode all = a.json();
    assertThat(all.size()).isEqualTo(Activations.all().size());
    int elementwise = 0;
    for (int i = 0; i < all.size(); i++) {
      var info = Activations.all().get(i);
      JsonNode f = all.get(i);
      assertThat(f.get("name").asText()).isEqualTo(info.name());
      assertThat(f.get("formula").asText()).isEqualTo(info.formula());
      elementwise += f.get("kind").asText().equals("elementwise") ? 1 : 0;
      assertThat(f.get("parameters").size()).isEqualTo(info.parameters().size());
      for (int k = 0; k < info.parameters().size(); k++) {
        ParameterInfo p = info.parameters().get(k);
        JsonNode q = f.get("parameters").get(k);
        assertThat(q.get("name").asText()).isEqualTo(p.name());
        assertThat(q.get("domain").asText()).isEqualTo(p.constraint());
        assertThat(q.get("default").isNull() ? null : q.get("default").asText())
            .isEqualTo(p.defaultValue());
        if (p.type().equals("float")) {
          JsonNode c = q.get("control");
          assertThat(c.get("min").asDouble()).isLessThan(c.get("max").asDouble());
          // the slider's initial value is the default, inside the slider's span
          assertThat(c.get("initial").asDouble()).isBetween(c.get("min").asDouble(),
              c.get("max").asDouble());
        }
      }
    }
    assertThat(elementwise).isEqualTo((int) Activations.all().stream()
        .filter(info -> info.kind() == dev.activations.FunctionInfo.Kind.ELEMENTWISE).count());
    assertThat(elementwise).isGreaterThanOrEqualTo(25); // the 25 of README's table, at least
  }

  @ParameterizedTest
  @CsvSource({"gelu(approximate=tanh), float32", "elu(alpha=0.5), float64",
      "softplus, float32", "hardswish, float64"})
  void curvesAreTheLibrarysValuesOnTheStatedGrid(String spec, String dtype) throws Exception {
    Http.Answer a = http.get("/api/v1/curve?spec=" + enc(spec) + "&from=-4&to=4&points=9"
        + "&dtype=" + dtype);
    assertThat(a.status()).isEqualTo(200);
    Activation f = Activations.of(spec);
    assertThat(a.json().get("spec").asText()).isEqualTo(f.spec());
    for (int i = 0; i < 9; i++) {
      double x = -4 + i;
      assertThat(a.json().get("x").get(i).asDouble()).isEqualTo(x);
      if (dtype.equals("float32")) {
        assertThat((float) a.json().get("f").get(i).asDouble()).isEqualTo(f.value((float) x));
        assertThat((float) a.json().get("df").get(i).asDouble())
            .isEqualTo(f.derivative((float) x));
      } else {
        assertThat(a.json().get("f").get(i).asDouble()).isEqualTo(f.value(x));
        assertThat(a.json().get("df").get(i).asDouble()).isEqualTo(f.derivative(x));
      }
    }
  }

  @Test
  void onePointAndTheMostPointsAreServed() throws Exception {
    Http.Answer one = http.get("/api/v1/curve?spec=relu&from=0&to=0&points=1");
    assertThat(one.status()).isEqualTo(200);
    // relu'(0) = 0: PyTorch's convention at the kink
    assertThat(one.json().get("df").get(0).asDouble()).isEqualTo(0.0);
    Http.Answer most = http.get("/api/v1/curve?spec=tanh&points=100001");
    assertThat(most.status()).isEqualTo(200);
    assertThat(most.json().get("x").size()).isEqualTo(100_001);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/v1/curve?spec=gelo | spec | closest: gelu",
      "/api/v1/curve | spec | spec is required",
      "/api/v1/curve?spec=celu(alpha%3D0) | spec | outside its domain",
      "/api/v1/curve?spec=leaky_relu(negative_slope%3Dnan) | spec | negative_slope",
      "/api/v1/curve?spec=softmax | spec | softmax",
      "/api/v1/curve?spec=relu&points=100002 | points | 1 … 100001",
      "/api/v1/curve?spec=relu&points=0 | points | 1 … 100001",
      "/api/v1/curve?spec=relu&points=ten | points | integer",
      "/api/v1/curve?spec=relu&from=NaN | from | finite",
      "/api/v1/curve?spec=relu&to=Infinity | to | finite",
      "/api/v1/curve?spec=relu&from=abc | from | number",
      "/api/v1/curve?spec=relu&from=3&to=1 | to | greater than from",
      "/api/v1/curve?spec=relu&from=-1e308&to=1e308 | to | too wide",
      "/api/v1/curve?spec=relu&dtype=float16 | dtype | float32 or float64",
      "/api/v1/properties?spec=sigmod | spec | closest: sigmoid",
      "/api/v1/properties | spec | spec is required"})
  void badQueriesAre400WithTheFieldNamed(String path, String field, String words)
      throws Exception {
    Http.Answer a = http.get(path);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.field()).isEqualTo(field);
    assertThat(a.error()).contains(words);
    assertThat(a.response().body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void propertiesAreCoresAnalysis() throws Exception {
    Http.Answer a = http.get("/api/v1/properties?spec=relu");
    assertThat(a.status()).isEqualTo(200);
    var p = dev.activations.Properties.of(Activations.of("relu"));
    assertThat(a.json().get("range").asText()).isEqualTo(p.range().toString());
    assertThat(a.json().get("sparsity").asDouble()).isEqualTo(p.sparsity());
    assertThat(a.json().get("saturation").asText()).isEqualTo("left");
    assertThat(a.json().get("monotonic").asBoolean()).isTrue();
  }

  @Test
  void tablesPresetsAndTheOpenApiDocumentAreServed() throws Exception {
    Http.Answer pairing = http.get("/api/v1/tables/pairing");
    assertThat(pairing.status()).isEqualTo(200);
    assertThat(pairing.json().get(0).get("rows").toString()).contains("CrossEntropyLoss");
    Http.Answer props = http.get("/api/v1/tables/properties");
    assertThat(props.status()).isEqualTo(200);
    assertThat(props.json().get("rows").size()).isGreaterThanOrEqualTo(25);
    Http.Answer presets = http.get("/api/v1/presets");
    List<String> names = new ArrayList<>();
    presets.json().forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).isEqualTo(dev.activations.experiments.Experiments.names());
    for (JsonNode p : presets.json()) {
      // every preset is a setup the server accepts
      String id = http.train(p.get("setup").toString());
      assertThat(http.delete("/api/v1/train/" + id).status()).isEqualTo(200);
    }
    Http.Answer options = http.get("/api/v1/playground");
    assertThat(options.json().get("datasets").toString()).contains("spiral", "digits");
    assertThat(options.json().get("initializers").toString()).contains("nielsen");
    Http.Answer doc = http.get("/openapi.json");
    assertThat(doc.json().get("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.json().get("paths");
    for (String p : List.of("/api/v1/functions", "/api/v1/curve", "/api/v1/properties",
        "/api/v1/train", "/api/v1/train/{id}/events", "/api/v1/train/{id}/pause",
        "/api/v1/train/{id}/resume", "/api/v1/train/{id}/step", "/api/v1/train/{id}/reset",
        "/api/v1/train/{id}")) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
    assertThat(paths.get("/api/v1/train/{id}").has("delete")).isTrue();
    // docs/api.md lists every route of the document
    String api = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "api.md"));
    paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method ->
        assertThat(api).as("docs/api.md lists %s %s", method, p.getKey())
            .contains(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
  }

  @Test
  void aSessionPlaysPausesStepsResetsAndIsDeleted() throws Exception {
    String id = http.train("{\"dataset\":\"xor\",\"layers\":[{\"units\":4,\"activation\":"
        + "\"tanh\"},{\"units\":4,\"activation\":\"tanh\"}],\"seed\":3}");
    String t = "/api/v1/train/" + id;
    JsonNode f0 = http.get(t).json();
    assertThat(f0.get("state").asText()).isEqualTo("paused");
    assertThat(f0.get("point").get("step").asLong()).isZero();
    JsonNode f1 = http.post(t + "/step?count=7", null).json();
    assertThat(f1.get("point").get("step").asLong()).isEqualTo(7);
    assertThat(f1.get("boundary").get("p").size()).isEqualTo(50 * 50);
    assertThat(f1.get("layers").get(0).get("histogram").get("counts").size()).isEqualTo(48);
    assertThat(http.post(t + "/resume", null).json().get("state").asText())
        .isEqualTo("playing");
    Http.Answer busy = http.post(t + "/step", null);
    assertThat(busy.status()).isEqualTo(409);
    assertThat(busy.field()).isEqualTo("state");
    Thread.sleep(300);
    JsonNode paused = http.post(t + "/pause", null).json();
    assertThat(paused.get("state").asText()).isEqualTo("paused");
    assertThat(paused.get("point").get("step").asLong()).isGreaterThan(7);
    // reset: step 0 again, and the same steps give the same losses, bit for bit
    JsonNode r = http.post(t + "/reset", null).json();
    assertThat(r.get("point").get("step").asLong()).isZero();
    assertThat(r.get("point").get("trainLoss")).isEqualTo(f0.get("point").get("trainLoss"));
    JsonNode again = http.post(t + "/step?count=7", null).json();
    assertThat(again.get("point").get("testLoss")).isEqualTo(f1.get("point").get("testLoss"));
    assertThat(http.post(t + "/step?count=1001", null).field()).isEqualTo("count");
    assertThat(http.post(t + "/step?count=0", null).status()).isEqualTo(400);
    assertThat(http.delete(t).status()).isEqualTo(200);
    for (String op : List.of("/pause", "/resume", "/step", "/reset")) {
      Http.Answer gone = http.post(t + op, null);
      assertThat(gone.status()).isEqualTo(404);
      assertThat(gone.field()).isEqualTo("id");
    }
    assertThat(http.get(t).status()).isEqualTo(404);
    assertThat(http.delete(t).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"dataset\":\"xor\" | | malformed JSON",
      "{\"learningRate\": NaN} | | malformed JSON",
      "{\"learningRate\": Infinity} | | malformed JSON",
      "{\"learningRate\": 1e400} | learningRate | finite",
      "{\"learningRate\": \"NaN\"} | learningRate | finite",
      "{\"learningRate\": 0} | learningRate | > 0",
      "{\"learningRate\": -1} | learningRate | 0.0…10.0",
      "{\"noise\": true} | noise | wrong type",
      "{\"layers\": 3} | layers | wrong type",
      "{\"layers\": []} | layers | 1 to 8",
      "{\"layers\": [{},{},{},{},{},{},{},{},{}]} | layers | 1 to 8",
      "{\"layers\": [{\"units\": 65}] } | layers[0].units | 1…64",
      "{\"layers\": [{\"units\": 0}] } | layers[0].units | 1…64",
      "{\"layers\": [{\"units\": 2.5}] } | layers[0].units | not a valid integer",
      "{\"layers\": [{\"units\": \"4\"}] } | layers[0].units | wrong type",
      "{\"layers\": [{\"units\": 4, \"activation\": \"tanh\"}, {\"units\": 4, \"activation\": \"rleu\"}]} | layers[1].activation | closest: elu, glu, relu",
      "{\"layers\": [{\"units\": 4, \"activation\": \"celu(alpha=0)\"}]} | layers[0].activation | outside its domain",
      "{\"layers\": [{\"units\": 6, \"activation\": \"prelu(num_parameters=4)\"}]} | layers[0].activation | does not divide",
      "{\"layers\": [{\"units\": 4, \"activation\": \"softmax\"}]} | layers[0].activation | softmax",
      "{\"layers\": [{\"units\": 4, \"width\": 4}]} | layers[0].width | unknown field",
      "{\"dataset\": \"mnist\"} | dataset | unknown dataset",
      "{\"initializer\": \"kaiming\"} | initializer | kaiming",
      "{\"optimizer\": \"rmsprop\"} | optimizer | sgd, adam",
      "{\"batchSize\": 0} | batchSize | 1…1024",
      "{\"seed\": 1.5} | seed | not a valid integer",
      "{\"colour\": 1} | colour | unknown field",
      "[] | | wrong type",
      "null | | null",
      "{} {} | | malformed JSON"})
  void badSetupsAre400WithTheFieldNamed(String body, String field, String words)
      throws Exception {
    Http.Answer a = http.post("/api/v1/train", body);
    assertThat(a.status()).as(a.response().body()).isEqualTo(400);
    assertThat(a.field()).isEqualTo(field);
    assertThat(a.error()).contains(words);
    assertThat(a.response().body()).doesNotContain("Exception", "\tat ", "jackson");
  }

  @Test
  void anEmptyOrNonJsonBodyIsRefused() throws Exception {
    assertThat(http.post("/api/v1/train", "").status()).isEqualTo(400);
    Http.Answer a = http.send(HttpRequest.newBuilder(URI.create(http.base + "/api/v1/train"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(a.status()).isEqualTo(415);
  }

  @Test
  void bodiesOver64KibAre413() throws Exception {
    String big = "{\"dataset\":\"xor\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
    Http.Answer a = http.post("/api/v1/train", big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("65536");
    // a body just under the limit is read (and refused for its unknown field, not its size)
    String under = "{\"pad\":\"" + "x".repeat(65_000) + "\"}";
    assertThat(http.post("/api/v1/train", under).status()).isEqualTo(400);
  }

  @Test
  void theSeventeenthTrainingIs429() throws Exception {
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        ids.add(http.train("{\"seed\":" + i + "}"));
      }
      Http.Answer a = http.post("/api/v1/train", "{}");
      assertThat(a.status()).isEqualTo(429);
      assertThat(a.error()).contains("too many training sessions");
    } finally {
      for (String id : ids) {
        http.delete("/api/v1/train/" + id);
      }
    }
    String id = http.train("{}");
    http.delete("/api/v1/train/" + id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%2f..%2fpom.xml", "/static/..%5c..%5cpom.xml", "/static/%2E%2E%5Cindex.html",
      "/%2e%2e/%2e%2e/etc/passwd", "/static/..\\..\\pom.xml", "/static/%2fetc%2fpasswd",
      "/static/nothing.js", "/static/index.HTML", "/vendor/../static/app.js"})
  void pathTraversalIs404(String path) throws Exception {
    String answer = http.raw(path);
    assertThat(answer).startsWith("HTTP/1.1 404");
    assertThat(answer).doesNotContain("root:", "<project", "import ");
  }

  @Test
  void thePageItsFilesAndTheirHeaders() throws Exception {
    Http.Answer page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.response().body()).contains("/vendor/chart.umd.js", "/static/app.js")
        .doesNotContain("https://");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
        .doesNotContain("unsafe", "*", "http");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    for (String f : List.of("/static/app.js", "/static/style.css", "/vendor/chart.umd.js",
        "/static/playground.js", "/static/functions.js")) {
      Http.Answer a = http.get(f);
      assertThat(a.status()).as(f).isEqualTo(200);
      assertThat(a.header("Content-Type")).startsWith(f.endsWith(".css") ? "text/css"
          : "text/javascript");
    }
    Http.Answer api = http.get("/api/v1/functions");
    assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void noCorsHeaderEvenWhenAnotherOriginAsks() throws Exception {
    Http.Answer get = http.send(HttpRequest.newBuilder(URI.create(http.base
        + "/api/v1/functions")).header("Origin", "https://elsewhere.example").GET());
    assertThat(get.response().headers().map().keySet())
        .noneMatch(h -> h.toLowerCase().startsWith("access-control"));
    Http.Answer preflight = http.send(HttpRequest.newBuilder(URI.create(http.base
        + "/api/v1/train")).header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.response().headers().map().keySet())
        .noneMatch(h -> h.toLowerCase().startsWith("access-control"));
    assertThat(preflight.status()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
    Http.Answer a = http.get("/api/v2/functions");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().has("error")).isTrue();
    Http.Answer b = http.delete("/api/v1/functions");
    assertThat(b.status()).isIn(404, 405);
    assertThat(b.json().has("error")).isTrue();
  }

  @Test
  void theStreamSendsSetupHistoryAndLiveFramesAndEndsWhenTheSessionIsDeleted()
      throws Exception {
    String id = http.train("{\"dataset\":\"moons\",\"layers\":[{\"units\":8,\"activation\":"
        + "\"swish(beta=1.0, learnable=true)\"}]}");
    HttpResponse<InputStream> r = http.client.send(HttpRequest.newBuilder(URI.create(
        http.base + "/api/v1/train/" + id + "/events")).header("Accept", "text/event-stream")
        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    List<String> events = new ArrayList<>();
    JsonNode lastFrame = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(),
        StandardCharsets.UTF_8))) {
      String event = null;
      String line;
      boolean resumed = false;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
          events.add(event);
        } else if (line.startsWith("data: ") && "frame".equals(event)) {
          lastFrame = Http.JSON.readTree(line.substring(6));
          if (!resumed) {
            http.post("/api/v1/train/" + id + "/resume", null);
            resumed = true;
          } else if (lastFrame.get("point").get("step").asLong() > 50) {
            http.delete("/api/v1/train/" + id);
          }
        } else if (line.startsWith("event: closed")) {
          break;
        }
      }
    }
    assertThat(events.subList(0, 3)).containsExactly("setup", "history", "frame");
    assertThat(events).contains("closed");
    assertThat(events.stream().filter("frame"::equals).count()).isGreaterThan(3);
    // the learnable β is reported per layer
    assertThat(lastFrame.get("layers").get(0).get("parameters").size()).isEqualTo(1);
    assertThat(http.get("/api/v1/train/" + id + "/events").status()).isEqualTo(404);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
