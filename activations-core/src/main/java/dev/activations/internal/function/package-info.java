/**
 * The activation functions: one class per function (forward and backward, float and double,
 * scalar and array), the element-wise and row-wise base classes they share, and
 * {@link dev.activations.internal.function.Catalog}, which lists every function with its
 * parameters, formula and conventions.
 */
package dev.activations.internal.function;
