package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activations.Activations;
import dev.activations.Precision;
import org.junit.jupiter.api.Test;

/** The builder's precision reaches every layer; without it each layer keeps its activation's. */
class NetworkPrecisionTest {

  @Test
  void everyLayerTakesTheBuildersPrecision() {
    Network fast = Network.builder(3).dense(4, "sigmoid").dense(4, Activations.of("elu"))
        .dense(2, "identity").precision(Precision.FAST).seed(5).build();
    for (Dense layer : fast.layers()) {
      assertThat(layer.activation().precision()).isEqualTo(Precision.FAST);
    }
    Network exact = Network.builder(3)
        .dense(4, Activations.of("sigmoid", Precision.FAST)).dense(2, "identity")
        .precision(Precision.EXACT).seed(5).build();
    for (Dense layer : exact.layers()) {
      assertThat(layer.activation().precision()).isEqualTo(Precision.EXACT);
    }
  }

  @Test
  void withoutAPrecisionEachLayerKeepsItsOwn() {
    Network net = Network.builder(3).dense(4, Activations.of("tanh", Precision.FAST))
        .dense(2, Activations.of("sigmoid", Precision.EXACT)).seed(5).build();
    assertThat(net.layers().get(0).activation().precision()).isEqualTo(Precision.FAST);
    assertThat(net.layers().get(1).activation().precision()).isEqualTo(Precision.EXACT);
  }

  @Test
  void theSameWeightsWhateverThePrecision() {
    Network a = Network.builder(3).dense(4, "sigmoid").dense(2, "identity").seed(9).build();
    Network b = Network.builder(3).dense(4, "sigmoid").dense(2, "identity")
        .precision(Precision.FAST).seed(9).build();
    for (int l = 0; l < 2; l++) {
      assertThat(b.layers().get(l).weights()).containsExactly(a.layers().get(l).weights());
    }
  }

  @Test
  void aNullPrecisionIsRefused() {
    assertThatThrownBy(() -> Network.builder(3).precision(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("precision is null");
  }
}
