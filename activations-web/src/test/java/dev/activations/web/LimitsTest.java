package dev.activations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Idle timeout, step limit, vanished streams, shutdown, and what start refuses. */
class LimitsTest {

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition, int millis)
      throws Exception {
    long end = System.currentTimeMillis() + millis;
    while (!condition.call()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("condition not met within " + millis + " ms");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void anIdleSessionIsRemovedAndAPlayingOneStopsAtTheStepLimit() throws Exception {
    ExplorerOptions o = ExplorerOptions.defaults().withPort(0)
        .withIdleTimeout(Duration.ofMillis(1500)).withMaxSteps(60);
    try (Explorer e = Explorer.start(o)) {
      Http http = new Http(e);
      String idle = http.train("{}");
      Thread.sleep(4000);
      assertThat(http.get("/api/v1/train/" + idle).status()).isEqualTo(404);
      String busy = http.train("{\"stepsPerUpdate\":7}");
      http.post("/api/v1/train/" + busy + "/resume", null);
      waitFor(() -> http.get("/api/v1/train/" + busy).json().path("state").asText()
          .equals("finished"), 10_000);
      assertThat(http.get("/api/v1/train/" + busy).json().get("point").get("step").asLong())
          .isEqualTo(60);
      assertThat(http.post("/api/v1/train/" + busy + "/step?count=5", null).json()
          .get("point").get("step").asLong()).isEqualTo(60);
    }
  }

  @Test
  void aStreamWhoseClientVanishesIsReleased() throws Exception {
    ExplorerOptions o = ExplorerOptions.defaults().withPort(0)
        .withIdleTimeout(Duration.ofMillis(1500));
    try (Explorer e = Explorer.start(o)) {
      Http http = new Http(e);
      String id = http.train("{}");
      http.post("/api/v1/train/" + id + "/resume", null);
      java.net.Socket socket = new java.net.Socket("127.0.0.1", http.port);
      socket.getOutputStream().write(("GET /api/v1/train/" + id + "/events HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      byte[] first = socket.getInputStream().readNBytes(1500);
      assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
          .startsWith("HTTP/1.1 200").contains("event: setup");
      // a connected stream keeps the session alive past the idle timeout
      Thread.sleep(3000);
      assertThat(http.get("/api/v1/train/" + id).status()).isEqualTo(200);
      // the client vanishes without a word
      socket.setSoLinger(true, 0);
      socket.close();
      // gone: the stream notices at its next frame and detaches; with nobody asking (a request
      // would count as use) the session then times out
      Thread.sleep(6000);
      assertThat(http.get("/api/v1/train/" + id).status()).isEqualTo(404);
    }
  }

  @Test
  void closeStopsTrainingsEndsStreamsAndReleasesThePort() throws Exception {
    Explorer e = Explorer.start(ExplorerOptions.defaults().withPort(0));
    Http http = new Http(e);
    String id = http.train("{}");
    http.post("/api/v1/train/" + id + "/resume", null);
    HttpResponse<InputStream> r = http.client.send(HttpRequest.newBuilder(URI.create(
        http.base + "/api/v1/train/" + id + "/events")).header("Accept", "text/event-stream")
        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    InputStream in = r.body();
    in.readNBytes(1000);
    long t0 = System.nanoTime();
    e.close();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    // the stream ends
    byte[] rest = in.readAllBytes();
    assertThat(rest).isNotNull();
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", http.port));
      assertThat(s.isBound()).isTrue();
    }
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
        && t.getName().startsWith("explorer-training") && !t.isDaemon());
  }

  @Test
  void aPortInUseAndAnUnknownHostAreOneLineEach() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> Explorer.start(ExplorerOptions.defaults().withPort(port)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("port " + port + " on 127.0.0.1 is in use; choose another with --port");
    }
    assertThatThrownBy(() -> Explorer.start(ExplorerOptions.defaults().withPort(0)
        .withHost("no-such-host.invalid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown host 'no-such-host.invalid'");
    assertThatThrownBy(() -> Explorer.start(ExplorerOptions.defaults().withPort(0)
        .withHost("192.0.2.1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an address of this machine");
    assertThatThrownBy(() -> ExplorerOptions.defaults().withPort(70000))
        .hasMessageContaining("0..65535");
  }
}
