package dev.activations.cli;

import dev.activations.experiments.Experiment;
import dev.activations.experiments.ExperimentOptions;
import dev.activations.experiments.ExperimentResult;
import dev.activations.experiments.ExperimentSize;
import dev.activations.experiments.Experiments;
import dev.activations.plot.TableFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activations experiment NAME [--seed S] [--out DIR] [--data DATA] [--full]} and
 * {@code activations experiment --list}: runs one of the experiments that reproduce the
 * articles' training claims ({@link Experiments}), prints its tables in Markdown and the line
 * {@code claim: … — holds} (or {@code — does not hold}), and writes its TSV files and PNG charts
 * into DIR.
 *
 * <p>A claim that does not hold is the experiment's finding, not a failure of the command: the
 * status stays 0. Progress goes to stderr, one line per step.
 */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs an experiment that puts a training claim of the articles to the test.",
      "%nPrints the measured tables (Markdown) and the line 'claim: ... — holds' or '— does not"
          + " hold', decided from the measurements; writes TSV files and PNG charts into the"
          + " output folder. The same seed gives the same tables. With its defaults each"
          + " experiment takes under a minute on two cores; --full runs the published sizes.",
      "%nexperiment --list shows every experiment with its claim.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success (whether or not the claim holds)",
      "1:internal failure",
      "2:bad usage or input (unknown experiment, bad data, a folder that cannot be written)"
    })
final class ExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "the experiment, as --list shows it (vanishing-gradient, sparsity, ...)")
  String name;

  @Option(names = "--list", description = "list the experiments and their claims, then exit")
  boolean list;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "the seed of every random choice; default: ${DEFAULT-VALUE}",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the folder for the TSV files and charts, created if missing; files of the"
          + " same names are replaced; default: ${DEFAULT-VALUE} in the current folder",
      defaultValue = ExperimentOptions.DEFAULT_OUTPUT_DIR)
  String out;

  @Option(
      names = "--data",
      paramLabel = "DATA",
      description = "what the training experiments learn from: digits (bundled 8×8 images) or"
          + " idx:DIR (MNIST-format files in DIR); default: ${DEFAULT-VALUE}",
      defaultValue = ExperimentOptions.DEFAULT_DATA)
  String data;

  @Option(
      names = "--full",
      description = "the published sizes (for example Nielsen's 500 epochs); takes minutes")
  boolean full;

  @Mixin PrecisionOption precision;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (list) {
      if (name != null) {
        throw usage("give either NAME or --list, not both");
      }
      List<String[]> rows = new ArrayList<>();
      for (Experiment e : Experiments.list()) {
        rows.add(new String[] {e.name(), String.join(", ", e.mission()), e.claim()});
      }
      Tables.aligned(rows, "", stdout);
      return 0;
    }
    if (name == null) {
      throw usage("missing experiment NAME; valid: " + String.join(", ", Experiments.names())
          + " (or --list)");
    }
    Experiment experiment;
    Path dir;
    try {
      experiment = Experiments.byName(name);
      dir = FileProblems.path("--out", out).toAbsolutePath().normalize();
      FileProblems.requireWritableFolder("--out", dir);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    ExperimentOptions options;
    try {
      options = ExperimentOptions.defaults().withSeed(seed).withOutputDir(dir).withData(data)
          .withSize(full ? ExperimentSize.FULL : ExperimentSize.DEFAULT)
          .withPrecision(precision.get())
          .withProgress(message -> {
            err.print(message + "\n");
            err.flush();
          });
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    ExperimentResult result;
    try {
      result = experiment.run(options);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      String problem = FileProblems.describe(e);
      if (problem == null) {
        throw e;
      }
      throw usage(experiment.name() + ": " + problem);
    }
    stdout.print(TableFormat.MD.render(result.tables()));
    stdout.print("\n" + result.verdictLine() + "\n");
    stdout.print("evidence: " + result.verdict().evidence() + "\n");
    if (!result.holds()) {
      stdout.print("numbers support: " + result.verdict().refinedOrEvidence() + "\n");
    }
    stdout.print("files: " + result.files().size() + " in " + dir + "\n");
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
