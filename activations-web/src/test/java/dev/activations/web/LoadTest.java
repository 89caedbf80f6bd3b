package dev.activations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: 200 clients asking for curves back to back and 16 trainings
 * playing with a stream each, for 30 s ({@code -Dexplorer.load.seconds=N} changes it). It checks
 * that nothing fails (every curve 200, every training alive and advancing); the latencies and the
 * heap after the run are written to target/explorer-load.md, never judged here (timings vary
 * with the machine; docs/explorer.md keeps a measured table).
 */
class LoadTest {
  private static final int CLIENTS = 200;
  private static final int TRAININGS = 16;
  private static final String[] SPECS = {"relu", "gelu", "gelu(approximate=tanh)", "silu",
      "mish", "elu(alpha=0.7)", "selu", "softplus(beta=2.0)", "tanh", "sigmoid",
      "leaky_relu(negative_slope=0.2)", "hardswish", "swish(beta=1.5)", "celu(alpha=1.3)"};

  @Test
  void twoHundredCurveClientsAndSixteenTrainingsForThirtySeconds() throws Exception {
    int seconds = Integer.getInteger("explorer.load.seconds", 30);
    try (Explorer e = Explorer.start(ExplorerOptions.defaults().withPort(0))) {
      Http http = new Http(e);
      List<String> sessions = new ArrayList<>();
      for (int i = 0; i < TRAININGS; i++) {
        String id = http.train("{\"dataset\":\"" + (i % 2 == 0 ? "spiral" : "moons")
            + "\",\"layers\":[{\"units\":16,\"activation\":\"relu\"},{\"units\":16,"
            + "\"activation\":\"tanh\"}],\"seed\":" + i + "}");
        sessions.add(id);
        http.post("/api/v1/train/" + id + "/resume", null);
      }
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + TRAININGS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      AtomicLong errors = new AtomicLong();
      AtomicLong streamed = new AtomicLong();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      List<Future<?>> work = new ArrayList<>();
      for (String id : sessions) {
        work.add(pool.submit(() -> {
          HttpResponse<InputStream> r = http.client.send(HttpRequest.newBuilder(URI.create(
              http.base + "/api/v1/train/" + id + "/events"))
              .header("Accept", "text/event-stream").GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
          byte[] buffer = new byte[1 << 16];
          try (InputStream in = r.body()) {
            while (System.nanoTime() < end) {
              int n = in.read(buffer);
              if (n < 0) {
                errors.incrementAndGet();
                break;
              }
              streamed.addAndGet(n);
            }
          }
          return null;
        }));
      }
      for (int c = 0; c < CLIENTS; c++) {
        SplittableRandom random = new SplittableRandom(c);
        work.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            String spec = SPECS[random.nextInt(SPECS.length)];
            long t0 = System.nanoTime();
            // the body is read in full and dropped: the clients share the machine with the server
            HttpResponse<Void> a = http.client.send(HttpRequest.newBuilder(URI.create(http.base
                + "/api/v1/curve?spec="
                + java.net.URLEncoder.encode(spec, java.nio.charset.StandardCharsets.UTF_8)
                + "&from=-6&to=6&points=801&dtype=" + (random.nextBoolean() ? "float32"
                : "float64"))).GET().build(), HttpResponse.BodyHandlers.discarding());
            latencies.add(System.nanoTime() - t0);
            if (a.statusCode() != 200) {
              errors.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get(seconds + 120L, TimeUnit.SECONDS);
      }
      pool.shutdown();
      long minSteps = Long.MAX_VALUE;
      for (String id : sessions) {
        Http.Answer a = http.get("/api/v1/train/" + id);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("state").asText()).isEqualTo("playing");
        minSteps = Math.min(minSteps, a.json().get("point").get("step").asLong());
        http.delete("/api/v1/train/" + id);
      }
      System.gc();
      Thread.sleep(200);
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      double p50 = sorted.get(sorted.size() / 2) / 1e6;
      double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
      double max = sorted.get(sorted.size() - 1) / 1e6;
      String host = System.getProperty("os.arch") + ", " + Runtime.getRuntime()
          .availableProcessors() + " cores, JDK " + System.getProperty("java.version");
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "explorer-load.md"), String.format(Locale.ROOT,
          "| what | value |%n|---|---|%n| duration | %d s |%n| curve clients | %d |%n"
              + "| curve requests (801 points) | %d (%.0f/s) |%n| curve latency p50 | %.1f ms |%n"
              + "| curve latency p99 | %.1f ms |%n| curve latency max | %.1f ms |%n"
              + "| trainings playing, one stream each | %d |%n| fewest steps of a training | %d |%n"
              + "| bytes streamed | %d |%n| errors | %d |%n| heap used after, after GC | %.1f MiB |%n"
              + "| host | %s |%n", seconds, CLIENTS, sorted.size(),
          sorted.size() / (double) seconds, p50, p99, max, TRAININGS, minSteps, streamed.get(),
          errors.get(), heap / 1048576.0, host));
      assertThat(errors.get()).isZero();
      assertThat(minSteps).isPositive();
      assertThat(sorted).isNotEmpty();
    }
  }
}
