package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * MNIST digits read by the IDX parser: a fixture of 100 images that ships with the tests (and
 * so runs everywhere), and the 10,000 digits of the shared data folder where it exists. That
 * folder is {@code ../../shared/data/mnist-10k} from this module (the repository's sibling
 * {@code shared/}), or the folder named by the system property {@code activations.mnist.dir};
 * the test of the full set is skipped where neither exists.
 */
class MnistTest {
  static final String PROPERTY = "activations.mnist.dir";

  static Path folder() {
    String p = System.getProperty(PROPERTY);
    return p != null ? Paths.get(p) : Paths.get("..", "..", "shared", "data", "mnist-10k");
  }

  /**
   * The fixture's facts, read from its bytes by a separate program (Python's gzip and struct):
   * the labels in order, and image 0's row 14 and pixel sum.
   */
  private static final int[] FIXTURE_LABELS = {
    2, 4, 1, 6, 5, 6, 7, 3, 3, 0, 5, 3, 9, 1, 5, 0, 3, 0, 2, 6, 1, 0, 7, 9, 7, 5, 4, 5, 2, 3,
    9, 3, 5, 3, 8, 7, 9, 7, 1, 5, 5, 9, 9, 2, 0, 6, 3, 1, 1, 2, 8, 9, 8, 1, 4, 3, 4, 3, 6, 6,
    0, 7, 9, 7, 2, 5, 1, 9, 8, 9, 4, 2, 2, 0, 7, 2, 3, 1, 1, 2, 1, 5, 4, 6, 7, 2, 9, 5, 4, 5,
    7, 9, 5, 9, 4, 1, 1, 6, 2, 8
  };
  private static final int[] FIXTURE_IMAGE_0_ROW_14 = {
    0, 0, 0, 0, 0, 0, 0, 63, 175, 236, 206, 253, 252, 236, 144, 63, 237, 252, 252, 253, 97, 0,
    0, 0, 0, 0, 0, 0
  };
  private static final int FIXTURE_IMAGE_0_SUM = 38182;

  @Test
  void theBundledFixtureOf100DigitsIsReadExactly() throws IOException, URISyntaxException {
    Path dir = Paths.get(MnistTest.class.getResource("mnist-100").toURI());
    DataSet d = DataSets.readIdxDirectory(dir);
    assertThat(d.rows()).isEqualTo(100);
    assertThat(d.columns()).isEqualTo(28 * 28);
    assertThat(d.classes()).isEqualTo(10);
    assertThat(d.labels()).containsExactly(FIXTURE_LABELS);
    assertThat(d.classCounts()).containsExactly(7, 13, 12, 11, 8, 13, 8, 10, 5, 13);
    for (int c = 0; c < 28; c++) {
      // pixels are p/255 exactly as float division gives it
      assertThat(d.feature(0, 14 * 28 + c)).isEqualTo(FIXTURE_IMAGE_0_ROW_14[c] / 255f);
    }
    long sum = 0;
    for (int c = 0; c < 28 * 28; c++) {
      sum += Math.round(d.feature(0, c) * 255f);
    }
    assertThat(sum).isEqualTo(FIXTURE_IMAGE_0_SUM);
  }

  @Test
  void theSharedMnistSubsetHas10000ImagesOf28By28() throws IOException {
    Path dir = folder();
    assumeTrue(Files.isDirectory(dir), "MNIST-format data not found at "
        + dir.toAbsolutePath().normalize() + "; set -D" + PROPERTY + "=DIR to run this test");
    DataSet d = DataSets.readIdxDirectory(dir);
    assertThat(d.rows()).isEqualTo(10_000);
    assertThat(d.columns()).isEqualTo(28 * 28);
    assertThat(d.classes()).isEqualTo(10);
    // every digit is present in roughly its share (MNIST's classes hold 9–11 % each)
    assertThat(java.util.Arrays.stream(d.classCounts()).boxed())
        .allSatisfy(c -> assertThat(c).isBetween(850, 1150));
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : d.features()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isZero(); // pixels p/255 fill [0, 1]
    assertThat(max).isEqualTo(1f);
  }
}
