package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activations.Precision;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments train on FAST kernels when asked, and the claims they test still hold. */
class PrecisionOptionTest {
  @TempDir Path exactDir;
  @TempDir Path fastDir;

  @Test
  void theDefaultIsTheProcessDefaultAndWithPrecisionChangesOnlyThat() {
    ExperimentOptions o = ExperimentOptions.defaults();
    assertThat(o.precision()).isEqualTo(Precision.defaultPrecision());
    ExperimentOptions fast = o.withSeed(7).withPrecision(Precision.FAST);
    assertThat(fast.precision()).isEqualTo(Precision.FAST);
    assertThat(fast.seed()).isEqualTo(7);
    assertThat(fast.withSeed(8).precision()).isEqualTo(Precision.FAST);
    assertThatThrownBy(() -> o.withPrecision(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precision");
  }

  @Test
  void sigmoidSaturationOnFastKernelsAgreesWithExact() throws IOException {
    ExperimentResult exact = new Saturation().run(Reduced.options(exactDir));
    ExperimentResult fast =
        new Saturation().run(Reduced.options(fastDir).withPrecision(Precision.FAST));
    assertThat(fast.holds()).isTrue();
    for (int i = 0; i < 8; i++) {
      // 3 ULP in σ moves a unit across the saturation threshold only at its edge
      assertThat(fast.measurement("scale" + i + ".saturated"))
          .isCloseTo(exact.measurement("scale" + i + ".saturated"),
              org.assertj.core.data.Offset.offset(0.01));
    }
  }
}
