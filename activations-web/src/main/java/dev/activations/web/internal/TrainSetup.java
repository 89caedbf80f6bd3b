package dev.activations.web.internal;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.ParametricActivation;
import dev.activations.nn.Adam;
import dev.activations.nn.DataSet;
import dev.activations.nn.DataSets;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.Network;
import dev.activations.nn.Optimizer;
import dev.activations.nn.Sgd;
import dev.activations.nn.Split;
import dev.activations.nn.Standardizer;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A checked {@link TrainRequest} with every default filled in, and what it builds: the data (the
 * 2-D sets drawn from the seed; digits standardised with its training part), the network (the
 * hidden layers, then one identity layer of one logit per class, drawn from the seed) and the
 * trainer (cross-entropy, the optimiser, shuffled from the seed). The same setup always builds
 * the same data, network and steps.
 */
record TrainSetup(String dataset, int examples, double noise, double testFraction,
    List<TrainRequest.Layer> layers, Initializer initializer, String optimizer,
    double learningRate, double momentum, int batchSize, double l2, long seed,
    int stepsPerUpdate) {

  static final int MAX_LAYERS = 8;
  static final int MAX_UNITS = 64;
  static final Set<String> PLANE = Set.of("circle", "xor", "gauss", "spiral", "moons");
  static final List<String> DATASETS = List.of("circle", "xor", "gauss", "spiral", "moons",
      "digits");

  /** The checked setup; an {@link ApiException} (400) names the first field at fault. */
  static TrainSetup of(TrainRequest r) {
    String dataset = r.dataset() == null ? "xor" : r.dataset();
    if (!DATASETS.contains(dataset)) {
      throw ApiException.badRequest("dataset", "unknown dataset '" + dataset + "'; valid: "
          + String.join(", ", DATASETS));
    }
    int examples = range("examples", r.examples(), 500, 50, 2000);
    double noise = range("noise", r.noise(), 0.1, 0, 2);
    double testFraction = range("testFraction", r.testFraction(), 0.5, 0.05, 0.9);
    List<TrainRequest.Layer> layers = r.layers() == null
        ? List.of(new TrainRequest.Layer(4, "tanh"), new TrainRequest.Layer(4, "tanh"))
        : r.layers();
    if (layers.isEmpty() || layers.size() > MAX_LAYERS) {
      throw ApiException.badRequest("layers", "a network has 1 to " + MAX_LAYERS
          + " hidden layers, got " + layers.size());
    }
    List<TrainRequest.Layer> checked = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      TrainRequest.Layer l = layers.get(i);
      String at = "layers[" + i + "]";
      if (l == null) {
        throw ApiException.badRequest(at, "a layer must be an object {units, activation}");
      }
      int units = range(at + ".units", l.units(), 4, 1, MAX_UNITS);
      String spec = l.activation() == null ? "tanh" : l.activation();
      Activation f = activation(at + ".activation", spec);
      if (f instanceof ParametricActivation p && units % p.parameterCount() != 0) {
        throw ApiException.badRequest(at + ".activation", spec + " has " + p.parameterCount()
            + " parameters, which does not divide the layer's " + units
            + " units; use num_parameters=1 or num_parameters=" + units);
      }
      checked.add(new TrainRequest.Layer(units, spec));
    }
    Initializer init;
    try {
      init = Initializer.of(r.initializer() == null ? "xavier_normal" : r.initializer());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("initializer", e.getMessage());
    }
    String optimizer = r.optimizer() == null ? "adam" : r.optimizer();
    if (!optimizer.equals("sgd") && !optimizer.equals("adam")) {
      throw ApiException.badRequest("optimizer", "unknown optimizer '" + optimizer
          + "'; valid: sgd, adam");
    }
    double lr = range("learningRate", r.learningRate(), 0.03, 0, 10);
    if (lr == 0) {
      throw ApiException.badRequest("learningRate", "learningRate must be > 0");
    }
    double momentum = range("momentum", r.momentum(), 0.9, 0, 0.999);
    int batch = range("batchSize", r.batchSize(), 10, 1, 1024);
    double l2 = range("l2", r.l2(), 0, 0, 1);
    long seed = r.seed() == null ? 1 : r.seed();
    int steps = range("stepsPerUpdate", r.stepsPerUpdate(), 5, 1, 1000);
    return new TrainSetup(dataset, examples, noise, testFraction, List.copyOf(checked), init,
        optimizer, lr, momentum, batch, l2, seed, steps);
  }

  /** The choices and limits of a setup, for the page's controls. */
  static java.util.Map<String, Object> options() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("datasets", DATASETS);
    m.put("initializers", java.util.Arrays.stream(Initializer.values()).map(Initializer::id)
        .toList());
    m.put("optimizers", List.of("sgd", "adam"));
    m.put("maxLayers", MAX_LAYERS);
    m.put("maxUnits", MAX_UNITS);
    m.put("defaults", of(new TrainRequest(null, null, null, null, null, null, null, null, null,
        null, null, null, null)).request());
    return m;
  }

  /** The activation of a specification; core's message (closest names) on a bad one. */
  static Activation activation(String field, String spec) {
    try {
      return Activations.of(spec);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }

  private static int range(String field, Integer v, int dflt, int lo, int hi) {
    int x = v == null ? dflt : v;
    if (x < lo || x > hi) {
      throw ApiException.badRequest(field, field + " must be in " + lo + "…" + hi + ", got " + x);
    }
    return x;
  }

  private static double range(String field, Double v, double dflt, double lo, double hi) {
    double x = v == null ? dflt : v;
    if (!Double.isFinite(x)) {
      throw ApiException.badRequest(field, field + " must be a finite number, got " + x);
    }
    if (x < lo || x > hi) {
      throw ApiException.badRequest(field, field + " must be in " + lo + "…" + hi + ", got " + x);
    }
    return x;
  }

  /** This setup as a request with every field given (how presets and the page write it). */
  TrainRequest request() {
    return new TrainRequest(dataset, examples, noise, testFraction, layers, initializer.id(),
        optimizer, learningRate, momentum, batchSize, l2, seed, stepsPerUpdate);
  }

  /** Whether the data are points in the plane (a decision boundary can be drawn). */
  boolean plane() {
    return PLANE.contains(dataset);
  }

  /** The training and test sets. */
  Split data() {
    if (plane()) {
      DataSet all = DataSets.synthetic(dataset, examples, noise, seed);
      return all.split(testFraction, seed);
    }
    Split s = DataSets.digits().split(testFraction, seed);
    Standardizer z = Standardizer.fit(s.train());
    return new Split(z.apply(s.train()), z.apply(s.test()));
  }

  /** The network, with its initial parameters drawn from the seed. */
  Network network(int inputs, int classes) {
    Network.Builder b = Network.builder(inputs).initializer(initializer).seed(seed);
    for (TrainRequest.Layer l : layers) {
      b.dense(l.units(), Activations.of(l.activation()));
    }
    return b.dense(classes, "identity").build();
  }

  /** Cross-entropy on the logits, the optimiser, the batch size, shuffled from the seed. */
  Trainer trainer() {
    Optimizer o = optimizer.equals("sgd")
        ? Sgd.of(learningRate).withMomentum(momentum).withWeightDecay(l2)
        : Adam.of(learningRate).withWeightDecay(l2);
    return new Trainer(TrainingConfig.defaults().withLoss(Loss.CROSS_ENTROPY).withOptimizer(o)
        .withBatchSize(batchSize).withSeed(seed));
  }
}
