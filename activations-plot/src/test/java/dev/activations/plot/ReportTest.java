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
        .contains("<caption>Worked example: BCE on σ(x) against bce_with_logits(x)");
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
    int n = summary.claims().size();
    String headline = n + " claims: " + n + " verified, 0 do not hold as stated, 0 fail";
    assertThat(ReportSummary.headline(summary.claims())).isEqualTo(headline);
    // the same words on the page and in the text summary
    assertThat(html).contains("<p class=\"summary pass\">" + headline + "</p>");
    assertThat(summary.text().lines().toList().get(1)).isEqualTo(headline);
    // one mark per claim, and one in the explanation of the marks
    assertThat(html.split("✓ verified", -1)).hasSize(summary.claims().size() + 2);
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
  void theThreeOutcomesAreMarkedApartAndCountedAlike() {
    Figure chart = Charts.functionChart(List.of("relu"), -1, 1, 3, Mode.VALUE);
    ArticleFigure broken = new ArticleFigure("M0", "a test figure", "f(x) = x", "caption",
        chart, "m0.png", List.of(new Claim("M0", "2 + 2 = 5", false, "2 + 2 = 4"),
            new Claim("M0", "1 + 1 = 2", true, "1 + 1 = 2")));
    ReportSection refined = new ReportSection("e1", "E1 · refined", "the article's words",
        "what was measured", new Claim("E1", "it always holds", false, "held 3 times of 4",
            "it holds 3 times of 4"), List.of(), List.of());
    String page = Report.page(List.of(broken), List.of(refined), List.of(),
        PairingTable.pairing(), AccuracyTable.quick());
    assertThat(page).contains("<li class=\"fail\"><span class=\"mark\">✗ FAILS</span>")
        .contains("<li class=\"pass\"><span class=\"mark\">✓ verified</span>")
        .contains("<li class=\"refined\"><span class=\"mark\">≈ does not hold as stated"
            + "</span>")
        .contains("<b>What the numbers support:</b> it holds 3 times of 4")
        .contains("<p class=\"summary fail\">3 claims: 1 verified, 1 does not hold as stated,"
            + " 1 fails</p>");
    // amber is not red
    assertThat(page).containsPattern("li\\.refined \\{ border-left-color: #bf8700")
        .containsPattern("li\\.fail \\{ border-left-color: #cf222e");
    ReportSummary s = new ReportSummary(Path.of("index.html"), List.of(),
        List.of(broken.claims().get(0), broken.claims().get(1), refined.claim()));
    assertThat(s.text()).contains("3 claims: 1 verified, 1 does not hold as stated, 1 fails")
        .contains("E1   ≈  it always holds").contains("numbers support: it holds 3 times of 4");
  }

  @Test
  void addedSectionsShowTheClaimInTheArticlesWordsTheMeasurementAndTheVerdict() {
    Table t = new Table("a measured table", List.of("a", "b"),
        List.of(List.of(Cell.text("x"), Cell.number(1.5))), List.of());
    ReportSection held = new ReportSection("e1", "E1 · holds", "the article says so",
        "we trained twice", new Claim("E1", "it holds", true, "measured 1.5"),
        List.of(new ReportImage("experiments/e1/chart.png", "Chart of the loss", false)),
        List.of(t));
    String page = Report.page(List.of(), List.of(held), List.of(), PairingTable.pairing(),
        AccuracyTable.quick());
    assertThat(page).contains("<section id=\"e1\">")
        .contains("<dt>The article says</dt><dd class=\"quote\">the article says so</dd>")
        .contains("<dt>We measured</dt><dd>we trained twice</dd>")
        .contains("<img src=\"experiments/e1/chart.png\" alt=\"Chart of the loss\">")
        .contains("<caption>a measured table</caption>");
  }

  @Test
  void opensWithTheTwoArticlesAndHowToReadTheMarks() {
    String top = html.substring(0, html.indexOf("<nav>"));
    assertThat(top).contains("Deep learning building blocks: activation functions in detail")
        .contains("From ReLU to GELU: an overview of activation functions")
        .contains("✓ verified").contains("≈ does not hold as stated").contains("✗ FAILS")
        .contains("f is a solid line and f′ a dashed one");
  }

  @Test
  void figuresAndTablesComeInTheArticlesOrder() {
    int last = -1;
    for (String id : List.of("m4", "m5", "m6", "m8", "m9", "m10", "m11", "m16", "m17",
        "accuracy")) {
      int at = html.indexOf("<section id=\"" + id + "\">");
      assertThat(at).as(id).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void everyImageHasItsOwnAltText() {
    Matcher alt = Pattern.compile("<img [^>]*alt=\"([^\"]*)\"").matcher(html);
    List<String> alts = new java.util.ArrayList<>();
    while (alt.find()) {
      alts.add(alt.group(1));
    }
    assertThat(alts).hasSize(7).doesNotHaveDuplicates().allMatch(a -> a.length() > 20);
    assertThat(alts.get(0)).contains("sigmoid and its derivative").contains("f(x) and f′(x)");
  }

  @Test
  void everyTableFitsTheWidthOfA1280PixelWindow() {
    List<Table> tables = new java.util.ArrayList<>();
    tables.addAll(PairingTable.tables());
    tables.addAll(Report.propertyTables(PropertyTable.all()));
    tables.add(AccuracyTable.quick());
    for (Table t : tables) {
      for (Table part : dev.activations.plot.internal.Html.fit(t)) {
        assertThat(dev.activations.plot.internal.Html.width(part)).as(part.title())
            .isLessThanOrEqualTo(dev.activations.plot.internal.Html.BUDGET);
      }
    }
    // the whole property table would not fit: it is shown in three parts
    assertThat(dev.activations.plot.internal.Html.width(PropertyTable.all()))
        .isGreaterThan(dev.activations.plot.internal.Html.BUDGET);
  }

  @Test
  void aWideTableIsSplitIntoColumnGroupsThatRepeatTheColumnsNamingARow() {
    List<String> heads = new java.util.ArrayList<>(List.of("scenario", "activation"));
    for (int c = 0; c < 12; c++) {
      heads.add("a long column heading " + c);
    }
    List<List<Cell>> rows = new java.util.ArrayList<>();
    for (String sc : List.of("one", "two")) {
      for (String a : List.of("relu", "elu")) {
        List<Cell> row = new java.util.ArrayList<>(List.of(Cell.text(sc), Cell.text(a)));
        for (int c = 0; c < 12; c++) {
          row.add(Cell.number(0.123456789 * c, 9));
        }
        rows.add(row);
      }
    }
    Table wide = new Table("wide", heads, rows, List.of("a note"));
    List<Table> parts = dev.activations.plot.internal.Html.fit(wide);
    assertThat(parts).hasSizeGreaterThan(1);
    int columns = 0;
    for (Table p : parts) {
      assertThat(p.columns().subList(0, 2)).containsExactly("scenario", "activation");
      assertThat(dev.activations.plot.internal.Html.width(p))
          .isLessThanOrEqualTo(dev.activations.plot.internal.Html.BUDGET);
      columns += p.columns().size() - 2;
    }
    assertThat(columns).isEqualTo(12);
  }
}
