package dev.activations.web.internal;

import dev.activations.experiments.Experiment;
import dev.activations.experiments.Experiments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/presets}: one playground setup per experiment of activations-experiments,
 * in the registry's order, scaled to what the playground trains live (at most 8 × 64), with the
 * experiment's claim (from the experiment itself) and a sentence saying what to look at.
 */
final class Presets {
  private Presets() {}

  private record Preset(String experiment, String look, TrainRequest setup) {}

  private static TrainRequest.Layer[] layers(int count, int units, String spec) {
    TrainRequest.Layer[] l = new TrainRequest.Layer[count];
    java.util.Arrays.fill(l, new TrainRequest.Layer(units, spec));
    return l;
  }

  private static TrainRequest setup(String data, TrainRequest.Layer[] layers, String init,
      String optimizer, double lr, int batch, double l2, int speed) {
    return new TrainRequest(data, 500, 0.1, 0.2, List.of(layers), init, optimizer, lr, 0.0,
        batch, l2, 1L, speed);
  }

  private static final List<Preset> ALL = List.of(
      new Preset("vanishing-gradient",
          "Watch ‖∂C/∂b‖ per layer (log axis): at the start the first sigmoid layer's sits one"
              + " to two orders of magnitude below the fourth's, and the loss stays on a plateau"
              + " for the first thousand steps. Switch every layer to relu (he_normal) and reset:"
              + " the lines start together.",
          setup("digits", layers(4, 30, "sigmoid"), "nielsen", "sgd", 0.5, 10, 0, 5)),
      new Preset("dying-relu",
          "Adam at η = 0.03 is too large for relu: watch the dead fraction jump in the first"
              + " steps and stay up. Change the activations to leaky_relu and reset: none die.",
          setup("digits", layers(3, 64, "relu"), "he_normal", "adam", 0.03, 32, 0, 2)),
      new Preset("sparsity",
          "At step 0 about half of every relu layer's outputs are exact zeros (the zero"
              + " fraction and the spike at 0 in the histogram), with no unit dead.",
          setup("digits", layers(4, 64, "relu"), "he_normal", "adam", 0.001, 32, 0, 2)),
      new Preset("self-normalisation",
          "selu with LeCun normal weights keeps every layer's mean near 0 and standard"
              + " deviation near 1 (the histograms stay the same width down the stack); try relu"
              + " or tanh to see them drift.",
          setup("digits", layers(8, 64, "selu"), "lecun_normal", "sgd", 0.01, 32, 0, 2)),
      new Preset("zero-centred",
          "sigmoid's outputs are all positive: its loss falls in a slower, zig-zag way. Switch to"
              + " tanh (zero-centred) with the same seed and compare the loss curves.",
          setup("digits", layers(3, 30, "sigmoid"), "xavier_normal", "sgd", 0.1, 32, 0, 5)),
      new Preset("learnable",
          "Watch the learned PReLU slopes leave 0.25 (one per unit, mean shown) and the swish β"
              + " of the second layer move from 1 as the network trains.",
          setup("digits", new TrainRequest.Layer[] {
              new TrainRequest.Layer(64, "prelu(num_parameters=64, init=0.25)"),
              new TrainRequest.Layer(64, "swish(beta=1.0, learnable=true)")},
              "he_normal", "adam", 0.01, 32, 0, 2)),
      new Preset("swish-interpolation",
          "β is learned in each layer: where it falls towards 0 swish turns linear (x/2), where"
              + " it grows it turns into relu. In Functions, move swish's β slider to see the"
              + " family.",
          setup("spiral", layers(3, 16, "swish(beta=1.0, learnable=true)"), "he_normal", "adam",
              0.02, 10, 0, 5)),
      new Preset("saturation",
          "A learning rate far too large (η = 3) grows the weights and pushes sigmoid units into"
              + " their flat tails: watch the saturated fraction (|σ′| < 0.01) of the first layer"
              + " climb past 80 % within 3,000 steps, and the training loss stall and wander.",
          setup("digits", layers(4, 30, "sigmoid"), "nielsen", "sgd", 3.0, 10, 0, 5)),
      new Preset("compare",
          "One task, one seed: change the activation of every layer and reset to compare the"
              + " test loss curves of relu, tanh, gelu, selu and the others.",
          setup("moons", layers(2, 16, "relu"), "he_normal", "adam", 0.01, 10, 0, 5)));

  static List<Map<String, Object>> all() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Preset p : ALL) {
      Experiment e = Experiments.byName(p.experiment());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name());
      m.put("claim", e.claim());
      m.put("look", p.look());
      m.put("setup", p.setup());
      out.add(m);
    }
    return out;
  }

  /** The experiments the presets stand for, in order (a test checks they are all nine). */
  static List<String> names() {
    return ALL.stream().map(Preset::experiment).toList();
  }
}
