package dev.activations.experiments;

/**
 * Whether a claim holds, decided from measurements.
 *
 * @param holds whether the measured numbers satisfy the claim's criterion
 * @param evidence the numbers that decided it and the criterion, in one line
 */
public record Verdict(boolean holds, String evidence) {

  /**
   * Checks the evidence.
   *
   * @throws IllegalArgumentException on null evidence
   */
  public Verdict {
    if (evidence == null) {
      throw new IllegalArgumentException("a verdict needs its evidence");
    }
  }

  /** "holds" or "does not hold". */
  public String word() {
    return holds ? "holds" : "does not hold";
  }
}
