package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activations.Activations;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * One and two steps of each optimiser against their update rules written out by hand, with
 * weight decay on weights only (not biases, not PReLU slopes).
 */
class OptimizerTest {
  /** The updates run in float: a few float roundings of values of order 1. */
  private static final Offset<Double> FLOAT = Offset.offset(1e-6);

  private static Network network() {
    float[] w = {0.5f, -1f};
    float[] b = {0.25f};
    return new Network(List.of(new Dense(2, 1, Activations.of("prelu(init=0.3)"), w, b)));
  }

  private static Gradients gradients(Network net, float gw0, float gw1, float gb, double gt) {
    Gradients g = new Gradients(net);
    g.layers[0].weights[0] = gw0;
    g.layers[0].weights[1] = gw1;
    g.layers[0].bias[0] = gb;
    g.layers[0].theta[0] = gt;
    return g;
  }

  @Test
  void sgdWithMomentumAndDecayFollowsItsRule() {
    Network net = network();
    double lr = 0.1;
    double mu = 0.9;
    double lambda = 0.01;
    Updater u = Updater.create(new Sgd(lr, mu, lambda), net);
    u.step(gradients(net, 2f, -4f, 1f, 0.5));
    // step 1: v = g + λw, w ← w − ηv
    double v0 = 2 + lambda * 0.5;
    double w0 = 0.5 - lr * v0;
    double vb = 1;
    double b = 0.25 - lr * vb;
    double vt = 0.5;
    double t = 0.3 - lr * vt;
    assertThat((double) net.layers().get(0).weight(0, 0)).isCloseTo(w0, FLOAT);
    assertThat((double) net.layers().get(0).bias()[0]).isCloseTo(b, FLOAT);
    assertThat(net.layers().get(0).activationParameters()[0]).isCloseTo(t, FLOAT);
    // step 2: v ← μv + g + λw
    u.step(gradients(net, 1f, 0f, 0f, 0));
    v0 = mu * v0 + 1 + lambda * w0;
    w0 -= lr * v0;
    vb = mu * vb;
    b -= lr * vb;
    vt = mu * vt;
    t -= lr * vt;
    assertThat((double) net.layers().get(0).weight(0, 0)).isCloseTo(w0, FLOAT);
    assertThat((double) net.layers().get(0).bias()[0]).isCloseTo(b, FLOAT);
    assertThat(net.layers().get(0).activationParameters()[0]).isCloseTo(t, FLOAT);
    // the activation follows its parameter
    assertThat(net.layers().get(0).activation().value(-1.0)).isCloseTo(-t, FLOAT);
  }

  @Test
  void decayLeavesBiasesAndSlopesAlone() {
    Network net = network();
    Updater u = Updater.create(Sgd.of(0.5).withWeightDecay(0.2), net);
    u.step(gradients(net, 0f, 0f, 0f, 0));
    assertThat(net.layers().get(0).weights()).containsExactly(0.5f * 0.9f, -1f * 0.9f);
    assertThat(net.layers().get(0).bias()).containsExactly(0.25f);
    assertThat(net.layers().get(0).activationParameters()).containsExactly(0.3);
  }

  @Test
  void adamsFirstStepIsTheLearningRateAgainstTheGradientsSign() {
    Network net = network();
    double lr = 0.01;
    Updater u = Updater.create(Adam.of(lr).withWeightDecay(0.1), net);
    u.step(gradients(net, 3f, -0.002f, 0f, -7));
    // m̂ = g and v̂ = g² after one step, so w moves by η·g/(|g| + ε) (g with decay: g + λw)
    double g0 = 3 + 0.1 * 0.5;
    double g1 = -0.002 + 0.1 * -1;
    assertThat((double) net.layers().get(0).weight(0, 0))
        .isCloseTo(0.5 - lr * g0 / (Math.abs(g0) + 1e-8), FLOAT);
    assertThat((double) net.layers().get(0).weight(1, 0))
        .isCloseTo(-1 - lr * g1 / (Math.abs(g1) + 1e-8), FLOAT);
    assertThat(net.layers().get(0).bias()).containsExactly(0.25f); // zero gradient, no decay
    assertThat(net.layers().get(0).activationParameters()[0])
        .isCloseTo(0.3 + lr * 7 / (7 + 1e-8), Offset.offset(1e-15));
  }

  @Test
  void adamsSecondStepCorrectsTheBiasOfBothMoments() {
    Network net = network();
    Adam adam = Adam.of(0.01);
    Updater u = Updater.create(adam, net);
    u.step(gradients(net, 1f, 0f, 0f, 1));
    u.step(gradients(net, 3f, 0f, 0f, 3));
    double m = 0.9 * (0.1 * 1) + 0.1 * 3;
    double v = 0.999 * (0.001 * 1) + 0.001 * 9;
    double step = 0.01 / (1 - 0.9 * 0.9);
    double first = 0.3 - 0.01 * 1 / (1 + 1e-8);
    double expected = first - step * m / (Math.sqrt(v) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8);
    assertThat(net.layers().get(0).activationParameters()[0])
        .isCloseTo(expected, Offset.offset(1e-12));
  }

  @Test
  void invalidHyperParametersAreRejected() {
    assertThatThrownBy(() -> Sgd.of(0)).hasMessageContaining("learning rate");
    assertThatThrownBy(() -> Sgd.of(0.1).withMomentum(1)).hasMessageContaining("momentum");
    assertThatThrownBy(() -> Adam.of(Double.NaN)).hasMessageContaining("learning rate");
    assertThatThrownBy(() -> new Adam(0.1, 0.9, 1, 1e-8, 0)).hasMessageContaining("β");
  }
}
