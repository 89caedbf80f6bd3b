package dev.activations.internal.analysis;

import dev.activations.Activation;
import dev.activations.Activations;
import java.util.Arrays;
import java.util.Random;

/** The short timing run behind {@code Properties.relativeCost}. */
public final class CostTimer {
  private CostTimer() {}

  private static final int N = 1 << 16;
  // as the property table's timing: enough untimed runs that the compiled code is what is timed
  private static final int WARM_UP = 200;
  private static final int ROUNDS = 31;

  /** Median over rounds of time(f)/time(relu) for a forward pass over N floats. */
  public static double relativeToRelu(Activation f) {
    Activation relu = Activations.of("relu");
    float[] x = new float[N];
    Random r = new Random(1);
    for (int i = 0; i < N; i++) {
      x[i] = (float) r.nextGaussian();
    }
    float[] y = new float[N];
    for (int i = 0; i < WARM_UP; i++) {
      f.forward(x, y);
      relu.forward(x, y);
    }
    double[] ratios = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      f.forward(x, y);
      long t1 = System.nanoTime();
      relu.forward(x, y);
      long t2 = System.nanoTime();
      ratios[i] = (double) (t1 - t0) / Math.max(1, t2 - t1);
    }
    Arrays.sort(ratios);
    return ratios[ROUNDS / 2];
  }
}
