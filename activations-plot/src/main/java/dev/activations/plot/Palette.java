package dev.activations.plot;

import dev.activations.Activations;
import dev.activations.Spec;
import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * One stable colour per function, the same in every chart, so that a reader learns that relu is
 * green and sigmoid blue. Functions that the articles draw together get clearly different hues.
 * Several variants of one function in one chart (swish for several β) get shades of its colour,
 * in the viridis palette, dark to light. Series that are not functions take the Tableau 10 colours in order.
 */
public final class Palette {
  private Palette() {}

  private static final Map<String, Color> BY_NAME = Map.ofEntries(
      Map.entry("identity", rgb(0x7F7F7F)),
      Map.entry("sigmoid", rgb(0x1F77B4)),
      Map.entry("tanh", rgb(0xD62728)),
      Map.entry("relu", rgb(0x2CA02C)),
      Map.entry("leaky_relu", rgb(0xFF7F0E)),
      Map.entry("prelu", rgb(0x8C564B)),
      Map.entry("rrelu", rgb(0xBCBD22)),
      Map.entry("elu", rgb(0x9467BD)),
      Map.entry("selu", rgb(0x17BECF)),
      Map.entry("celu", rgb(0xE377C2)),
      Map.entry("softplus", rgb(0x8C6D31)),
      Map.entry("swish", rgb(0x00876C)),
      Map.entry("silu", rgb(0x00876C)),
      Map.entry("mish", rgb(0xE7298A)),
      Map.entry("gelu", rgb(0x3B3EAC)),
      Map.entry("relu6", rgb(0x66A61E)),
      Map.entry("hardsigmoid", rgb(0x6BAED6)),
      Map.entry("hardswish", rgb(0xA6761D)),
      Map.entry("hardtanh", rgb(0xFB6A4A)),
      Map.entry("softsign", rgb(0x984EA3)),
      Map.entry("logsigmoid", rgb(0x377EB8)),
      Map.entry("tanhshrink", rgb(0xE41A1C)),
      Map.entry("softshrink", rgb(0x4DAF4A)),
      Map.entry("hardshrink", rgb(0xF781BF)),
      Map.entry("threshold", rgb(0xA65628)));

  private static final Color[] TABLEAU = {
    rgb(0x4E79A7), rgb(0xF28E2B), rgb(0xE15759), rgb(0x76B7B2), rgb(0x59A14F),
    rgb(0xEDC948), rgb(0xB07AA1), rgb(0xFF9DA7), rgb(0x9C755F), rgb(0xBAB0AC)
  };

  /**
   * The colour of a function, by its name or by a specification
   * ({@code "leaky_relu(negative_slope=0.1)"} has leaky_relu's colour); any other text gets a
   * Tableau colour chosen by a stable hash of the text.
   *
   * @param name a function's name or specification, or any series name; {@code null} is read as
   *     empty
   * @return the function's own colour, else a Tableau colour
   */
  public static Color colourOf(String name) {
    String key = baseName(name);
    Color c = BY_NAME.get(key);
    return c != null ? c : TABLEAU[Math.floorMod(key.hashCode(), TABLEAU.length)];
  }

  /**
   * Whether the text names a function of the library, by name or by specification; such series
   * take {@link #colourOf(String)}, other series {@link #series(int)}. A function without a
   * colour of its own here gets a stable Tableau colour.
   *
   * @param name a function's name or specification, or any series name
   * @return true when the registry knows the function
   */
  public static boolean isFunction(String name) {
    String key = baseName(name);
    if (BY_NAME.containsKey(key)) {
      return true;
    }
    try {
      Activations.describe(key);
      return true;
    } catch (IllegalArgumentException notAFunction) {
      return false;
    }
  }

  /**
   * The i-th colour for series that are not functions (Tableau 10, cycling).
   *
   * @param index the series' position among the non-function series, from 0; any int
   * @return one of the ten Tableau colours
   */
  public static Color series(int index) {
    return TABLEAU[Math.floorMod(index, TABLEAU.length)];
  }

  /**
   * The k-th of n colours for n variants of one function in one chart (swish for several β): with
   * n = 1 the function's own colour; otherwise samples of the viridis palette from dark purple
   * to yellow-green, which is perceptually ordered (lightness grows steadily, so an ordered
   * parameter reads as an ordered family) and stays legible to colour-blind readers. The last
   * tenth of the palette, yellow that vanishes on white, is left out.
   *
   * @param base the function's own colour, used when n = 1
   * @param k the variant's index, in [0, n)
   * @param n the number of variants
   * @return base for n ≤ 1, else a viridis colour
   */
  public static Color shade(Color base, int k, int n) {
    if (n <= 1) {
      return base;
    }
    return viridis(0.88 * k / (n - 1));
  }

  /**
   * The viridis palette at t in [0, 1], interpolated linearly between nine reference colours
   * (matplotlib's viridis at t = 0, 1/8, …, 1).
   *
   * @param t the position in the palette; values outside [0, 1] are clamped
   * @return the interpolated colour
   */
  public static Color viridis(double t) {
    double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) u, VIRIDIS.length - 2);
    return mix(VIRIDIS[i], VIRIDIS[i + 1], u - i);
  }

  private static final Color[] VIRIDIS = {
    rgb(0x440154), rgb(0x472D7B), rgb(0x3B528B), rgb(0x2C728E), rgb(0x21918C),
    rgb(0x28AE80), rgb(0x5EC962), rgb(0xADDC30), rgb(0xFDE725)
  };

  /**
   * A lighter tint of a colour (mixed 45 % with white): a function's derivative beside it.
   *
   * @param c the colour, not {@code null}
   * @return the tint
   */
  public static Color lighter(Color c) {
    return mix(c, Color.WHITE, 0.45);
  }

  /**
   * The CSS form of a colour: {@code #1f77b4}.
   *
   * @param c the colour, not {@code null}
   * @return a hash mark and six lower-case hex digits; alpha is dropped
   */
  public static String css(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** The function a name or specification names; other text (a series name) as it is. */
  private static String baseName(String name) {
    String n = name == null ? "" : name.strip();
    if (BY_NAME.containsKey(n)) {
      return n;
    }
    try {
      return Spec.parse(n).name();
    } catch (IllegalArgumentException notASpecification) {
      return n;
    }
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  private static Color rgb(int hex) {
    return new Color(hex);
  }
}
