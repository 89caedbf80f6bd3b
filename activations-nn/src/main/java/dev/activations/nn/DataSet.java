package dev.activations.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A labelled classification data set: {@code rows × columns} features, row-major in one
 * {@code float[]}, and one class label in [0, classes) per row. Immutable: the accessors return
 * copies.
 */
public final class DataSet {
  private final String name;
  private final float[] features;
  private final int rows;
  private final int columns;
  private final int[] labels;
  private final List<String> classNames;

  /** Takes ownership of the arrays; checks shapes and labels. */
  DataSet(String name, float[] features, int columns, int[] labels, List<String> classNames) {
    if (columns < 1) {
      throw new IllegalArgumentException("a data set needs ≥ 1 column, got " + columns);
    }
    if (features.length != (long) labels.length * columns) {
      throw new IllegalArgumentException(labels.length + " labels and " + columns
          + " columns need " + (long) labels.length * columns + " features, got "
          + features.length);
    }
    if (classNames.isEmpty()) {
      throw new IllegalArgumentException("a data set needs ≥ 1 class");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException("row " + i + ": label " + labels[i]
            + " out of range [0, " + classNames.size() + ")");
      }
    }
    this.name = name;
    this.features = features;
    this.rows = labels.length;
    this.columns = columns;
    this.labels = labels;
    this.classNames = List.copyOf(classNames);
  }

  /**
   * A data set from copies of the given arrays.
   *
   * @param name a name for messages and reports
   * @param features rows × columns, row-major, not modified
   * @param columns features per row, ≥ 1
   * @param labels one class index per row, each in [0, classNames.size()), not modified
   * @param classNames one name per class
   * @return the data set
   * @throws IllegalArgumentException on mismatched lengths or a label out of range
   */
  public static DataSet of(String name, float[] features, int columns, int[] labels,
      List<String> classNames) {
    return new DataSet(name, features.clone(), columns, labels.clone(), classNames);
  }

  /**
   * Class names "0", "1", … for {@code classes} classes.
   *
   * @param classes the number of classes
   * @return the names, in class order
   */
  public static List<String> numberedClasses(int classes) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  /**
   * The name used in messages and reports (a file name, or the set's name).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Number of examples.
   *
   * @return the examples
   */
  public int rows() {
    return rows;
  }

  /**
   * Number of features per example.
   *
   * @return the features per example
   */
  public int columns() {
    return columns;
  }

  /**
   * Number of classes.
   *
   * @return the classes, labels being in [0, classes)
   */
  public int classes() {
    return classNames.size();
  }

  /**
   * One name per class, in label order.
   *
   * @return an unmodifiable list
   */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * A copy of the features, rows × columns row-major.
   *
   * @return a new array
   */
  public float[] features() {
    return features.clone();
  }

  /**
   * A copy of the labels.
   *
   * @return a new array, one class index per row
   */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * The feature in a row and column.
   *
   * @param row the example, in [0, rows)
   * @param column the feature, in [0, columns)
   * @return the value
   */
  public float feature(int row, int column) {
    if (column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("column " + column + " of " + columns);
    }
    return features[row * columns + column];
  }

  /**
   * The class label of a row.
   *
   * @param row the example, in [0, rows)
   * @return the class index
   */
  public int label(int row) {
    return labels[row];
  }

  /**
   * The number of rows of each class.
   *
   * @return a new array indexed by class
   */
  public int[] classCounts() {
    int[] c = new int[classes()];
    for (int l : labels) {
      c[l]++;
    }
    return c;
  }

  /**
   * The rows at these indices, in this order (repeats allowed), under the same name.
   *
   * @param indices row indices, each in [0, rows)
   * @return a new data set
   */
  public DataSet subset(int[] indices) {
    float[] f = new float[indices.length * columns];
    int[] l = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(features, indices[i] * columns, f, i * columns, columns);
      l[i] = labels[indices[i]];
    }
    return new DataSet(name, f, columns, l, classNames);
  }

  /**
   * The same rows under another name.
   *
   * @param newName the name
   * @return a new data set
   */
  public DataSet withName(String newName) {
    return new DataSet(newName, features, columns, labels, classNames);
  }

  /** The same labels with new features (rows × columns), taking ownership of them. */
  DataSet withFeatures(float[] newFeatures) {
    return new DataSet(name, newFeatures, columns, labels, classNames);
  }

  /**
   * A stratified random split: from each class, round(testFraction · count) of its rows, chosen
   * at random, go to the test set and the rest to the training set, so both keep the class
   * proportions. Each part is then shuffled. Deterministic in the seed.
   *
   * @param testFraction in [0, 1]
   * @param seed the seed of the choice
   * @return the training and test parts
   */
  public Split split(double testFraction, long seed) {
    if (!(testFraction >= 0 && testFraction <= 1)) {
      throw new IllegalArgumentException("test fraction must be in [0, 1], got " + testFraction);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int c = 0; c < classes(); c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        if (labels[i] == c) {
          members.add(i);
        }
      }
      int[] m = members.stream().mapToInt(Integer::intValue).toArray();
      Trainer.shuffle(m, random);
      int k = (int) Math.round(testFraction * m.length);
      for (int i = 0; i < m.length; i++) {
        (i < k ? test : train).add(m[i]);
      }
    }
    int[] tr = train.stream().mapToInt(Integer::intValue).toArray();
    int[] te = test.stream().mapToInt(Integer::intValue).toArray();
    Trainer.shuffle(tr, random);
    Trainer.shuffle(te, random);
    return new Split(subset(tr).withName(name + " (train)"), subset(te).withName(name + " (test)"));
  }

  /** The live feature array, for the package's loops (never modified). */
  float[] featureArray() {
    return features;
  }

  /** The live label array, for the package's loops (never modified). */
  int[] labelArray() {
    return labels;
  }

  @Override
  public String toString() {
    return "DataSet[" + name + ", " + rows + " × " + columns + ", " + classes() + " classes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSet d && d.columns == columns && Arrays.equals(d.features, features)
        && Arrays.equals(d.labels, labels) && d.classNames.equals(classNames);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(features) + Arrays.hashCode(labels);
  }
}
