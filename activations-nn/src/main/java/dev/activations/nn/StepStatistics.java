package dev.activations.nn;

import java.util.List;

/**
 * One training step as a {@link StepListener} sees it.
 *
 * @param epoch the epoch, from 1
 * @param step the step since training began, from 1
 * @param examples the number of examples in the batch
 * @param loss the batch's mean loss
 * @param layers one entry per layer, first to last
 */
public record StepStatistics(int epoch, long step, int examples, double loss,
    List<LayerStatistics> layers) {

  /**
   * Copies the list.
   *
   * @param epoch the epoch, from 1
   * @param step the step since training began, from 1
   * @param examples the number of examples in the batch
   * @param loss the batch's mean loss
   * @param layers one entry per layer, first to last; copied
   */
  public StepStatistics {
    layers = List.copyOf(layers);
  }
}
