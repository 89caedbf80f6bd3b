package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.activations.Precision;
import dev.activations.Vectorization;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** info: the kernels' implementation in text and JSON, and the check of the property. */
class InfoCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> TEXT_KEYS = List.of(
      "implementation", "reason", "vector bits", "double lanes", "fma", "jdk", "threads",
      "parallel threshold", "spin", "property activations.vectorization", "precision");

  private static final List<String> JSON_KEYS = List.of(
      "implementation", "reason", "vector_bits", "double_lanes", "fma", "jdk", "threads",
      "parallel_threshold", "spin_micros", "vectorization_property", "precision");

  private static String expectedPath() {
    return Vectorization.path().name().toLowerCase(Locale.ROOT);
  }

  @Test
  void textHasEveryKeyOnceAndTheImplementationInUse() {
    CliRunner.Result r = CliRunner.run("info");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : r.outLines()) {
      int colon = line.indexOf(": ");
      assertThat(colon).as(line).isPositive();
      assertThat(values.put(line.substring(0, colon), line.substring(colon + 2))).as(line)
          .isNull();
    }
    assertThat(values.keySet()).containsExactlyElementsOf(TEXT_KEYS);
    assertThat(values.get("implementation")).isIn("scalar", "panama").isEqualTo(expectedPath());
    assertThat(values.get("reason")).isEqualTo(Vectorization.reason());
    assertThat(values.get("fma")).isIn("yes", "no");
    assertThat(values.get("jdk")).startsWith(System.getProperty("java.version"));
    assertThat(values.get("threads")).startsWith(Vectorization.threads() + " ");
    assertThat(values.get("parallel threshold"))
        .isEqualTo(Vectorization.parallelThreshold() + " elements");
    assertThat(values.get("spin")).startsWith(Vectorization.spinMicros() + " µs");
    String property = System.getProperty("activations.vectorization");
    assertThat(values.get("property activations.vectorization"))
        .isEqualTo(property == null ? "auto (unset)" : property);
    assertThat(values.get("precision")).isEqualTo(Precision.defaultPrecision().id());
  }

  @Test
  void jsonIsOneObjectWithEveryKey() throws IOException {
    CliRunner.Result r = CliRunner.run("info", "--format", "json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = JSON.readValue(r.out(), Map.class);
    assertThat(json.keySet()).containsExactlyElementsOf(JSON_KEYS);
    assertThat(json.get("implementation")).isEqualTo(expectedPath());
    assertThat(json.get("vector_bits")).isEqualTo(Vectorization.vectorBits());
    assertThat(json.get("double_lanes")).isEqualTo(Vectorization.lanes());
    assertThat(json.get("fma")).isEqualTo(Vectorization.fma());
    assertThat(json.get("threads")).isEqualTo(Vectorization.threads());
    assertThat(json.get("parallel_threshold"))
        .isEqualTo(Vectorization.parallelThreshold());
    assertThat(json.get("spin_micros")).isEqualTo(Vectorization.spinMicros());
    assertThat(json.get("vectorization_property"))
        .isEqualTo(System.getProperty("activations.vectorization"));
    assertThat(json.get("precision")).isEqualTo(Precision.defaultPrecision().id());
  }

  @Test
  void badFormatIsBadUsage() {
    CliRunner.Result r = CliRunner.run("info", "--format", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("activations: error: ").contains("yaml");
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControlCharacters() throws IOException {
    String text = InfoCommand.json(
        List.of(new InfoCommand.Entry("r", "reason", "a\"b\\c\n\u0001")));
    assertThat(JSON.readValue(text, Map.class)).containsEntry("reason", "a\"b\\c\n\u0001");
  }

  @Test
  void aBadVectorizationSettingIsOneErrorLineAndStatusTwo() {
    StringWriter err = new StringWriter();
    int status = Main.checkVectorizationSetting("scaler", new PrintWriter(err));
    assertThat(status).isEqualTo(2);
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("activations: error: ").contains("scaler");
  }

  /** The least value of each number property, as README's table of properties gives it. */
  private static int least(String property) {
    return switch (property) {
      case "activations.spinMicros" -> 0;
      case "activations.parallelThreshold" -> 1024;
      default -> 1;
    };
  }

  @Test
  void aBadNumberSettingIsOneErrorLineAndStatusTwo() {
    for (String[] bad : new String[][] {
        {"activations.spinMicros", "lots"}, {"activations.threads", "0"},
        {"activations.parallelThreshold", "1e5"}, {"activations.parallelThreshold", "1000"}}) {
      String old = System.getProperty(bad[0]);
      System.setProperty(bad[0], bad[1]);
      try {
        StringWriter err = new StringWriter();
        assertThat(Main.checkVectorizationSetting(null, new PrintWriter(err))).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
            .isEqualTo("activations: error: " + bad[0] + " = '" + bad[1]
                + "' is not a whole number ≥ " + least(bad[0]));
      } finally {
        if (old == null) {
          System.clearProperty(bad[0]);
        } else {
          System.setProperty(bad[0], old);
        }
      }
    }
  }

  @Test
  void validOrAbsentVectorizationSettingsPass() {
    for (String value : new String[] {null, "auto", "scalar", "panama", " Scalar "}) {
      StringWriter err = new StringWriter();
      assertThat(Main.checkVectorizationSetting(value, new PrintWriter(err))).as(value).isZero();
      assertThat(err.toString()).isEmpty();
    }
  }
}
