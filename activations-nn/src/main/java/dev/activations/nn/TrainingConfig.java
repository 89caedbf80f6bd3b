package dev.activations.nn;

/**
 * What a {@link Trainer} does: the loss, the optimiser, how many epochs, the batch size, and the
 * seed of the shuffling. Immutable; start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * TrainingConfig c = TrainingConfig.defaults().withEpochs(20).withBatchSize(32)
 *     .withOptimizer(Adam.of(0.001)).withSeed(1);
 * }</pre>
 *
 * @param loss the loss on the network's outputs (default {@link Loss#CROSS_ENTROPY})
 * @param optimizer the optimiser (default {@code Adam.of(0.001)})
 * @param epochs passes over the training set, ≥ 1 (default 10)
 * @param batchSize examples per step, ≥ 1, or {@link #FULL_BATCH} for the whole training set in
 *     every step (default 32). The last batch of an epoch holds what is left
 * @param shuffle whether each epoch visits the examples in a fresh random order (default true)
 * @param seed the seed of that order (default 1); the network's initial parameters have their
 *     own seed, given to {@link Network.Builder#seed}
 */
public record TrainingConfig(Loss loss, Optimizer optimizer, int epochs, int batchSize,
    boolean shuffle, long seed) {

  /** The batch size that means "every training example in each step". */
  public static final int FULL_BATCH = 0;

  /**
   * Checks the ranges above.
   *
   * @param loss the loss on the network's outputs, not {@code null}
   * @param optimizer the optimiser, not {@code null}
   * @param epochs passes over the training set, ≥ 1
   * @param batchSize examples per step, ≥ 1, or {@link #FULL_BATCH}
   * @param shuffle whether each epoch visits the examples in a fresh random order
   * @param seed the seed of that order
   */
  public TrainingConfig {
    if (loss == null || optimizer == null) {
      throw new IllegalArgumentException("loss and optimizer must not be null");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be ≥ 1, got " + epochs);
    }
    if (batchSize < 0) {
      throw new IllegalArgumentException("batch size must be ≥ 1 (or 0 for the full batch), got "
          + batchSize);
    }
  }

  /**
   * Cross-entropy, Adam(0.001), 10 epochs, batches of 32, shuffled with seed 1.
   *
   * @return the default configuration
   */
  public static TrainingConfig defaults() {
    return new TrainingConfig(Loss.CROSS_ENTROPY, Adam.of(0.001), 10, 32, true, 1);
  }

  /**
   * This configuration with another loss.
   *
   * @param loss the loss on the network's outputs, not {@code null}
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withLoss(Loss loss) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }

  /**
   * This configuration with another optimiser.
   *
   * @param optimizer the optimiser, not {@code null}
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withOptimizer(Optimizer optimizer) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }

  /**
   * This configuration with another number of epochs.
   *
   * @param epochs passes over the training set, ≥ 1
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withEpochs(int epochs) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }

  /**
   * This configuration with another batch size ({@link #FULL_BATCH} for the whole set).
   *
   * @param batchSize examples per step, ≥ 1, or {@link #FULL_BATCH} (0)
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withBatchSize(int batchSize) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }

  /**
   * This configuration with shuffling on or off.
   *
   * @param shuffle true for a fresh random order each epoch, false for the data set's order
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withShuffle(boolean shuffle) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }

  /**
   * This configuration with another shuffling seed.
   *
   * @param seed the seed of the shuffled order; any long
   * @return a new configuration; this one is unchanged
   */
  public TrainingConfig withSeed(long seed) {
    return new TrainingConfig(loss, optimizer, epochs, batchSize, shuffle, seed);
  }
}
