package dev.activations.nn;

/**
 * The outcome of one epoch.
 *
 * @param epoch the epoch, from 1
 * @param steps the optimiser steps taken in it
 * @param trainLoss the mean of the batch losses over the epoch, weighted by batch size (measured
 *     while the parameters changed, as training loops usually report it)
 * @param trainAccuracy the fraction of training examples classified correctly by the forward
 *     pass of their batch
 * @param testLoss the mean loss on the test set after the epoch; NaN without a test set
 * @param testAccuracy the accuracy on the test set after the epoch; NaN without a test set
 * @param nanos the wall-clock time of the epoch, test evaluation included, in nanoseconds (the
 *     only number here that is not deterministic)
 */
public record EpochReport(int epoch, long steps, double trainLoss, double trainAccuracy,
    double testLoss, double testAccuracy, long nanos) {}
