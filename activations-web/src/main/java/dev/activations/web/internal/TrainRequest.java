package dev.activations.web.internal;

import java.util.List;

/**
 * The JSON body of {@code POST /api/v1/train}: a whole training setup. Every field is optional
 * (null takes the default given here); {@link TrainSetup#of} checks the ranges and names the
 * field at fault.
 *
 * @param dataset circle, xor, gauss, spiral, moons (2-D, default xor) or digits (8×8, 10 classes)
 * @param examples points drawn for a 2-D set, 50…2000 (default 500); ignored for digits
 * @param noise the 2-D sets' Gaussian noise σ, 0…2 (default 0.1)
 * @param testFraction the held-out part, 0.05…0.9 (default 0.5)
 * @param layers the hidden layers, 1…8, each 1…64 units with its activation (default 2 × 4 tanh)
 * @param initializer an nn lab initializer id (default xavier_normal)
 * @param optimizer sgd (with momentum) or adam (default adam)
 * @param learningRate η, finite, &gt; 0 and ≤ 10 (default 0.03)
 * @param momentum SGD's momentum, 0…0.999 (default 0.9; ignored by adam)
 * @param batchSize examples per step, 1…1024 (default 10)
 * @param l2 L2 weight decay λ, 0…1 (default 0)
 * @param seed the seed of the data, the initial weights and the shuffling (default 1)
 * @param stepsPerUpdate steps taken between two updates while playing, 1…1000 (default 5)
 */
record TrainRequest(String dataset, Integer examples, Double noise, Double testFraction,
    List<Layer> layers, String initializer, String optimizer, Double learningRate,
    Double momentum, Integer batchSize, Double l2, Long seed, Integer stepsPerUpdate) {

  /**
   * One hidden layer.
   *
   * @param units 1…64
   * @param activation an element-wise activation specification, e.g. {@code prelu(num_parameters=8)}
   */
  record Layer(Integer units, String activation) {}
}
