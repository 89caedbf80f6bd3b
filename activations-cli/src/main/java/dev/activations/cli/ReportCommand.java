package dev.activations.cli;

import dev.activations.experiments.Experiment;
import dev.activations.experiments.ExperimentOptions;
import dev.activations.experiments.ExperimentResult;
import dev.activations.experiments.Experiments;
import dev.activations.plot.Claim;
import dev.activations.plot.Report;
import dev.activations.plot.ReportFolder;
import dev.activations.plot.ReportImage;
import dev.activations.plot.ReportSection;
import dev.activations.plot.ReportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code activations report [--out DIR] [--no-experiments] [--seed S]}: the project's main job.
 * Writes the static HTML page that regenerates the articles' figures and tables ({@link Report})
 * with the lab's experiments and their verdicts, then prints where it is and every claim with
 * its mark.
 *
 * <p>A claim that fails is the report's content, not a failure of the command: the page and the
 * summary show it as failing, and the status stays 0 because the report was written. The tests
 * of the plot module are where a failing claim breaks the build.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the report: one HTML page, with its images beside it, that regenerates the"
          + " articles' figures and tables from the library.",
      "%nEach figure carries its formula and the claims it illustrates, each marked verified or"
          + " FAILS from numbers computed when the page is made. The page has no script and no"
          + " reference outside its folder: it reads offline. Prints the page's path and a"
          + " summary of the claims. Then runs the lab's experiments (the articles' training"
          + " claims, measured), adds their verdicts, charts and tables, and reports progress on"
          + " stderr: a few minutes; --no-experiments leaves them out.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad usage or a folder that cannot be"
        + " written"})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the folder to write, created if missing; the previous report's files in"
          + " it are replaced, other files are left alone; default: ${DEFAULT-VALUE} in the current"
          + " folder",
      defaultValue = Report.DEFAULT_FOLDER)
  String out;

  @Option(
      names = "--no-experiments",
      description = "leave out the lab's experiments (they take a few minutes); the figures and"
          + " tables take seconds")
  boolean noExperiments;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "seed of the experiments; default: ${DEFAULT-VALUE}",
      defaultValue = "1")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path dir;
    try {
      // absolute, so that the printed path opens from anywhere
      dir = FileProblems.path("--out", out).toAbsolutePath().normalize();
      FileProblems.requireWritableFolder("--out", dir);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    ReportSummary summary;
    Path staging = null;
    try {
      // everything is written beside the folder first, then swapped in: the folder ends up
      // with exactly this run's files (and any the user put there), never a mix of two runs
      staging = ReportFolder.stage(dir);
      List<ReportSection> sections = noExperiments ? List.of() : experiments(staging);
      summary = Report.write(staging, sections).movedTo(staging, dir);
      ReportFolder.publish(staging, dir);
      staging = null;
    } catch (IOException e) {
      String problem = FileProblems.describe(e);
      if (problem == null) {
        throw e;
      }
      throw usage("cannot write the report to " + dir + ": " + problem);
    } finally {
      if (staging != null) {
        ReportFolder.discard(staging);
      }
    }
    spec.commandLine().getOut().print(summary.text());
    return 0;
  }

  /**
   * Runs every experiment of the lab at its default size into {@code DIR/experiments/NAME/}, one
   * progress line each on stderr, and turns each result into a report section.
   */
  private List<ReportSection> experiments(Path dir) throws IOException {
    List<Experiment> all = Experiments.list();
    List<ReportSection> sections = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (int i = 0; i < all.size(); i++) {
      Experiment e = all.get(i);
      err.printf("experiment %d of %d: %s%n", i + 1, all.size(), e.name());
      err.flush();
      Path out = dir.resolve("experiments").resolve(e.name());
      ExperimentResult r = e.run(ExperimentOptions.defaults().withSeed(seed).withOutputDir(out));
      sections.add(section(dir, "E" + (i + 1), e, r));
    }
    return sections;
  }

  /** The report section of one experiment's result. */
  static ReportSection section(Path dir, String id, Experiment e, ExperimentResult r) {
    List<ReportImage> images = new ArrayList<>();
    for (Path f : r.files()) {
      if (f.getFileName().toString().endsWith(".png")) {
        Path relative = dir.toAbsolutePath().normalize()
            .relativize(f.toAbsolutePath().normalize());
        String alt = r.descriptions().getOrDefault(f, e.name() + ": " + f.getFileName());
        // a figure of two or more panels says "Beside it" and takes the page's width
        images.add(new ReportImage(relative.toString().replace('\\', '/'), alt,
            alt.contains("Beside it")));
      }
    }
    return new ReportSection(id.toLowerCase(Locale.ROOT), id + " · " + title(r.name()),
        e.articleClaim(), e.description(),
        new Claim(id, r.claim(), r.holds(), r.verdict().evidence(),
            r.verdict().refinedOrEvidence()),
        images, r.tables());
  }

  /** dying-relu → Dying relu. */
  private static String title(String name) {
    String t = name.replace('-', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
