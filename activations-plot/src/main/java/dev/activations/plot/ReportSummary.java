package dev.activations.plot;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Report#write(Path)} wrote and found.
 *
 * @param page the HTML page
 * @param images the image files beside it
 * @param claims every claim checked, in page order
 */
public record ReportSummary(Path page, List<Path> images, List<Claim> claims) {

  /**
   * Copies the lists.
   *
   * @param page the HTML page
   * @param images the image files beside it; copied
   * @param claims every claim checked, in page order; copied
   */
  public ReportSummary {
    images = List.copyOf(images);
    claims = List.copyOf(claims);
  }

  /**
   * The same summary for files that moved from one folder to another (a report written beside
   * its folder and then swapped in).
   *
   * @param from the folder the files were written in
   * @param to the folder they are in now
   * @return a new summary whose paths are under {@code to}; the claims are the same
   */
  public ReportSummary movedTo(Path from, Path to) {
    return new ReportSummary(to.resolve(from.relativize(page)),
        images.stream().map(p -> to.resolve(from.relativize(p))).toList(), claims);
  }

  /**
   * Whether every claim holds.
   *
   * @return true when every claim is VERIFIED (true for no claims)
   */
  public boolean allVerified() {
    return claims.stream().allMatch(Claim::holds);
  }

  /**
   * The headline count of claims, the same words on the page and in the text summary:
   * {@code 29 claims: 28 verified, 1 does not hold as stated, 0 fail}.
   *
   * @param claims the claims to count, in any order
   * @return one line, without a trailing newline
   */
  public static String headline(List<Claim> claims) {
    long verified = count(claims, Claim.Outcome.VERIFIED);
    long refined = count(claims, Claim.Outcome.REFINED);
    long fails = count(claims, Claim.Outcome.FAILS);
    return claims.size() + " claims: " + verified + " verified, " + refined
        + " " + (refined == 1 ? "does" : "do") + " not hold as stated, " + fails
        + (fails == 1 ? " fails" : " fail");
  }

  private static long count(List<Claim> claims, Claim.Outcome o) {
    return claims.stream().filter(c -> c.outcome() == o).count();
  }

  /**
   * A one-screen text summary: where the page is, the headline, then each claim with its mark.
   *
   * @return several lines, each ending with a newline
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("Report: ").append(page).append('\n');
    sb.append(headline(claims)).append('\n');
    for (Claim c : claims) {
      sb.append(String.format("  %-4s %s  %s%n", c.figure(), c.outcome().symbol(),
          c.statement()));
      if (c.refined() != null) {
        sb.append(String.format("          numbers support: %s%n", c.refined()));
      }
    }
    return sb.toString();
  }
}
