package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** --help and --version on every command: exit status 0, output on stdout. */
class CliHelpTest {

  /** Every subcommand picocli knows, but picocli's own help command. */
  static Stream<String> everyCommand() {
    return Main.commandLine(InputStream.nullInputStream()).getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"));
  }

  /** The top-level command (as "") and every subcommand. */
  static Stream<String> topLevelAndEveryCommand() {
    return Stream.concat(Stream.of(""), everyCommand());
  }

  @Test
  void theCommandsAreTheOnesUsersAreToldAbout() {
    // a guard against an empty source, which would make the tests above pass vacuously
    assertThat(everyCommand()).contains("list", "describe", "eval", "plot", "table", "train",
        "experiment", "info", "accuracy", "bench", "report", "pairing");
  }

  @ParameterizedTest
  @MethodSource("topLevelAndEveryCommand")
  void helpGoesToStdoutWithStatusZero(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String usage = ("Usage: activations " + command).strip();
    assertThat(r.outLines().get(0)).startsWith(usage);
  }

  @ParameterizedTest
  @MethodSource("topLevelAndEveryCommand")
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
  @MethodSource("everyCommand")
  void helpCommandShowsTheCommandsUsage(String command) {
    CliRunner.Result r = CliRunner.run("help", command);
    assertThat(r.exitCode()).isZero();
    assertThat(r.outLines().get(0)).startsWith("Usage: activations " + command);
  }

  @ParameterizedTest
  @MethodSource("topLevelAndEveryCommand")
  void helpListsTheExitStatuses(String command) {
    String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    assertThat(CliRunner.run(args).out())
        .contains("Exit status:")
        .containsPattern("(?m)^\\s*2\\s+bad usage");
  }
}
