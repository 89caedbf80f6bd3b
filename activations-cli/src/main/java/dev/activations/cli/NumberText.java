package dev.activations.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number syntax of {@code eval}: what it reads and how it prints, so that every printed
 * number parses back to the identical value of its dtype.
 */
final class NumberText {
  // Plain decimal notation only: Float.parseFloat alone would also take "1f", "2d", hex
  // literals and surrounding blanks, none of which belong to the contract.
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private NumberText() {}

  /**
   * A float32 input, correctly rounded from its decimal text by {@link Float#parseFloat}; never
   * through double, which would round twice.
   *
   * @throws NumberFormatException if the text is not a number of the contract
   */
  static float parseFloat(String text) {
    int special = special(text);
    if (special != NOT_SPECIAL) {
      return special == NAN ? Float.NaN
          : special > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
    }
    return Float.parseFloat(checkDecimal(text));
  }

  /**
   * A float64 input, correctly rounded by {@link Double#parseDouble}.
   *
   * @throws NumberFormatException if the text is not a number of the contract
   */
  static double parseDouble(String text) {
    int special = special(text);
    if (special != NOT_SPECIAL) {
      return special == NAN ? Double.NaN
          : special > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return Double.parseDouble(checkDecimal(text));
  }

  /**
   * The number of a numeric option, in the syntax of {@code eval}'s inputs ({@code 0.5},
   * {@code 1e-3}, {@code nan}, {@code inf}, {@code -Infinity}…); each option checks its own
   * domain afterwards, so that {@code --lr nan} and {@code --lr NaN} get the same message.
   */
  static final class OptionConverter implements picocli.CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value
            + "' is not a number");
      }
    }
  }

  /**
   * Shortest-style decimal text that {@link Float#parseFloat} maps back to the same float;
   * {@code NaN}, {@code Infinity}, {@code -Infinity} for the specials, {@code -0.0} for −0.
   */
  static String format(float v) {
    return Float.toString(v);
  }

  /** The double twin of {@link #format(float)}. */
  static String format(double v) {
    return Double.toString(v);
  }

  private static final int NOT_SPECIAL = 0;
  private static final int NAN = 2;

  /** +1 or −1 for an infinity, {@link #NAN}, or {@link #NOT_SPECIAL}. */
  private static int special(String text) {
    if (text.isEmpty()) {
      return NOT_SPECIAL;
    }
    char first = text.charAt(0);
    int sign = first == '-' ? -1 : 1;
    String body = first == '-' || first == '+' ? text.substring(1) : text;
    // NaN has no sign worth keeping: Java has one canonical NaN, and so does the output.
    switch (body.toLowerCase(Locale.ROOT)) {
      case "nan":
        return NAN;
      case "inf":
      case "infinity":
        return sign;
      default:
        return NOT_SPECIAL;
    }
  }

  private static String checkDecimal(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new NumberFormatException(text);
    }
    return text;
  }
}
