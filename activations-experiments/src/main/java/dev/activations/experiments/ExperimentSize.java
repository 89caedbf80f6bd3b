package dev.activations.experiments;

/**
 * How big an experiment runs. Each experiment documents what each size means for it (epochs,
 * examples, layers, widths).
 */
public enum ExperimentSize {
  /** A few seconds at most: the sizes the tests use; the measurements keep their direction. */
  REDUCED,
  /** The default: within 60 s on a 2-core machine, close to the published setup. */
  DEFAULT,
  /** The paper-sized setup (for example Nielsen's 500 epochs); may take minutes. */
  FULL
}
