package dev.activations.cli;

import dev.activations.Activation;
import dev.activations.Precision;
import dev.activations.Vectorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * The measurement behind {@code activations accuracy}: float inputs, taken from the bit patterns
 * of float, go through one function's float array kernels, and each result is compared in ULPs
 * with the library's double-double reference ({@link Vectorization#reference(String)}), which is
 * within 2 ULP of double and so exact enough to judge a float.
 */
final class AccuracySweep {
  /**
   * Floats per kernel call. Below the library's parallel threshold (65,536), so that each call
   * stays on the worker thread that made it and the sweep's own threads are the only ones.
   */
  static final int CHUNK = 16_384;

  /** Every float bit pattern, as an unsigned count. */
  static final long ALL_PATTERNS = 1L << 32;

  /** Inputs worth checking whatever the stride: the edges of float and its special values. */
  static final float[] SPECIALS = {
    0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, 1f, -1f,
    Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
    Float.NaN
  };

  /** What is compared: f(x) from forward, or f'(x) from backward with dy = 1. */
  enum Kind {
    VALUE(1),
    DERIVATIVE(2);

    /** The library's contract for EXACT float: values within 1 ULP, derivatives within 2. */
    final double bar;

    Kind(double bar) {
      this.bar = bar;
    }

    /** The bar of a precision: EXACT's contract, or FAST's 3 ULP value and 4 ULP derivative. */
    double bar(Precision precision) {
      return precision == Precision.FAST ? (this == VALUE ? 3 : 4) : bar;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private AccuracySweep() {}

  // -----------------------------------------------------------------------------------------
  // The error measure

  /**
   * The error of float result {@code y} against the reference {@code r}, in ULPs of float at
   * r: {@link Double#NaN} when exactly one of them is NaN (a NaN mismatch), and
   * {@link Double#POSITIVE_INFINITY} when an infinity is involved and y is not what r rounds to
   * (an ∞ mismatch). A result that overflows to infinity as r correctly rounds does is exact.
   */
  static double ulpError(float y, double r) {
    boolean yNaN = Float.isNaN(y);
    boolean rNaN = Double.isNaN(r);
    if (yNaN || rNaN) {
      return yNaN && rNaN ? 0 : Double.NaN;
    }
    if (Double.isInfinite(r) || Float.isInfinite(y)) {
      return y == (float) r ? 0 : Double.POSITIVE_INFINITY;
    }
    // y is exact in double, so the difference is rounded once, far below a float ULP
    return Math.abs(y - r) / ulp(r);
  }

  /**
   * The spacing of floats at |r|: 2^(e − 23) for the binade 2^e of r, and the subnormal spacing
   * 2^−149 below the smallest normal (r = 0 included), since float has nothing finer there.
   */
  static double ulp(double r) {
    return Math.scalb(1.0, Math.max(Math.getExponent(r), Float.MIN_EXPONENT) - 23);
  }

  // -----------------------------------------------------------------------------------------
  // Relaxation near the zero crossings of f'

  /**
   * The stretches [lo[k], hi[k]] of x around the zero crossings of f', where the library's
   * contract measures the derivative in ULPs of its largest magnitude rather than of f'(x):
   * there f' is a difference of nearly equal terms, and no float kernel can resolve its
   * relative error. {@code largest} is max |f'| on the scan.
   */
  record Relaxation(double[] lo, double[] hi, double largest) {
    static final Relaxation NONE = new Relaxation(new double[0], new double[0], 0);

    boolean isEmpty() {
      return lo.length == 0;
    }

    boolean covers(double x) {
      for (int k = 0; k < lo.length; k++) {
        if (x >= lo[k] && x <= hi[k]) {
          return true;
        }
      }
      return false;
    }

    /** "[-2.41, 2.41]", the stretches for the report. */
    String describe() {
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < lo.length; k++) {
        parts.add(String.format(Locale.ROOT, "[%.2f, %.2f]", lo[k], hi[k]));
      }
      return String.join(", ", parts);
    }
  }

  /** The scan for crossings: every extremum of these derivatives lies well inside ±12. */
  static final double SCAN_FROM = -12;

  static final double SCAN_TO = 12;
  static final double SCAN_STEP = 0.01;

