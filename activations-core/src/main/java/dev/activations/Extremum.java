package dev.activations;

/**
 * A point where a function takes an extreme value.
 *
 * @param x the argument, located to adjacent doubles by bisection on f'
 * @param value f(x)
 */
public record Extremum(double x, double value) {}
