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

  /** Copies the lists. */
  public ReportSummary {
    images = List.copyOf(images);
    claims = List.copyOf(claims);
  }

  /** Whether every claim holds. */
  public boolean allVerified() {
    return claims.stream().allMatch(Claim::holds);
  }

  /** A one-screen text summary: where the page is, then each claim with its mark. */
  public String text() {
    long verified = claims.stream().filter(Claim::holds).count();
    StringBuilder sb = new StringBuilder();
    sb.append("Report: ").append(page).append('\n');
    sb.append(images.size()).append(" figures, ").append(verified).append(" of ")
        .append(claims.size()).append(" claims verified\n");
    for (Claim c : claims) {
      sb.append(String.format("  %-4s %s  %s%n", c.figure(), c.holds() ? "✓" : "✗",
          c.statement()));
    }
    return sb.toString();
  }
}
