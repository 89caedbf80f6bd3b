package dev.activations;

/**
 * The order of continuity of a function, weakest first, as found by looking for jumps of f, f'
 * and f'' at its kinks.
 */
public enum Continuity {
  /** f itself jumps somewhere: hardshrink, threshold. */
  DISCONTINUOUS("discontinuous"),
  /** f is continuous but f' jumps: relu, leaky_relu, selu, hardtanh. */
  C0("C⁰"),
  /** f' is continuous but f'' jumps: elu with α = 1, celu, softsign. */
  C1("C¹"),
  /**
   * No jump of f, f' or f'' was found. Every function of the library is analytic between its
   * kinks, so a function without kinks is C∞.
   */
  C_INFINITY("C∞");

  private final String label;

  Continuity(String label) {
    this.label = label;
  }

  /**
   * The usual notation: {@code C⁰}, {@code C¹}, {@code C∞}, or {@code discontinuous}.
   *
   * @return the label shown in tables and by {@code activations describe}
   */
  public String label() {
    return label;
  }
}
