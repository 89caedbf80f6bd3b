/**
 * The explorer's routes, training sessions, JSON mapping and guards. Not API: used by
 * {@link dev.activations.web.Explorer} only.
 */
package dev.activations.web.internal;
