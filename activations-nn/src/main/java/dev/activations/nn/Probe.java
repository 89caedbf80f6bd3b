package dev.activations.nn;

import java.util.ArrayList;
import java.util.List;

/** Measures a training step for a {@link StepListener}; used only when one is registered. */
final class Probe {
  private Probe() {}

  static StepStatistics measure(int epoch, long step, double loss, Network network, Workspace ws,
      Gradients gradients, ProbeSettings settings) {
    List<LayerStatistics> out = new ArrayList<>();
    List<Dense> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      Dense d = layers.get(l);
      ActivationStatistics.Accumulator acc =
          new ActivationStatistics.Accumulator(d.units(), settings);
      acc.add(d.activation(), ws.z[l], ws.a[l], ws.rows);
      Gradients.Layer g = gradients.layers[l];
      out.add(new LayerStatistics(l, norm(g.weights), norm(g.bias), acc.result(),
          d.thetaArray(), g.theta));
    }
    return new StepStatistics(epoch, step, ws.rows, loss, out);
  }

  /** The Euclidean norm, summed in double. */
  static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }
}
