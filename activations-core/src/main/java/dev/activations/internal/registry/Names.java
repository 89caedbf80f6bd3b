package dev.activations.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Closest-name suggestions for error messages. */
final class Names {
  private Names() {}

  /** Up to three candidates closest to {@code wanted}, best first; empty if none is close. */
  static List<String> closest(String wanted, List<String> candidates) {
    String w = wanted.toLowerCase(java.util.Locale.ROOT).replace("-", "_");
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      int d = distance(w, c);
      boolean related = c.contains(w) || w.contains(c);
      int limit = Math.max(2, c.length() / 3);
      if (d <= limit || related) {
        scored.add(new Scored(c, related ? Math.min(d, 1) : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < 3; i++) {
      out.add(scored.get(i).name());
    }
    return out;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
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

  /** "did you mean a, b?" or an empty string. */
  static String suggestion(String wanted, List<String> candidates) {
    List<String> c = closest(wanted, candidates);
    return c.isEmpty() ? "" : " (did you mean " + String.join(", ", c) + "?)";
  }
}
