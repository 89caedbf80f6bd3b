package dev.activations.nn;

/**
 * Receives per-layer statistics after every training step (see {@link StepStatistics} and
 * {@link LayerStatistics}). Register one with {@link Trainer#withStepListener}; when none is
 * registered the trainer computes nothing of it, so instrumentation costs nothing unused.
 *
 * <p>Called on the training thread, between the backward pass and the update; the statistics
 * are immutable and may be kept.
 */
@FunctionalInterface
public interface StepListener {
  /**
   * One step's statistics.
   *
   * @param step the step's loss and per-layer statistics; immutable
   */
  void onStep(StepStatistics step);
}
