package dev.activations.internal.function;

import static dev.activations.FunctionInfo.Kind.ELEMENTWISE;
import static dev.activations.FunctionInfo.Kind.ROWWISE;

import dev.activations.ActivationFunction;
import dev.activations.FunctionInfo;
import dev.activations.internal.registry.Args;
import dev.activations.internal.registry.Def;
import dev.activations.internal.registry.ParamDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.Function;

/**
 * Every function the registry knows: names, parameters (PyTorch's names and defaults), formulas,
 * ranges, conventions, and how to build each one. The order is the order of listings.
 */
public final class Catalog {
  private Catalog() {}

  private static final DoublePredicate FINITE = Double::isFinite;
  private static final DoublePredicate NON_NEGATIVE = v -> v >= 0 && v != Double.POSITIVE_INFINITY;
  private static final DoublePredicate POSITIVE = v -> v > 0 && v != Double.POSITIVE_INFINITY;
  private static final String NAN_RULE = "NaN in gives NaN out, value and derivative";

  private static final List<Def> DEFS = new ArrayList<>();

  public static List<Def> definitions() {
    if (!DEFS.isEmpty()) {
      return DEFS;
    }
    element("identity", List.of(), "x", "1", "(−∞, ∞)", List.of(NAN_RULE), a -> new Identity(a.kernels()));
    element("sigmoid", List.of(), "σ(x) = 1/(1 + e^−x)", "σ(x)(1 − σ(x)), largest at 0: 1/4",
        "(0, 1)", List.of("σ(−∞) = 0, σ(+∞) = 1, σ'(±∞) = 0", NAN_RULE), a -> new Sigmoid(a.kernels()));
    element("tanh", List.of(), "tanh x = 2σ(2x) − 1", "1 − tanh²x", "(−1, 1)",
        List.of("tanh(±∞) = ±1, tanh'(±∞) = 0", NAN_RULE), a -> new Tanh(a.kernels()));
    element("relu", List.of(), "max(0, x)", "1 for x > 0, else 0", "[0, ∞)",
        List.of("relu'(0) = 0", NAN_RULE), a -> new Relu(a.kernels()));
    element("leaky_relu",
        List.of(ParamDef.real("negative_slope", "0.01", "finite", FINITE,
            "slope for x ≤ 0")),
        "x for x > 0, else negative_slope·x", "1 for x > 0, else negative_slope", "(−∞, ∞)",
        List.of("leaky_relu'(0) = negative_slope", NAN_RULE),
        a -> new LeakyRelu(a.real("negative_slope"), a.kernels()));
    element("prelu",
        List.of(
            ParamDef.integer("num_parameters", "1", "an integer ≥ 1", v -> v >= 1 && v <= 1 << 24,
                "number of learnable slopes (channels)"),
            ParamDef.real("init", "0.25", "finite", FINITE, "initial value of every slope")),
        "x for x > 0, else a_c·x (a_c learnable, per channel)",
        "1 for x > 0, else a_c; ∂f/∂a_c = x for x ≤ 0, else 0", "(−∞, ∞)",
        List.of("prelu'(0) = a_c", "element k of an array call is in channel k mod num_parameters",
            NAN_RULE),
        a -> {
          double[] s = new double[(int) a.integer("num_parameters")];
          Arrays.fill(s, a.real("init"));
          return new Prelu(s, a.real("init"), a.kernels());
        });
    element("rrelu",
        List.of(
            ParamDef.real("lower", "0.125", "finite, ≤ upper", FINITE, "lowest random slope"),
            ParamDef.real("upper", "0.3333333333333333", "finite, ≥ lower", FINITE,
                "highest random slope"),
            ParamDef.bool("training", "false",
                "true: slope r_k drawn from [lower, upper] per element; false: (lower + upper)/2"),
            ParamDef.integer("seed", "0", "an integer", v -> true,
                "seed of the per-element slopes in training mode")),
        "x for x > 0, else r·x; r = (lower + upper)/2, or r_k ~ U[lower, upper] when training",
        "1 for x > 0, else r", "(−∞, ∞)",
        List.of("rrelu'(0) = r", "training slopes depend only on (seed, element index)", NAN_RULE),
        a -> {
          if (a.real("lower") > a.real("upper")) {
            throw new IllegalArgumentException("rrelu needs lower ≤ upper, got lower = "
                + a.real("lower") + " and upper = " + a.real("upper"));
          }
        },
        a -> {
          double lo = a.real("lower");
          double hi = a.real("upper");
          String spec = Specs.of("rrelu", "lower", lo, "upper", hi, "training", a.bool("training"),
              "seed", a.integer("seed"));
          return a.bool("training")
              ? new Rrelu(spec, lo, hi, a.integer("seed"))
              : new LeakyRelu("rrelu", spec, (lo + hi) / 2, a.kernels());
        });
    element("elu",
        List.of(ParamDef.real("alpha", "1.0", "finite", FINITE, "scale of the negative part")),
        "x for x > 0, else α(e^x − 1)", "1 for x > 0, else αe^x", "(−α, ∞)",
        List.of("elu'(0) = α", "elu(−∞) = −α", NAN_RULE), a -> new Elu(a.real("alpha"), a.kernels()));
    element("selu", List.of(),
        "λx for x > 0, else λα(e^x − 1); λ = 1.0507009873554805, α = 1.6732632423543772",
        "λ for x > 0, else λαe^x", "(−λα, ∞) = (−1.7580993408473768, ∞)",
        List.of("selu'(0) = λα", "selu(−∞) = −λα", NAN_RULE), a -> new Selu(a.kernels()));
    element("celu",
        List.of(ParamDef.real("alpha", "1.0", "finite, ≠ 0", v -> Double.isFinite(v) && v != 0,
            "scale of the negative part")),
        "x for x > 0, else α(e^(x/α) − 1)", "1 for x > 0, else e^(x/α)", "(−α, ∞)",
        List.of("celu'(0) = 1", NAN_RULE), a -> new Celu(a.real("alpha"), a.kernels()));
    element("softplus",
        List.of(ParamDef.real("beta", "1.0", "finite, > 0", POSITIVE, "sharpness"),
            ParamDef.real("threshold", "20.0", "not NaN", v -> true,
                "above βx = threshold the function is x")),
        "log(1 + e^(βx))/β, and x where βx > threshold", "σ(βx), and 1 where βx > threshold",
        "(0, ∞)", List.of("softplus(−∞) = 0", "softplus' = σ below the threshold", NAN_RULE),
        a -> new Softplus(a.real("beta"), a.real("threshold"), a.kernels()));
    element("swish",
        List.of(ParamDef.real("beta", "1.0", "finite", FINITE, "gate sharpness β"),
            ParamDef.bool("learnable", "false", "whether β is a learnable parameter")),
        "x·σ(βx)", "σ(βx) + βx·σ(βx)(1 − σ(βx)); ∂f/∂β = x²σ(βx)(1 − σ(βx))",
        "[min, ∞), min ≈ −0.2785/β for β > 0",
        List.of("β = 0 gives x/2; β → ∞ tends to relu", "swish(−∞) = −0 for β > 0", NAN_RULE),
        a -> new Swish(a.real("beta"), a.bool("learnable"), a.kernels()));
    element("silu", List.of(), "x·σ(x)", "σ(x)(1 + x(1 − σ(x)))", "[−0.27846, ∞)",
        List.of("silu(−∞) = −0, silu'(−∞) = −0, silu'(+∞) = 1", NAN_RULE), a -> new Swish(a.kernels()));
    element("mish", List.of(), "x·tanh(softplus(x))",
        "tanh(sp(x)) + x·sech²(sp(x))·σ(x)", "[−0.30884, ∞)",
        List.of("mish(−∞) = −0, mish'(−∞) = −0", NAN_RULE), a -> new Mish(a.kernels()));
    element("gelu",
        List.of(ParamDef.choice("approximate", "none", List.of("none", "tanh"),
            "none: exact x·Φ(x); tanh: ½x(1 + tanh(√(2/π)(x + 0.044715x³)))")),
        "x·Φ(x), Φ the standard normal CDF (or the tanh form)", "Φ(x) + x·φ(x)",
        "[−0.16997, ∞)", List.of("gelu(−∞) = −0, gelu'(−∞) = −0", NAN_RULE),
        a -> a.choice("approximate").equals("tanh") ? new GeluTanh(a.kernels()) : new Gelu(a.kernels()));
    element("relu6", List.of(), "min(max(0, x), 6)", "1 for 0 < x < 6, else 0", "[0, 6]",
        List.of("relu6'(0) = relu6'(6) = 0", NAN_RULE), a -> new Hardtanh(a.kernels()));
    element("hardsigmoid", List.of(), "0 for x ≤ −3, 1 for x ≥ 3, else x/6 + 1/2",
        "1/6 for −3 < x < 3, else 0", "[0, 1]",
        List.of("hardsigmoid'(±3) = 0", NAN_RULE), a -> new Hardsigmoid(a.kernels()));
    element("hardswish", List.of(), "0 for x ≤ −3, x for x ≥ 3, else x(x + 3)/6",
        "0 for x ≤ −3, (2x + 3)/6 for −3 < x < 3, 1 for x ≥ 3", "[−0.375, ∞)",
        List.of("hardswish'(−3) = 0, hardswish'(3) = 1", NAN_RULE), a -> new Hardswish(a.kernels()));
    element("hardtanh",
        List.of(ParamDef.real("min_val", "-1.0", "finite, < max_val", FINITE, "lower bound"),
            ParamDef.real("max_val", "1.0", "finite, > min_val", FINITE, "upper bound")),
        "clamp(x, min_val, max_val)", "1 for min_val < x < max_val, else 0",
        "[min_val, max_val]", List.of("hardtanh' = 0 at both bounds", NAN_RULE),
        a -> {
          if (!(a.real("min_val") < a.real("max_val"))) {
            throw new IllegalArgumentException("hardtanh needs min_val < max_val, got min_val = "
                + a.real("min_val") + " and max_val = " + a.real("max_val"));
          }
        },
        a -> new Hardtanh(a.real("min_val"), a.real("max_val"), a.kernels()));
    element("softsign", List.of(), "x/(1 + |x|)", "1/(1 + |x|)²", "(−1, 1)",
        List.of("softsign(±∞) = ±1", NAN_RULE), a -> new Softsign(a.kernels()));
    element("logsigmoid", List.of(), "log σ(x) = −softplus(−x)", "σ(−x)", "(−∞, 0)",
        List.of("logsigmoid(−∞) = −∞ with derivative 1", NAN_RULE), a -> new Logsigmoid(a.kernels()));
    element("tanhshrink", List.of(), "x − tanh x", "tanh²x", "(−∞, ∞)", List.of(NAN_RULE),
        a -> new Tanhshrink(a.kernels()));
    element("softshrink",
        List.of(ParamDef.real("lambd", "0.5", "finite, ≥ 0", NON_NEGATIVE, "half-width of the zero band")),
        "x − λ for x > λ, x + λ for x < −λ, else 0", "1 for |x| > λ, else 0", "(−∞, ∞)",
        List.of("the zero band [−λ, λ] is closed: softshrink'(±λ) = 0", NAN_RULE),
        a -> new Softshrink(a.real("lambd"), a.kernels()));
    element("hardshrink",
        List.of(ParamDef.real("lambd", "0.5", "finite, ≥ 0", NON_NEGATIVE, "half-width of the zero band")),
        "x for |x| > λ, else 0", "1 for |x| > λ, else 0", "(−∞, ∞)",
        List.of("the zero band [−λ, λ] is closed: hardshrink'(±λ) = 0", NAN_RULE),
        a -> new Hardshrink(a.real("lambd"), a.kernels()));
    element("threshold",
        List.of(ParamDef.real("threshold", null, "finite", FINITE, "the threshold"),
            ParamDef.real("value", null, "finite", FINITE, "the replacement at or below it")),
        "x for x > threshold, else value", "1 for x > threshold, else 0", "(−∞, ∞)",
        List.of("threshold'(threshold) = 0", NAN_RULE),
        a -> new Threshold(a.real("threshold"), a.real("value"), a.kernels()));

    rowwise("softmax", "e^(x_i − max)/Σ_j e^(x_j − max) over each row",
        "∂y_i/∂x_j = y_i(δ_ij − y_j); dx = y⊙(dy − Σ dy·y)", "[0, 1], each row sums to 1",
        a -> new Softmax());
    rowwise("log_softmax", "(x_i − max) − log Σ_j e^(x_j − max) over each row",
        "dx = dy − softmax(x)·Σ dy", "[−∞, 0]", a -> new LogSoftmax());
    rowwise("softmin", "softmax(−x) over each row", "dx = −y⊙(dy − Σ dy·y)",
        "[0, 1], each row sums to 1", a -> new Softmin());
    rowwise("glu", "a·σ(b), a the first half of each row and b the second",
        "da = dy·σ(b), db = dy·a·σ(b)(1 − σ(b))", "(−∞, ∞), half as many columns",
        a -> new Glu());
    return DEFS;
  }

  private static void element(String name, List<ParamDef> params, String formula,
      String derivative, String range, List<String> conventions, Function<Args, ActivationFunction> make) {
    element(name, params, formula, derivative, range, conventions, null, make);
  }

  private static void element(String name, List<ParamDef> params, String formula,
      String derivative, String range, List<String> conventions, Consumer<Args> check,
      Function<Args, ActivationFunction> make) {
    DEFS.add(new Def(name, ELEMENTWISE, params, formula, derivative, range, conventions, check,
        make));
  }

  private static void rowwise(String name, String formula, String derivative, String range,
      Function<Args, ActivationFunction> make) {
    List<String> conventions = List.of("max subtraction always", "an empty row is allowed",
        "a row of all −∞ (or containing +∞ or NaN) gives NaN in every column");
    if (name.equals("glu")) {
      conventions = List.of("the row width must be even", "NaN in gives NaN out");
    }
    DEFS.add(new Def(name, ROWWISE, List.of(), formula, derivative, range, conventions, null,
        make));
  }
}
