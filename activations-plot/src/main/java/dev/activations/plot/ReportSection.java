package dev.activations.plot;

import java.util.List;

/**
 * A section added to the report after the articles' figures: a measured claim with its verdict,
 * its charts and its tables (the command line uses it for the lab's experiments).
 *
 * @param id a short anchor, unique in the page (letters, digits and '-')
 * @param title the heading
 * @param claim the claim, with whether it holds and the evidence; shown as verified or FAILS
 * @param images chart files, as paths relative to the report folder
 * @param tables the tables, in order
 */
public record ReportSection(String id, String title, Claim claim, List<String> images,
    List<Table> tables) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException on a null part or an id that is not a plain anchor
   */
  public ReportSection {
    if (id == null || title == null || claim == null || images == null || tables == null) {
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
