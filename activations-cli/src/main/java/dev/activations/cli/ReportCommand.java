package dev.activations.cli;

import dev.activations.plot.Report;
import dev.activations.plot.ReportSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code activations report [--out DIR]}: the project's main job. Writes the static HTML page
 * that regenerates the articles' figures and tables ({@link Report}), then prints where it is
 * and every claim with its mark.
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
          + " summary of the claims. Takes some seconds.",
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
      description = "the folder to write, created if missing; files of the same names are"
          + " replaced; default: ./${DEFAULT-VALUE}/",
      defaultValue = Report.DEFAULT_FOLDER)
  String out;

  @Override
  public Integer call() throws IOException {
    Path dir;
    try {
      // absolute, so that the printed path opens from anywhere
      dir = FileProblems.path("--out", out).toAbsolutePath().normalize();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw usage("cannot write the report to " + dir + ": it is a file, not a folder");
    }
    ReportSummary summary;
    try {
      summary = Report.write(dir);
    } catch (IOException e) {
      String problem = FileProblems.describe(e);
      if (problem == null) {
        throw e;
      }
      throw usage("cannot write the report to " + dir + ": " + problem);
    }
    spec.commandLine().getOut().print(summary.text());
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
