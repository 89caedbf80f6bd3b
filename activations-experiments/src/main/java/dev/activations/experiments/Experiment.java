package dev.activations.experiments;

import java.io.IOException;
import java.util.List;

/**
 * One experiment that puts a training claim of the articles to the test: it trains or probes
 * networks of the nn lab, prints what it measured as tables, draws charts, and decides from the
 * measurements whether the claim holds. The verdict is computed by {@link #run}, never assumed.
 *
 * <p>Every experiment is deterministic: the same {@link ExperimentOptions} (seed, data, size)
 * give the same tables, bit for bit. Implementations are stateless and thread-safe.
 */
public interface Experiment {

  /**
   * The name used on the command line, lower-case with hyphens: {@code vanishing-gradient}.
   *
   * @return for example {@code "dying-relu"}; unique among {@link Experiments#list()}
   */
  String name();

  /**
   * The items of docs/articles.md the experiment reproduces, for example {@code [M12, M13]}.
   *
   * @return one or more item numbers, {@code M1} … {@code M17}
   */
  List<String> mission();

  /**
   * The claim under test, one sentence, as the verdict line prints it.
   *
   * @return one sentence, without a final full stop
   */
  String claim();

  /**
   * What the articles say, in their words (as the project's digest of them renders them), that
   * the experiment puts to the test; the claim under test ({@link #claim()}) is its measurable
   * form.
   *
   * @return one or more sentences of plain text, never empty
   */
  String articleClaim();

  /**
   * What is measured and how, in a few sentences (for {@code --list} and the report).
   *
   * @return a few sentences of plain text
   */
  String description();

  /**
   * Runs the experiment: measures, writes its TSV files and PNG charts into
   * {@link ExperimentOptions#outputDir()} (created if missing), and decides the verdict.
   *
   * @param options the seed, output folder, data set, size and progress listener
   * @return the tables, measurements, verdict and files written
   * @throws IOException if the data cannot be read or a file cannot be written
   * @throws IllegalArgumentException if the options do not fit the experiment (for example a
   *     data set it cannot use)
   */
  ExperimentResult run(ExperimentOptions options) throws IOException;
}
