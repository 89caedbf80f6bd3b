package dev.activations;

import dev.activations.internal.analysis.PropertyAnalysis;

/**
 * Derives an activation's properties from its implementation, numerically: the analysis calls
 * {@link Activation#value(double)} and {@link Activation#derivative(double)} and never reads
 * declared metadata, so that the metadata can be checked against it.
 *
 * <h2>Method</h2>
 * <ul>
 *   <li><b>Samples.</b> A fine grid on [−64, 64] with step 1/128, shifted by (3 − √5)/2 of a step
 *       so that simple numbers (kinks sit at 0, ±0.5, ±1, ±3, 6, …) fall strictly between grid
 *       points; a geometric grid from ±64 to ±1.75·2¹⁰²³ (four points per octave); the limits
 *       f(±∞) and f'(±∞); then the kinks, the refined extrema and the refined slope peaks.
 *   <li><b>Kinks.</b> Jumps are flagged on the fine grid by the third difference of f' and by
 *       the mismatch between f's increment and the trapezoid rule on f'; each flagged cluster
 *       is narrowed by repeated 32-fold subdivision to about 10⁻⁸, then to adjacent doubles by
 *       bisection when f or f' jumps. The jumps of f, f' and f'' are then measured from
 *       one-sided extrapolations at ±10⁻⁵; a jump counts if it exceeds 10⁻⁷, 10⁻⁶ and 10⁻⁴
 *       respectively (relative to max(1, |value|)). Smaller jumps are rounding, or PyTorch's
 *       softplus threshold, where f jumps by log1p(e⁻²⁰) ≈ 2·10⁻⁹: softplus is reported C∞.
 *   <li><b>Range.</b> The smallest and largest sample, interior extrema refined by bisection on
 *       f' to adjacent doubles. An end is closed when a finite x attains it: an interior
 *       extremum, or a kink, where every plateau of the library begins (relu's 0, hardtanh's
 *       ±1). A value that merely rounds to the bound does not count, so sigmoid's 0 and 1 are
 *       open even though σ(40) rounds to 1. Kinks are searched in [−64, 64] only: a plateau
 *       that starts farther out (hardtanh with bounds ±100) is reported open.
 *   <li><b>Monotonicity</b> of f and of f': over all samples in order, allowing 4 ULP of noise.
 *   <li><b>Saturation.</b> A side saturates when |f'| ≤ 10⁻¹²·max(1, max|f'|) at ±∞ and at every
 *       sample beyond ±2⁹⁰⁰.
 *   <li><b>Largest slope.</b> The largest |f'| over the samples, local peaks refined by
 *       golden-section search; where it is attained is reported as points, as intervals bounded
 *       by kinks (relu: (0, ∞)), or as the limit point ±∞ when it is only approached there
 *       (logsigmoid: −∞).
 *   <li><b>Sparsity.</b> Exact zeros among f(z) for 10⁶ draws of {@link java.util.Random}
 *       (seed 1) {@code nextGaussian()}, whose algorithm the JDK specifies, so the sample is the
 *       same on every JDK.
 * </ul>
 *
 * <p>An analysis takes a few hundred milliseconds (mostly the 10⁶ evaluations for sparsity).
 */
public final class Properties {
  private Properties() {}

  /**
   * Analyses an element-wise activation.
   *
   * @param f the function, not modified
   * @return the derived properties, for the double-precision scalar methods
   * @throws IllegalArgumentException if f is null, has no scalar form (prelu with several
   *     channels), or gives NaN for a number
   */
  public static ActivationProperties of(Activation f) {
    if (f == null) {
      throw new IllegalArgumentException("the activation is null");
    }
    return PropertyAnalysis.analyse(f);
  }

  /**
   * Analyses the activation of a specification, {@code Properties.of(Activations.of(spec))}.
   *
   * @param spec an element-wise specification, for example {@code "elu(alpha=0.5)"}
   * @return the derived properties of that function
   * @throws IllegalArgumentException on an invalid specification, or as {@link #of(Activation)}
   */
  public static ActivationProperties of(String spec) {
    return of(Activations.of(spec));
  }

  /**
   * The relative cost of a function: the time of its float array forward pass divided by
   * relu's, per element, measured now on this machine. A short timing run (tens of
   * milliseconds): both functions are warmed up, then timed alternately over 2^16 seeded
   * N(0, 1) inputs; the result is the median of the ratios with its quartiles. It depends on the
   * machine, the JDK and the moment, so it is a teaching figure for tables (how much the
   * exponential costs, docs/articles.md M7, M12), computed only on request; benchmarks
   * (activations-benchmarks) give the careful numbers.
   *
   * @param f the function, not modified; for prelu with several channels, 2^16 must be a
   *     multiple of the channel count
   * @return the median ratio, its quartiles, and how many runs were made
   * @throws IllegalArgumentException if f is null
   */
  public static RelativeCost relativeCost(Activation f) {
    if (f == null) {
      throw new IllegalArgumentException("the activation is null");
    }
    return dev.activations.internal.analysis.CostTimer.relativeToRelu(f);
  }
}
