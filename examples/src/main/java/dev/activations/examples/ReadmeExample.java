package dev.activations.examples;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.LossResult;
import dev.activations.Losses;
import dev.activations.RowwiseActivation;

public class ReadmeExample {
  public static void main(String[] args) {
    Activation f = Activations.of("leaky_relu(negative_slope=0.1)");
    float[] x = {-2f, 0f, 3f};
    float[] y = new float[3];
    float[] dx = new float[3];
    f.forward(x, y);                                 // y = f(x) = [-0.2, 0, 3]
    f.backward(x, y, new float[] {1f, 1f, 1f}, dx);  // dx = 1 · f'(x) = [0.1, 0.1, 1]

    RowwiseActivation softmax = Activations.rowwise("softmax");
    float[] logits = {0f, 1f, 2f, 5f, 5f, 5f};       // 2 rows of 3 class scores
    float[] p = new float[6];
    softmax.forward(logits, p, 2, 3);                // each row sums to 1; row 2 is 1/3 each

    LossResult ce = Losses.crossEntropy(logits, 2, 3, new int[] {2, 0});
    float[] grad = ce.floatGradient();               // (softmax − one-hot target) / 2 rows

    // the same numbers from their closed forms
    double z = 1 + Math.exp(1) + Math.exp(2);
    check(y, -0.2, 0, 3);
    check(dx, 0.1, 0.1, 1);
    check(p, 1 / z, Math.E / z, Math.exp(2) / z, 1 / 3.0, 1 / 3.0, 1 / 3.0);
    check(new float[] {(float) ce.loss()}, (Math.log(z / Math.exp(2)) + Math.log(3)) / 2);
    check(grad, 0.5 / z, 0.5 * Math.E / z, 0.5 * (Math.exp(2) / z - 1), -1 / 3.0, 1 / 6.0,
        1 / 6.0);
    System.out.println("leaky_relu, softmax and cross_entropy: every value as expected");
  }

  static void check(float[] actual, double... expected) {
    for (int i = 0; i < expected.length; i++) {
      if (Math.abs(actual[i] - expected[i]) > 1e-6 * Math.max(1, Math.abs(expected[i]))) {
        System.err.println("element " + i + " is " + actual[i] + ", expected " + expected[i]);
        System.exit(1);
      }
    }
  }
}
