/**
 * The explorer: a local web page over the library, served by {@link dev.activations.web.Explorer}
 * (Javalin on Jetty) with its JSON API under {@code /api/v1}. Start it with
 * {@code activations serve} or {@code Explorer.start(ExplorerOptions.defaults())}.
 *
 * <p>Only this package is public API; {@code dev.activations.web.internal} holds the routes,
 * the training sessions and the JSON mapping.
 */
package dev.activations.web;
