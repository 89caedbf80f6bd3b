package dev.activations.experiments;

import dev.activations.Names;
import java.util.List;
import java.util.Locale;

/**
 * The registry of experiments, in the order of the experiments issue (vanishing-gradient,
 * dying-relu, sparsity, self-normalisation, zero-centred, learnable, swish-interpolation,
 * saturation, compare): each one reproduces a training claim of the articles (see
 * {@link Experiment}).
 *
 * <pre>{@code
 * ExperimentResult r = Experiments.byName("sparsity").run(ExperimentOptions.defaults());
 * System.out.println(r.verdictLine());
 * }</pre>
 */
public final class Experiments {
  private Experiments() {}

  private static final List<Experiment> ALL = List.of(
      new VanishingGradient(),
      new DyingRelu(),
      new Sparsity(),
      new SelfNormalisation(),
      new ZeroCentred(),
      new Learnable(),
      new SwishInterpolation(),
      new Saturation(),
      new Compare());

  /**
   * Every experiment, in a fixed order.
   *
   * @return an unmodifiable list of every experiment
   */
  public static List<Experiment> list() {
    return ALL;
  }

  /**
   * The names, in the order of {@link #list()}.
   *
   * @return one name per experiment, for example {@code "vanishing-gradient"}
   */
  public static List<String> names() {
    return ALL.stream().map(Experiment::name).toList();
  }

  /**
   * The experiment with this name (case-insensitive; underscores are read as hyphens).
   *
   * @param name the experiment's name; surrounding white space is ignored
   * @return the experiment
   * @throws IllegalArgumentException for an unknown name, naming the closest one and listing all
   */
  public static Experiment byName(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Experiment e : ALL) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    List<String> close = Names.closest(key, names());
    throw new IllegalArgumentException("unknown experiment '" + name + "'"
        + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)")
        + "; valid: " + String.join(", ", names()));
  }
}
