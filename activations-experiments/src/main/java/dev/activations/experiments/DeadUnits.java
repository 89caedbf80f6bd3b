package dev.activations.experiments;

import dev.activations.nn.DataSet;
import dev.activations.nn.Network;

/**
 * Which hidden units are dead (output exactly 0 for every example of a data set) and which are
 * stuck (|f'(z)| below {@link #STUCK} for every example, so that no gradient reaches their
 * weights), from {@link Forward}. The last layer (the logits) is left out.
 *
 * @param dead dead[l][j] for hidden layer l, unit j
 * @param stuck stuck[l][j] likewise
 */
record DeadUnits(boolean[][] dead, boolean[][] stuck) {
  /** The derivative below which a unit counts as stuck: the lab's saturation threshold. */
  static final double STUCK = 0.01;

  /** The hidden units of a network on a data set. */
  static DeadUnits of(Network network, DataSet data) {
    Forward.LayerValues[] v = Forward.run(network, data);
    int hidden = v.length - 1;
    boolean[][] dead = new boolean[hidden][];
    boolean[][] stuck = new boolean[hidden][];
    for (int l = 0; l < hidden; l++) {
      dead[l] = Forward.dead(v[l]);
      stuck[l] = Forward.stuck(v[l], STUCK);
    }
    return new DeadUnits(dead, stuck);
  }

  /** The fraction of true flags in one layer. */
  static double fraction(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      if (f) {
        n++;
      }
    }
    return (double) n / flags.length;
  }

  /** The fraction of true flags over every hidden layer. */
  static double fraction(boolean[][] flags) {
    int n = 0;
    int total = 0;
    for (boolean[] layer : flags) {
      for (boolean f : layer) {
        if (f) {
          n++;
        }
      }
      total += layer.length;
    }
    return (double) n / total;
  }

  /** The number of units dead here and alive in {@code later}, in hidden layer l. */
  int revived(DeadUnits later, int l) {
    int n = 0;
    for (int j = 0; j < dead[l].length; j++) {
      if (dead[l][j] && !later.dead[l][j]) {
        n++;
      }
    }
    return n;
  }
}
