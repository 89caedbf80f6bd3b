package dev.activations.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Time per epoch leaves out the warm-up epochs, then takes the median and quartiles. */
class EpochTimesTest {

  @Test
  void theWarmUpEpochsAreLeftOut() {
    // two slow epochs while the JIT compiles, then 10, 12, 11, 13, 14 ms
    EpochTimes t = EpochTimes.of(new long[] {900_000_000, 150_000_000, 10_000_000, 12_000_000,
        11_000_000, 13_000_000, 14_000_000});
    assertThat(EpochTimes.WARM_UP).isEqualTo(2);
    assertThat(t.timed()).isEqualTo(5);
    assertThat(t.median()).isEqualTo(12.0);
    assertThat(t.lower()).isEqualTo(11.0);
    assertThat(t.upper()).isEqualTo(13.0);
    assertThat(t.text()).isEqualTo("12 (11–13)");
  }

  @Test
  void withTooFewEpochsEveryEpochIsTimed() {
    assertThat(EpochTimes.of(new long[] {2_000_000, 4_000_000}).timed()).isEqualTo(2);
  }
}
