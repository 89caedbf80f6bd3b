package dev.activations.plot;

import dev.activations.plot.internal.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report: one static HTML page that regenerates every figure and table of the articles from
 * the library, with each figure's formula, the claims it illustrates and a mark computed when
 * the page is made ("✓ verified", or "✗ FAILS", shown, never hidden). The images are PNG files
 * beside the page, followed by the pairing, property and accuracy tables; the page has no
 * script and no reference to anything outside its folder, so it reads offline.
 */
public final class Report {
  private Report() {}

  /** The page's file name in the report folder. */
  public static final String PAGE = "index.html";
  /** The folder the command line uses when none is given. */
  public static final String DEFAULT_FOLDER = "activations-report";

  /**
   * Writes the page and its images into a folder, creating it if needed and replacing files of
   * the same names. Takes some seconds: it draws seven figures and analyses every function.
   *
   * @return where the page is, the images, and every claim with its mark
   * @throws IllegalArgumentException if dir is null
   * @throws IOException if the folder or a file cannot be written
   */
  public static ReportSummary write(Path dir) throws IOException {
    return write(dir, List.of());
  }

  /**
   * Writes the page with further sections after the articles' figures (their images must
   * already be in the folder). Their claims join the summary.
   *
   * @throws IllegalArgumentException if dir or extra is null
   * @throws IOException if the folder or a file cannot be written
   */
  public static ReportSummary write(Path dir, List<ReportSection> extra) throws IOException {
    if (dir == null || extra == null) {
      throw new IllegalArgumentException("no report folder given");
    }
    Files.createDirectories(dir);
    List<ArticleFigure> figures = ArticleFigures.all();
    List<Path> images = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (ArticleFigure f : figures) {
      Path image = dir.resolve(f.fileName());
      ChartWriter.write(f.figure(), image, f.figure().defaultWidth(), f.figure().defaultHeight());
      images.add(image);
      claims.addAll(f.claims());
    }
    for (ReportSection section : extra) {
      claims.add(section.claim());
    }
    String html = page(figures, extra, PairingTable.tables(), PropertyTable.all(),
        AccuracyTable.quick());
    Path page = dir.resolve(PAGE);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return new ReportSummary(page, images, claims);
  }

  /** The HTML page for these figures and tables (the images are referenced by file name). */
  static String page(List<ArticleFigure> figures, List<Table> pairing, Table properties,
      Table accuracy) {
    return page(figures, List.of(), pairing, properties, accuracy);
  }

  static String page(List<ArticleFigure> figures, List<ReportSection> extra, List<Table> pairing,
      Table properties, Table accuracy) {
    long total = figures.stream().mapToLong(f -> f.claims().size()).sum();
    long verified = figures.stream().flatMap(f -> f.claims().stream()).filter(Claim::holds)
        .count();
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Activation functions: the articles' figures and tables, regenerated"
            + "</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<header>\n<h1>Activation functions: the articles' figures and tables,"
        + " regenerated</h1>\n<p>Every figure and table below is computed by this library from"
        + " its own implementation, and every claim is checked against its numbers when the"
        + " page is made.</p>\n");
    sb.append("<p class=\"summary ").append(verified == total ? "pass" : "fail").append("\">")
        .append(figures.size()).append(" figures, ").append(verified).append(" of ")
        .append(total).append(" claims verified").append(verified == total ? ""
            : " — " + (total - verified) + " FAIL").append("</p>\n");
    if (!extra.isEmpty()) {
      long hold = extra.stream().filter(x -> x.claim().holds()).count();
      sb.append("<p class=\"summary ").append(hold == extra.size() ? "pass" : "fail")
          .append("\">").append(extra.size()).append(" experiments, ").append(hold)
          .append(" of ").append(extra.size()).append(" claims hold as measured</p>\n");
    }
    sb.append("<nav><ul>\n");
    for (ArticleFigure f : figures) {
      sb.append("<li><a href=\"#").append(anchor(f.id())).append("\">")
          .append(Html.escape(f.id() + " · " + f.title())).append("</a></li>\n");
    }
    for (ReportSection x : extra) {
      sb.append("<li><a href=\"#").append(x.id()).append("\">")
          .append(Html.escape(x.title())).append("</a></li>\n");
    }
    sb.append("<li><a href=\"#m5\">M5 · Output layer and loss</a></li>\n")
        .append("<li><a href=\"#m11\">M11 · Property table</a></li>\n")
        .append("<li><a href=\"#accuracy\">Accuracy</a></li>\n</ul></nav>\n</header>\n");
    for (ArticleFigure f : figures) {
      figure(f, sb);
    }
    for (ReportSection x : extra) {
      section(x, sb);
    }
    sb.append("<section id=\"m5\">\n<h2>M5 · Output layer and loss pairing</h2>\n");
    for (Table t : pairing) {
      sb.append(Html.table(t));
    }
    sb.append("</section>\n<section id=\"m11\">\n<h2>M11 · Property table</h2>\n")
        .append(Html.table(properties)).append("</section>\n");
    sb.append("<section id=\"accuracy\">\n<h2>Accuracy</h2>\n")
        .append(Html.table(accuracy)).append("</section>\n");
    sb.append("<footer><p>Made by dev.activations.plot.Report from the library's own"
        + " values.</p></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void figure(ArticleFigure f, StringBuilder sb) {
    sb.append("<section id=\"").append(anchor(f.id())).append("\">\n<h2>")
        .append(Html.escape(f.id() + " · " + f.title())).append("</h2>\n")
        .append("<p class=\"formula\">").append(Html.escape(f.formula())).append("</p>\n")
        .append("<figure><img src=\"").append(Html.escape(f.fileName())).append("\" width=\"")
        .append(f.figure().defaultWidth()).append("\" height=\"")
        .append(f.figure().defaultHeight()).append("\" alt=\"")
        .append(Html.escape(f.title())).append("\">\n<figcaption>")
        .append(Html.escape(f.caption())).append("</figcaption></figure>\n")
        .append("<ul class=\"claims\">\n");
    for (Claim c : f.claims()) {
      sb.append("<li class=\"").append(c.holds() ? "pass" : "fail").append("\"><span class=\"")
          .append("mark\">").append(Html.escape(c.mark())).append("</span> <span class=\"")
          .append("statement\">").append(Html.escape(c.statement())).append("</span><br>")
          .append("<span class=\"evidence\">").append(Html.escape(c.evidence()))
          .append("</span></li>\n");
    }
    sb.append("</ul>\n</section>\n");
  }

