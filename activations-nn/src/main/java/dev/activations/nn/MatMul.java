package dev.activations.nn;

import java.util.Arrays;

/**
 * Single-precision matrix products on row-major arrays, written for HotSpot's auto-vectoriser.
 *
 * <h2>Why rows</h2>
 * The innermost loop is always an axpy over one row, {@code c[j] += a·b[j]}, which C2 turns into
 * SIMD multiply-adds, but only when both arrays are indexed by the same expression: with
 * {@code c[cOffset + j] += a·b[bOffset + j]} C2 cannot rule out that c and b are one array
 * overlapping itself and leaves the loop scalar (measured 4–6× slower on JDK 17). So each product
 * copies B into separate row arrays and accumulates C in row arrays of a reusable
 * {@link Scratch}, then copies C back: O(k·n + m·n) copies for O(m·k·n) arithmetic.
 *
 * <h2>Order of operations</h2>
 * The loops run i-k-j, blocked over k and j so that a panel of B ({@link #DEPTH_BLOCK} ×
 * {@link #COLUMN_BLOCK} floats, 64 KiB) stays in the L2 cache while the rows of A stream past.
 * Every element of C starts from its initial value (0, or the bias) and adds its products in
 * increasing k, exactly as the textbook loop does: the blocking changes speed, never a bit of the
 * result. Java forbids fusing a·b + c into one rounding unless asked, so the vectorised and scalar
 * forms of a loop round identically.
 *
 * <h2>Zeros</h2>
 * A zero element of A skips its row of products (relu outputs and MNIST pixels are mostly zero).
 * This is exact for finite B; against an infinite or NaN element of B it drops the NaN that 0·∞
 * would give. Weights are finite in any network worth evaluating, so the lab accepts that.
 */
final class MatMul {
  private MatMul() {}

  /** Columns of C and B per block: a 1 KiB segment of a C row stays in L1. */
  static final int COLUMN_BLOCK = 256;

  /** Rows of B per block: with {@link #COLUMN_BLOCK} columns, a 64 KiB panel of B. */
  static final int DEPTH_BLOCK = 64;

  /** Row arrays reused from product to product (one per {@link Workspace}; not thread-safe). */
  static final class Scratch {
    private float[][] right = new float[0][];
    private float[][] result = new float[0][];
    private float[] row = new float[0];

    private static float[][] rows(float[][] cur, int count, int length) {
      if (cur.length >= count && (count == 0 || cur[0].length >= length)) {
        return cur;
      }
      int c = Math.max(count, cur.length);
      int l = Math.max(length, cur.length == 0 ? 0 : cur[0].length);
      return new float[c][l];
    }

    float[][] right(int count, int length) {
      return right = rows(right, count, length);
    }

    float[][] result(int count, int length) {
      return result = rows(result, count, length);
    }

    float[] row(int length) {
      if (row.length < length) {
        row = new float[length];
      }
      return row;
    }
  }

  /**
   * C = A·B, or C = A·B + 1·biasᵀ (the bias added to every row, first).
   *
   * @param a m × k, not modified
   * @param b k × n, not modified
   * @param c m × n, overwritten
   * @param bias n values each row of C starts from, or null for zeros; not modified
   */
  static void multiply(float[] a, float[] b, float[] c, int m, int k, int n, float[] bias,
      Scratch s) {
    float[][] bRows = s.right(k, n);
    for (int p = 0; p < k; p++) {
      System.arraycopy(b, p * n, bRows[p], 0, n);
    }
    product(a, bRows, c, m, k, n, bias, s);
  }

  /**
   * C = A·Bᵀ (the gradient dZ·Wᵀ passed back through a dense layer).
   *
   * @param a m × k, not modified
   * @param b n × k, not modified
   * @param c m × n, overwritten
   */
  static void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int k, int n,
      Scratch s) {
    float[][] bRows = s.right(k, n);
    for (int q = 0; q < n; q++) {
      int row = q * k;
      for (int p = 0; p < k; p++) {
        bRows[p][q] = b[row + p];
      }
    }
    product(a, bRows, c, m, k, n, null, s);
  }

  /** C = A·B with B given as k rows of n; C starts from the bias rows (or zeros). */
  private static void product(float[] a, float[][] bRows, float[] c, int m, int k, int n,
      float[] bias, Scratch s) {
    float[][] cRows = s.result(m, n);
    for (int i = 0; i < m; i++) {
      if (bias == null) {
        Arrays.fill(cRows[i], 0, n, 0f);
      } else {
        System.arraycopy(bias, 0, cRows[i], 0, n);
      }
    }
    for (int j0 = 0; j0 < n; j0 += COLUMN_BLOCK) {
      int j1 = Math.min(n, j0 + COLUMN_BLOCK);
      for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
        int p1 = Math.min(k, p0 + DEPTH_BLOCK);
        for (int i = 0; i < m; i++) {
          float[] cRow = cRows[i];
          int aRow = i * k;
          for (int p = p0; p < p1; p++) {
            float av = a[aRow + p];
            if (av != 0f) {
              axpy(av, bRows[p], cRow, j0, j1);
            }
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      System.arraycopy(cRows[i], 0, c, i * n, n);
    }
  }

  /**
   * C = Aᵀ·B, without forming Aᵀ (the weight gradient Xᵀ·dZ of a dense layer).
   *
   * @param a m × k, not modified
   * @param b m × n, not modified
   * @param c k × n, overwritten; each element sums its m products in increasing i
   */
  static void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int k, int n,
      Scratch s) {
    float[][] bRows = s.right(m, n);
    for (int i = 0; i < m; i++) {
      System.arraycopy(b, i * n, bRows[i], 0, n);
    }
    float[][] cRows = s.result(k, n);
    for (int p = 0; p < k; p++) {
      Arrays.fill(cRows[p], 0, n, 0f);
    }
    for (int j0 = 0; j0 < n; j0 += COLUMN_BLOCK) {
      int j1 = Math.min(n, j0 + COLUMN_BLOCK);
      // a block of C rows (DEPTH_BLOCK × COLUMN_BLOCK) stays in cache while every example passes
      for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
        int p1 = Math.min(k, p0 + DEPTH_BLOCK);
        for (int i = 0; i < m; i++) {
          float[] bRow = bRows[i];
          int aRow = i * k;
          for (int p = p0; p < p1; p++) {
            float av = a[aRow + p];
            if (av != 0f) {
              axpy(av, bRow, cRows[p], j0, j1);
            }
          }
        }
      }
    }
    for (int p = 0; p < k; p++) {
      System.arraycopy(cRows[p], 0, c, p * n, n);
    }
  }

  /**
   * The column sums of A: {@code sums[j] = Σ_i a[i·n + j]}, in increasing i (the bias gradient).
   *
   * @param a m × n, not modified
   * @param sums n values, overwritten
   */
  static void columnSums(float[] a, int m, int n, float[] sums, Scratch s) {
    Arrays.fill(sums, 0, n, 0f);
    float[] row = s.row(n);
    for (int i = 0; i < m; i++) {
      System.arraycopy(a, i * n, row, 0, n);
      for (int j = 0; j < n; j++) {
        sums[j] += row[j];
      }
    }
  }

  /** y[j] += alpha·x[j] for j0 ≤ j &lt; j1: the vectorised kernel (same index in both arrays). */
  private static void axpy(float alpha, float[] x, float[] y, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      y[j] += alpha * x[j];
    }
  }
}
