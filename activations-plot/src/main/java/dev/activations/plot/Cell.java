package dev.activations.plot;

import dev.activations.MathText;

/**
 * One table cell: the text people read (in Markdown, CSV and HTML) and the value machines read
 * (in JSON).
 *
 * @param text the display text, never null
 * @param value a {@link String}, {@link Double}, {@link Long}, {@link Boolean}, or null for
 *     "not applicable"
 */
public record Cell(String text, Object value) {

  /**
   * Checks the parts.
   *
   * @param text the display text, not {@code null}
   * @param value a String, Double, Long or Boolean, or {@code null} for "not applicable"
   * @throws IllegalArgumentException on null text or a value of another type
   */
  public Cell {
    if (text == null) {
      throw new IllegalArgumentException("a cell needs text");
    }
    if (value != null && !(value instanceof String || value instanceof Double
        || value instanceof Long || value instanceof Boolean)) {
      throw new IllegalArgumentException("a cell value must be a String, Double, Long or Boolean,"
          + " got " + value.getClass().getSimpleName());
    }
  }

  /**
   * A text cell.
   *
   * @param text the text, shown and stored as is; not {@code null}
   * @return a cell whose value is the text
   */
  public static Cell text(String text) {
    return new Cell(text, text);
  }

  /**
   * A number shown with six significant digits (−0.375, 0.25, ∞).
   *
   * @param v the number; NaN and ±∞ allowed
   * @return a cell shown as {@link dev.activations.MathText#number(double)} writes v, with v as its
   *     value
   */
  public static Cell number(double v) {
    return new Cell(MathText.number(v), v);
  }

  /**
   * A number shown with the given significant digits.
   *
   * @param v the number; NaN and ±∞ allowed
   * @param digits significant digits shown, ≥ 1
   * @return a cell with v as its value
   */
  public static Cell number(double v, int digits) {
    return new Cell(MathText.number(v, digits), v);
  }

  /**
   * A number shown as the given text (for example with all its digits).
   *
   * @param v the value machines read
   * @param text the text people read, not {@code null}
   * @return a cell with v as its value
   */
  public static Cell number(double v, String text) {
    return new Cell(text, v);
  }

  /**
   * A whole number.
   *
   * @param v the number
   * @return a cell shown in plain decimal digits, with v as its value
   */
  public static Cell integer(long v) {
    return new Cell(Long.toString(v), v);
  }

  /**
   * A yes/no cell.
   *
   * @param v the value
   * @return a cell shown as {@code yes} or {@code no}
   */
  public static Cell bool(boolean v) {
    return new Cell(v ? "yes" : "no", v);
  }

  /**
   * An empty cell, shown as a dash: the property does not apply.
   *
   * @return a cell shown as {@code —}, with a {@code null} value
   */
  public static Cell none() {
    return new Cell("—", null);
  }
}
