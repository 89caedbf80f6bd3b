package dev.activations.internal.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Splits large array passes over a shared pool of daemon threads. Arrays of at least
 * {@link #THRESHOLD} elements (property {@code activations.parallelThreshold}, default 65,536)
 * are cut into {@link #THREADS} pieces (property {@code activations.threads}, default the number
 * of available processors), each a multiple of 64 elements; the calling thread computes the first.
 * Results do not depend on the split: every element is computed by the same formula on every
 * path.
 */
public final class Parallel {
  private Parallel() {}

  /** The number of threads a large array is split across. */
  public static final int THREADS =
      Math.max(1, Integer.getInteger("activations.threads",
          Runtime.getRuntime().availableProcessors()));

  /** The smallest array that is split. */
  public static final int THRESHOLD =
      Math.max(1024, Integer.getInteger("activations.parallelThreshold", 65_536));

  private static final int ALIGN = 64;

  /** A piece of an array pass: elements [from, to). */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  /** Runs {@code range} over [0, n), split across the pool when n is large enough. */
  public static void run(int n, Range range) {
    if (n < THRESHOLD || THREADS == 1
        || Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == Pool.POOL) {
      range.run(0, n);
      return;
    }
    int pieces = THREADS;
    int size = ((n + pieces - 1) / pieces + ALIGN - 1) / ALIGN * ALIGN;
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[pieces];
    int count = 0;
    for (int from = size; from < n; from += size) {
      int f = from;
      int t = Math.min(n, from + size);
      tasks[count++] = Pool.POOL.submit(() -> range.run(f, t));
    }
    range.run(0, Math.min(n, size));
    for (int i = 0; i < count; i++) {
      tasks[i].join();
    }
  }

  /** The pool, created on first use. */
  private static final class Pool {
    static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, THREADS - 1), pool -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      t.setDaemon(true);
      t.setName("activations-" + t.getPoolIndex());
      return t;
    }, null, false);
  }
}