  /**
   * Scans f' (the reference) on [−12, 12] in steps of 0.01. Wherever it changes sign (zeros in
   * between allowed), the stretch around the crossing bounded by the neighbouring local extrema
   * of f' on the grid is relaxed. The same rule as the library's own accuracy test.
   */
  static Relaxation relaxation(Activation a) {
    int steps = (int) Math.round((SCAN_TO - SCAN_FROM) / SCAN_STEP);
    double[] grid = new double[steps + 1];
    double[] d = new double[steps + 1];
    double largest = 0;
    for (int i = 0; i <= steps; i++) {
      grid[i] = SCAN_FROM + i * SCAN_STEP;
      d[i] = a.derivative(grid[i]);
      if (!Double.isNaN(d[i])) {
        largest = Math.max(largest, Math.abs(d[i]));
      }
    }
    List<double[]> stretches = new ArrayList<>();
    int previous = -1;
    for (int i = 0; i <= steps; i++) {
      if (d[i] == 0 || Double.isNaN(d[i])) {
        continue;
      }
      if (previous >= 0 && Math.signum(d[previous]) != Math.signum(d[i])) {
        double direction = Math.signum(d[i] - d[previous]);
        int left = previous;
        while (left > 0 && Math.signum(d[left] - d[left - 1]) == direction) {
          left--;
        }
        int right = i;
        while (right < steps && Math.signum(d[right + 1] - d[right]) == direction) {
          right++;
        }
        stretches.add(new double[] {grid[left], grid[right]});
      }
      previous = i;
    }
    if (stretches.isEmpty()) {
      return Relaxation.NONE;
    }
    return new Relaxation(
        stretches.stream().mapToDouble(s -> s[0]).toArray(),
        stretches.stream().mapToDouble(s -> s[1]).toArray(),
        largest);
  }

  // -----------------------------------------------------------------------------------------
  // Statistics

  /** The figures of one function and kind; one per worker thread, merged at the end. */
  static final class Stats {
    final Kind kind;
    final double bar;
    long inputs;
    double maxUlp;
    /** The input with the largest error; on ties, the smallest bit pattern (signed). */
    int worstBits = Integer.MAX_VALUE;
    long overHalf;
    long overBar;
    long nanMismatches;
    long infMismatches;

    /** Against EXACT's bar. */
    Stats(Kind kind) {
      this(kind, kind.bar);
    }

    Stats(Kind kind, double bar) {
      this.kind = kind;
      this.bar = bar;
    }

    void add(int bits, double error) {
      inputs++;
      if (Double.isNaN(error)) {
        nanMismatches++;
        return;
      }
      if (error == Double.POSITIVE_INFINITY) {
        infMismatches++;
        return;
      }
      if (error > 0.5) {
        overHalf++;
      }
      if (error > bar) {
        overBar++;
      }
      take(error, bits);
    }

    void merge(Stats other) {
      inputs += other.inputs;
      overHalf += other.overHalf;
      overBar += other.overBar;
      nanMismatches += other.nanMismatches;
      infMismatches += other.infMismatches;
      take(other.maxUlp, other.worstBits);
    }

    // The same worst input whatever the thread count or the order chunks finish in.
    private void take(double error, int bits) {
      if (error > maxUlp || (error == maxUlp && error > 0 && bits < worstBits)) {
        maxUlp = error;
        worstBits = bits;
      }
    }

    /** The worst input as a float literal that reads back to it, or "-" if all were exact. */
    String worstInput() {
      return maxUlp == 0 ? "-" : Float.toString(Float.intBitsToFloat(worstBits));
    }

    /** Whether the kind's bar was exceeded, a NaN or ∞ mismatch counting as exceeding it. */
    boolean overTheBar() {
      return maxUlp > bar || nanMismatches > 0 || infMismatches > 0;
    }
  }

  // -----------------------------------------------------------------------------------------
  // The sweep

  /** Inputs taken by the sweep of every {@code stride}-th bit pattern from Integer.MIN_VALUE. */
  static long patterns(long stride) {
    return (ALL_PATTERNS - 1) / stride + 1;
  }

  /**
   * Compares one kind of result over every {@code stride}-th float bit pattern, from
   * Integer.MIN_VALUE up (stride 1: all 2^32), plus {@link #SPECIALS} when asked.
   *
   * @param workers tasks submitted to {@code pool}, each taking chunks until none are left
   * @param progress told the fraction done, about twice a second, from the calling thread;
   *     null for none
   */
  static Stats sweep(Activation a, Kind kind, Relaxation relaxation, long stride,
      boolean withSpecials, ExecutorService pool, int workers, DoubleConsumer progress)
      throws InterruptedException {
    long total = patterns(stride);
    long chunks = (total + CHUNK - 1) / CHUNK;
    AtomicLong next = new AtomicLong();
    double relaxedUlp = relaxation.isEmpty() ? 0 : ulp(relaxation.largest());
    List<Future<Stats>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      futures.add(pool.submit((Callable<Stats>) () -> {
        Worker worker = new Worker(a, kind, relaxation, relaxedUlp);
        for (long c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
          long first = c * CHUNK;
          int n = (int) Math.min(CHUNK, total - first);
          long bits = Integer.MIN_VALUE + first * stride;
          for (int i = 0; i < n; i++, bits += stride) {
            worker.bits[i] = (int) bits;
          }
          worker.run(n);
        }
        return worker.stats;
      }));
    }
    Stats all = new Stats(kind, kind.bar(a.precision()));
    if (withSpecials) {
      Worker specials = new Worker(a, kind, relaxation, relaxedUlp);
      for (int i = 0; i < SPECIALS.length; i++) {
        specials.bits[i] = Float.floatToRawIntBits(SPECIALS[i]);
      }
      specials.run(SPECIALS.length);
      all.merge(specials.stats);
    }
    try {
      for (Future<Stats> f : futures) {
        all.merge(await(f, progress, next, chunks));
      }
    } finally {
      // a failure in one worker: stop the others rather than leave them sweeping
      next.set(Long.MAX_VALUE / 2);
      for (Future<Stats> f : futures) {
        f.cancel(true);
      }
    }
    return all;
  }

