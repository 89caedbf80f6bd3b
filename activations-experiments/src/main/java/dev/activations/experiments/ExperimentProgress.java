package dev.activations.experiments;

/**
 * Receives short progress messages from a running experiment ("sigmoid, 4 hidden layers:
 * epoch 50 of 100"), for a command line's stderr. Called on the experiment's thread.
 */
@FunctionalInterface
public interface ExperimentProgress {
  /** Reports nothing. */
  ExperimentProgress NONE = message -> { };

  /**
   * One message, without a trailing newline.
   *
   * @param message one line of text, for example {@code "sigmoid, 4 hidden layers: epoch 50 of
   *     100"}
   */
  void report(String message);
}
