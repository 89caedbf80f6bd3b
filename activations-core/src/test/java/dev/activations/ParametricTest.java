package dev.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Learnable parameters (PReLU, Swish β) and rrelu's stateless training mode. */
class ParametricTest {

  @Test
  void preluExposesOneSlopePerChannel() {
    ParametricActivation p = (ParametricActivation) Activations.of("prelu(num_parameters=3)");
    assertThat(p.parameterCount()).isEqualTo(3);
    assertThat(p.parameters()).containsExactly(0.25, 0.25, 0.25);
    ParametricActivation q = p.withParameters(new double[] {0.1, 0.2, 0.3});
    assertThat(p.parameters()).containsExactly(0.25, 0.25, 0.25);
    double[] x = {-1, -1, -1, -2, 4, -4};
    double[] y = new double[6];
    q.forward(x, y);
    assertThat(y).containsExactly(-0.1, -0.2, -0.3, -2 * 0.1, 4, -4 * 0.3);
    double[] dy = {1, 2, 3, 4, 5, 6};
    double[] dx = new double[6];
    double[] dTheta = {10, 20, 30};
    q.backward(x, 0, dy, 0, dx, 0, 6, dTheta);
    // channel c collects Σ dy·x over its non-positive inputs, added to what was there
    assertThat(dTheta).containsExactly(10 + 1 * -1 + 4 * -2, 20 + 2 * -1, 30 + 3 * -1 + 6 * -4);
    assertThat(dx).containsExactly(0.1, 0.4, 0.3 * 3, 4 * 0.1, 5, 6 * 0.3);
    assertThat(q).isNotEqualTo(p);
    assertThat(q.withParameters(new double[] {0.1, 0.2, 0.3})).isEqualTo(q);
  }

  @Test
  void preluRejectsMisshapenCalls() {
    ParametricActivation p = (ParametricActivation) Activations.of("prelu(num_parameters=3)");
    assertThatThrownBy(() -> p.forward(new double[4], new double[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a multiple of 3");
    assertThatThrownBy(() -> p.value(1.0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("3 channels");
    assertThatThrownBy(() -> p.withParameters(new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 parameters");
    assertThatThrownBy(() -> p.withParameters(new double[] {1, Double.NaN, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> p.backward(new double[3], 0, new double[3], 0, new double[3], 0, 3,
        new double[2])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dTheta has length 2");
  }

  @Test
  void swishBetaIsLearnableOnRequest() {
    ParametricActivation fixed = (ParametricActivation) Activations.of("swish(beta=2.0)");
    assertThat(fixed.parameterCount()).isZero();
    ParametricActivation s =
        (ParametricActivation) Activations.of("swish(beta=2.0, learnable=true)");
    assertThat(s.parameterCount()).isEqualTo(1);
    assertThat(s.parameters()).containsExactly(2.0);
    ParametricActivation t = s.withParameters(new double[] {0.0});
    assertThat(t.spec()).isEqualTo("swish(beta=0.0, learnable=true)");
    // β = 0: swish(x) = x/2 and ∂swish/∂β = x²/4
    double[] x = {3, -2};
    double[] dx = new double[2];
    double[] dBeta = {1};
    t.backward(x, 0, new double[] {1, 1}, 0, dx, 0, 2, dBeta);
    assertThat(dBeta[0]).isEqualTo(1 + 9 / 4.0 + 4 / 4.0);
    assertThat(dx).containsExactly(0.5, 0.5);
  }

  @Test
  void rreluTrainingSlopesAreDeterministicAndInRange() {
    Activation a = Activations.of("rrelu(lower=0.1, upper=0.3, training=true, seed=5)");
    Activation b = Activations.of("rrelu(lower=0.1, upper=0.3, training=true, seed=5)");
    Activation c = Activations.of("rrelu(lower=0.1, upper=0.3, training=true, seed=6)");
    double[] x = new double[1000];
    java.util.Arrays.fill(x, -1);
    double[] ya = new double[1000];
    double[] yb = new double[1000];
    double[] yc = new double[1000];
    a.forward(x, ya);
    b.forward(x, yb);
    c.forward(x, yc);
    assertThat(ya).containsExactly(yb);
    assertThat(ya).isNotEqualTo(yc);
    double sum = 0;
    for (double v : ya) {
      assertThat(-v).isBetween(0.1, 0.3);
      sum += -v;
    }
    assertThat(sum / x.length).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
    double[] dx = new double[1000];
    double[] ones = new double[1000];
    java.util.Arrays.fill(ones, 1);
    a.backward(x, ya, ones, dx);
    for (int i = 0; i < x.length; i++) {
      assertThat(dx[i]).isEqualTo(-ya[i]);
    }
    double[] pos = {2.5};
    double[] out = new double[1];
    a.forward(pos, out);
    assertThat(out[0]).isEqualTo(2.5);
  }
}
