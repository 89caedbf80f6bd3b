package dev.activations;

import java.util.List;
import java.util.Optional;

/**
 * The properties of one activation, derived numerically from its implementation by
 * {@link Properties#of(Activation)} (never declared by hand). Immutable.
 *
 * <p>How each one is found is described in {@link Properties}; the numbers are those of the
 * double-precision scalar methods.
 *
 * @param spec the canonical specification of the analysed function
 * @param range the range of f: the interval hull of its values over ℝ, with each end closed
 *     when a finite x attains it (for a discontinuous function the hull may contain values that
 *     f skips)
 * @param zeroCentred f(0) = 0 and the range holds negative and positive values
 * @param monotonic f is non-decreasing or non-increasing over ℝ
 * @param derivativeMonotonic f' is non-decreasing or non-increasing over ℝ
 * @param saturation where f' tends to 0 (docs/articles.md M3)
 * @param continuity the weakest continuity over all kinks
 * @param kinks the points in [−64, 64] where f, f' or f'' jumps, in increasing order
 * @param valueAtZero f(0)
 * @param derivativeAtZero f'(0), with the function's kink convention
 * @param maxSlope the supremum of |f'| over ℝ, limits at ±∞ included
 * @param maxSlopeAt where |f'| equals {@code maxSlope}: points, intervals, or the limit point
 *     ±∞ when the supremum is only approached there; in increasing order
 * @param identityNearZero f(0) = 0 and f'(0) = 1, so f(x) ≈ x near 0
 * @param sparsity the fraction of exact zeros (+0 or −0) among f(z) for 10⁶ seeded draws of
 *     z ~ N(0, 1)
 * @param minimum the global minimum when f is not monotonic and attains it at a finite x
 *     (swish, mish, gelu, hardswish); empty otherwise
 * @param learnableParameters how many learnable parameters the function has (0 for most)
 */
public record ActivationProperties(
    String spec,
    Interval range,
    boolean zeroCentred,
    boolean monotonic,
    boolean derivativeMonotonic,
    Saturation saturation,
    Continuity continuity,
    List<Kink> kinks,
    double valueAtZero,
    double derivativeAtZero,
    double maxSlope,
    List<Interval> maxSlopeAt,
    boolean identityNearZero,
    double sparsity,
    Optional<Extremum> minimum,
    int learnableParameters) {

  /**
   * Copies the lists so that the record stays immutable.
   *
   * @param spec the canonical specification of the analysed function
   * @param range the interval hull of f's values over ℝ
   * @param zeroCentred whether f(0) = 0 and the range holds values of both signs
   * @param monotonic whether f is monotonic over ℝ
   * @param derivativeMonotonic whether f' is monotonic over ℝ
   * @param saturation where f' tends to 0
   * @param continuity the weakest continuity over all kinks
   * @param kinks the jumps of f, f' or f'' in [−64, 64], increasing; copied
   * @param valueAtZero f(0)
   * @param derivativeAtZero f'(0), with the function's kink convention
   * @param maxSlope the supremum of |f'| over ℝ
   * @param maxSlopeAt where |f'| equals {@code maxSlope}, increasing; copied
   * @param identityNearZero whether f(0) = 0 and f'(0) = 1
   * @param sparsity the fraction of exact zeros among f(z), z ~ N(0, 1), in [0, 1]
   * @param minimum the global minimum at a finite x, or empty
   * @param learnableParameters how many learnable parameters the function has, ≥ 0
   */
  public ActivationProperties {
    kinks = List.copyOf(kinks);
    maxSlopeAt = List.copyOf(maxSlopeAt);
  }
}
