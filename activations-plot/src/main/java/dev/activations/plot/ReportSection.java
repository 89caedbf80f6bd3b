package dev.activations.plot;

import java.util.List;

/**
 * A section added to the report after the articles' figures: a claim of the articles put to the
 * test, with what was measured, the verdict, its charts and its tables (the command line uses it
 * for the lab's experiments).
 *
 * @param id a short anchor, unique in the page (letters, digits and '-')
 * @param title the heading
 * @param articleClaim what the article says, in its words (empty when there is no quote)
 * @param measured what was measured and how
 * @param claim the claim as tested, with its outcome, evidence and, when it does not hold, the
 *     refined claim the numbers support
 * @param images the charts, each with its alt text
 * @param tables the tables, in order
 */
public record ReportSection(String id, String title, String articleClaim, String measured,
    Claim claim, List<ReportImage> images, List<Table> tables) {

  /**
   * Checks and copies the parts.
   *
   * @param id a short anchor, unique in the page: letters, digits and '-'
   * @param title the heading
   * @param articleClaim what the article says, in its words; empty when there is no quote
   * @param measured what was measured and how
   * @param claim the claim as tested, with its outcome
   * @param images the charts, in order; copied
   * @param tables the tables, in order; copied
   * @throws IllegalArgumentException on a null part or an id that is not a plain anchor
   */
  public ReportSection {
    if (id == null || title == null || articleClaim == null || measured == null || claim == null
        || images == null || tables == null) {
      throw new IllegalArgumentException("a report section needs every part");
    }
    if (!id.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("report section id '" + id
          + "' must be letters, digits and '-'");
    }
    images = List.copyOf(images);
    tables = List.copyOf(tables);
  }
}
