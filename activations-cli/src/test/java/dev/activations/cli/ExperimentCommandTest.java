package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** experiment: the list, one quick experiment end to end, and bad input. */
class ExperimentCommandTest {
  @TempDir Path dir;

  @Test
  void listsEveryExperimentWithItsClaim() {
    CliRunner.Result r = CliRunner.run("experiment", "--list");
    assertThat(r.exitCode()).isZero();
    for (String name : new String[] {"vanishing-gradient", "dying-relu", "sparsity",
        "self-normalisation", "zero-centred", "learnable", "swish-interpolation", "saturation",
        "compare"}) {
      assertThat(r.out()).contains(name);
    }
  }

  @Test
  void runsAnExperimentAndPrintsItsComputedVerdict() throws Exception {
    CliRunner.Result r =
        CliRunner.run("experiment", "swish-interpolation", "--out", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("claim: .* — (holds|does not hold)");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith(".tsv"))
          .anyMatch(n -> n.endsWith(".png"));
    }
  }

  @Test
  void takesThePrecisionOfTheNetworksItTrains() throws Exception {
    CliRunner.Result r = CliRunner.run("experiment", "swish-interpolation", "--precision",
        "fast", "--out", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("claim: .* — (holds|does not hold)");
    CliRunner.Result bad = CliRunner.run("experiment", "saturation", "--precision", "turbo");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(bad.err()).startsWith("activations: error: ").contains("exact or fast");
    assertThat(CliRunner.run("experiment", "--help").out()).contains("--precision");
  }

  @Test
  void anUnknownExperimentIsOneLineWithTheClosestName() {
    CliRunner.Result r = CliRunner.run("experiment", "sparsty");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("activations: error: ").contains("sparsity");
  }
}
