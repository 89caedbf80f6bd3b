/**
 * The neural-network lab: a small, instrumented multilayer perceptron on row-major
 * {@code float[]} mini-batches, with initialisers, optimisers, the losses of the core library, and
 * the data sets it learns from.
 *
 * <p>Only {@code dev.activations.nn} is public API.
 */
module dev.activations.nn {
  requires transitive dev.activations.core;

  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;

  exports dev.activations.nn;

  // Jackson binds the saved-network document to ModelFormat's package-private records
  opens dev.activations.nn to com.fasterxml.jackson.databind;
}
