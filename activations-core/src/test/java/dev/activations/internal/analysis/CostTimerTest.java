package dev.activations.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.RelativeCost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer warms both tasks up before it reads the clock, then takes the median ratio. */
class CostTimerTest {

  @Test
  void theWarmUpRunsComeBeforeTheFirstClockReading() {
    List<String> log = new ArrayList<>();
    long[] now = {0};
    CostTimer.ratio(() -> log.add("task"), () -> log.add("base"), 5, 3, () -> {
      log.add("clock");
      return now[0] += 10;
    });
    // 5 untimed pairs, then 3 timed rounds of clock, task, clock, base, clock
    assertThat(log.subList(0, 10)).containsExactly("task", "base", "task", "base", "task",
        "base", "task", "base", "task", "base");
    assertThat(log.subList(10, log.size())).containsExactly(
        "clock", "task", "clock", "base", "clock",
        "clock", "task", "clock", "base", "clock",
        "clock", "task", "clock", "base", "clock");
  }

  @Test
  void theResultIsTheMedianRatioWithItsQuartiles() {
    // the task takes 30, 10, 20, 50, 40 ticks and the base 10 each round
    long[] task = {30, 10, 20, 50, 40};
    long[] clock = new long[15];
    long t = 0;
    for (int i = 0; i < 5; i++) {
      clock[3 * i] = t;
      t += task[i];
      clock[3 * i + 1] = t;
      t += 10;
      clock[3 * i + 2] = t;
    }
    int[] next = {0};
    RelativeCost r = CostTimer.ratio(() -> { }, () -> { }, 0, 5,
        () -> clock[next[0]++]);
    assertThat(r.median()).isEqualTo(3.0);
    assertThat(r.lowerQuartile()).isEqualTo(2.0);
    assertThat(r.upperQuartile()).isEqualTo(4.0);
    assertThat(r.warmUpRuns()).isZero();
    assertThat(r.timedRuns()).isEqualTo(5);
  }
}
