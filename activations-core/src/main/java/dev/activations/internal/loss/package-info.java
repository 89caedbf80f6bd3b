/** The losses' arithmetic: values and fused gradients for bce, cross-entropy, nll and mse. */
package dev.activations.internal.loss;
