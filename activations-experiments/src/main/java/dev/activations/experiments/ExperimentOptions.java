package dev.activations.experiments;

import dev.activations.Precision;
import java.nio.file.Path;

/**
 * How an experiment runs. Immutable; start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * ExperimentOptions o = ExperimentOptions.defaults().withSeed(7).withOutputDir(Path.of("out"));
 * }</pre>
 *
 * @param seed the seed of every random choice (initial weights, shuffling, random inputs)
 * @param outputDir the folder that receives the TSV files and PNG charts
 * @param data the data set of the experiments that train on one: {@code digits} (the default,
 *     1797 images of 8×8 pixels) or {@code idx:DIR}, an MNIST-format folder (for example the
 *     28×28 {@code mnist-10k} subset); experiments on random inputs ignore it
 * @param size reduced (tests), default (≤ 60 s on 2 cores) or full (the paper's sizes)
 * @param progress receives progress messages
 * @param precision the precision of the float kernels of every network an experiment trains
 *     ({@link Precision#EXACT} by default, or the process default); the experiments that
 *     evaluate functions without training (the SELU map, the swish interpolation) work in
 *     double, which has one precision
 */
public record ExperimentOptions(long seed, Path outputDir, String data, ExperimentSize size,
    ExperimentProgress progress, Precision precision) {

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 1;
  /** The output folder when none is given. */
  public static final String DEFAULT_OUTPUT_DIR = "activations-experiments";
  /** The data set when none is given. */
  public static final String DEFAULT_DATA = "digits";

  /**
   * Checks the parts.
   *
   * @param seed the seed of every random choice; any long
   * @param outputDir the folder that receives the TSV files and PNG charts, not {@code null}
   * @param data {@code digits} or {@code idx:DIR}, not blank
   * @param size REDUCED, DEFAULT or FULL, not {@code null}
   * @param progress receives progress messages, not {@code null} ({@link ExperimentProgress#NONE}
   *     for none)
   * @param precision the float kernels' precision in the networks trained, not {@code null}
   * @throws IllegalArgumentException on a null part or blank data
   */
  public ExperimentOptions {
    if (outputDir == null || data == null || size == null || progress == null
        || precision == null) {
      throw new IllegalArgumentException("output folder, data, size, progress and precision"
          + " must not be null");
    }
    if (data.isBlank()) {
      throw new IllegalArgumentException("no data set given: use digits or idx:DIR");
    }
  }

  /**
   * Seed 1, folder {@value #DEFAULT_OUTPUT_DIR}, digits, default size, no progress, the process
   * default precision ({@link Precision#defaultPrecision()}: EXACT unless the property
   * activations.precision says fast).
   *
   * @return the default options
   */
  public static ExperimentOptions defaults() {
    return new ExperimentOptions(DEFAULT_SEED, Path.of(DEFAULT_OUTPUT_DIR), DEFAULT_DATA,
        ExperimentSize.DEFAULT, ExperimentProgress.NONE, Precision.defaultPrecision());
  }

  /**
   * These options with another seed.
   *
   * @param newSeed the seed of every random choice; any long
   * @return new options; these are unchanged
   */
  public ExperimentOptions withSeed(long newSeed) {
    return new ExperimentOptions(newSeed, outputDir, data, size, progress, precision);
  }

  /**
   * These options with another output folder.
   *
   * @param dir the folder that receives the files, not {@code null}; created when an experiment
   *     runs
   * @return new options; these are unchanged
   */
  public ExperimentOptions withOutputDir(Path dir) {
    return new ExperimentOptions(seed, dir, data, size, progress, precision);
  }

  /**
   * These options with another data set ({@code digits} or {@code idx:DIR}).
   *
   * @param spec {@code digits} or {@code idx:DIR}, not blank
   * @return new options; these are unchanged
   */
  public ExperimentOptions withData(String spec) {
    return new ExperimentOptions(seed, outputDir, spec, size, progress, precision);
  }

  /**
   * These options with another size.
   *
   * @param newSize REDUCED, DEFAULT or FULL, not {@code null}
   * @return new options; these are unchanged
   */
  public ExperimentOptions withSize(ExperimentSize newSize) {
    return new ExperimentOptions(seed, outputDir, data, newSize, progress, precision);
  }

  /**
   * These options reporting progress to {@code listener}.
   *
   * @param listener the receiver of progress messages, not {@code null}
   * @return new options; these are unchanged
   */
  public ExperimentOptions withProgress(ExperimentProgress listener) {
    return new ExperimentOptions(seed, outputDir, data, size, listener, precision);
  }

  /**
   * Whether the paper-sized setup was asked for.
   *
   * @return true for {@link ExperimentSize#FULL}
   */
  public boolean full() {
    return size == ExperimentSize.FULL;
  }

  /**
   * Whether the reduced (test) sizes were asked for.
   *
   * @return true for {@link ExperimentSize#REDUCED}
   */
  public boolean reduced() {
    return size == ExperimentSize.REDUCED;
  }

  /**
   * These options with another precision for the float kernels of the networks trained.
   *
   * @param newPrecision EXACT or FAST, not {@code null}
   * @return new options; these are unchanged
   */
  public ExperimentOptions withPrecision(Precision newPrecision) {
    return new ExperimentOptions(seed, outputDir, data, size, progress, newPrecision);
  }
}
