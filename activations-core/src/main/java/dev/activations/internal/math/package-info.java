/**
 * Double-precision cores shared by the functions: the logistic family, erf and the Gaussian
 * CDF, double-double arithmetic, and the number text of specifications.
 */
package dev.activations.internal.math;
