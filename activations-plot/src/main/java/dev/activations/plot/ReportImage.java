package dev.activations.plot;

/**
 * An image of a report section.
 *
 * @param path the file, relative to the report folder, with '/' between names
 * @param alt what the image shows, in words (its alt text)
 * @param wide whether it needs the page's full width (two or more panels side by side)
 */
public record ReportImage(String path, String alt, boolean wide) {

  /**
   * Checks the parts.
   *
   * @param path the file, relative to the report folder; not blank
   * @param alt the alt text; not blank
   * @param wide whether it needs the page's full width
   * @throws IllegalArgumentException on a null or blank path or alt text
   */
  public ReportImage {
    if (path == null || path.isBlank() || alt == null || alt.isBlank()) {
      throw new IllegalArgumentException("a report image needs a path and an alt text");
    }
  }
}
