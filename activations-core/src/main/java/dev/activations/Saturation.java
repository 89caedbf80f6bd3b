package dev.activations;

/**
 * Where a function saturates (docs/articles.md M3): left-saturating if f'(x) → 0 as x → −∞,
 * right-saturating if f'(x) → 0 as x → +∞, two-sided if both.
 */
public enum Saturation {
  /** f' tends to a non-zero value (or has no limit) at both ends: identity, leaky_relu. */
  NONE,
  /** f' → 0 as x → −∞ only: relu, elu, softplus, swish, gelu. */
  LEFT,
  /** f' → 0 as x → +∞ only: logsigmoid. */
  RIGHT,
  /** f' → 0 at both ends: sigmoid, tanh, softsign, hardtanh. */
  BOTH;

  /**
   * The saturation with the given sides.
   *
   * @param left whether f' → 0 as x → −∞
   * @param right whether f' → 0 as x → +∞
   * @return NONE, LEFT, RIGHT or BOTH
   */
  public static Saturation of(boolean left, boolean right) {
    return left ? (right ? BOTH : LEFT) : (right ? RIGHT : NONE);
  }

  /**
   * Whether f' → 0 as x → −∞.
   *
   * @return true for LEFT and BOTH
   */
  public boolean left() {
    return this == LEFT || this == BOTH;
  }

  /**
   * Whether f' → 0 as x → +∞.
   *
   * @return true for RIGHT and BOTH
   */
  public boolean right() {
    return this == RIGHT || this == BOTH;
  }
}
