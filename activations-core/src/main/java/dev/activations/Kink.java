package dev.activations;

/**
 * A point where f, f' or f'' jumps, with the size of each jump as measured from one-sided
 * limits.
 *
 * @param x where the jump is, located to the nearest double for a jump of f or f' and to about
 *     10⁻⁸ (relative) for a jump of f'' only; the simplest binary number in that bracket
 * @param order the continuity of f at this point: {@link Continuity#DISCONTINUOUS} if f jumps,
 *     {@link Continuity#C0} if f' jumps, {@link Continuity#C1} if only f'' jumps
 * @param valueJump |f(x⁺) − f(x⁻)|
 * @param slopeJump |f'(x⁺) − f'(x⁻)|
 * @param curvatureJump |f''(x⁺) − f''(x⁻)|, from one-sided differences of f'
 */
public record Kink(double x, Continuity order, double valueJump, double slopeJump,
    double curvatureJump) {}
