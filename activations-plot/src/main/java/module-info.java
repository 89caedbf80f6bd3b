/**
 * Charts of activation functions and of experiment series, tables of properties and accuracy,
 * and the HTML report, written as PNG, SVG, Markdown, HTML and JSON.
 *
 * <p>Only {@code dev.activations.plot} is public API. Charts are XChart charts drawn with AWT,
 * so both are part of this module's API.
 */
module dev.activations.plot {
  requires transitive dev.activations.core;
  requires transitive java.desktop;
  requires transitive org.knowm.xchart;
  // SVG output; VectorGraphics2D 0.13 names no module, so its name comes from the jar's name
  requires VectorGraphics2D;
  // tables as JSON
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports dev.activations.plot;
}
