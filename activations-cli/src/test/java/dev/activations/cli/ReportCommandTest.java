package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report: the page, its images and the summary; written once, as it takes some seconds. */
class ReportCommandTest {
  @TempDir static Path dir;

  private static Path folder;
  private static CliRunner.Result result;

  @BeforeAll
  static void writeTheReportOnce() {
    folder = dir.resolve("report");
    result = CliRunner.run("report", "--out", folder.toString(), "--no-experiments");
  }

  @Test
  void theCommandSucceedsAndSaysWhereThePageIs() {
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    Path page = folder.toAbsolutePath().resolve("index.html");
    assertThat(result.outLines().get(0)).isEqualTo("Report: " + page);
    assertThat(page).isRegularFile();
  }

  @Test
  void theSummaryFitsOneScreenAndMarksEveryClaim() {
    List<String> lines = result.outLines();
    assertThat(lines.size()).isLessThanOrEqualTo(50);
    assertThat(lines.get(1)).matches("\\d+ claims: \\d+ verified, \\d+ do(es)? not hold as"
        + " stated, \\d+ fails?");
    assertThat(lines.subList(2, lines.size()))
        .isNotEmpty()
        .allMatch(l -> l.matches("  M\\d+ +[✓≈✗]  .+"));
  }

  @Test
  void thePageHasNoNetworkReferenceAndEveryImageBesideIt() throws IOException {
    String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("<script");
    Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    int images = 0;
    while (img.find()) {
      assertThat(folder.resolve(img.group(1))).isRegularFile();
      images++;
    }
    // the articles' figures M4, M6, M8, M9, M10, M16 and M17
    assertThat(images).isEqualTo(7);
    assertThat(html).contains("bce_with_logits");
  }

  @Test
  void anExperimentWhoseClaimDoesNotHoldIsAResultWithItsRefinedClaimNotADefect() {
    var e = dev.activations.experiments.Experiments.byName("dying-relu");
    var refined = new dev.activations.experiments.ExperimentResult("dying-relu", e.claim(),
        List.of(), java.util.Map.of(), new dev.activations.experiments.Verdict(false,
            "3 relu units revived", "first-layer units never revive"), List.of());
    var section = ReportCommand.section(dir, "E2", e, refined);
    assertThat(section.claim().outcome()).isEqualTo(dev.activations.plot.Claim.Outcome.REFINED);
    assertThat(section.claim().refined()).isEqualTo("first-layer units never revive");
    assertThat(section.articleClaim()).contains("never recovers");
    assertThat(section.measured()).isEqualTo(e.description());
    // with no refinement the measurement stands in: still a result, never a red FAILS
    var bare = new dev.activations.experiments.ExperimentResult("dying-relu", e.claim(),
        List.of(), java.util.Map.of(), new dev.activations.experiments.Verdict(false,
            "3 relu units revived"), List.of());
    assertThat(ReportCommand.section(dir, "E2", e, bare).claim().outcome())
        .isEqualTo(dev.activations.plot.Claim.Outcome.REFINED);
  }

  @Test
  void aSecondRunLeavesExactlyItsOwnFilesAndTheUsersFiles() throws IOException {
    Path report = dir.resolve("again");
    Path old = report.resolve("experiments/sparsity/sparsity-old.png");
    Files.createDirectories(old.getParent());
    assertThat(CliRunner.run("report", "--no-experiments", "--out", report.toString())
        .exitCode()).isZero();
    // the previous run wrote this file: listed in the manifest as its own
    Files.writeString(old, "stale");
    Files.writeString(report.resolve(dev.activations.plot.ReportFolder.MANIFEST),
        "experiments/sparsity/sparsity-old.png\n", StandardOpenOption.APPEND);
    Path mine = Files.writeString(report.resolve("notes.txt"), "the user's");
    assertThat(CliRunner.run("report", "--no-experiments", "--out", report.toString())
        .exitCode()).isZero();
    assertThat(old).doesNotExist();
    assertThat(report.resolve("experiments")).doesNotExist();
    assertThat(mine).hasContent("the user's");
    assertThat(report.resolve("index.html")).isRegularFile();
    // nothing is left beside the folder
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".again.new-"));
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    CliRunner.Result r = CliRunner.run("report", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("activations: error: cannot write to " + file)
        .contains("it is a file, not a folder");
  }
}
