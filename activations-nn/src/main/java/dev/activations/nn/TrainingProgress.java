package dev.activations.nn;

/**
 * Progress callbacks of a {@link Trainer}, for progress bars and tables; both methods do nothing
 * by default. Called on the training thread.
 */
public interface TrainingProgress {

  /** Nothing. */
  TrainingProgress NONE = new TrainingProgress() {};

  /**
   * After each optimiser step.
   *
   * @param epoch the epoch, from 1
   * @param batch the batch just done, from 1
   * @param batches the number of batches in the epoch
   */
  default void onBatch(int epoch, int batch, int batches) {}

  /**
   * After each epoch, with its figures.
   *
   * @param report the epoch's number, training and test loss and accuracy, and duration
   */
  default void onEpoch(EpochReport report) {}
}
