package dev.activations.cli;

import dev.activations.Activation;
import dev.activations.Activations;
import dev.activations.nn.Adam;
import dev.activations.nn.DataSet;
import dev.activations.nn.DataSets;
import dev.activations.nn.EpochReport;
import dev.activations.nn.Evaluation;
import dev.activations.nn.Initializer;
import dev.activations.nn.Loss;
import dev.activations.nn.MalformedDataException;
import dev.activations.nn.Network;
import dev.activations.nn.Optimizer;
import dev.activations.nn.Sgd;
import dev.activations.nn.Split;
import dev.activations.nn.Standardizer;
import dev.activations.nn.Trainer;
import dev.activations.nn.TrainingConfig;
import dev.activations.nn.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code activations train --data DATA [--label NAME] [--layers 64,32] [--activation SPEC] [--init INIT]
 * [--optimizer sgd|adam] [--lr RATE] [--momentum MU] [--epochs N] [--batch N] [--seed N]
 * [--save FILE]}: trains a multilayer perceptron of the nn lab on a data set and prints how well
 * it learned.
 *
 * <p>The recipe is fixed so that the options stay few: a stratified 80/20 split, features
 * standardised with the training part's mean and deviation, logits out of the last layer, and
 * the loss the articles pair with the problem (M5): two classes, one logit and
 * bce_with_logits; more, one logit per class and cross_entropy. Progress goes to stderr, the
 * final table to stdout. Every option is checked before the data is loaded, so a typo costs no
 * training time.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Trains a multilayer perceptron on a data set and prints its loss and accuracy.",
      "%nThe data is split 80/20 (stratified, seeded) into training and test sets and"
          + " standardised with the training set's statistics. Hidden layers use --activation;"
          + " the last layer gives logits: one for two classes, trained with bce_with_logits,"
          + " else one per class, trained with cross_entropy.",
      "%nDefaults per bundled data set (epochs, Adam's learning rate), which reach the test"
          + " accuracy known for each: iris 50, 0.003; wine 50, 0.003; breast_cancer 10, 0.003;"
          + " digits 20, 0.003; any other data: 20, 0.001.",
      "%nProgress goes to stderr: a bar per epoch on a terminal, else one line per epoch. The"
          + " final table goes to stdout: loss and accuracy on the training and test sets, and"
          + " the time per epoch. The same options and seed give the same numbers on every run.",
      "%ncsv:FILE is a CSV file with a header row of column names, such as iris as"
          + " sepal_length,sepal_width,petal_length,petal_width,species. The label column is"
          + " the last one, or the one --label names; every other column is a numeric feature."
          + " Labels are integers or text: text labels become classes in sorted order, and the"
          + " mapping is printed with the progress. Quoted fields (RFC 4180), # comment lines,"
          + " blank lines and gzip are accepted; a malformed file is one error line naming the"
          + " file, the line and the problem.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:internal failure",
      "2:bad usage or input (bad option, unknown data set, unreadable file)"
    })
final class TrainCommand implements Callable<Integer> {
  /** The share of each class held out for testing. */
  static final double TEST_FRACTION = 0.2;
  /** Units per layer above this are a typo rather than a network for this lab. */
  static final int MAX_UNITS = 100_000;
  /** Weights and biases above this would not fit a default heap with the optimiser's state. */
  static final long MAX_PARAMETERS = 20_000_000;

  static final double ADAM_LEARNING_RATE = 0.001;
  static final int DEFAULT_EPOCHS = 20;

  /**
   * Epochs and Adam's learning rate per bundled data set, chosen so that the default network
   * (one hidden layer of 64 relu units, seed 1) reaches the test accuracy people know for the
   * set: iris ≥ 95 %, wine ≥ 95 %, breast_cancer ≥ 95 %, digits ≥ 97 %.
   */
  record Defaults(int epochs, double learningRate) {}

  static final java.util.Map<String, Defaults> DEFAULTS = java.util.Map.of(
      "iris", new Defaults(50, 0.003),
      "wine", new Defaults(50, 0.003),
      "breast_cancer", new Defaults(10, 0.003),
      "digits", new Defaults(20, 0.003));

  /** The defaults of a data set by its --data text, or the general ones. */
  static Defaults defaultsFor(String data) {
    String key = data == null ? "" : data.strip().toLowerCase(Locale.ROOT);
    return DEFAULTS.getOrDefault(key, new Defaults(DEFAULT_EPOCHS, ADAM_LEARNING_RATE));
  }
  static final double SGD_LEARNING_RATE = 0.01;
  static final double SGD_MOMENTUM = 0.9;

  @Spec CommandSpec spec;

