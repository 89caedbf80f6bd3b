package dev.activations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Closest-name suggestions for error messages: the rule by which the registry answers
 * {@code sigmod} with {@code sigmoid}, shared by everything that looks names up (experiments,
 * data sets, command-line choices).
 *
 * <p>Names are compared case-insensitively, with {@code -} and {@code _} the same, by
 * Levenshtein distance d. A candidate is close when d ≤ max(2, ⌊length/3⌋), or when one name
 * contains the other (then it scores min(d, 1)).
 */
public final class Names {
  private Names() {}

  /** The most suggestions {@link #closest} returns. */
  public static final int MAX_SUGGESTIONS = 3;

  /**
   * Up to {@value #MAX_SUGGESTIONS} candidates close to {@code wanted}, best first (ties in the
   * candidates' alphabetical order); empty if none is close.
   *
   * @param wanted the name as given; null is treated as empty
   * @param candidates the valid names, not modified
   * @return at most {@value #MAX_SUGGESTIONS} of the candidates, as they were
   *     spelled; never {@code null}
   */
  public static List<String> closest(String wanted, Collection<String> candidates) {
    String w = normal(wanted == null ? "" : wanted);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      String n = normal(c);
      int d = distance(w, n);
      boolean related = !w.isEmpty() && (n.contains(w) || w.contains(n));
      int limit = Math.max(2, n.length() / 3);
      if (d <= limit || related) {
        scored.add(new Scored(c, related ? Math.min(d, 1) : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < MAX_SUGGESTIONS; i++) {
      out.add(scored.get(i).name());
    }
    return out;
  }

  /**
   * The Levenshtein distance: the fewest insertions, deletions and substitutions of one
   * character that turn {@code a} into {@code b}. Case-sensitive.
   *
   * @param a the first string, not {@code null}
   * @param b the second string, not {@code null}
   * @return the distance, from 0 (equal) to the longer string's length
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }
}
