package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help and --version on every command: exit status 0, output on stdout. */
class CliHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "", "list", "describe", "eval", "plot", "table", "pairing", "report", "train", "experiment", "info", "accuracy",
      "bench"})
  void helpGoesToStdoutWithStatusZero(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String usage = ("Usage: activations " + command).strip();
    assertThat(r.outLines().get(0)).startsWith(usage);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "list", "describe", "eval", "plot", "table", "pairing", "report", "train", "experiment", "info", "accuracy",
      "bench"})
  void versionGoesToStdoutWithStatusZero(String command) {
    String[] args =
        command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).startsWith("activations ");
    assertThat(r.outLines().get(1)).startsWith("Java " + System.getProperty("java.version"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "list", "describe", "eval", "plot", "table", "pairing", "report", "train", "experiment", "info", "accuracy",
      "bench"})
  void helpCommandShowsTheCommandsUsage(String command) {
    CliRunner.Result r = CliRunner.run("help", command);
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines().get(0)).startsWith("Usage: activations " + command);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "list", "describe", "eval", "plot", "table", "pairing", "report", "train", "experiment", "info", "accuracy",
      "bench"})
  void helpListsTheExitStatuses(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    assertThat(CliRunner.run(args).out())
        .contains("Exit status:")
        .containsPattern("(?m)^\\s*2\\s+bad usage");
  }
}
