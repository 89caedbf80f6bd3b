/**
 * The neural-network lab: dense layers with any {@link dev.activations.Activation}, a
 * {@link dev.activations.nn.Network} trained by a {@link dev.activations.nn.Trainer}, and the data
 * sets of {@link dev.activations.nn.DataSets}.
 *
 * <h2>Layout</h2>
 * Every batch is a row-major {@code float[]}: example r, feature c is at {@code r·columns + c}.
 * A dense layer with n inputs and m units stores its weights as an n × m row-major matrix
 * ({@code weights[k·m + j]} connects input k to unit j), so that its forward pass is
 * Z = X·W + b and A = f(Z) on a whole batch.
 *
 * <h2>Determinism</h2>
 * Every random choice (initial weights, shuffling, synthetic data, splits) comes from a
 * {@link java.util.SplittableRandom} seeded by the caller; all arithmetic runs in a fixed order on
 * one thread, and normal variates use {@link java.lang.StrictMath}. The same seeds give
 * bit-identical weights, losses and statistics on every run and every JVM.
 *
 * <h2>Threads</h2>
 * A {@link dev.activations.nn.Network} is mutable (training changes it) and not thread-safe;
 * {@link dev.activations.nn.DataSet}, the configuration records and the statistics are immutable.
 */
package dev.activations.nn;
