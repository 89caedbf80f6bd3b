package dev.activations.plot;

/**
 * A statement of the articles checked against the library when the report is made.
 *
 * <p>Three outcomes, marked apart on the page and in the summary: the claim holds ("✓
 * verified"); it does not hold as stated, and {@code refined} says what the numbers support
 * instead ("≈ does not hold as stated", a result of the lab, not a defect); or it fails with no
 * refinement ("✗ FAILS": for a figure's claim that the library computes exactly, a defect).
 *
 * @param figure the figure or experiment it belongs to ({@code M4}, {@code E2})
 * @param statement the claim, in words
 * @param holds whether the library's numbers bear it out
 * @param evidence the numbers that decided it
 * @param refined when the claim does not hold: the claim the numbers do support; null otherwise
 *     (and null for a check whose failure is a defect)
 */
public record Claim(String figure, String statement, boolean holds, String evidence,
    String refined) {

  /**
   * A claim whose failure is a defect: no refinement.
   *
   * @param figure the figure or experiment it belongs to, not {@code null}
   * @param statement the claim, in words, not {@code null}
   * @param holds whether the library's numbers bear it out
   * @param evidence the numbers that decided it, not {@code null}
   */
  public Claim(String figure, String statement, boolean holds, String evidence) {
    this(figure, statement, holds, evidence, null);
  }

  /**
   * Checks the parts.
   *
   * @param figure the figure or experiment it belongs to, not {@code null}
   * @param statement the claim, in words, not {@code null}
   * @param holds whether the library's numbers bear it out
   * @param evidence the numbers that decided it, not {@code null}
   * @param refined the supported claim, or {@code null}; must be {@code null} when holds is true
   * @throws IllegalArgumentException on a null figure, statement or evidence, or a refinement
   *     given for a claim that holds
   */
  public Claim {
    if (figure == null || statement == null || evidence == null) {
      throw new IllegalArgumentException("a claim needs its figure, statement and evidence");
    }
    if (holds && refined != null) {
      throw new IllegalArgumentException("claim " + figure + " holds: it needs no refinement");
    }
  }

  /** The three outcomes. */
  public enum Outcome {
    /** The claim holds. */
    VERIFIED("✓ verified", "pass"),
    /** The claim does not hold as stated; a refined claim says what the numbers support. */
    REFINED("≈ does not hold as stated", "refined"),
    /** The check failed: a defect. */
    FAILS("✗ FAILS", "fail");

    private final String mark;
    private final String css;

    Outcome(String mark, String css) {
      this.mark = mark;
      this.css = css;
    }

    /**
     * The mark shown beside the claim.
     *
     * @return the mark, starting with its symbol: ✓, ≈ or ✗
     */
    public String mark() {
      return mark;
    }

    /** The CSS class of the page. */
    String css() {
      return css;
    }

    /**
     * The one-character symbol used in the text summary.
     *
     * @return ✓, ≈ or ✗
     */
    public String symbol() {
      return mark.substring(0, 1);
    }
  }

  /**
   * Which of the three outcomes this is.
   *
   * @return VERIFIED when it holds, REFINED when it has a refinement, else FAILS
   */
  public Outcome outcome() {
    return holds ? Outcome.VERIFIED : refined != null ? Outcome.REFINED : Outcome.FAILS;
  }

  /**
   * The mark shown beside the claim: "✓ verified", "≈ does not hold as stated" or "✗ FAILS".
   *
   * @return the mark of {@link #outcome()}
   */
  public String mark() {
    return outcome().mark();
  }
}
