package dev.activations.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The two-class 2-D data sets of the TensorFlow playground and scikit-learn, drawn from a seed.
 * Each class gets half the points (the first class the odd one), Gaussian noise of standard
 * deviation {@code noise} is added to both coordinates after the label is fixed, and the rows
 * are shuffled. Coordinates lie in about [−1, 1]².
 */
final class Synthetic {
  private Synthetic() {}

  static final List<String> NAMES = List.of("circle", "xor", "gauss", "spiral", "moons");

  static DataSet generate(String kind, int examples, double noise, long seed) {
    if (examples < 2) {
      throw new IllegalArgumentException("a synthetic set needs ≥ 2 examples, got " + examples);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and ≥ 0, got " + noise);
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[2 * examples];
    int[] y = new int[examples];
    int first = (examples + 1) / 2;
    for (int i = 0; i < examples; i++) {
      int label = i < first ? 0 : 1;
      int index = label == 0 ? i : i - first;
      int count = label == 0 ? first : examples - first;
      double[] p = point(kind, label, index, count, random);
      x[2 * i] = (float) (p[0] + noise * Gaussian.next(random));
      x[2 * i + 1] = (float) (p[1] + noise * Gaussian.next(random));
      y[i] = label;
    }
    int[] order = new int[examples];
    for (int i = 0; i < examples; i++) {
      order[i] = i;
    }
    Trainer.shuffle(order, random);
    DataSet d = new DataSet(kind, x, 2, y, DataSet.numberedClasses(2));
    return d.subset(order);
  }

  /** The noiseless point {@code index} of {@code count} of a class. */
  private static double[] point(String kind, int label, int index, int count,
      SplittableRandom random) {
    switch (kind) {
      case "circle": {
        // class 1 fills the disk r < 0.5; class 0 the ring 0.7 < r < 1
        double r = label == 1 ? 0.5 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
        double a = 2 * Math.PI * random.nextDouble();
        return new double[] {r * StrictMath.sin(a), r * StrictMath.cos(a)};
      }
      case "xor": {
        // class 1 where the signs agree (first and third quadrants); kept 0.1 off the axes
        double u = 0.1 + 0.9 * random.nextDouble();
        double v = 0.1 + 0.9 * random.nextDouble();
        boolean flip = random.nextBoolean();
        double sx = flip ? -1 : 1;
        double sy = label == 1 ? sx : -sx;
        return new double[] {sx * u, sy * v};
      }
      case "gauss": {
        // two blobs of standard deviation 0.2 at ±(0.5, 0.5); class 1 at the positive one
        double c = label == 1 ? 0.5 : -0.5;
        return new double[] {c + 0.2 * Gaussian.next(random), c + 0.2 * Gaussian.next(random)};
      }
      case "spiral": {
        // two interleaved arms of 1.75 turns, radius growing from 0 to 1
        double t = (double) index / count;
        double a = 1.75 * 2 * Math.PI * t + label * Math.PI;
        return new double[] {t * StrictMath.sin(a), t * StrictMath.cos(a)};
      }
      case "moons": {
        // scikit-learn's make_moons, evenly spaced along each arc, centred on the origin
        double a = count == 1 ? 0 : Math.PI * index / (count - 1);
        return label == 0
            ? new double[] {StrictMath.cos(a) - 0.5, StrictMath.sin(a) - 0.25}
            : new double[] {0.5 - StrictMath.cos(a), 0.25 - StrictMath.sin(a)};
      }
      default:
        throw new IllegalArgumentException("unknown synthetic data set '" + kind + "'; valid: "
            + NAMES);
    }
  }
}
