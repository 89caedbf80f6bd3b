package dev.activations.nn;

import java.util.List;

/**
 * What {@link Trainer#fit} returns: one report per epoch.
 *
 * @param epochs the reports, first epoch first
 */
public record TrainingResult(List<EpochReport> epochs) {

  /** Copies the list. */
  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /** The report of the last epoch. */
  public EpochReport last() {
    return epochs.get(epochs.size() - 1);
  }
}
