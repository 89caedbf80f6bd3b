/**
 * The experiments that reproduce the articles' claims on the neural-network lab: each one
 * trains, measures and describes its series and tables for the plot module to draw.
 *
 * <p>Only {@code dev.activations.experiments} is public API.
 */
module dev.activations.experiments {
  requires transitive dev.activations.nn;
  requires transitive dev.activations.plot;
  // the metrics of a run as a JSON tree
  requires com.fasterxml.jackson.databind;

  exports dev.activations.experiments;
}