  private static void section(ReportSection x, StringBuilder sb) {
    Claim c = x.claim();
    sb.append("<section id=\"").append(x.id()).append("\">\n<h2>")
        .append(Html.escape(x.title())).append("</h2>\n<ul class=\"claims\">\n<li class=\"")
        .append(c.holds() ? "pass" : "fail").append("\"><span class=\"mark\">")
        .append(Html.escape(c.mark())).append("</span> <span class=\"statement\">")
        .append(Html.escape(c.statement())).append("</span><br><span class=\"evidence\">")
        .append(Html.escape(c.evidence())).append("</span></li>\n</ul>\n");
    for (String image : x.images()) {
      sb.append("<figure><img src=\"").append(Html.escape(image)).append("\" alt=\"")
          .append(Html.escape(x.title())).append("\"></figure>\n");
    }
    for (Table t : x.tables()) {
      sb.append(Html.table(t));
    }
    sb.append("</section>\n");
  }

  private static String anchor(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  private static final String STYLE = """
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222;
             background: #fff; margin: 0 auto; padding: 1.5em 2em; max-width: 1320px;
             line-height: 1.45; }
      h1 { font-size: 1.7em; margin-bottom: 0.3em; }
      h2 { font-size: 1.3em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em;
           margin-top: 2em; }
      nav ul { columns: 2; padding-left: 1.2em; }
      .summary { font-weight: bold; font-size: 1.1em; }
      .formula { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
                 background: #f6f8fa; padding: 0.5em 0.8em; border-radius: 4px; }
      figure { margin: 1em 0; }
      figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.95em; margin-top: 0.3em; }
      ul.claims { list-style: none; padding-left: 0; }
      ul.claims li { margin: 0.5em 0; padding: 0.4em 0.8em; border-left: 4px solid #ccc;
                     background: #fafafa; }
      ul.claims li.pass { border-left-color: #1a7f37; }
      ul.claims li.fail { border-left-color: #cf222e; background: #fff0f0; }
      .pass .mark, .summary.pass { color: #1a7f37; font-weight: bold; }
      .fail .mark, .summary.fail { color: #cf222e; font-weight: bold; }
      .evidence { color: #555; font-size: 0.9em; }
      .table-wrap { overflow-x: auto; margin: 1em 0; }
      table { border-collapse: collapse; font-size: 0.85em; width: max-content; }
      caption { text-align: left; font-weight: bold; padding: 0.4em 0; }
      th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top;
               max-width: 22em; }
      th { background: #f3f4f6; text-align: left; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tbody tr:nth-child(even) { background: #fafbfc; }
      .note { color: #555; font-size: 0.9em; }
      footer { margin-top: 3em; color: #777; font-size: 0.85em; }
      """;
}
