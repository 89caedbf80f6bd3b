package dev.activations;

/**
 * How long a function's float array forward pass takes relative to relu's, per element, as
 * {@link Properties#relativeCost(Activation)} measured it: both passes run {@code warmUpRuns}
 * times each untimed (so that what is timed is the compiled code), then {@code timedRuns} times
 * each, alternately, over the same 2^16 seeded N(0, 1) inputs; each round gives one ratio. A
 * teaching figure for this machine at this moment, not a benchmark.
 *
 * @param median the median of the ratios (3.0: three times relu's time)
 * @param lowerQuartile the lower quartile of the ratios (linear interpolation between ranks)
 * @param upperQuartile the upper quartile of the ratios
 * @param warmUpRuns untimed runs of each pass before timing
 * @param timedRuns timed rounds, each one ratio
 */
public record RelativeCost(
    double median, double lowerQuartile, double upperQuartile, int warmUpRuns, int timedRuns) {}
