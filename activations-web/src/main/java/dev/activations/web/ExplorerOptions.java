package dev.activations.web;

import java.time.Duration;

/**
 * How an {@link Explorer} serves: where it listens and how much work it accepts. Immutable; start
 * from {@link #defaults()} and change what differs.
 *
 * @param host the address to bind (default {@code 127.0.0.1}: loopback only)
 * @param port the TCP port, 0 for any free one (default 8080)
 * @param maxSessions training sessions alive at once, ≥ 1 (default 16); one more is refused
 *     with 429
 * @param idleTimeout a session with no connected stream and no request for this long is stopped
 *     and removed (default 10 minutes)
 * @param maxSteps a session stops playing after this many steps, ≥ 1 (default 1,000,000)
 */
public record ExplorerOptions(String host, int port, int maxSessions, Duration idleTimeout,
    long maxSteps) {

  /** Bodies of POST requests larger than this are refused with 413 (64 KiB). */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * Checks the ranges above.
   *
   * @param host the address to bind, a name or a literal; not blank
   * @param port the TCP port in 0..65535, 0 for any free one
   * @param maxSessions training sessions alive at once, ≥ 1
   * @param idleTimeout how long an unused session lives, positive
   * @param maxSteps the steps a session may take, ≥ 1
   */
  public ExplorerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be ≥ 1, got " + maxSessions);
    }
    if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be ≥ 1, got " + maxSteps);
    }
  }

  /**
   * 127.0.0.1:8080, 16 sessions, 10 minutes idle, 1,000,000 steps.
   *
   * @return the default options
   */
  public static ExplorerOptions defaults() {
    return new ExplorerOptions("127.0.0.1", 8080, 16, Duration.ofMinutes(10), 1_000_000);
  }

  /**
   * These options with another host.
   *
   * @param host the address to bind, a name or a literal; not blank
   * @return new options; these are unchanged
   */
  public ExplorerOptions withHost(String host) {
    return new ExplorerOptions(host, port, maxSessions, idleTimeout, maxSteps);
  }

  /**
   * These options with another port (0: any free port).
   *
   * @param port the TCP port in 0..65535
   * @return new options; these are unchanged
   */
  public ExplorerOptions withPort(int port) {
    return new ExplorerOptions(host, port, maxSessions, idleTimeout, maxSteps);
  }

  /**
   * These options with another session limit.
   *
   * @param maxSessions training sessions alive at once, ≥ 1
   * @return new options; these are unchanged
   */
  public ExplorerOptions withMaxSessions(int maxSessions) {
    return new ExplorerOptions(host, port, maxSessions, idleTimeout, maxSteps);
  }

  /**
   * These options with another idle timeout.
   *
   * @param idleTimeout how long an unused session lives, positive
   * @return new options; these are unchanged
   */
  public ExplorerOptions withIdleTimeout(Duration idleTimeout) {
    return new ExplorerOptions(host, port, maxSessions, idleTimeout, maxSteps);
  }

  /**
   * These options with another step limit.
   *
   * @param maxSteps the steps a session may take, ≥ 1
   * @return new options; these are unchanged
   */
  public ExplorerOptions withMaxSteps(long maxSteps) {
    return new ExplorerOptions(host, port, maxSessions, idleTimeout, maxSteps);
  }

  /**
   * Whether the host is a loopback address (only this machine can connect).
   *
   * @return true for a loopback address; false for any other, or a host that cannot be resolved
   */
  public boolean loopback() {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
