package dev.activations.experiments;

import java.nio.file.Path;

/** The options the tests run experiments with: reduced size, a temporary folder. */
final class Reduced {
  private Reduced() {}

  static ExperimentOptions options(Path dir) {
    return ExperimentOptions.defaults().withSize(ExperimentSize.REDUCED).withOutputDir(dir);
  }
}
