package dev.activations.experiments;

/**
 * Whether a claim holds, decided from measurements, and when it does not, what the measurements
 * support instead.
 *
 * @param holds whether the measured numbers satisfy the claim's criterion
 * @param evidence the numbers that decided it and the criterion, in one line
 * @param refined when the claim does not hold: the claim the numbers do support, in one or two
 *     sentences computed from the measurements; null when it holds
 */
public record Verdict(boolean holds, String evidence, String refined) {

  /**
   * A verdict with no refinement: for a claim that holds, or one whose failure the experiment
   * cannot explain further (then {@link #refinedOrEvidence()} falls back on the evidence).
   *
   * @param holds whether the measured numbers satisfy the claim's criterion
   * @param evidence the numbers that decided it, not {@code null}
   */
  public Verdict(boolean holds, String evidence) {
    this(holds, evidence, null);
  }

  /**
   * Checks the parts.
   *
   * @param holds whether the measured numbers satisfy the claim's criterion
   * @param evidence the numbers that decided it, not {@code null}
   * @param refined the supported claim, or {@code null}; must be {@code null} when holds is true
   * @throws IllegalArgumentException on null evidence, or a refinement of a claim that holds
   */
  public Verdict {
    if (evidence == null) {
      throw new IllegalArgumentException("a verdict needs its evidence");
    }
    if (holds && refined != null) {
      throw new IllegalArgumentException("a claim that holds needs no refinement");
    }
  }

  /**
   * "holds" or "does not hold as stated".
   *
   * @return {@code "holds"} or {@code "does not hold as stated"}
   */
  public String word() {
    return holds ? "holds" : "does not hold as stated";
  }

  /**
   * For a claim that does not hold: the refined claim, or where the experiment has none, the
   * measurements themselves ("what was measured: …"); null for a claim that holds.
   *
   * @return the refined claim or the evidence, or {@code null} when the claim holds
   */
  public String refinedOrEvidence() {
    if (holds) {
      return null;
    }
    return refined != null ? refined : "only what was measured: " + evidence;
  }
}
