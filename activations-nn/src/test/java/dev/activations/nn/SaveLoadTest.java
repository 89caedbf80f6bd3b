package dev.activations.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.activations.Activations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save → load gives the same bits and the same predictions; bad files are named and explained. */
class SaveLoadTest {
  @TempDir
  Path dir;

  @Test
  void aTrainedNetworkRoundTripsBitExactly() throws IOException {
    DataSet data = DataSets.gauss(80, 0.1, 1);
    Network net = Network.builder(2).dense(5, "prelu(num_parameters=5)")
        .dense(3, "swish(beta=1.0, learnable=true)").dense(2, "identity").seed(2).build();
    new Trainer(TrainingConfig.defaults().withEpochs(3).withBatchSize(8)).fit(net, data);
    Path file = dir.resolve("model.json");
    net.save(file);
    Network back = Network.load(file);
    assertThat(back).isEqualTo(net);
    assertThat(back.predict(data)).containsExactly(net.predict(data));
    assertThat(back.layers().get(0).activationParameters())
        .containsExactly(net.layers().get(0).activationParameters());
    assertThat(back.toJson()).isEqualTo(net.toJson());
    assertThat(Files.readString(file)).contains("\"version\": 1")
        .contains("\"format\": \"activations-nn/network\"");
  }

  @Test
  void everyKindOfFloatRoundTrips() throws MalformedDataException {
    float[] w = {0f, -0f, Float.MIN_VALUE, -Float.MIN_NORMAL, Float.MAX_VALUE, 1e-10f,
        0.1f, 1f / 3, (float) Math.PI, 16777217f, Float.NaN, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, 3.4e38f, 1.17549435E-38f, 8.5e-40f};
    float[] b = {Math.nextUp(1f), Math.nextDown(-2f)};
    Network net = new Network(List.of(new Dense(8, 2, Activations.of("identity"), w, b)));
    Network back = Network.fromJson(net.toJson());
    float[] bw = back.layers().get(0).weights();
    for (int i = 0; i < w.length; i++) {
      assertThat(Float.floatToRawIntBits(bw[i])).as("weight %d = %s", i, w[i])
          .isEqualTo(Float.floatToRawIntBits(w[i]));
    }
    assertThat(back.layers().get(0).bias()).containsExactly(b);
  }

  @Test
  void anUnsupportedVersionIsRejected() throws IOException {
    Network net = Network.builder(2).dense(1, "identity").build();
    Path file = dir.resolve("v2.json");
    Files.writeString(file, net.toJson().replace("\"version\": 1", "\"version\": 2"));
    assertThatThrownBy(() -> Network.load(file)).isInstanceOf(MalformedDataException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unsupported format version 2");
  }

  @Test
  void malformedModelsAreRejectedWithThePlaceAndTheProblem() throws IOException {
    String good = Network.builder(2).dense(3, "relu").dense(1, "identity").build().toJson();
    // a missing comma is reported where the next member starts
    String noComma = good.replace("\"units\": 3,", "\"units\": 3");
    int next = noComma.substring(0, noComma.indexOf("\"activation\": \"relu\"")).split("\n").length;
    assertThatThrownBy(() -> Network.fromJson(noComma))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("line " + next + ",");
    // the same in the layout of the first release's files (line 6 ends with "units": 64,)
    String first = new String(SaveLoadTest.class.getResourceAsStream("models/iris-relu-v1.json")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Network.fromJson(first.replace("\"units\": 64,", "\"units\": 64")))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("line 7");
    assertThatThrownBy(() -> Network.fromJson(good.replace("\"relu\"", "\"relux\"")))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("layer 0")
        .hasMessageContaining("relux");
    assertThatThrownBy(() -> Network.fromJson(good.replace("\"bias\": [", "\"bias\": [1.0, ")))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("4 biases, expected")
        .hasMessageContaining("layer 0");
    assertThatThrownBy(() -> Network.fromJson("{\"format\": \"other\"}"))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("not a saved network");
    assertThatThrownBy(() -> Network.fromJson(good.replace("\"inputs\": 3", "\"inputs\": 4")))
        .isInstanceOf(MalformedDataException.class).hasMessageContaining("layer 1");
  }
}
