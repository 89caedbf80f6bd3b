/**
 * JMH benchmarks of the kernels, the nn lab, PyTorch through DJL, and the memory-copy limit.
 *
 * <p>Benchmarks run from the shaded jar on the class path; this descriptor holds the module's
 * dependencies to the rules the other modules follow. JMH 1.37 names no module, so its name
 * comes from the jar's name.
 */
module dev.activations.benchmarks {
  requires dev.activations.core;
  requires dev.activations.nn;
  requires jmh.core;
  requires ai.djl.api;
  requires ai.djl.pytorch_engine;
  requires com.google.gson;

  // the JMH-generated harness instantiates the benchmark states reflectively
  opens dev.activations.benchmarks;
}
