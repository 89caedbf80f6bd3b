/**
 * The explorer: a local web server (Javalin on Jetty) with a JSON API under {@code /api/v1} and
 * the pages that draw curves, tables and training runs in the browser.
 *
 * <p>Only {@code dev.activations.web} is public API. The pages and scripts under
 * {@code dev/activations/web/static} and the WebJars' files are resources outside any package,
 * so the server reads them on the module path as on the class path.
 */
module dev.activations.web {
  requires transitive dev.activations.core;
  requires dev.activations.nn;
  requires dev.activations.plot;
  requires dev.activations.experiments;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires io.javalin;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.server;

  exports dev.activations.web;

  // Jackson reads request bodies into the API's records
  opens dev.activations.web.internal to com.fasterxml.jackson.databind;
}
