package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTableTest {

  @Test
  void measuresInFloatUlpsOfTheReference() {
    assertThat(AccuracyTable.ulps(1f, 1.0)).isZero();
    assertThat(AccuracyTable.ulps(Math.nextUp(1f), 1.0)).isEqualTo(1.0);
    // halfway between two floats: half an ULP either way
    assertThat(AccuracyTable.ulps(1f, 1.0 + Math.ulp(1f) / 2)).isEqualTo(0.5);
    assertThat(AccuracyTable.ulps(Float.NaN, Double.NaN)).isZero();
    assertThat(AccuracyTable.ulps(0f, Double.NaN)).isInfinite();
    assertThat(AccuracyTable.ulps(Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY)).isZero();
  }

  @Test
  void everyElementwiseFunctionIsWithinTheFloatBars() {
    Table t = AccuracyTable.quick();
    assertThat(t.rows()).hasSize(PropertyTable.defaultSpecs().size());
    for (List<Cell> row : t.rows()) {
      assertThat((Double) row.get(2).value()).as("value of %s", row.get(0).text())
          .isLessThanOrEqualTo(1.0);
      assertThat((Double) row.get(3).value()).as("derivative of %s", row.get(0).text())
          .isLessThanOrEqualTo(2.0);
    }
  }
}
