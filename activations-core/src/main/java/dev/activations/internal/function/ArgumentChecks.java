package dev.activations.internal.function;

/**
 * Argument checks shared by every implementation. Each failure is an
 * {@link IllegalArgumentException} that names the argument and the problem, thrown before any
 * output element is written.
 */
public final class ArgumentChecks {
  private ArgumentChecks() {}

  /** Checks that both arrays are non-null and of equal length. */
  public static void sameLength(String aName, Object a, String bName, Object b) {
    int la = length(aName, a);
    int lb = length(bName, b);
    if (la != lb) {
      throw new IllegalArgumentException(
          aName + " has length " + la + " but " + bName + " has length " + lb);
    }
  }

  /** Checks that {@code array[offset, offset + length)} exists. */
  public static void range(String name, Object array, int offset, int length) {
    int n = length(name, array);
    if (length < 0) {
      throw new IllegalArgumentException("length is negative: " + length);
    }
    if (offset < 0) {
      throw new IllegalArgumentException(name + " offset is negative: " + offset);
    }
    if (offset > n - length) {
      throw new IllegalArgumentException(name + " has length " + n + ", too short for offset "
          + offset + " and length " + length);
    }
  }

  /** Length of a {@code float[]} or {@code double[]}, rejecting null. */
  public static int length(String name, Object array) {
    if (array == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    if (array instanceof float[] f) {
      return f.length;
    }
    if (array instanceof double[] d) {
      return d.length;
    }
    throw new IllegalArgumentException(name + " is not a float[] or double[]");
  }

  /** Checks that a matrix of {@code rows × columns} fits in an array. */
  public static void matrix(String name, Object array, int rows, int columns) {
    if (rows < 0 || columns < 0) {
      throw new IllegalArgumentException(
          "rows and columns must be non-negative, got " + rows + " × " + columns);
    }
    long need = (long) rows * columns;
    int n = length(name, array);
    if (need != n) {
      throw new IllegalArgumentException(name + " has length " + n + " but " + rows + " × "
          + columns + " = " + need + " elements are needed");
    }
  }
}
