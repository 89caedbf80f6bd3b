package dev.activations.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activations.Activations;
import dev.activations.FunctionInfo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page: every figure and table of the articles, self-contained, claims marked. */
class ReportTest {

  @TempDir
  static Path dir;

  private static ReportSummary summary;
  private static String html;

  @BeforeAll
  static void writeTheReportOnce() throws IOException {
    summary = Report.write(dir);
    html = Files.readString(summary.page());
  }

  @Test
  void holdsEveryFigureOfTheArticles() throws IOException {
    for (String id : List.of("m4", "m6", "m8", "m9", "m10", "m16", "m17")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    Matcher img = Pattern.compile("<img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"")
        .matcher(html);
    int images = 0;
    while (img.find()) {
      Path file = dir.resolve(img.group(1));
      assertThat(file.getParent()).isEqualTo(dir);
      BufferedImage image = ImageIO.read(file.toFile());
      assertThat(image.getWidth()).isEqualTo(Integer.parseInt(img.group(2)));
      assertThat(image.getHeight()).isEqualTo(Integer.parseInt(img.group(3)));
      images++;
    }
    assertThat(images).isEqualTo(7);
    assertThat(summary.images()).hasSize(7).allMatch(Files::exists);
  }

  @Test
  void holdsThePropertyAndPairingTables() {
    assertThat(html).contains("<section id=\"m11\">").contains("<section id=\"m5\">")
        .contains("<caption>Output layer and loss pairing (M5)</caption>")
        .contains("<caption>Worked example: BCE on σ(x) against bce_with_logits(x)</caption>");
    String properties = html.substring(html.indexOf("<section id=\"m11\">"));
    for (FunctionInfo info : Activations.all()) {
      if (info.kind() == FunctionInfo.Kind.ELEMENTWISE) {
        assertThat(properties).as(info.name()).containsPattern("<tr><td>" + info.name()
            + "(\\(|<)");
      }
    }
  }

  @Test
  void holdsTheAccuracyTable() {
    assertThat(html).contains("<section id=\"accuracy\">")
        .contains("<caption>Accuracy of the float kernels (quick check at report time)</caption>");
  }

  @Test
  void referencesNothingOutsideItsFolder() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(");
    Matcher src = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (src.find()) {
      String ref = src.group(1);
      assertThat(ref.startsWith("#") || ref.matches("[a-z0-9-]+\\.png")).as(ref).isTrue();
    }
  }

  @Test
  void everyClaimIsMarkedAndVerified() {
    assertThat(summary.claims()).hasSizeGreaterThanOrEqualTo(14);
    for (Claim c : summary.claims()) {
      assertThat(c.holds()).as(c.figure() + ": " + c.statement() + " — " + c.evidence())
          .isTrue();
    }
    assertThat(html).contains(summary.claims().size() + " of " + summary.claims().size()
        + " claims verified");
    assertThat(html.split("✓ verified", -1)).hasSize(summary.claims().size() + 1);
    // the claims the issue names
    assertThat(summary.claims()).extracting(Claim::statement).contains(
        "σ′(0) = 0.25 is the maximum of σ′",
        "tanh(x) = 2σ(2x) − 1 within 1 ULP over the plotted range",
        "softplus′ = σ",
        "swish with β = 0 equals x/2");
    assertThat(summary.text()).startsWith("Report: " + summary.page())
        .contains("✓  σ′(0) = 0.25 is the maximum of σ′");
  }

  @Test
  void aFailingClaimIsShownAsFailing() {
    Figure chart = Charts.functionChart(List.of("relu"), -1, 1, 3, Mode.VALUE);
    ArticleFigure broken = new ArticleFigure("M0", "a test figure", "f(x) = x", "caption",
        chart, "m0.png", List.of(new Claim("M0", "2 + 2 = 5", false, "2 + 2 = 4"),
            new Claim("M0", "1 + 1 = 2", true, "1 + 1 = 2")));
    String page = Report.page(List.of(broken), List.of(), PairingTable.pairing(),
        AccuracyTable.quick());
    assertThat(page).contains("<li class=\"fail\"><span class=\"mark\">✗ FAILS</span>")
        .contains("<li class=\"pass\"><span class=\"mark\">✓ verified</span>")
        .contains("1 of 2 claims verified — 1 FAIL");
  }

  @Test
  void addedSectionsShowTheirClaimChartsAndTables() {
    Table t = new Table("a measured table", List.of("a", "b"),
        List.of(List.of(Cell.text("x"), Cell.number(1.5))), List.of());
    ReportSection held = new ReportSection("e1", "E1 · holds", new Claim("E1", "it holds", true,
        "measured 1.5"), List.of("experiments/e1/chart.png"), List.of(t));
    ReportSection failed = new ReportSection("e2", "E2 · fails", new Claim("E2", "it fails",
        false, "measured 0"), List.of(), List.of());
    String page = Report.page(List.of(), List.of(held, failed), List.of(),
        PairingTable.pairing(), AccuracyTable.quick());
    assertThat(page).contains("<section id=\"e1\">").contains("<section id=\"e2\">")
        .contains("<img src=\"experiments/e1/chart.png\"")
        .contains("<caption>a measured table</caption>")
        .contains("2 experiments, 1 of 2 claims hold as measured")
        .contains("<li class=\"fail\"><span class=\"mark\">✗ FAILS</span> <span"
            + " class=\"statement\">it fails</span>");
  }
}
