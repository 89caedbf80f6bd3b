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
   * @param dir the report folder; created if missing
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
   * @param dir the report folder; created if missing
   * @param extra the sections after the figures, in order; empty for none
   * @return where the page is, the images, and every claim with its mark
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
    List<Claim> claims = new ArrayList<>();
    for (ArticleFigure f : figures) {
      claims.addAll(f.claims());
    }
    for (ReportSection x : extra) {
      claims.add(x.claim());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Activation functions: the articles' figures and tables, regenerated"
            + "</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    sb.append("<header>\n<h1>Activation functions: the articles' figures and tables,"
        + " regenerated</h1>\n");
    sb.append("<p class=\"intro\">").append(Html.escape(INTRO)).append("</p>\n");
    sb.append("<p class=\"intro\">").append(MARKS).append("</p>\n");
    long refined = claims.stream().filter(c -> c.outcome() == Claim.Outcome.REFINED).count();
    long fails = claims.stream().filter(c -> c.outcome() == Claim.Outcome.FAILS).count();
    String headline = fails > 0 ? "fail" : refined > 0 ? "refined" : "pass";
    sb.append("<p class=\"summary ").append(headline).append("\">")
        .append(Html.escape(ReportSummary.headline(claims))).append("</p>\n");
    sb.append("<p class=\"counts\">").append(figures.size()).append(" figures: ")
        .append(Html.escape(ReportSummary.headline(claims.subList(0, claims.size()
            - extra.size()))));
    if (!extra.isEmpty()) {
      sb.append("; ").append(extra.size()).append(" experiments: ").append(Html.escape(
          ReportSummary.headline(claims.subList(claims.size() - extra.size(), claims.size()))));
    }
    sb.append(".</p>\n<nav><ul>\n");
    List<String[]> entries = new ArrayList<>();
    for (ArticleFigure f : order(figures)) {
      entries.add(new String[] {anchor(f.id()), f.id() + " · " + f.title()});
      if (f.id().equals("M4")) {
        entries.add(new String[] {"m5", "M5 · Output layer and loss"});
      }
      if (f.id().equals("M10")) {
        entries.add(new String[] {"m11", "M11 · Property table"});
      }
    }
    for (ReportSection x : extra) {
      entries.add(new String[] {x.id(), x.title()});
    }
    entries.add(new String[] {"accuracy", "Accuracy of the float kernels"});
    for (String[] e : entries) {
      sb.append("<li><a href=\"#").append(e[0]).append("\">").append(Html.escape(e[1]))
          .append("</a></li>\n");
    }
    sb.append("</ul></nav>\n</header>\n");
    for (ArticleFigure f : order(figures)) {
      figure(f, sb);
      if (f.id().equals("M4")) {
        sb.append("<section id=\"m5\">\n<h2>M5 · Output layer and loss pairing</h2>\n");
        for (Table t : pairing) {
          sb.append(Html.table(t));
        }
        sb.append("</section>\n");
      }
      if (f.id().equals("M10")) {
        sb.append("<section id=\"m11\">\n<h2>M11 · Property table</h2>\n");
        for (Table t : propertyTables(properties)) {
          sb.append(Html.table(t));
        }
        sb.append("</section>\n");
      }
    }
    for (ReportSection x : extra) {
      section(x, sb);
    }
    sb.append("<section id=\"accuracy\">\n<h2>Accuracy of the float kernels</h2>\n")
        .append(Html.table(accuracy)).append("</section>\n");
    sb.append("<footer><p>").append(SIGNATURE).append(" from the library's own values.</p>"
        + "</footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The figures in the articles' order (by number). */
  private static List<ArticleFigure> order(List<ArticleFigure> figures) {
    List<ArticleFigure> sorted = new ArrayList<>(figures);
    sorted.sort(java.util.Comparator.comparingInt(f -> number(f.id())));
    return sorted;
  }

  private static int number(String id) {
    try {
      return Integer.parseInt(id.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The property table in three parts that each fit the page: the formulas, the shape of each
   * function, and its values at notable points.
   */
  static List<Table> propertyTables(Table t) {
    List<String> formulas = List.of("function", "formula", "derivative");
    List<String> values = List.of("function", "f(0)", "f′(0)", "max |f′|", "max |f′| at",
        "minimum", "sparsity");
    List<String> shape = new ArrayList<>();
    for (String c : t.columns()) {
      if (c.equals("function") || !formulas.contains(c) && !values.contains(c)) {
        shape.add(c);
      }
    }
    return List.of(columns(t, formulas, "Formulas and derivatives", List.of()),
        columns(t, shape, "Shape of each function (computed from the implementation)",
            List.of()),
        columns(t, values, "Values at notable points (computed from the implementation)",
            t.notes()));
  }

  /** The named columns of a table (those it has), in the given order. */
  private static Table columns(Table t, List<String> names, String title, List<String> notes) {
    List<Integer> index = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    for (String n : names) {
      int i = t.columns().indexOf(n);
      if (i >= 0) {
        index.add(i);
        heads.add(n);
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> row : t.rows()) {
      List<Cell> r = new ArrayList<>();
      for (int i : index) {
        r.add(row.get(i));
      }
      rows.add(r);
    }
    return new Table(title, heads, rows, notes);
  }

  private static void figure(ArticleFigure f, StringBuilder sb) {
    sb.append("<section id=\"").append(anchor(f.id())).append("\">\n<h2>")
        .append(Html.escape(f.id() + " · " + f.title())).append("</h2>\n")
        .append("<p class=\"formula\">").append(Html.escape(f.formula())).append("</p>\n");
    boolean wide = f.figure().panelCount() > 1;
    sb.append("<div class=\"figures\">\n<figure class=\"").append(wide ? "wide" : "narrow")
        .append("\"><img src=\"").append(Html.escape(f.fileName())).append("\" width=\"")
        .append(f.figure().defaultWidth()).append("\" height=\"")
        .append(f.figure().defaultHeight()).append("\" alt=\"")
        .append(Html.escape(f.figure().describe())).append("\">\n<figcaption>")
        .append(Html.escape(f.caption())).append("</figcaption></figure>\n");
    // beside a single narrow chart, the claims take the other column
    sb.append(wide ? "<ul class=\"claims\">\n" : "<ul class=\"claims beside\">\n");
    for (Claim c : f.claims()) {
      claim(c, sb);
    }
    sb.append("</ul>\n</div>\n</section>\n");
  }

  private static void claim(Claim c, StringBuilder sb) {
    sb.append("<li class=\"").append(c.outcome().css()).append("\"><span class=\"mark\">")
        .append(Html.escape(c.mark())).append("</span> <span class=\"statement\">")
        .append(Html.escape(c.statement())).append("</span><br><span class=\"evidence\">")
        .append(Html.escape(c.evidence())).append("</span>");
    if (c.refined() != null) {
      sb.append("<br><span class=\"refined-claim\"><b>What the numbers support:</b> ")
          .append(Html.escape(c.refined())).append("</span>");
    }
    sb.append("</li>\n");
  }

  private static void section(ReportSection x, StringBuilder sb) {
    Claim c = x.claim();
    sb.append("<section id=\"").append(x.id()).append("\">\n<h2>")
        .append(Html.escape(x.title())).append("</h2>\n<dl class=\"experiment\">\n");
    if (!x.articleClaim().isEmpty()) {
      sb.append("<dt>The article says</dt><dd class=\"quote\">")
          .append(Html.escape(x.articleClaim())).append("</dd>\n");
    }
    sb.append("<dt>We measured</dt><dd>").append(Html.escape(x.measured())).append("</dd>\n")
        .append("<dt>Claim tested</dt><dd>").append(Html.escape(c.statement()))
        .append("</dd>\n<dt>Verdict</dt><dd><ul class=\"claims\">\n<li class=\"")
        .append(c.outcome().css()).append("\"><span class=\"mark\">")
        .append(Html.escape(c.mark())).append("</span> <span class=\"evidence\">")
        .append(Html.escape(c.evidence())).append("</span>");
    if (c.refined() != null) {
      sb.append("<br><span class=\"refined-claim\"><b>What the numbers support:</b> ")
          .append(Html.escape(c.refined())).append("</span>");
    }
    sb.append("</li>\n</ul></dd>\n</dl>\n<div class=\"figures\">\n");
    for (ReportImage image : x.images()) {
      sb.append("<figure class=\"").append(image.wide() ? "wide" : "narrow")
          .append("\"><img src=\"").append(Html.escape(image.path())).append("\" alt=\"")
          .append(Html.escape(image.alt())).append("\"></figure>\n");
    }
    sb.append("</div>\n");
    for (Table t : x.tables()) {
      sb.append(Html.table(t));
    }
    sb.append("</section>\n");
  }

  private static String anchor(String id) {
    return id.toLowerCase(java.util.Locale.ROOT);
  }

  /** The page's opening: the two articles and what the page does. */
  static final String INTRO = "This page regenerates the figures, tables and claims of two"
      + " articles on activation functions, “Deep learning building blocks: activation functions"
      + " in detail” and “From ReLU to GELU: an overview of activation functions”, from this"
      + " library's own implementation, and checks every claim against numbers computed when the"
      + " page is made. Figures and tables come in the articles' order (M4 to M17, numbered as in"
      + " the project's docs/articles.md, which says where each item is reproduced), then the"
      + " lab's experiments (E1 to E9), which put the articles' claims about training to the"
      + " test.";

  /** How to read the marks (HTML). */
  static final String MARKS = "<span class=\"pass mark\">✓ verified</span>: the numbers bear"
      + " the claim out. <span class=\"refined mark\">≈ does not hold as stated</span>: a"
      + " result, not a defect: the measurement differs from the article's words, and the"
      + " refined claim beside it says what the numbers do support."
      + " <span class=\"fail mark\">✗ FAILS</span>: a check of the library failed (a defect)."
      + " In every figure f is a solid line and f′ a dashed one; a hollow dot is a limit the"
      + " curve approaches, a filled dot the value at that point.";

  /** The footer's words; also how an older report folder is recognised as one. */
  static final String SIGNATURE = "Made by dev.activations.plot.Report";

  private static final String STYLE = """
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222;
             background: #fff; margin: 0 auto; padding: 1.5em 2em; max-width: 1320px;
             line-height: 1.45; }
      h1 { font-size: 1.7em; margin-bottom: 0.3em; }
      h2 { font-size: 1.3em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em;
           margin-top: 2em; }
      .intro { max-width: 75em; }
      nav ul { columns: 3; padding-left: 1.2em; }
      .summary { font-weight: bold; font-size: 1.1em; margin-bottom: 0.2em; }
      .counts { color: #555; margin-top: 0; }
      .formula { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
                 background: #f6f8fa; padding: 0.5em 0.8em; border-radius: 4px; }
      .figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr));
                 gap: 0.8em 1.2em; align-items: start; }
      .figures > .wide, .figures > ul.claims { grid-column: 1 / -1; }
      .figures > ul.claims.beside { grid-column: auto; }
      figure { margin: 0.5em 0; }
      figure img { width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.95em; margin-top: 0.3em; }
      ul.claims { list-style: none; padding-left: 0; margin: 0.3em 0; }
      ul.claims li { margin: 0.5em 0; padding: 0.4em 0.8em; border-left: 4px solid #ccc;
                     background: #fafafa; }
      ul.claims li.pass { border-left-color: #1a7f37; }
      ul.claims li.refined { border-left-color: #bf8700; background: #fff8e5; }
      ul.claims li.fail { border-left-color: #cf222e; background: #fff0f0; }
      .pass.mark, .pass .mark, .summary.pass { color: #1a7f37; font-weight: bold; }
      .refined.mark, .refined .mark, .summary.refined { color: #9a6700; font-weight: bold; }
      .fail.mark, .fail .mark, .summary.fail { color: #cf222e; font-weight: bold; }
      .evidence { color: #444; font-size: 0.92em; }
      .refined-claim { display: block; margin-top: 0.3em; }
      dl.experiment { display: grid; grid-template-columns: 9em 1fr; gap: 0.3em 1em; }
      dl.experiment dt { font-weight: bold; color: #444; }
      dl.experiment dd { margin: 0; }
      dd.quote { font-style: italic; }
      .table-wrap { overflow-x: auto; margin: 1em 0 0.3em; max-width: 100%; }
      table { border-collapse: collapse; font-size: 0.85em; }
      caption { text-align: left; font-weight: bold; padding: 0.4em 0; }
      th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top;
               max-width: 24ch; overflow-wrap: break-word; }
      th { background: #f3f4f6; text-align: left; font-weight: 600; }
      th:first-child, td:first-child { position: sticky; left: 0; background: #fff; }
      th:first-child { background: #f3f4f6; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tbody tr:nth-child(even) td { background: #fafbfc; }
      .note { color: #555; font-size: 0.9em; max-width: 75em; }
      footer { margin-top: 3em; color: #777; font-size: 0.85em; }
      """;
}
