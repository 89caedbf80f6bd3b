package dev.activations.web.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live training sessions: at most {@code max} at once (one more is refused with 429), each
 * removed after its idle timeout, all trained on two shared daemon threads so that sixteen
 * playing sessions cannot take more than two cores.
 */
final class Sessions {
  /** Streams per session at most (a page needs one; more are refused with 429). */
  static final int MAX_STREAMS = 4;

  private final Map<String, Session> live = new ConcurrentHashMap<>();
  private final int max;
  private final long idleNanos;
  private final long maxSteps;
  private final ScheduledExecutorService ticker;
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger playing = new AtomicInteger();
  /** Sessions being built (outside the lock: drawing digits' split takes a while). */
  private int building;

  Sessions(int max, Duration idle, long maxSteps) {
    this.max = max;
    this.idleNanos = idle.toNanos();
    this.maxSteps = maxSteps;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory daemons = r -> {
      Thread t = new Thread(r, "explorer-training-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.ticker = Executors.newScheduledThreadPool(2, daemons);
    long check = Math.max(10, Math.min(1000, idle.toMillis() / 4));
    ticker.scheduleWithFixedDelay(this::reap, check, check, TimeUnit.MILLISECONDS);
  }

  /** Starts a session (paused at step 0). */
  Session create(TrainSetup setup) {
    String id;
    synchronized (this) {
      if (live.size() + building >= max) {
        throw new ApiException(429, "too many training sessions: " + max
            + " are running; delete one (DELETE /api/v1/train/{id}) or wait for one to time out",
            null);
      }
      byte[] b = new byte[12];
      random.nextBytes(b);
      id = HexFormat.of().formatHex(b);
      building++;
    }
    try {
      Session s = new Session(id, setup, maxSteps, ticker, playing);
      s.touch();
      live.put(id, s);
      return s;
    } finally {
      synchronized (this) {
        building--;
      }
    }
  }

  Session get(String id) {
    Session s = id == null ? null : live.get(id);
    if (s == null) {
      throw ApiException.notFound("id", "no training session '" + id + "'");
    }
    s.touch();
    return s;
  }

  void delete(String id) {
    Session s = get(id);
    live.remove(id);
    s.close();
  }

  int size() {
    return live.size();
  }

  private void reap() {
    for (Session s : List.copyOf(live.values())) {
      if (s.idleLongerThan(idleNanos)) {
        live.remove(s.id);
        s.close();
      }
    }
  }

  /** Stops every session and the training threads. */
  void shutdown() {
    for (Session s : List.copyOf(live.values())) {
      s.close();
    }
    live.clear();
    ticker.shutdownNow();
  }
}
