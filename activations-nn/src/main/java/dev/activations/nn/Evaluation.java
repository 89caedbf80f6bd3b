package dev.activations.nn;

/**
 * A network's loss and accuracy on a data set.
 *
 * @param loss the mean loss over the whole set (the rows for cross_entropy, the output elements
 *     for bce_with_logits and mse), NaN for an empty set
 * @param accuracy the fraction of rows whose predicted class is the label, in [0, 1]; NaN for an
 *     empty set
 * @param examples the number of rows
 */
public record Evaluation(double loss, double accuracy, int examples) {}