  @ParentCommand ActivationsCommand parent;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DATA",
      description = "digits, iris, breast_cancer, wine (bundled); circle, xor, gauss, spiral,"
          + " moons (synthetic, 500 points); idx:DIR (MNIST-format files in DIR); csv:FILE"
          + " (a CSV file with a header row, see below)")
  String data;

  @Option(
      names = "--label",
      paramLabel = "NAME",
      description = "the label column of a csv:FILE; default: its last column")
  String label;

  @Option(
      names = "--layers",
      paramLabel = "N[,N...]",
      description = "the hidden layers' sizes, or none; default: ${DEFAULT-VALUE}",
      defaultValue = "64")
  String layers;

  @Mixin PrecisionOption precision;

  @Option(
      names = "--activation",
      paramLabel = "SPEC",
      description = "the hidden layers' activation, as in relu or leaky_relu(0.1);"
          + " default: ${DEFAULT-VALUE}",
      defaultValue = "relu")
  String activation;

  @Option(
      names = "--init",
      paramLabel = "INIT",
      description = "he, xavier, lecun (normal), or uniform, he_uniform, xavier_uniform,"
          + " nielsen...; default: lecun for selu, xavier for sigmoid, tanh and the like,"
          + " he for the rest")
  String init;

  @Option(
      names = "--optimizer",
      paramLabel = "NAME",
      description = "sgd (with momentum) or adam; default: ${DEFAULT-VALUE}",
      defaultValue = "adam")
  String optimizer;

  @Option(
      names = "--lr",
      paramLabel = "RATE",
      description = "the learning rate; default: per data set for adam (below), else "
          + ADAM_LEARNING_RATE + "; " + SGD_LEARNING_RATE + " for sgd")
  Double learningRate;

  @Option(
      names = "--momentum",
      paramLabel = "MU",
      description = "sgd's momentum, in [0, 1); default: " + SGD_MOMENTUM)
  Double momentum;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "passes over the training set; default: per data set (below), else "
          + DEFAULT_EPOCHS)
  Integer epochsOption;

  /** The epochs in force: the option, or the data set's default. */
  private int epochs;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "examples per step, or 0 for the whole training set; default:"
          + " ${DEFAULT-VALUE}",
      defaultValue = "32")
  int batch;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "the seed of every random choice: synthetic data, split, initial weights,"
          + " shuffling; default: ${DEFAULT-VALUE}",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description = "save the trained network as JSON (missing folders are created)")
  String save;

  /** Everything the options say, checked, before any data is read. */
  private record Plan(List<Integer> hidden, Activation activation, Initializer initializer,
      Optimizer optimizer, Path saveTo) {}

  @Override
  public Integer call() throws IOException {
    Plan plan;
    try {
      plan = plan();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }

    // one seed for everything, split into independent streams in a fixed order
    SplittableRandom seeds = new SplittableRandom(seed);
    long dataSeed = seeds.nextLong();
    long splitSeed = seeds.nextLong();
    long initSeed = seeds.nextLong();
    long shuffleSeed = seeds.nextLong();

    DataSet all = load(dataSeed);
    if (all.classes() < 2) {
      throw usage(data + " has " + all.classes() + " class (" + String.join(", ",
          all.classNames()) + "); training needs at least 2");
    }
    if (data.strip().startsWith("csv:")
        && !all.classNames().equals(DataSet.numberedClasses(all.classes()))) {
      printClasses(all);
    }
    Split split = all.split(TEST_FRACTION, splitSeed);
    String tooSmall = splitProblem(data, all, split);
    if (tooSmall != null) {
      throw usage(tooSmall);
    }
    Standardizer z = Standardizer.fit(split.train());
    DataSet train = z.apply(split.train());
    DataSet test = z.apply(split.test());

    boolean binary = all.classes() == 2;
    Loss loss = binary ? Loss.BCE_WITH_LOGITS : Loss.CROSS_ENTROPY;
    int outputs = binary ? 1 : all.classes();
    Network network;
    try {
      checkSize(all.columns(), plan.hidden(), outputs);
      Network.Builder builder = Network.builder(all.columns());
      for (int units : plan.hidden()) {
        builder.dense(units, plan.activation());
      }
      network = builder.dense(outputs, Activations.of("identity"))
          .initializer(plan.initializer()).seed(initSeed).build();
    } catch (IllegalArgumentException e) {
      // for example prelu(num_parameters=3) on a layer of 64 units
      throw usage(e.getMessage());
    }

    TrainingConfig config = TrainingConfig.defaults().withLoss(loss)
        .withOptimizer(plan.optimizer()).withEpochs(epochs).withBatchSize(batch)
        .withSeed(shuffleSeed);
    PrintWriter err = spec.commandLine().getErr();
    TrainingResult result;
    try {
      result = new Trainer(config)
          .withProgress(new EpochProgress(err, epochs, parent.errIsTerminal()))
          .fit(network, train, test);
    } catch (IllegalArgumentException e) {
      throw usage("cannot train on " + data + ": " + e.getMessage());
    }

    // the final figures of the trained network on each whole set, not the running means of
    // the last epoch
    Evaluation onTrain = network.evaluate(train, loss);
    Evaluation onTest = network.evaluate(test, loss);
    printSummary(all, train, test, network, loss, plan, result, onTrain, onTest);

    if (plan.saveTo() != null) {
      try {
        Path parentFolder = plan.saveTo().toAbsolutePath().getParent();
        if (parentFolder != null) {
          Files.createDirectories(parentFolder);
        }
        network.save(plan.saveTo());
      } catch (IOException e) {
        String problem = FileProblems.describe(e);
        if (problem == null) {
          throw e;
        }
        throw usage("cannot save the network to " + plan.saveTo() + ": " + problem);
      }
      spec.commandLine().getOut().print("saved: " + plan.saveTo() + "\n");
    }
    return 0;
  }

  // --------------------------------------------------------------------------------------------
  // the options

  private Plan plan() {
    List<Integer> hidden = hiddenLayers(layers);
    ElementwiseSpecs.require(List.of(activation), "it cannot be a layer's activation here");
    Activation f = Activations.of(activation, precision.get());
    Initializer initializer = init == null ? defaultInitializer(f) : initializer(init);
    Optimizer opt = optimizer();
    epochs = epochsOption != null ? epochsOption : defaultsFor(data).epochs();
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
    }
    if (batch < 0) {
      throw new IllegalArgumentException("--batch must be at least 1 (or 0 for the whole"
          + " training set), got " + batch);
    }
    Path saveTo = null;
    if (save != null) {
      saveTo = FileProblems.path("--save", save);
      FileProblems.requireWritableLocation(saveTo);
    }
    return new Plan(hidden, f, initializer, opt, saveTo);
  }

  /**
   * Why a split cannot train and test a classifier, or null when it can: the training or the
   * test set is empty, or a class has no example in one of them.
   */
  static String splitProblem(String name, DataSet all, Split split) {
    int[] train = split.train().classCounts();
    int[] test = split.test().classCounts();
    String sizes = " (" + all.rows() + " examples: " + split.train().rows() + " to train on, "
        + split.test().rows() + " to test with; the split keeps "
        + Math.round(100 * TEST_FRACTION) + " % of each class for testing)";
    if (split.train().rows() == 0 || split.test().rows() == 0) {
      return name + " is too small to split into a training and a test set" + sizes;
    }
    for (int c = 0; c < all.classes(); c++) {
      if (c >= train.length || train[c] == 0 || c >= test.length || test[c] == 0) {
        return name + " is too small: class " + all.classNames().get(c) + " has "
            + (c < train.length ? train[c] : 0) + " training and "
            + (c < test.length ? test[c] : 0) + " test examples; each needs at least one"
            + sizes;
      }
    }
    return null;
  }

  /** {@code 64,32} → [64, 32]; {@code none} or nothing → no hidden layer. */
  static List<Integer> hiddenLayers(String text) {
    String t = text.strip();
    List<Integer> sizes = new ArrayList<>();
    if (t.isEmpty() || t.equalsIgnoreCase("none")) {
      return sizes;
    }
    for (String part : t.split(",", -1)) {
      int units;
      try {
        units = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--layers '" + text + "': expected sizes separated"
            + " by commas, as in 64,32 (or none)");
      }
      if (units < 1 || units > MAX_UNITS) {
        throw new IllegalArgumentException("--layers '" + text + "': a layer needs 1 to "
            + MAX_UNITS + " units, got " + units);
      }
      sizes.add(units);
    }
    return sizes;
  }

  /** The short names of the usual choices, then the library's ids. */
  static Initializer initializer(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT);
    switch (key) {
      case "he", "kaiming":
        return Initializer.HE_NORMAL;
      case "xavier", "glorot":
        return Initializer.XAVIER_NORMAL;
      case "lecun":
        return Initializer.LECUN_NORMAL;
      default:
        try {
          return Initializer.of(key);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown --init '" + text + "'; valid: he, xavier,"
              + " lecun, " + String.join(", ", initializerIds()));
        }
    }
  }

  /**
   * What the initialisation papers pair with the activation: LeCun for selu (its
   * self-normalisation assumes it), Glorot for the sigmoid-like, He for the relu-like rest.
   */
  static Initializer defaultInitializer(Activation f) {
    return Initializer.pairedWith(f.name());
  }

  private Optimizer optimizer() {
    String name = optimizer.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "adam":
        if (momentum != null) {
          throw new IllegalArgumentException("--momentum is for sgd; adam keeps its own"
              + " moments");
        }
        return Adam.of(learningRate(defaultsFor(data).learningRate()));
      case "sgd":
        double mu = momentum == null ? SGD_MOMENTUM : momentum;
        if (!(mu >= 0 && mu < 1)) {
          throw new IllegalArgumentException("--momentum must be in [0, 1), got " + mu);
        }
        return Sgd.of(learningRate(SGD_LEARNING_RATE)).withMomentum(mu);
      default:
        throw new IllegalArgumentException("unknown --optimizer '" + optimizer
            + "'; valid: sgd, adam");
    }
  }

  private double learningRate(double byDefault) {
    double lr = learningRate == null ? byDefault : learningRate;
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalArgumentException("--lr must be a finite number > 0, got " + lr);
    }
    return lr;
  }

  private static List<String> initializerIds() {
    List<String> ids = new ArrayList<>();
    for (Initializer i : Initializer.values()) {
      ids.add(i.id());
    }
    return ids;
  }

  private static void checkSize(int inputs, List<Integer> hidden, int outputs) {
    long parameters = 0;
    int in = inputs;
    List<Integer> sizes = new ArrayList<>(hidden);
    sizes.add(outputs);
    for (int units : sizes) {
      parameters += ((long) in + 1) * units;
      in = units;
    }
    if (parameters > MAX_PARAMETERS) {
      throw new IllegalArgumentException("the network would have " + parameters
          + " parameters; this lab trains up to " + MAX_PARAMETERS);
    }
  }

  // --------------------------------------------------------------------------------------------
  // the data

  /** The data set, every problem with the user's name or file being bad input. */
  private DataSet load(long dataSeed) throws IOException {
    try {
      return DataSets.load(data, dataSeed, label);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    } catch (MalformedDataException e) {
      // its message names the file, the place and the problem
      throw usage(e.getMessage());
    } catch (IOException e) {
      String problem = FileProblems.describe(e);
      throw usage("cannot read " + data + ": "
          + (problem != null ? problem : ErrorHandlers.oneLine(e.getMessage())));
    }
  }

  /** The classes the labels of a CSV file became, on stderr with the progress. */
  private void printClasses(DataSet set) {
    StringBuilder sb = new StringBuilder("classes:");
    List<String> names = set.classNames();
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? " " : ", ").append(names.get(i)).append(" → ").append(i);
    }
    spec.commandLine().getErr().print(sb.append('\n'));
  }

  // --------------------------------------------------------------------------------------------
  // the final table

  private void printSummary(DataSet all, DataSet train, DataSet test, Network network,
      Loss loss, Plan plan, TrainingResult result, Evaluation onTrain, Evaluation onTest) {
    PrintWriter out = spec.commandLine().getOut();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"data:", data + ", " + train.rows() + " training and "
        + test.rows() + " test examples, " + all.columns() + " features, " + all.classes()
        + " classes, standardised"});
    facts.add(new String[] {"network:", architecture(network, plan) + ", "
        + network.parameterCount() + " parameters, " + plan.initializer().id()
        + " initialisation"});
    facts.add(new String[] {"training:", optimizerText(plan.optimizer()) + ", " + loss.id()
        + ", " + epochs + " epochs, " + (batch == TrainingConfig.FULL_BATCH ? "full batch"
            : "batches of " + batch) + ", seed " + seed});
    Tables.aligned(facts, "", out);
    out.print("\n");

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "examples", "loss", "accuracy"});
    rows.add(new String[] {"train", Integer.toString(onTrain.examples()), number(onTrain.loss()),
        percent(onTrain.accuracy())});
    rows.add(new String[] {"test", Integer.toString(onTest.examples()), number(onTest.loss()),
        percent(onTest.accuracy())});
    Tables.aligned(rows, "", out);
    out.print("\n");

    long nanos = 0;
    for (EpochReport r : result.epochs()) {
      nanos += r.nanos();
    }
    double seconds = nanos / 1e9;
    out.print(String.format(Locale.ROOT, "time per epoch: %s s (%d epochs, %s s in all)%n",
        seconds(seconds / result.epochs().size()), result.epochs().size(), seconds(seconds)));
  }

  /** {@code 64 → 64 relu → 10 logits}. */
  private static String architecture(Network network, Plan plan) {
    int[] sizes = network.sizes();
    StringBuilder sb = new StringBuilder().append(sizes[0]);
    for (int l = 1; l < sizes.length - 1; l++) {
      sb.append(" → ").append(sizes[l]).append(' ').append(plan.activation().spec());
    }
    int last = sizes[sizes.length - 1];
    return sb.append(" → ").append(last).append(last == 1 ? " logit" : " logits").toString();
  }

  private static String optimizerText(Optimizer o) {
    if (o instanceof Sgd s) {
      return "sgd (lr " + s.learningRate() + ", momentum " + s.momentum() + ")";
    }
    return o.name() + " (lr " + o.learningRate() + ")";
  }

  static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, s < 10 ? "%.3f" : "%.1f", s);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
