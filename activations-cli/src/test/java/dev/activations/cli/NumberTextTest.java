package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {
  private static final int SAMPLES = 20_000;

  @Test
  void specialsAreAcceptedInEverySpellingOfTheContract() {
    for (String nan : new String[] {"nan", "NaN", "-nan", "+nan", "NAN"}) {
      assertThat(NumberText.parseFloat(nan)).isNaN();
      assertThat(NumberText.parseDouble(nan)).isNaN();
    }
    for (String inf : new String[] {"inf", "+inf", "Infinity", "+Infinity", "INF"}) {
      assertThat(NumberText.parseFloat(inf)).isEqualTo(Float.POSITIVE_INFINITY);
      assertThat(NumberText.parseDouble(inf)).isEqualTo(Double.POSITIVE_INFINITY);
    }
    for (String inf : new String[] {"-inf", "-Infinity", "-infinity"}) {
      assertThat(NumberText.parseFloat(inf)).isEqualTo(Float.NEGATIVE_INFINITY);
      assertThat(NumberText.parseDouble(inf)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "-1.5", "+2", ".5", "5.", "1e3", "1E+3", "-2e-3", "007", "-0"})
  void decimalNotationIsAccepted(String text) {
    // BigDecimal is an independent reader of the same decimal notation
    assertThat(NumberText.parseDouble(text)).isEqualTo(new BigDecimal(text).doubleValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "1f", "2d", "0x1p3", "1e", ".", "-", "--1", "1..2",
      "e5", "in", "infin", "nan1", "1,5", "½"})
  void anythingElseIsRejected(String text) {
    assertThatThrownBy(() -> NumberText.parseFloat(text))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> NumberText.parseDouble(text))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void negativeZeroKeepsItsSign() {
    assertThat(Float.floatToRawIntBits(NumberText.parseFloat("-0")))
        .isEqualTo(Float.floatToRawIntBits(-0f));
    assertThat(NumberText.format(-0f)).isEqualTo("-0.0");
    assertThat(NumberText.format(-0d)).isEqualTo("-0.0");
  }

  @Test
  void float32IsRoundedOnceFromTheDecimalText() {
    // Just below the midpoint of 1 + 2^-23 and 1 + 2^-22: correctly rounded, it is the lower
    // float; through double it lands on the midpoint and ties to the even upper one.
    String belowMidpoint = "1.000000178813934326171874999";
    assertThat(NumberText.parseFloat(belowMidpoint)).isEqualTo(1f + 0x1p-23f);
    assertThat((float) Double.parseDouble(belowMidpoint)).isEqualTo(1f + 0x1p-22f);
  }

  @Test
  void specialsArePrintedAsJavaSpellsThem() {
    assertThat(NumberText.format(Float.NaN)).isEqualTo("NaN");
    assertThat(NumberText.format(Float.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(NumberText.format(Float.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(NumberText.format(Double.NaN)).isEqualTo("NaN");
    assertThat(NumberText.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(NumberText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void everyPrintedFloatParsesBackToTheSameBits() {
    SplittableRandom random = new SplittableRandom(20240611L);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      float v = Float.intBitsToFloat(random.nextInt());
      if (Float.isNaN(v)) {
        continue;
      }
      String text = NumberText.format(v);
      if (Float.floatToRawIntBits(NumberText.parseFloat(text)) != Float.floatToRawIntBits(v)) {
        mismatches.add(text);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyPrintedDoubleParsesBackToTheSameBits() {
    SplittableRandom random = new SplittableRandom(20240612L);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      double v = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(v)) {
        continue;
      }
      String text = NumberText.format(v);
      if (Double.doubleToRawLongBits(NumberText.parseDouble(text))
          != Double.doubleToRawLongBits(v)) {
        mismatches.add(text);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
