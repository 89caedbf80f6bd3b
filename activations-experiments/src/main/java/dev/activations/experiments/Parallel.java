package dev.activations.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent measurements on the machine's cores. Each task owns its network, data copy
 * and generator, so the results are the same as one after another, whatever the threads; they
 * come back in the order of the tasks.
 */
final class Parallel {
  private Parallel() {}

  /** A measurement that may fail with an I/O error. */
  @FunctionalInterface
  interface Task<T> {
    T call() throws Exception;
  }

  /** Runs the tasks, at most one per available processor at a time, and returns their results. */
  static <T> List<T> run(List<Task<T>> tasks) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    if (threads == 1) {
      List<T> results = new ArrayList<>();
      for (Task<T> t : tasks) {
        results.add(call(t));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "experiment");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Task<T> t : tasks) {
        futures.add(pool.submit(() -> call(t)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Task<T> t) {
    try {
      return t.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A progress listener that may be called from several threads. */
  static ExperimentProgress synchronised(ExperimentProgress p) {
    return message -> {
      synchronized (p) {
        p.report(message);
      }
    };
  }
}
