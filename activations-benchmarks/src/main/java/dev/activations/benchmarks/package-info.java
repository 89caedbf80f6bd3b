/**
 * JMH benchmarks of the activations and of the nn lab, each measured side by side with its
 * baselines in the same run: {@code System.arraycopy} of the same array (the memory limit), a
 * naive scalar Java loop written with {@code java.lang.Math}, and PyTorch 2.7.1 on the CPU through
 * DJL, offline and on one thread.
 *
 * <p>Build and run: {@code mvn -Pbenchmarks -pl activations-benchmarks -am package -DskipTests},
 * then {@code java -jar activations-benchmarks/target/benchmarks.jar}; {@code docs/benchmarks.md}
 * has the commands of every published table and {@link dev.activations.benchmarks.Tables} turns a
 * JMH JSON result into those tables.
 *
 * <p>Every benchmark reports the average time of one operation; an operation is one pass over the
 * whole array (or, for training, one epoch), so the time per element is the score divided by the
 * array length.
 */
package dev.activations.benchmarks;
