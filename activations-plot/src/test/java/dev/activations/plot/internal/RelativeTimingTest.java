package dev.activations.plot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer warms both tasks up before it reads the clock, then takes the median ratio. */
class RelativeTimingTest {

  @Test
  void theWarmUpRunsComeBeforeTheFirstClockReading() {
    List<String> log = new ArrayList<>();
    long[] now = {0};
    RelativeTiming.ratio(() -> log.add("task"), () -> log.add("base"), 5, 3, () -> {
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
    RelativeTiming.Ratio r = RelativeTiming.ratio(() -> { }, () -> { }, 0, 5,
        () -> clock[next[0]++]);
    assertThat(r.median()).isEqualTo(3.0);
    assertThat(r.lower()).isEqualTo(2.0);
    assertThat(r.upper()).isEqualTo(4.0);
    assertThat(r.text()).isEqualTo("3 (2–4)");
  }
}
