package dev.activations.nn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How a dense layer's weights W (n_in × n_out) and biases b are drawn before training. With
 * n_in the fan-in and n_out the fan-out of the layer:
 *
 * <table>
 *   <caption>Initialisers</caption>
 *   <tr><th>id</th><th>weights</th><th>biases</th><th>source</th></tr>
 *   <tr><td>{@code uniform}</td><td>U(−1/√n_in, 1/√n_in)</td><td>U(−1/√n_in, 1/√n_in)</td>
 *       <td>PyTorch's {@code nn.Linear} default; the lab's default</td></tr>
 *   <tr><td>{@code xavier_uniform}</td><td>U(−a, a), a = √(6/(n_in + n_out))</td><td>0</td>
 *       <td>Glorot and Bengio 2010</td></tr>
 *   <tr><td>{@code xavier_normal}</td><td>N(0, 2/(n_in + n_out))</td><td>0</td>
 *       <td>Glorot and Bengio 2010</td></tr>
 *   <tr><td>{@code he_uniform}</td><td>U(−a, a), a = √(6/n_in)</td><td>0</td>
 *       <td>He et al. 2015 (gain √2, for relu)</td></tr>
 *   <tr><td>{@code he_normal}</td><td>N(0, 2/n_in)</td><td>0</td><td>He et al. 2015</td></tr>
 *   <tr><td>{@code lecun_normal}</td><td>N(0, 1/n_in)</td><td>0</td>
 *       <td>LeCun et al. 1998; what SELU's self-normalisation assumes</td></tr>
 *   <tr><td>{@code nielsen}</td><td>N(0, 1/n_in)</td><td>N(0, 1)</td>
 *       <td>Nielsen, <i>Neural Networks and Deep Learning</i>, ch. 3</td></tr>
 * </table>
 *
 * N(μ, σ²) is written with its variance. Each value is drawn in double and rounded once to float;
 * weights are drawn in storage order (input-major), then biases, all from the generator given.
 */
public enum Initializer {
  /** U(±1/√n_in) for weights and biases (PyTorch's {@code nn.Linear} default). */
  UNIFORM("uniform"),
  /** Glorot uniform: U(±√(6/(n_in + n_out))), zero biases. */
  XAVIER_UNIFORM("xavier_uniform"),
  /** Glorot normal: N(0, 2/(n_in + n_out)), zero biases. */
  XAVIER_NORMAL("xavier_normal"),
  /** He/Kaiming uniform: U(±√(6/n_in)), zero biases. */
  HE_UNIFORM("he_uniform"),
  /** He/Kaiming normal: N(0, 2/n_in), zero biases. */
  HE_NORMAL("he_normal"),
  /** LeCun normal: N(0, 1/n_in), zero biases. */
  LECUN_NORMAL("lecun_normal"),
  /** Nielsen's: weights N(0, 1/n_in), biases N(0, 1). */
  NIELSEN("nielsen");

  private final String id;

  Initializer(String id) {
    this.id = id;
  }

  /**
   * The lower-case id used in specifications and on the command line, e.g. {@code he_normal}.
   *
   * @return the id that {@link #of(String)} reads back to this initialiser
   */
  public String id() {
    return id;
  }

  /**
   * Activations whose layers fit Glorot's assumptions (a slope near 1 around 0, or saturation):
   * the sigmoid-like, the identity, and the shrink and threshold functions.
   */
  private static final Set<String> XAVIER_FAMILY = Set.of("identity", "sigmoid", "tanh",
      "hardsigmoid", "hardtanh", "softsign", "logsigmoid", "tanhshrink", "softshrink",
      "hardshrink", "threshold");

  /**
   * The initialiser the papers pair with an activation, by its name: {@link #LECUN_NORMAL} for
   * selu (its self-normalisation assumes it), {@link #XAVIER_NORMAL} for identity, sigmoid, tanh,
   * hardsigmoid, hardtanh, softsign, logsigmoid, tanhshrink, softshrink, hardshrink and
   * threshold, and {@link #HE_NORMAL} for the relu-like rest (relu, leaky_relu, elu, gelu, silu,
   * mish, ...).
   *
   * @param activation a function's name, as {@code Activation.name()} gives it
   * @return LECUN_NORMAL, XAVIER_NORMAL or HE_NORMAL; HE_NORMAL for a name not listed above
   */
  public static Initializer pairedWith(String activation) {
    if ("selu".equals(activation)) {
      return LECUN_NORMAL;
    }
    return XAVIER_FAMILY.contains(activation) ? XAVIER_NORMAL : HE_NORMAL;
  }

  /**
   * The initialiser with this id (case-insensitive; {@code glorot_*} and {@code kaiming_*} are
   * accepted for {@code xavier_*} and {@code he_*}).
   *
   * @param id the id, for example {@code "xavier_uniform"} or {@code "kaiming_normal"}
   * @return the initialiser
   * @throws IllegalArgumentException for an unknown id, listing the valid ones
   */
  public static Initializer of(String id) {
    String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT)
        .replace("glorot_", "xavier_").replace("kaiming_", "he_");
    for (Initializer i : values()) {
      if (i.id.equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown initializer '" + id + "'; valid: "
        + Arrays.stream(values()).map(Initializer::id).toList());
  }

  /**
   * Fills a layer's parameters.
   *
   * @param weights n_in × n_out, overwritten
   * @param bias n_out, overwritten
   * @param fanIn n_in ≥ 1
   * @param fanOut n_out ≥ 1
   * @param random the source of every draw; advanced
   */
  public void initialize(float[] weights, float[] bias, int fanIn, int fanOut,
      SplittableRandom random) {
    if (fanIn < 1 || fanOut < 1 || weights.length != fanIn * fanOut || bias.length != fanOut) {
      throw new IllegalArgumentException("initialize needs weights of " + fanIn + " × " + fanOut
          + " and " + fanOut + " biases, got " + weights.length + " and " + bias.length);
    }
    switch (this) {
      case UNIFORM -> {
        double a = 1 / Math.sqrt(fanIn);
        uniform(weights, a, random);
        uniform(bias, a, random);
      }
      case XAVIER_UNIFORM -> {
        uniform(weights, Math.sqrt(6.0 / (fanIn + fanOut)), random);
        Arrays.fill(bias, 0f);
      }
      case XAVIER_NORMAL -> {
        normal(weights, Math.sqrt(2.0 / (fanIn + fanOut)), random);
        Arrays.fill(bias, 0f);
      }
      case HE_UNIFORM -> {
        uniform(weights, Math.sqrt(6.0 / fanIn), random);
        Arrays.fill(bias, 0f);
      }
      case HE_NORMAL -> {
        normal(weights, Math.sqrt(2.0 / fanIn), random);
        Arrays.fill(bias, 0f);
      }
      case LECUN_NORMAL -> {
        normal(weights, Math.sqrt(1.0 / fanIn), random);
        Arrays.fill(bias, 0f);
      }
      case NIELSEN -> {
        normal(weights, Math.sqrt(1.0 / fanIn), random);
        normal(bias, 1, random);
      }
    }
  }

  private static void uniform(float[] values, double limit, SplittableRandom random) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((2 * random.nextDouble() - 1) * limit);
    }
  }

  private static void normal(float[] values, double deviation, SplittableRandom random) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (Gaussian.next(random) * deviation);
    }
  }
}
