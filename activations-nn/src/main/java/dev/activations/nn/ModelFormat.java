package dev.activations.nn;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.ParametricActivation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON file format of a saved {@link Network}, version {@value #VERSION}:
 *
 * <pre>
 * {
 *   "format": "activations-nn/network",
 *   "version": 1,
 *   "inputs": 4,
 *   "layers": [
 *     {
 *       "type": "dense",
 *       "inputs": 4,
 *       "units": 8,
 *       "activation": "prelu(num_parameters=8, init=0.25)",
 *       "activation_parameters": [0.25, …],
 *       "weights": [… n·m floats, input-major: element k·m + j connects input k to unit j …],
 *       "bias": [… m floats …]
 *     }, …
 *   ]
 * }
 * </pre>
 *
 * Jackson reads and writes the document ({@link ModelLayout} lays it out, 16 numbers a line);
 * {@link ExactNumbers} gives its numbers: decimal text
 * that parses back to the same bits, and the strings "NaN", "Infinity" and "-Infinity" for the
 * values JSON numbers cannot hold. Layout (white space, line breaks, member order) is free: the
 * reader accepts any valid JSON with these members, ignores members it does not know, and
 * rejects duplicates, so files written by earlier releases of version 1 still load.
 */
final class ModelFormat {
  private ModelFormat() {}

  static final String FORMAT = "activations-nn/network";
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new ModelLayout());

  /** The document; boxed members so that a missing one is told apart from a zero. */
  @JsonPropertyOrder({"format", "version", "inputs", "layers"})
  record Document(String format, Integer version, Integer inputs, List<Layer> layers) {}

  /** One dense layer. */
  @JsonPropertyOrder({"type", "inputs", "units", "activation", "activation_parameters",
      "weights", "bias"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Layer(
      String type,
      Integer inputs,
      Integer units,
      String activation,
      @JsonProperty("activation_parameters")
      @JsonSerialize(using = ExactNumbers.DoublesWriter.class)
      @JsonDeserialize(using = ExactNumbers.DoublesReader.class)
      double[] activationParameters,
      @JsonSerialize(using = ExactNumbers.FloatsWriter.class)
      @JsonDeserialize(using = ExactNumbers.FloatsReader.class)
      float[] weights,
      @JsonSerialize(using = ExactNumbers.FloatsWriter.class)
      @JsonDeserialize(using = ExactNumbers.FloatsReader.class)
      float[] bias) {}

  static String write(Network network) {
    List<Layer> layers = new ArrayList<>();
    for (Dense d : network.layers()) {
      layers.add(new Layer("dense", d.inputs(), d.units(), d.activation().spec(),
          d.thetaArray(), d.weightArray(), d.biasArray()));
    }
    try {
      return WRITER.writeValueAsString(new Document(FORMAT, VERSION, network.inputs(), layers))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the network cannot be written as JSON", e);
    }
  }

  static void save(Network network, Path file) throws IOException {
    Files.writeString(file, write(network), StandardCharsets.UTF_8);
  }

  static Network load(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static Network read(String json, String file) throws MalformedDataException {
    Document top;
    try {
      top = MAPPER.readValue(json, Document.class);
    } catch (JsonProcessingException e) {
      throw new MalformedDataException(file + ": " + describe(e), e);
    }
    if (top == null) {
      throw new MalformedDataException(file + ": the document must be a JSON object, found null");
    }
    if (!FORMAT.equals(top.format())) {
      throw new MalformedDataException(file + ": not a saved network: \"format\" is "
          + (top.format() == null ? "missing" : "'" + top.format() + "'") + ", expected '"
          + FORMAT + "'");
    }
    int version = required(top.version(), "version", file, "the document");
    if (version != VERSION) {
      throw new MalformedDataException(file + ": unsupported format version " + version
          + "; this library reads version " + VERSION);
    }
    int inputs = required(top.inputs(), "inputs", file, "the document");
    if (top.layers() == null || top.layers().isEmpty()) {
      throw new MalformedDataException(file + ": \"layers\" is "
          + (top.layers() == null ? "missing" : "empty"));
    }
    List<Dense> layers = new ArrayList<>();
    int in = inputs;
    for (int l = 0; l < top.layers().size(); l++) {
      String where = "layer " + l;
      Layer m = top.layers().get(l);
      if (m == null) {
        throw new MalformedDataException(file + ": " + where + " must be a JSON object");
      }
      if (!"dense".equals(m.type())) {
        throw new MalformedDataException(file + ": " + where + ": unknown type '"
            + m.type() + "', expected 'dense'");
      }
      int n = required(m.inputs(), "inputs", file, where);
      int units = required(m.units(), "units", file, where);
      if (n != in || n < 1 || units < 1) {
        throw new MalformedDataException(file + ": " + where + ": " + n + " inputs and " + units
            + " units, expected " + in + " inputs (the previous layer's units) and ≥ 1 unit");
      }
      String spec = m.activation();
      if (spec == null) {
        throw new MalformedDataException(file + ": " + where
            + ": \"activation\" must be a specification string");
      }
      Activation activation;
      try {
        activation = Activations.of(spec);
      } catch (IllegalArgumentException e) {
        throw new MalformedDataException(file + ": " + where + ": " + e.getMessage(), e);
      }
      double[] theta = present(m.activationParameters(), "activation_parameters", file, where);
      int expected = activation instanceof ParametricActivation p ? p.parameterCount() : 0;
      if (theta.length != expected) {
        throw new MalformedDataException(file + ": " + where + ": \"activation_parameters\" has "
            + theta.length + " values, " + spec + " has " + expected);
      }
      if (expected > 0) {
        try {
          activation = ((ParametricActivation) activation).withParameters(theta);
        } catch (IllegalArgumentException e) {
          throw new MalformedDataException(file + ": " + where + ": " + e.getMessage(), e);
        }
      }
      float[] w = present(m.weights(), "weights", file, where);
      float[] b = present(m.bias(), "bias", file, where);
      if (w.length != n * units || b.length != units) {
        throw new MalformedDataException(file + ": " + where + ": " + w.length + " weights and "
            + b.length + " biases, expected " + n * units + " (" + n + " inputs × " + units
            + " units) and " + units);
      }
      try {
        layers.add(new Dense(n, units, activation, w, b));
      } catch (IllegalArgumentException e) {
        throw new MalformedDataException(file + ": " + where + ": " + e.getMessage(), e);
      }
      in = units;
    }
    return new Network(layers);
  }

  // --------------------------------------------------------------------------------------------

  /** "line L, column C: problem (at layers[0].units)", from Jackson's location and path. */
  private static String describe(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder();
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      sb.append("line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr())
          .append(": ");
    }
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    sb.append(cut < 0 ? message : message.substring(0, cut));
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      sb.append(" (at ").append(path(m)).append(')');
    }
    return sb.toString();
  }

  private static String path(MismatchedInputException m) {
    StringBuilder sb = new StringBuilder();
    for (var ref : m.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static int required(Integer value, String key, String file, String where)
      throws MalformedDataException {
    if (value == null) {
      throw new MalformedDataException(file + ": " + where + ": \"" + key + "\" must be an "
          + "integer, found nothing");
    }
    return value;
  }

  private static <T> T present(T array, String key, String file, String where)
      throws MalformedDataException {
    if (array == null) {
      throw new MalformedDataException(file + ": " + where + ": \"" + key + "\" is missing");
    }
    return array;
  }
}
