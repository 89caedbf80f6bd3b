package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every activation on the reduced task (500 digits, 15 epochs) and on breast_cancer. */
class CompareTest {
  @TempDir Path dir;

  @Test
  void theArticlesActivationsAllLearnBothSets()
      throws IOException {
    ExperimentResult r = new Compare().run(Reduced.options(dir));
    assertThat(Compare.activations()).contains("relu", "gelu", "selu", "swish")
        .doesNotContain("threshold", "softmax");
    assertThat(r.tables().get(0).rows()).hasSize(Compare.ARTICLES.size());
    for (String a : Compare.ARTICLES) {
      assertThat(r.measurement(a + ".digits.test_accuracy")).as(a).isGreaterThan(0.8);
      // one logit with bce_with_logits learns the binary task (M5)
      assertThat(r.measurement(a + ".breast_cancer.test_accuracy")).as(a).isGreaterThan(0.8);
    }
  }
}
