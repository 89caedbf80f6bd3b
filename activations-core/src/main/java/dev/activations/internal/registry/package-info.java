/**
 * From specification text to a built function: the parser, the parameter definitions and
 * their validation, the lookup by name with closest-name suggestions.
 */
package dev.activations.internal.registry;
