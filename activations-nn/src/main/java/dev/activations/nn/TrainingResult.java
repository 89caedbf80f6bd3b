package dev.activations.nn;

import java.util.List;

/**
 * What {@link Trainer#fit} returns: one report per epoch.
 *
 * @param epochs the reports, first epoch first
 */
public record TrainingResult(List<EpochReport> epochs) {

  /**
   * Copies the list.
   *
   * @param epochs the reports, first epoch first; copied
   */
  public TrainingResult {
    epochs = List.copyOf(epochs);
  }

  /**
   * The report of the last epoch.
   *
   * @return the final epoch's report
   */
  public EpochReport last() {
    return epochs.get(epochs.size() - 1);
  }
}
