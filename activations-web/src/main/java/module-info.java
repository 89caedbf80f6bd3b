/**
 * The explorer: a local web application that shows every activation function, its derivative
 * and properties, and trains small networks live in the nn lab, over a JSON API under
 * {@code /api/v1}.
 *
 * <p>Only {@code dev.activations.web} is public API.
 */
module dev.activations.web {
  requires dev.activations.core;
  requires dev.activations.nn;
  requires dev.activations.plot;
  requires dev.activations.experiments;
  requires io.javalin;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports dev.activations.web;

  // Jackson writes the API's records by reflection
  opens dev.activations.web.internal to com.fasterxml.jackson.databind;
}
