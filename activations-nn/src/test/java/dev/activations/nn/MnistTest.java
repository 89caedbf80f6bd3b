package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The 10,000 MNIST digits of the shared data folder, read by the IDX parser. The folder is
 * {@code ../../shared/data/mnist-10k} from this module (the repository's sibling
 * {@code shared/}), or the folder named by the system property {@code activations.mnist.dir};
 * the test is skipped where neither exists.
 */
class MnistTest {
  static final String PROPERTY = "activations.mnist.dir";

  static Path folder() {
    String p = System.getProperty(PROPERTY);
    return p != null ? Paths.get(p) : Paths.get("..", "..", "shared", "data", "mnist-10k");
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
