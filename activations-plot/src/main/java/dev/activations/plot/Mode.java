package dev.activations.plot;

import java.util.Locale;

/** What a function chart shows. */
public enum Mode {
  /** f(x) of every function, on one chart. */
  VALUE,
  /** f'(x) of every function, on one chart. */
  DERIVATIVE,
  /** f(x) solid and f'(x) dashed in the same colour, on one chart (the articles' M4 and M8). */
  OVERLAY,
  /** Two panels side by side: f(x) on the left, f'(x) on the right. */
  SIDE_BY_SIDE;

  /**
   * The mode named in words: {@code value}, {@code derivative}, {@code overlay},
   * {@code side-by-side} (or {@code both}), in any case.
   *
   * @param text the word; {@code _} is read as {@code -}, and {@code function} as {@code value}
   * @return the mode
   * @throws IllegalArgumentException naming the valid words
   */
  public static Mode parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (t) {
      case "value", "function" -> VALUE;
      case "derivative" -> DERIVATIVE;
      case "overlay" -> OVERLAY;
      case "side-by-side", "both" -> SIDE_BY_SIDE;
      default -> throw new IllegalArgumentException("unknown chart mode '" + text
          + "': use value, derivative, overlay or side-by-side");
    };
  }
}
