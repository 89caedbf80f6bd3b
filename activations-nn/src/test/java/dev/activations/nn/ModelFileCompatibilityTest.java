package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files of format version 1 written by the first release (its own JSON writer) load bit for bit.
 * Each {@code models/NAME.json} was saved by that release ({@code iris-*}: {@code activations
 * train --data iris --epochs 2 --save}; {@code specials}: zeros of both signs, subnormals, the
 * extremes, NaN and ±∞), and {@code models/NAME.bits} holds the raw bits, in hex, of every
 * parameter as that release's reader read them back.
 */
class ModelFileCompatibilityTest {
  @ParameterizedTest
  @ValueSource(strings = {"iris-relu-v1", "iris-prelu-v1", "specials-v1"})
  void aVersionOneFileLoadsToTheBitsTheFirstReaderRead(String name) throws IOException {
    Network net = Network.fromJson(resource(name + ".json"));
    List<String> expected = resource(name + ".bits").lines()
        .filter(l -> !l.startsWith("#")).toList();
    assertThat(bits(net)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"iris-relu-v1", "iris-prelu-v1", "specials-v1"})
  void aLoadedFileSavesAndLoadsAgainToTheSameBits(String name) throws IOException {
    Network net = Network.fromJson(resource(name + ".json"));
    String again = net.toJson();
    assertThat(again).contains("\"version\": 1").contains("\"format\": \"activations-nn/network\"");
    assertThat(bits(Network.fromJson(again))).containsExactlyElementsOf(bits(net));
  }

  /** The lines of a .bits file for this network. */
  private static List<String> bits(Network net) {
    List<String> lines = new ArrayList<>();
    for (Dense d : net.layers()) {
      lines.add("layer");
      StringBuilder sb = new StringBuilder("activation_parameters");
      for (double t : d.activationParameters()) {
        sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(t)));
      }
      lines.add(sb.toString());
      sb = new StringBuilder("weights");
      for (float x : d.weights()) {
        sb.append(' ').append(Integer.toHexString(Float.floatToRawIntBits(x)));
      }
      lines.add(sb.toString());
      sb = new StringBuilder("bias");
      for (float x : d.bias()) {
        sb.append(' ').append(Integer.toHexString(Float.floatToRawIntBits(x)));
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ModelFileCompatibilityTest.class.getResourceAsStream("models/" + name)) {
      assertThat(in).as("test resource models/%s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