  private static Stats await(Future<Stats> f, DoubleConsumer progress, AtomicLong next,
      long chunks) throws InterruptedException {
    while (true) {
      try {
        if (progress == null) {
          return f.get();
        }
        return f.get(500, TimeUnit.MILLISECONDS);
      } catch (TimeoutException notYet) {
        progress.accept(Math.min(1.0, next.get() / (double) chunks));
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** One thread's arrays and figures. */
  private static final class Worker {
    final Activation a;
    /**
     * For EXACT, the same function with no kernels: the double-double reference. For FAST, the
     * EXACT float kernels of the same path, which are correctly rounded: FAST's bound is stated
     * against them.
     */
    final Activation reference;
    final boolean againstExact;
    final float[] ry = new float[CHUNK];
    final float[] rdx = new float[CHUNK];
    final Kind kind;
    final Relaxation relaxation;
    final double relaxedUlp;
    final Stats stats;
    final int[] bits = new int[CHUNK];
    final float[] x = new float[CHUNK];
    final float[] y = new float[CHUNK];
    final float[] dy = new float[CHUNK];
    final float[] dx = new float[CHUNK];

    Worker(Activation a, Kind kind, Relaxation relaxation, double relaxedUlp) {
      this.a = a;
      this.againstExact = a.precision() == Precision.FAST;
      this.reference = againstExact ? a.with(Precision.EXACT) : Vectorization.reference(a.spec());
      this.kind = kind;
      this.relaxation = relaxation;
      this.relaxedUlp = relaxedUlp;
      this.stats = new Stats(kind, kind.bar(a.precision()));
      // dy = 1: backward then gives f'(x) itself, rounded once to float
      Arrays.fill(dy, 1f);
    }

    void run(int n) {
      for (int i = 0; i < n; i++) {
        x[i] = Float.intBitsToFloat(bits[i]);
      }
      a.forward(x, 0, y, 0, n);
      if (againstExact) {
        compareWithExact(n);
        return;
      }
      if (kind == Kind.VALUE) {
        for (int i = 0; i < n; i++) {
          stats.add(bits[i], ulpError(y[i], reference.value((double) x[i])));
        }
        return;
      }
      // y as training passes it: kernels may use the forward output, and must give the same
      a.backward(x, 0, y, 0, dy, 0, dx, 0, n);
      for (int i = 0; i < n; i++) {
        double d = reference.derivative((double) x[i]);
        double error = ulpError(dx[i], d);
        if (relaxedUlp > 0 && error < Double.POSITIVE_INFINITY && relaxation.covers(x[i])) {
          error = Math.min(error, Math.abs(dx[i] - d) / relaxedUlp);
        }
        stats.add(bits[i], error);
      }
    }

    /** FAST against the EXACT float kernels, element by element, from their array passes. */
    private void compareWithExact(int n) {
      if (kind == Kind.VALUE) {
        reference.forward(x, 0, ry, 0, n);
        for (int i = 0; i < n; i++) {
          stats.add(bits[i], ulpError(y[i], ry[i]));
        }
        return;
      }
      a.backward(x, 0, y, 0, dy, 0, dx, 0, n);
      reference.forward(x, 0, ry, 0, n);
      reference.backward(x, 0, ry, 0, dy, 0, rdx, 0, n);
      for (int i = 0; i < n; i++) {
        double error = ulpError(dx[i], rdx[i]);
        if (relaxedUlp > 0 && error < Double.POSITIVE_INFINITY && relaxation.covers(x[i])) {
          error = Math.min(error, Math.abs(dx[i] - rdx[i]) / relaxedUlp);
        }
        stats.add(bits[i], error);
      }
    }
  }
}
