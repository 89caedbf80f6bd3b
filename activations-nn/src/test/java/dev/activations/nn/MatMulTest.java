package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The blocked products give, bit for bit, what the textbook loops give when they add the
 * products in the same order (increasing k, after the initial value), for shapes that straddle
 * the block sizes, with one scratch reused across shapes of every size.
 */
class MatMulTest {
  private static final int[][] SHAPES = {
      {1, 1, 1}, {3, 5, 2}, {7, 64, 9}, {5, 65, 257}, {33, 130, 300}, {2, 200, 513}, {4, 3, 2}};

  private final MatMul.Scratch scratch = new MatMul.Scratch();

  @Test
  void multiplyMatchesTheTextbookLoops() {
    SplittableRandom random = new SplittableRandom(1);
    for (int[] s : SHAPES) {
      int m = s[0];
      int k = s[1];
      int n = s[2];
      float[] a = sparse(m * k, random);
      float[] b = sparse(k * n, random);
      float[] bias = sparse(n, random);
      for (float[] init : new float[][] {null, bias}) {
        float[] c = new float[m * n];
        java.util.Arrays.fill(c, 99f); // overwritten, not added to
        MatMul.multiply(a, b, c, m, k, n, init, scratch);
        float[] expected = new float[m * n];
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            float sum = init == null ? 0f : init[j];
            for (int p = 0; p < k; p++) {
              sum += a[i * k + p] * b[p * n + j];
            }
            expected[i * n + j] = sum;
          }
        }
        assertThat(c).as("%d×%d · %d×%d", m, k, k, n).isEqualTo(expected);
      }
    }
  }

  @Test
  void multiplyTransposedBMatchesTheTextbookLoops() {
    SplittableRandom random = new SplittableRandom(3);
    for (int[] s : SHAPES) {
      int m = s[0];
      int k = s[1];
      int n = s[2];
      float[] a = sparse(m * k, random);
      float[] b = sparse(n * k, random);
      float[] c = new float[m * n];
      MatMul.multiplyTransposedB(a, b, c, m, k, n, scratch);
      float[] expected = new float[m * n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          float sum = 0f;
          for (int p = 0; p < k; p++) {
            sum += a[i * k + p] * b[j * k + p];
          }
          expected[i * n + j] = sum;
        }
      }
      assertThat(c).as("%d×%d · (%d×%d)ᵀ", m, k, n, k).isEqualTo(expected);
    }
  }

  @Test
  void multiplyTransposedAMatchesTheTextbookLoops() {
    SplittableRandom random = new SplittableRandom(2);
    for (int[] s : SHAPES) {
      int m = s[0];
      int k = s[1];
      int n = s[2];
      float[] a = sparse(m * k, random);
      float[] b = sparse(m * n, random);
      float[] c = new float[k * n];
      MatMul.multiplyTransposedA(a, b, c, m, k, n, scratch);
      float[] expected = new float[k * n];
      for (int p = 0; p < k; p++) {
        for (int j = 0; j < n; j++) {
          float sum = 0f;
          for (int i = 0; i < m; i++) {
            sum += a[i * k + p] * b[i * n + j];
          }
          expected[p * n + j] = sum;
        }
      }
      assertThat(c).as("(%d×%d)ᵀ · %d×%d", m, k, m, n).isEqualTo(expected);
    }
  }

  @Test
  void columnSumsAddEachColumnTopDown() {
    float[] a = {1, 2, 3, 4, 5, 6};
    float[] sums = {9, 9, 9};
    MatMul.columnSums(a, 2, 3, sums, scratch);
    assertThat(sums).containsExactly(5, 7, 9);
  }

  /** Random values with a third of them zero, like relu outputs. */
  private static float[] sparse(int n, SplittableRandom random) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextInt(3) == 0 ? 0f : (float) (2 * random.nextDouble() - 1);
    }
    return v;
  }
}
