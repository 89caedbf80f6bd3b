package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The synthetic 2-D sets: shapes, balance, seeds, and the geometry that defines each class. */
class SyntheticTest {

  @Test
  void everySetIsBalancedTwoDimensionalAndSeeded() {
    for (String name : DataSets.syntheticNames()) {
      DataSet d = DataSets.synthetic(name, 101, 0.1, 7);
      assertThat(d.rows()).as(name).isEqualTo(101);
      assertThat(d.columns()).isEqualTo(2);
      assertThat(d.classCounts()).as(name).containsExactly(51, 50);
      assertThat(DataSets.synthetic(name, 101, 0.1, 7)).isEqualTo(d);
      assertThat(DataSets.synthetic(name, 101, 0.1, 8)).isNotEqualTo(d);
    }
    assertThatThrownBy(() -> DataSets.synthetic("ring", 10, 0, 1))
        .hasMessageContaining("circle");
    assertThatThrownBy(() -> DataSets.circle(10, -1, 1)).hasMessageContaining("noise");
  }

  @Test
  void withoutNoiseTheClassesFollowTheirGeometry() {
    DataSet circle = DataSets.circle(300, 0, 1);
    for (int i = 0; i < circle.rows(); i++) {
      double r = Math.hypot(circle.feature(i, 0), circle.feature(i, 1));
      if (circle.label(i) == 1) {
        assertThat(r).isLessThan(0.5 + 1e-6);
      } else {
        assertThat(r).isBetween(0.7 - 1e-6, 1 + 1e-6);
      }
    }
    DataSet xor = DataSets.xor(300, 0, 2);
    for (int i = 0; i < xor.rows(); i++) {
      float product = xor.feature(i, 0) * xor.feature(i, 1);
      assertThat(product > 0 ? 1 : 0).isEqualTo(xor.label(i));
      assertThat(Math.min(Math.abs(xor.feature(i, 0)), Math.abs(xor.feature(i, 1))))
          .isGreaterThanOrEqualTo(0.1f - 1e-6f);
    }
    DataSet moons = DataSets.moons(200, 0, 3);
    for (int i = 0; i < moons.rows(); i++) {
      // the upper moon is the unit circle about (−0.5, −0.25), the lower about (0.5, 0.25)
      double cx = moons.label(i) == 0 ? -0.5 : 0.5;
      double cy = moons.label(i) == 0 ? -0.25 : 0.25;
      double r = Math.hypot(moons.feature(i, 0) - cx, moons.feature(i, 1) - cy);
      assertThat(r).isCloseTo(1, Offset.offset(1e-6));
    }
    DataSet spiral = DataSets.spiral(200, 0, 4);
    for (int i = 0; i < spiral.rows(); i++) {
      assertThat(Math.hypot(spiral.feature(i, 0), spiral.feature(i, 1)))
          .isLessThanOrEqualTo(1 + 1e-6);
    }
  }

  @Test
  void noiseHasTheRequestedDeviation() {
    // gauss: the class-1 blob has deviation √(0.2² + noise²) per coordinate about 0.5
    DataSet g = DataSets.gauss(20_000, 0.3, 5);
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int i = 0; i < g.rows(); i++) {
      if (g.label(i) == 1) {
        double v = g.feature(i, 0);
        sum += v;
        sq += v * v;
        n++;
      }
    }
    double mean = sum / n;
    double sd = Math.sqrt(sq / n - mean * mean);
    // standard errors: 0.36/√10⁴ = 0.0036 for the mean and 0.36/√(2·10⁴) = 0.0025 for the sd
    assertThat(mean).isCloseTo(0.5, Offset.offset(0.02));
    assertThat(sd).isCloseTo(Math.sqrt(0.04 + 0.09), Offset.offset(0.015));
  }
}
