package dev.activations.plot;

/**
 * A statement of the articles checked against the library when the report is made.
 *
 * @param figure the figure it belongs to, by its MISSION.md number ({@code M4})
 * @param statement the claim, in words
 * @param holds whether the library's numbers bear it out
 * @param evidence the numbers that decided it
 */
public record Claim(String figure, String statement, boolean holds, String evidence) {

  /** The mark shown beside the claim: "✓ verified" or "✗ FAILS". */
  public String mark() {
    return holds ? "✓ verified" : "✗ FAILS";
  }
}
