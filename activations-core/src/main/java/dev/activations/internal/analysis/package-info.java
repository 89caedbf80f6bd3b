/**
 * Property analysis: the range, monotonicity, saturation, kinks, sparsity and fixed points of a
 * function, derived by probing its implementation.
 */
package dev.activations.internal.analysis;
