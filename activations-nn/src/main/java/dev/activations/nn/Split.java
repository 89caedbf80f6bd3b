package dev.activations.nn;

/**
 * A data set cut in two by {@link DataSet#split(double, long)}.
 *
 * @param train the training part
 * @param test the held-out part
 */
public record Split(DataSet train, DataSet test) {}
