package dev.activations.nn;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.ParametricActivation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON file format of a saved {@link Network}, version {@value #VERSION}:
 *
 * <pre>
 * {
 *   "format": "activations-nn/network",
 *   "version": 1,
 *   "inputs": 4,
 *   "layers": [
 *     {"type": "dense", "inputs": 4, "units": 8,
 *      "activation": "prelu(num_parameters=8, init=0.25)",
 *      "activation_parameters": [0.25, …],
 *      "weights": [… n·m floats, input-major: element k·m + j connects input k to unit j …],
 *      "bias": [… m floats …]}
 *   ]
 * }
 * </pre>
 *
 * Floats are written with {@link Float#toString(float)} when that text parses back to the same
 * float (it always should), else as the exact decimal value of the float; doubles likewise.
 * Non-finite values, which JSON numbers cannot hold, are the strings "NaN", "Infinity" and
 * "-Infinity". Reading parses each number straight to float (or double), so a save and a load
 * give back the same bits.
 */
final class ModelFormat {
  private ModelFormat() {}

  static final String FORMAT = "activations-nn/network";
  static final int VERSION = 1;

  static String write(Network network) {
    StringBuilder b = new StringBuilder(64 + 12 * network.parameterCount());
    b.append("{\n  \"format\": ");
    Json.quote(b, FORMAT);
    b.append(",\n  \"version\": ").append(VERSION);
    b.append(",\n  \"inputs\": ").append(network.inputs());
    b.append(",\n  \"layers\": [");
    List<Dense> layers = network.layers();
    for (int l = 0; l < layers.size(); l++) {
      Dense d = layers.get(l);
      b.append(l == 0 ? "\n" : ",\n");
      b.append("    {\"type\": \"dense\", \"inputs\": ").append(d.inputs())
          .append(", \"units\": ").append(d.units()).append(",\n     \"activation\": ");
      Json.quote(b, d.activation().spec());
      b.append(",\n     \"activation_parameters\": [");
      double[] theta = d.thetaArray();
      for (int i = 0; i < theta.length; i++) {
        b.append(i == 0 ? "" : ", ");
        writeDouble(b, theta[i]);
      }
      b.append("],\n     \"weights\": ");
      writeFloats(b, d.weightArray());
      b.append(",\n     \"bias\": ");
      writeFloats(b, d.biasArray());
      b.append('}');
    }
    b.append("\n  ]\n}\n");
    return b.toString();
  }

  static void save(Network network, Path file) throws IOException {
    Files.writeString(file, write(network), StandardCharsets.UTF_8);
  }

  static Network load(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static Network read(String json, String file) throws MalformedDataException {
    Object root;
    try {
      root = Json.parse(json);
    } catch (Json.SyntaxError e) {
      throw new MalformedDataException(file + ": " + e.getMessage());
    }
    Map<String, Object> top = object(root, file, "the document");
    Object format = top.get("format");
    if (!FORMAT.equals(format)) {
      throw new MalformedDataException(file + ": not a saved network: \"format\" is "
          + (format == null ? "missing" : "'" + format + "'") + ", expected '" + FORMAT + "'");
    }
    int version = integer(top, "version", file, "the document");
    if (version != VERSION) {
      throw new MalformedDataException(file + ": unsupported format version " + version
          + "; this library reads version " + VERSION);
    }
    int inputs = integer(top, "inputs", file, "the document");
    List<Object> layerList = list(top.get("layers"), file, "\"layers\"");
    if (layerList.isEmpty()) {
      throw new MalformedDataException(file + ": \"layers\" is empty");
    }
    List<Dense> layers = new ArrayList<>();
    int in = inputs;
    for (int l = 0; l < layerList.size(); l++) {
      String where = "layer " + l;
      Map<String, Object> m = object(layerList.get(l), file, where);
      if (!"dense".equals(m.get("type"))) {
        throw new MalformedDataException(file + ": " + where + ": unknown type '"
            + m.get("type") + "', expected 'dense'");
      }
      int n = integer(m, "inputs", file, where);
      int units = integer(m, "units", file, where);
      if (n != in || n < 1 || units < 1) {
        throw new MalformedDataException(file + ": " + where + ": " + n + " inputs and " + units
            + " units, expected " + in + " inputs (the previous layer's units) and ≥ 1 unit");
      }
      Object spec = m.get("activation");
      if (!(spec instanceof String)) {
        throw new MalformedDataException(file + ": " + where
            + ": \"activation\" must be a specification string");
      }
      Activation activation;
      try {
        activation = Activations.of((String) spec);
      } catch (IllegalArgumentException e) {
        throw new MalformedDataException(file + ": " + where + ": " + e.getMessage(), e);
      }
      double[] theta = doubles(m.get("activation_parameters"), file,
          where + " \"activation_parameters\"");
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
      float[] w = floats(m.get("weights"), file, where + " \"weights\"");
      float[] b = floats(m.get("bias"), file, where + " \"bias\"");
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

  private static void writeFloats(StringBuilder b, float[] values) {
    b.append('[');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        b.append(i % 16 == 0 ? ",\n      " : ", ");
      }
      writeFloat(b, values[i]);
    }
    b.append(']');
  }

  static void writeFloat(StringBuilder b, float v) {
    if (!Float.isFinite(v)) {
      b.append('"').append(v).append('"');
      return;
    }
    String text = Float.toString(v);
    if (Float.floatToRawIntBits(Float.parseFloat(text)) != Float.floatToRawIntBits(v)) {
      text = new BigDecimal(v).toString(); // exact; parses back to v
    }
    b.append(text);
  }

  static void writeDouble(StringBuilder b, double v) {
    if (!Double.isFinite(v)) {
      b.append('"').append(v).append('"');
      return;
    }
    String text = Double.toString(v);
    if (Double.doubleToRawLongBits(Double.parseDouble(text)) != Double.doubleToRawLongBits(v)) {
      text = new BigDecimal(v).toString();
    }
    b.append(text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o, String file, String where)
      throws MalformedDataException {
    if (!(o instanceof Map)) {
      throw new MalformedDataException(file + ": " + where + " must be a JSON object");
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o, String file, String where)
      throws MalformedDataException {
    if (!(o instanceof List)) {
      throw new MalformedDataException(file + ": " + where + " must be a JSON array");
    }
    return (List<Object>) o;
  }

  private static int integer(Map<String, Object> m, String key, String file, String where)
      throws MalformedDataException {
    Object o = m.get(key);
    if (o instanceof Json.Number n) {
      try {
        return Integer.parseInt(n.text());
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new MalformedDataException(file + ": " + where + ": \"" + key + "\" must be an "
        + "integer, found " + (o == null ? "nothing" : o instanceof Json.Number n ? n.text() : o));
  }

  private static float[] floats(Object o, String file, String where)
      throws MalformedDataException {
    List<Object> l = list(o, file, where);
    float[] f = new float[l.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) number(l.get(i), file, where, i, true);
    }
    return f;
  }

  private static double[] doubles(Object o, String file, String where)
      throws MalformedDataException {
    List<Object> l = list(o, file, where);
    double[] d = new double[l.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = number(l.get(i), file, where, i, false);
    }
    return d;
  }

  /** A number or a non-finite string; as a float parses straight to float (no double step). */
  private static double number(Object o, String file, String where, int index, boolean asFloat)
      throws MalformedDataException {
    String text;
    if (o instanceof Json.Number n) {
      text = n.text();
    } else if ("NaN".equals(o) || "Infinity".equals(o) || "-Infinity".equals(o)) {
      text = (String) o;
    } else {
      throw new MalformedDataException(file + ": " + where + "[" + index + "] is not a number: "
          + o);
    }
    return asFloat ? Float.parseFloat(text) : Double.parseDouble(text);
  }
}
