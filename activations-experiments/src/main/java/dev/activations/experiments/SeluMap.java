package dev.activations.experiments;

import dev.activations.Activation;
import dev.activations.Activations;

/**
 * The mean/variance map of the SELU paper (Klambauer et al. 2017, eq. 3–4): if a layer's inputs
 * have mean μ and variance ν, and its weight vector has ω = Σ w_i and τ = Σ w_i², the
 * pre-activation z is taken as N(μω, ντ) (central limit theorem) and the outputs selu(z) have
 * mean μ̃ = E[selu(z)] and variance ν̃ = E[selu(z)²] − μ̃². g(μ, ν) = (μ̃, ν̃). LeCun-normal
 * weights give ω = 0 and τ = 1 on average, and (0, 1) is then a fixed point.
 *
 * <p>The expectations are integrals of the library's double-precision selu against the normal
 * density, by composite Simpson's rule in t = (z − μω)/√(ντ) over [−12, 12] (the tails beyond
 * hold less than 1e−32 of the mass), split at selu's kink z = 0 so that each piece is smooth.
 */
final class SeluMap {
  private static final double RANGE = 12;
  private static final int INTERVALS = 4000;
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private final Activation selu = Activations.of("selu");
  private final double omega;
  private final double tau;

  /** The map for weights with these sums ω = Σ w and τ = Σ w². */
  SeluMap(double omega, double tau) {
    this.omega = omega;
    this.tau = tau;
  }

  /** (μ̃, ν̃) = g(μ, ν). */
  double[] apply(double mu, double nu) {
    double m = mu * omega;
    double s = Math.sqrt(nu * tau);
    double kink = -m / s;
    double[] first = new double[2];
    double[] second = new double[2];
    if (kink <= -RANGE || kink >= RANGE) {
      integrate(-RANGE, RANGE, m, s, first);
    } else {
      integrate(-RANGE, kink, m, s, first);
      integrate(kink, RANGE, m, s, second);
    }
    double mean = first[0] + second[0];
    double square = first[1] + second[1];
    return new double[] {mean, square - mean * mean};
  }

  /** Adds ∫ selu(m + s t) φ(t) dt and ∫ selu(m + s t)² φ(t) dt over [a, b] into acc. */
  private void integrate(double a, double b, double m, double s, double[] acc) {
    double h = (b - a) / INTERVALS;
    double one = 0;
    double two = 0;
    for (int i = 0; i <= INTERVALS; i++) {
      double t = a + i * h;
      double w = (i == 0 || i == INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
      double phi = INV_SQRT_2PI * Math.exp(-t * t / 2);
      double f = selu.value(m + s * t);
      one += w * f * phi;
      two += w * f * f * phi;
    }
    acc[0] += one * h / 3;
    acc[1] += two * h / 3;
  }
}
