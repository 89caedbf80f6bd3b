package dev.activations.experiments;

import java.util.List;
import java.util.Locale;

/** The closest of a list of names to a mistyped one, by edit distance. */
final class Names {
  private Names() {}

  /** The name with the smallest Levenshtein distance (case-insensitive; the first on ties). */
  static String closest(String wanted, List<String> names) {
    String w = wanted.toLowerCase(Locale.ROOT);
    String best = names.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = distance(w, n);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
