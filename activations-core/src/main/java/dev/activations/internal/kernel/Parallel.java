package dev.activations.internal.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits large array passes over a crew of daemon threads. Arrays of at least
 * {@link #THRESHOLD} elements (property {@code activations.parallelThreshold}, default 65,536,
 * at least {@link #MIN_THRESHOLD}) are cut into {@link #THREADS} pieces (property {@code activations.threads}, default the number
 * of available processors), each a multiple of 64 elements; the calling thread computes the
 * first, the crew the others. Results do not depend on the split: every element is computed by
 * the same formula on every path.
 *
 * <p>A pass over 262,144 elements takes tens to hundreds of microseconds, so waking a parked
 * thread (tens of microseconds) would eat much of the gain: after each piece a crew thread
 * spins for {@link #SPIN_MICROS} (property {@code activations.spinMicros}, default 200) before it
 * parks. While one call holds the crew, a call from another thread runs on its own thread alone.
 */
public final class Parallel {
  private Parallel() {}

  /** The number of threads a large array is split across. */
  public static final int THREADS =
      Math.max(1, Integer.getInteger("activations.threads",
          Runtime.getRuntime().availableProcessors()));

  /**
   * The least threshold: a piece of fewer elements costs more to hand to a thread than to
   * compute, so a smaller setting is raised to this.
   */
  public static final int MIN_THRESHOLD = 1024;

  /** The smallest array that is split, at least {@link #MIN_THRESHOLD}. */
  public static final int THRESHOLD =
      Math.max(MIN_THRESHOLD, Integer.getInteger("activations.parallelThreshold", 65_536));

  /** How long an idle crew thread waits for the next piece before it parks. */
  public static final int SPIN_MICROS =
      Math.max(0, Integer.getInteger("activations.spinMicros", 200));

  private static final int ALIGN = 64;

  /** A piece of an array pass: elements [from, to). */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  /** Runs {@code range} over [0, n), split across the crew when n is large enough. */
  public static void run(int n, Range range) {
    if (n < THRESHOLD || THREADS == 1 || Thread.currentThread() instanceof Worker
        || !Crew.BUSY.compareAndSet(false, true)) {
      range.run(0, n);
      return;
    }
    try {
      Crew.split(n, range);
    } finally {
      Crew.BUSY.set(false);
    }
  }

  /** The crew, started on first use. */
  private static final class Crew {
    static final AtomicBoolean BUSY = new AtomicBoolean();
    static final Worker[] WORKERS = start();

    private static Worker[] start() {
      Worker[] w = new Worker[THREADS - 1];
      for (int i = 0; i < w.length; i++) {
        w[i] = new Worker(i);
        w[i].start();
      }
      return w;
    }

    static void split(int n, Range range) {
      int size = ((n + THREADS - 1) / THREADS + ALIGN - 1) / ALIGN * ALIGN;
      int count = 0;
      for (int from = size; from < n; from += size) {
        WORKERS[count++].give(range, from, Math.min(n, from + size));
      }
      Throwable failure = null;
      try {
        range.run(0, Math.min(n, size));
      } catch (Throwable e) {
        failure = e;
      }
      for (int i = 0; i < count; i++) {
        Throwable t = WORKERS[i].await();
        if (failure == null) {
          failure = t;
        }
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
  }

  /** One crew thread: takes a piece, runs it, spins a while for the next, then parks. */
  private static final class Worker extends Thread {
    private static final int IDLE = 0;
    private static final int GIVEN = 1;
    private static final int DONE = 2;

    private volatile int state = IDLE;
    private Range range;
    private int from;
    private int to;
    private Throwable failure;

    Worker(int index) {
      super("activations-" + index);
      setDaemon(true);
    }

    void give(Range r, int f, int t) {
      range = r;
      from = f;
      to = t;
      state = GIVEN; // the volatile write publishes the fields above
      LockSupport.unpark(this);
    }

    Throwable await() {
      int spins = 0;
      while (state != DONE) {
        if (++spins < 1 << 20) {
          Thread.onSpinWait();
        } else {
          Thread.yield();
        }
      }
      Throwable t = failure;
      failure = null;
      state = IDLE;
      return t;
    }

    @Override
    public void run() {
      long spin = SPIN_MICROS * 1000L;
      while (true) {
        long deadline = System.nanoTime() + spin;
        while (state != GIVEN) {
          if (System.nanoTime() - deadline > 0) {
            LockSupport.park(this);
          } else {
            Thread.onSpinWait();
          }
        }
        try {
          range.run(from, to);
        } catch (Throwable e) {
          failure = e;
        }
        range = null;
        state = DONE;
      }
    }
  }
}
