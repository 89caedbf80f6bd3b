package dev.activations.oracle;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Arbitrary-precision reference values of the element-wise activations and their derivatives.
 *
 * <p>Each oracle follows the contract table ({@code functions.md}: PyTorch's semantics, kink
 * conventions and parameter names) and returns f(x) and f'(x) for an exact {@link BigDecimal}
 * input with at least {@link #CORRECT_DIGITS} correct significant digits. Nothing here calls the
 * code under test.
 *
 * <p>How the digits are kept: every exponential is written as e^−y with y ≥ 0 (so nothing
 * overflows and a tiny result keeps its relative precision), e^x − 1, log(1 + t) and x − tanh x
 * near 0 are series (so they keep full relative precision where the direct forms cancel), and
 * the transcendental kernels are checked against big-math's own exp, log and tanh by
 * {@link #selfCheck()}.
 *
 * <p>The exponential is ours rather than {@code BigDecimalMath.exp} only for speed (the accuracy
 * test needs millions of them): e^x = e^a · e^(b/256) · e^r with a table of big-math values for
 * the integer a and the 1/256 step b, and a 17-term Taylor series for 0 ≤ r < 1/256, whose
 * remainder is below 1e−55. The logarithm is one Halley step, cubically convergent, from
 * {@link Math#log1p}'s 16 digits. Erf comes from {@link BigErf}.
 *
 * <p>The class also measures: {@link #doubleTarget} and {@link #floatTarget} round an exact value
 * correctly (exact integer arithmetic, not the JDK's conversions) and give ULP distances to it.
 */
public final class Oracle {

  /** Significant digits the results are correct to (the working precision keeps a margin). */
  public static final int CORRECT_DIGITS = 40;

  /** Working precision of every operation. */
  public static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

  /** Precision of tables and constants: a margin over {@link #MC} for the products they enter. */
  private static final MathContext TABLE_MC = new MathContext(60, RoundingMode.HALF_EVEN);

  /**
   * Above this y, e^−y is replaced by {@link #NEGLIGIBLE}. In every formula below the factor
   * that multiplies e^−y is at most a cubic in y with modest coefficients, so the true term is
   * below 1e−500, far under half the smallest subnormal of either dtype.
   */
  private static final int EXP_CUTOFF = 1200;

  /**
   * The stand-in for e^−y beyond the cutoff: positive, so that a result that underflows keeps
   * its sign (x·σ(βx) for a huge negative x is −0), and so small that even a cubic in the
   * largest double times it (below 1e925 · 1e−2000) is far below the smallest subnormal.
   */
  private static final BigDecimal NEGLIGIBLE = BigDecimal.ONE.movePointLeft(2000);

  /**
   * Beyond |x| = 40 exact GELU is x (for x > 0) or a negligible negative (for x < 0) to more
   * than 300 digits:
   * φ(40) = e^−800/√(2π) ≈ 1e−348, well under half the smallest double subnormal.
   */
  private static final BigDecimal GELU_CUTOFF = BigDecimal.valueOf(40);

  /** Below this size the series forms of e^x − 1 and log(1 + t) converge in a few terms. */
  private static final BigDecimal SERIES_LIMIT = new BigDecimal("1e-3");

  /** Below this |x|, x − tanh x is a series: the direct form loses 2·log10(1/x) digits. */
  private static final BigDecimal TANHSHRINK_SERIES_LIMIT = new BigDecimal("0.125");

  /** A series stops once a term is below the partial sum times 10^−(this). */
  private static final int SERIES_STOP_DIGITS = 55;

  private static final int TABLE_STEPS = 256;
  private static final BigDecimal TABLE_STEPS_BD = BigDecimal.valueOf(TABLE_STEPS);
  private static final BigDecimal ONE_STEP = BigDecimal.ONE.divide(TABLE_STEPS_BD);
  private static final int TAYLOR_TERMS = 17;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** √2, √(2π), √(2/π) in {@link #TABLE_MC} digits. */
  private static final BigDecimal SQRT2 = BigDecimalMath.sqrt(TWO, TABLE_MC);

  private static final BigDecimal SQRT_2PI =
      BigDecimalMath.sqrt(TWO.multiply(BigDecimalMath.pi(TABLE_MC)), TABLE_MC);
  private static final BigDecimal SQRT_2_OVER_PI =
      BigDecimalMath.sqrt(TWO.divide(BigDecimalMath.pi(TABLE_MC), TABLE_MC), TABLE_MC);

  /** The tanh form's cubic coefficient, the exact decimal of PyTorch's source. */
  private static final BigDecimal GELU_TANH_CUBIC = new BigDecimal("0.044715");

  /** SELU's constants: the 32 digits of the contract (Klambauer et al. 2017). */
  public static final BigDecimal SELU_LAMBDA =
      new BigDecimal("1.0507009873554804934193349852946");

  public static final BigDecimal SELU_ALPHA = new BigDecimal("1.6732632423543772848170429916717");

  /** The result of one evaluation. */
  public record Exact(BigDecimal value, BigDecimal derivative) {}

  private interface Fn {
    Exact eval(BigDecimal x);
  }

  private final String spec;
  private final Fn fn;

  private Oracle(String spec, Fn fn) {
    this.spec = spec;
    this.fn = fn;
  }

  /** The specification this oracle was built from, as given. */
  public String spec() {
    return spec;
  }

  /** f(x) and f'(x) together (one exponential serves both). */
  public Exact evaluate(BigDecimal x) {
    return fn.eval(x);
  }

  /** f(x) and f'(x) at the exact value of a double. */
  public Exact evaluate(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("the oracle is defined on finite inputs: " + x);
    }
    return fn.eval(new BigDecimal(x));
  }

  public BigDecimal value(BigDecimal x) {
    return fn.eval(x).value();
  }

  public BigDecimal derivative(BigDecimal x) {
    return fn.eval(x).derivative();
  }

  // -----------------------------------------------------------------------------------------
  // Specifications

  /**
   * The oracle of a specification in the contract's syntax: a name, optionally followed by
   * {@code (name=value, …)} with PyTorch's parameter names; omitted parameters take the
   * contract's defaults. A parameter is the double its text (a decimal or {@code a/b}) denotes.
   *
   * @throws IllegalArgumentException for an unknown function or parameter, or for rrelu in
   *     training mode (whose slopes are random and have no element-wise reference)
   */
  public static Oracle of(String spec) {
    // Read here, not by dev.activations.Spec: the oracle shares no code with what it checks.
    String s = spec.replaceAll("\\s+", "");
    int open = s.indexOf('(');
    String name = open < 0 ? s : s.substring(0, open);
    Map<String, String> args = new LinkedHashMap<>();
    if (open >= 0) {
      if (!s.endsWith(")")) {
        throw new IllegalArgumentException("unbalanced parenthesis in " + spec);
      }
      String inner = s.substring(open + 1, s.length() - 1);
      if (!inner.isEmpty()) {
        for (String kv : inner.split(",")) {
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("the oracle wants name=value, got " + kv);
          }
          args.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
      }
    }
    Params p = new Params(name, args);
    Fn fn = build(name, p);
    p.requireAllUsed();
    return new Oracle(spec, fn);
  }

  private static Fn build(String name, Params p) {
    switch (name) {
      case "identity":
        return x -> new Exact(x, BigDecimal.ONE);
      case "sigmoid":
        return Oracle::sigmoid;
      case "tanh":
        return Oracle::tanh;
      case "relu":
        return x -> x.signum() > 0 ? new Exact(x, BigDecimal.ONE) : zeros();
      case "leaky_relu":
        return leaky(p.num("negative_slope", "0.01"));
      case "prelu":
        {
          BigDecimal channels = p.num("num_parameters", "1");
          if (channels.signum() <= 0) {
            throw new IllegalArgumentException("num_parameters must be positive");
          }
          return leaky(p.num("init", "0.25"));
        }
      case "rrelu":
        {
          BigDecimal lower = p.num("lower", "0.125");
          BigDecimal upper = p.num("upper", "0.3333333333333333");
          if (p.bool("training", false)) {
            throw new IllegalArgumentException("rrelu in training mode has random slopes");
          }
          p.num("seed", "0");
          return leaky(lower.add(upper).divide(TWO));
        }
      case "elu":
        {
          BigDecimal alpha = p.num("alpha", "1.0");
          return x -> elu(x, alpha, BigDecimal.ONE);
        }
      case "selu":
        return x -> elu(x, SELU_ALPHA, SELU_LAMBDA);
      case "celu":
        {
          BigDecimal alpha = p.num("alpha", "1.0");
          if (alpha.signum() <= 0) {
            throw new IllegalArgumentException("the oracle covers celu with alpha > 0 only");
          }
          return x -> celu(x, alpha);
        }
      case "softplus":
        {
          BigDecimal beta = p.num("beta", "1.0");
          BigDecimal threshold = p.num("threshold", "20.0");
          if (beta.signum() <= 0) {
            throw new IllegalArgumentException("softplus needs beta > 0");
          }
          return x -> softplus(x, beta, threshold);
        }
      case "swish":
        {
          BigDecimal beta = p.num("beta", "1.0");
          p.bool("learnable", false);
          return x -> swish(x, beta);
        }
      case "silu":
        return x -> swish(x, BigDecimal.ONE);
      case "mish":
        return Oracle::mish;
      case "gelu":
        {
          String approximate = p.word("approximate", "none");
          switch (approximate) {
            case "none":
              return Oracle::gelu;
            case "tanh":
              return Oracle::geluTanh;
            default:
              throw new IllegalArgumentException("approximate must be none or tanh");
          }
        }
      case "relu6":
        return x -> hardtanhLike(x, BigDecimal.ZERO, SIX);
      case "hardsigmoid":
        return Oracle::hardsigmoid;
      case "hardswish":
        return Oracle::hardswish;
      case "hardtanh":
        {
          BigDecimal min = p.num("min_val", "-1.0");
          BigDecimal max = p.num("max_val", "1.0");
          if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("hardtanh needs min_val < max_val");
          }
          return x -> hardtanhLike(x, min, max);
        }
      case "softsign":
        return Oracle::softsign;
      case "logsigmoid":
        return Oracle::logsigmoid;
      case "tanhshrink":
        return Oracle::tanhshrink;
      case "softshrink":
        {
          BigDecimal lambda = p.num("lambd", "0.5");
          return x -> softshrink(x, lambda);
        }
      case "hardshrink":
        {
          BigDecimal lambda = p.num("lambd", "0.5");
          return x ->
              x.abs().compareTo(lambda) > 0 ? new Exact(x, BigDecimal.ONE) : zeros();
        }
      case "threshold":
        {
          BigDecimal threshold = p.num("threshold", null);
          BigDecimal value = p.num("value", null);
          return x ->
              x.compareTo(threshold) > 0
                  ? new Exact(x, BigDecimal.ONE)
                  : new Exact(value, BigDecimal.ZERO);
        }
      default:
        throw new IllegalArgumentException("no oracle for " + name);
    }
  }

  /** The parameters of one specification, with the ones read so far. */
  private static final class Params {
    private final String function;
    private final Map<String, String> args;
    private final Set<String> used = new LinkedHashSet<>();

    Params(String function, Map<String, String> args) {
      this.function = function;
      this.args = args;
    }

    private String raw(String key, String fallback) {
      used.add(key);
      String v = args.get(key);
      if (v == null && fallback == null) {
        throw new IllegalArgumentException(function + " needs " + key);
      }
      return v == null ? fallback : v;
    }

    /**
     * The exact value of the double that the text denotes: parameters are doubles, in the
     * library as in PyTorch (Python floats). The difference matters where a parameter sits in
     * an exponent: e^(βx) with β = 1.3 and with β = double(1.3) differ by 80 ULPs at x = −400.
     */
    BigDecimal num(String key, String fallback) {
      String v = raw(key, fallback);
      int slash = v.indexOf('/');
      double d = Double.parseDouble(slash > 0 ? v.substring(0, slash) : v);
      if (slash > 0) {
        d /= Double.parseDouble(v.substring(slash + 1));
      }
      return new BigDecimal(d);
    }

    boolean bool(String key, boolean fallback) {
      String v = raw(key, Boolean.toString(fallback));
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(key + " must be true or false");
      }
      return Boolean.parseBoolean(v);
    }

    String word(String key, String fallback) {
      return raw(key, fallback).replace("'", "").replace("\"", "");
    }

    void requireAllUsed() {
      for (String key : args.keySet()) {
        if (!used.contains(key)) {
          throw new IllegalArgumentException(function + " has no parameter " + key);
        }
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // The functions

  private static Exact zeros() {
    return new Exact(BigDecimal.ZERO, BigDecimal.ZERO);
  }

  private static Fn leaky(BigDecimal slope) {
    return x -> x.signum() > 0 ? new Exact(x, BigDecimal.ONE) : new Exact(slope.multiply(x), slope);
  }

  private static Exact sigmoid(BigDecimal x) {
    Logistic l = logistic(x);
    return new Exact(l.plus, l.product);
  }

  private static Exact tanh(BigDecimal x) {
    BigDecimal twoY = x.abs().multiply(TWO);
    BigDecimal t = expNeg(twoY);
    BigDecimal onePlusT = BigDecimal.ONE.add(t, TABLE_MC);
    BigDecimal th = expm1(twoY.negate(), t).negate().divide(onePlusT, MC);
    BigDecimal sech2 = FOUR.multiply(t).divide(onePlusT.multiply(onePlusT), MC);
    return new Exact(x.signum() < 0 ? th.negate() : th, sech2);
  }

  private static Exact elu(BigDecimal x, BigDecimal alpha, BigDecimal scale) {
    if (x.signum() > 0) {
      return new Exact(scale.multiply(x), scale);
    }
    BigDecimal e = expNeg(x.negate());
    BigDecimal value = scale.multiply(alpha).multiply(expm1(x, e), MC);
    return new Exact(value, scale.multiply(alpha).multiply(e, MC));
  }

  private static Exact celu(BigDecimal x, BigDecimal alpha) {
    if (x.signum() > 0) {
      return new Exact(x, BigDecimal.ONE);
    }
    BigDecimal z = x.divide(alpha, TABLE_MC);
    BigDecimal e = expNeg(z.negate());
    return new Exact(alpha.multiply(expm1(z, e), MC), e);
  }

  private static Exact softplus(BigDecimal x, BigDecimal beta, BigDecimal threshold) {
    BigDecimal z = beta.multiply(x);
    if (z.compareTo(threshold) > 0) {
      return new Exact(x, BigDecimal.ONE);
    }
    Logistic l = logistic(z);
    BigDecimal sp = z.max(BigDecimal.ZERO).add(log1p(l.t), MC);
    return new Exact(sp.divide(beta, MC), l.plus);
  }

  private static Exact swish(BigDecimal x, BigDecimal beta) {
    if (beta.signum() == 0) {
      return new Exact(x.multiply(HALF), HALF);
    }
    BigDecimal z = beta.multiply(x);
    Logistic l = logistic(z);
    BigDecimal value = x.multiply(l.plus, MC);
    BigDecimal derivative = l.plus.add(z.multiply(l.product), MC);
    return new Exact(value, derivative);
  }

  /**
   * mish(x) = x·tanh(sp(x)) with sp(x) = log(1 + e^x). Since e^sp = 1 + e^x, tanh(sp) and
   * sech²(sp) are rational in u = e^−|x|, with only positive terms (no cancellation):
   * for x ≤ 0 (u = e^x) tanh(sp) = u(u+2) / (u(u+2) + 2) and sech²(sp) = 4(1+u)² / ((1+u)² + 1)²;
   * for x > 0 tanh(sp) = (1 + 2u) / (1 + 2u + 2u²) and sech²(sp) = 4u²(1+u)² / ((1+u)² + u²)².
   */
  private static Exact mish(BigDecimal x) {
    BigDecimal u = expNeg(x.abs());
    BigDecimal onePlusU = BigDecimal.ONE.add(u, TABLE_MC);
    BigDecimal sq = onePlusU.multiply(onePlusU);
    BigDecimal th;
    BigDecimal sech2;
    BigDecimal sigma;
    if (x.signum() <= 0) {
      BigDecimal n = u.multiply(u.add(TWO, TABLE_MC));
      th = n.divide(n.add(TWO, TABLE_MC), MC);
      BigDecimal d = sq.add(BigDecimal.ONE);
      sech2 = FOUR.multiply(sq).divide(d.multiply(d), MC);
      sigma = u.divide(onePlusU, MC);
    } else {
      BigDecimal n = BigDecimal.ONE.add(TWO.multiply(u), TABLE_MC);
      th = n.divide(n.add(TWO.multiply(u).multiply(u), TABLE_MC), MC);
      BigDecimal d = sq.add(u.multiply(u), TABLE_MC);
      sech2 = FOUR.multiply(u).multiply(u).multiply(sq).divide(d.multiply(d), MC);
      sigma = BigDecimal.ONE.divide(onePlusU, MC);
    }
    BigDecimal value = x.multiply(th, MC);
    BigDecimal derivative = th.add(x.multiply(sech2).multiply(sigma), MC);
    return new Exact(value, derivative);
  }

  /** x·Φ(x) with Φ(x) = erfc(−x/√2)/2, the negative side straight from erfc (no cancellation). */
  private static Exact gelu(BigDecimal x) {
    if (x.compareTo(GELU_CUTOFF) >= 0) {
      return new Exact(x, BigDecimal.ONE);
    }
    if (x.compareTo(GELU_CUTOFF.negate()) <= 0) {
      // Both gelu and gelu' are negative and negligible here; keep the sign.
      BigDecimal negligible = x.multiply(NEGLIGIBLE);
      return new Exact(negligible, negligible);
    }
    BigDecimal z = x.abs().divide(SQRT2, TABLE_MC);
    BigDecimal halfErfc = BigErf.erfc(z, MC).multiply(HALF);
    BigDecimal phiCdf = x.signum() < 0 ? halfErfc : BigDecimal.ONE.subtract(halfErfc);
    BigDecimal density = expNeg(x.multiply(x).multiply(HALF)).divide(SQRT_2PI, MC);
    BigDecimal value = x.multiply(phiCdf, MC);
    BigDecimal derivative = phiCdf.add(x.multiply(density), MC);
    return new Exact(value, derivative);
  }

  private static Exact geluTanh(BigDecimal x) {
    BigDecimal x2 = x.multiply(x);
    BigDecimal u = SQRT_2_OVER_PI.multiply(x.add(GELU_TANH_CUBIC.multiply(x2).multiply(x)));
    Logistic l = logistic(u.multiply(TWO));
    BigDecimal value = x.multiply(l.plus, MC);
    BigDecimal du =
        TWO.multiply(SQRT_2_OVER_PI)
            .multiply(BigDecimal.ONE.add(THREE.multiply(GELU_TANH_CUBIC).multiply(x2)));
    BigDecimal derivative = l.plus.add(x.multiply(l.product).multiply(du), MC);
    return new Exact(value, derivative);
  }

  private static Exact hardtanhLike(BigDecimal x, BigDecimal min, BigDecimal max) {
    if (x.compareTo(min) <= 0) {
      return new Exact(min, BigDecimal.ZERO);
    }
    if (x.compareTo(max) >= 0) {
      return new Exact(max, BigDecimal.ZERO);
    }
    return new Exact(x, BigDecimal.ONE);
  }

  private static Exact hardsigmoid(BigDecimal x) {
    if (x.compareTo(THREE.negate()) <= 0) {
      return zeros();
    }
    if (x.compareTo(THREE) >= 0) {
      return new Exact(BigDecimal.ONE, BigDecimal.ZERO);
    }
    BigDecimal value = x.divide(SIX, MC).add(HALF, MC);
    return new Exact(value, BigDecimal.ONE.divide(SIX, MC));
  }

  private static Exact hardswish(BigDecimal x) {
    if (x.compareTo(THREE.negate()) <= 0) {
      return zeros();
    }
    if (x.compareTo(THREE) >= 0) {
      return new Exact(x, BigDecimal.ONE);
    }
    BigDecimal value = x.multiply(x.add(THREE)).divide(SIX, MC);
    BigDecimal derivative = TWO.multiply(x).add(THREE).divide(SIX, MC);
    return new Exact(value, derivative);
  }

  private static Exact softsign(BigDecimal x) {
    BigDecimal d = BigDecimal.ONE.add(x.abs());
    return new Exact(x.divide(d, MC), BigDecimal.ONE.divide(d.multiply(d), MC));
  }

  /** log σ(x) = −(max(−x, 0) + log(1 + e^−|x|)); derivative σ(−x). */
  private static Exact logsigmoid(BigDecimal x) {
    Logistic l = logistic(x);
    BigDecimal value = x.negate().max(BigDecimal.ZERO).add(log1p(l.t), MC).negate();
    return new Exact(value, l.minus);
  }

  private static Exact tanhshrink(BigDecimal x) {
    Exact t = tanh(x);
    BigDecimal derivative = t.value().multiply(t.value(), MC);
    BigDecimal value;
    if (x.abs().compareTo(TANHSHRINK_SERIES_LIMIT) < 0) {
      value = xMinusTanhSeries(x);
    } else {
      value = x.subtract(t.value(), MC);
    }
    return new Exact(value, derivative);
  }

  private static Exact softshrink(BigDecimal x, BigDecimal lambda) {
    if (x.compareTo(lambda) > 0) {
      return new Exact(x.subtract(lambda), BigDecimal.ONE);
    }
    if (x.compareTo(lambda.negate()) < 0) {
      return new Exact(x.add(lambda), BigDecimal.ONE);
    }
    return zeros();
  }

  // -----------------------------------------------------------------------------------------
  // Kernels

  /** σ(z), σ(−z), σ(z)σ(−z) and t = e^−|z|, from one exponential. */
  private record Logistic(BigDecimal t, BigDecimal plus, BigDecimal minus, BigDecimal product) {}

  private static Logistic logistic(BigDecimal z) {
    BigDecimal t = expNeg(z.abs());
    BigDecimal onePlusT = BigDecimal.ONE.add(t, TABLE_MC);
    BigDecimal big = BigDecimal.ONE.divide(onePlusT, MC);
    BigDecimal small = t.divide(onePlusT, MC);
    BigDecimal product = t.divide(onePlusT.multiply(onePlusT), MC);
    return z.signum() >= 0
        ? new Logistic(t, big, small, product)
        : new Logistic(t, small, big, product);
  }

  /** e^−y for y ≥ 0; {@link #NEGLIGIBLE} beyond {@link #EXP_CUTOFF}. */
  static BigDecimal expNeg(BigDecimal y) {
    if (y.signum() < 0) {
      throw new IllegalArgumentException("expNeg wants y >= 0");
    }
    if (y.compareTo(BigDecimal.valueOf(EXP_CUTOFF)) > 0) {
      return NEGLIGIBLE;
    }
    return exp(y.negate());
  }

  /** e^x for |x| ≤ {@link #EXP_CUTOFF} + 1, in {@link #MC}. */
  static BigDecimal exp(BigDecimal x) {
    long n = x.multiply(TABLE_STEPS_BD).setScale(0, RoundingMode.FLOOR).longValueExact();
    int a = (int) Math.floorDiv(n, TABLE_STEPS);
    int b = Math.floorMod(n, TABLE_STEPS);
    BigDecimal r = x.subtract(BigDecimal.valueOf(n).multiply(ONE_STEP)).round(TABLE_MC);
    BigDecimal p = Tables.INVERSE_FACTORIAL[TAYLOR_TERMS];
    for (int k = TAYLOR_TERMS - 1; k >= 0; k--) {
      p = p.multiply(r, TABLE_MC).add(Tables.INVERSE_FACTORIAL[k]);
    }
    return p.multiply(Tables.integerPower(a), TABLE_MC).multiply(Tables.STEP[b], MC);
  }

  /** e^x − 1 for x ≤ 0, with full relative precision near 0. */
  static BigDecimal expm1NonPositive(BigDecimal x) {
    return expm1(x, x.abs().compareTo(SERIES_LIMIT) >= 0 ? expNeg(x.negate()) : null);
  }

  /** e^x − 1 for x ≤ 0, given e^x (which is used only where the subtraction keeps its digits). */
  private static BigDecimal expm1(BigDecimal x, BigDecimal expX) {
    if (x.abs().compareTo(SERIES_LIMIT) >= 0) {
      return expX.subtract(BigDecimal.ONE, MC);
    }
    BigDecimal sum = x;
    BigDecimal term = x;
    for (int k = 2; ; k++) {
      term = term.multiply(x, TABLE_MC).divide(BigDecimal.valueOf(k), TABLE_MC);
      sum = sum.add(term, TABLE_MC);
      if (negligible(term, sum)) {
        return sum.round(MC);
      }
    }
  }

  /**
   * log(1 + t) for 0 ≤ t ≤ 1. Small t: the series 2·atanh(t/(2+t)) (full relative precision);
   * otherwise one Halley step y + 2(1 + t − e^y)/(1 + t + e^y) from y = Math.log1p(t), which
   * turns 16 correct digits into about 48.
   */
  static BigDecimal log1p(BigDecimal t) {
    if (t.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (t.compareTo(SERIES_LIMIT) < 0) {
      BigDecimal z = t.divide(TWO.add(t, TABLE_MC), TABLE_MC);
      BigDecimal z2 = z.multiply(z, TABLE_MC);
      BigDecimal power = z;
      BigDecimal sum = z;
      for (int k = 3; ; k += 2) {
        power = power.multiply(z2, TABLE_MC);
        BigDecimal term = power.divide(BigDecimal.valueOf(k), TABLE_MC);
        sum = sum.add(term, TABLE_MC);
        if (negligible(term, sum)) {
          return sum.multiply(TWO, MC);
        }
      }
    }
    BigDecimal y = new BigDecimal(Math.log1p(t.doubleValue()));
    BigDecimal e = exp(y);
    BigDecimal w = BigDecimal.ONE.add(t);
    return y.add(TWO.multiply(w.subtract(e)).divide(w.add(e), TABLE_MC), MC);
  }

  /** x − tanh x for |x| < 1/8, as −Σ_{n≥2} c_n x^(2n−1) with tanh's Taylor coefficients c_n. */
  private static BigDecimal xMinusTanhSeries(BigDecimal x) {
    BigDecimal x2 = x.multiply(x, TABLE_MC);
    BigDecimal power = x.multiply(x2, TABLE_MC);
    BigDecimal sum = BigDecimal.ZERO;
    for (int n = 2; ; n++) {
      BigDecimal term = Tables.TANH_COEFFICIENTS[n].multiply(power, TABLE_MC);
      sum = sum.subtract(term, TABLE_MC);
      if (negligible(term, sum)) {
        return sum.round(MC);
      }
      power = power.multiply(x2, TABLE_MC);
    }
  }

  private static boolean negligible(BigDecimal term, BigDecimal sum) {
    return term.signum() == 0
        || term.abs().compareTo(sum.abs().movePointLeft(SERIES_STOP_DIGITS)) < 0;
  }

  /** Tables built once, from big-math, on first use. */
  private static final class Tables {
    static final BigDecimal[] INVERSE_FACTORIAL = new BigDecimal[TAYLOR_TERMS + 1];
    static final BigDecimal[] STEP = new BigDecimal[TABLE_STEPS];
    private static final BigDecimal[] INTEGER_POWER = new BigDecimal[2 * EXP_CUTOFF + 3];

    /** tanh x = Σ_{n≥1} c_n x^(2n−1), c_n = 2^2n (2^2n − 1) B_2n / (2n)!; enough for |x| < 1/8. */
    static final BigDecimal[] TANH_COEFFICIENTS = new BigDecimal[40];

    static {
      BigDecimal factorial = BigDecimal.ONE;
      for (int k = 0; k <= TAYLOR_TERMS; k++) {
        if (k > 0) {
          factorial = factorial.multiply(BigDecimal.valueOf(k));
        }
        INVERSE_FACTORIAL[k] = BigDecimal.ONE.divide(factorial, TABLE_MC);
      }
      for (int b = 0; b < TABLE_STEPS; b++) {
        STEP[b] = BigDecimalMath.exp(BigDecimal.valueOf(b).multiply(ONE_STEP), TABLE_MC);
      }
      BigDecimal twoNFactorial = TWO;
      for (int n = 1; n < TANH_COEFFICIENTS.length; n++) {
        if (n > 1) {
          twoNFactorial =
              twoNFactorial.multiply(BigDecimal.valueOf((2L * n - 1) * (2L * n)));
        }
        BigDecimal fourToN = FOUR.pow(n);
        TANH_COEFFICIENTS[n] =
            fourToN
                .multiply(fourToN.subtract(BigDecimal.ONE))
                .multiply(BigDecimalMath.bernoulli(2 * n, TABLE_MC))
                .divide(twoNFactorial, TABLE_MC);
      }
    }

    /** e^a for |a| ≤ {@link #EXP_CUTOFF} + 1, computed by big-math on first use. */
    static BigDecimal integerPower(int a) {
      int i = a + EXP_CUTOFF + 1;
      BigDecimal v = INTEGER_POWER[i];
      if (v == null) {
        v = BigDecimalMath.exp(BigDecimal.valueOf(a), TABLE_MC);
        INTEGER_POWER[i] = v;
      }
      return v;
    }
  }

  // -----------------------------------------------------------------------------------------
  // Self-check against big-math's own functions

  /**
   * The largest relative difference between this class's exp, e^x − 1, log(1 + t) and
   * x − tanh x and big-math's exp, log and tanh evaluated at a higher precision, over a fixed
   * sweep of arguments. A result below 10^−{@link #CORRECT_DIGITS} confirms the kernels.
   */
  public static BigDecimal selfCheck() {
    MathContext high = new MathContext(70);
    BigDecimal worst = BigDecimal.ZERO;
    java.util.Random random = new java.util.Random(20240611L);
    for (int i = 0; i < 40; i++) {
      BigDecimal x = new BigDecimal((random.nextDouble() * 2 - 1) * EXP_CUTOFF);
      worst = worst.max(relative(exp(x), BigDecimalMath.exp(x, high)));
      BigDecimal small = new BigDecimal(-Math.pow(10, -12 * random.nextDouble()));
      worst =
          worst.max(
              relative(
                  expm1NonPositive(small),
                  BigDecimalMath.exp(small, high).subtract(BigDecimal.ONE)));
      BigDecimal t = new BigDecimal(Math.pow(10, -8 * random.nextDouble()));
      worst =
          worst.max(relative(log1p(t), BigDecimalMath.log(BigDecimal.ONE.add(t), high)));
      BigDecimal s = new BigDecimal(0.125 * random.nextDouble() * (random.nextBoolean() ? 1 : -1));
      MathContext deep = new MathContext(120);
      worst =
          worst.max(
              relative(xMinusTanhSeries(s), s.subtract(BigDecimalMath.tanh(s, deep), deep)));
    }
    return worst;
  }

  private static BigDecimal relative(BigDecimal computed, BigDecimal exact) {
    if (exact.signum() == 0) {
      return computed.abs();
    }
    return computed.subtract(exact).abs().divide(exact.abs(), MathContext.DECIMAL64);
  }

  // -----------------------------------------------------------------------------------------
  // Rounding and ULPs

  private static final int DOUBLE_PRECISION = 53;
  private static final int FLOAT_PRECISION = 24;
  private static final int DOUBLE_MIN_EXPONENT = -1074;
  private static final int FLOAT_MIN_EXPONENT = -149;

  /** Bits kept below the last mantissa bit: the residual is known to 2^−60 of an ULP. */
  private static final int EXTRA_BITS = 66;

  private static final int CACHED_POWERS = 4096;
  private static final AtomicReferenceArray<BigInteger>
      POWERS_OF_TEN = new AtomicReferenceArray<>(CACHED_POWERS);

  /** The double nearest to v, ties to even, by exact integer arithmetic (not the JDK's). */
  public static double roundToDouble(BigDecimal v) {
    return doubleTarget(v).rounded();
  }

  /** The float nearest to v, ties to even. */
  public static float roundToFloat(BigDecimal v) {
    return (float) floatTarget(v).rounded();
  }

  /**
   * An exact value prepared for ULP measurements in one dtype: the correctly rounded value r,
   * the ULP of r in that dtype (the subnormal spacing at and below the smallest normal),
   * (r − exact)/ulp, and the sign of the exact value (−1, 0, 1). Measuring a computed c is
   * then double arithmetic: (c − exact)/ulp = (c − r)/ulp + (r − exact)/ulp, where c − r is
   * exact whenever c is within a few ULPs of r.
   */
  public record Target(double rounded, double ulp, double residualUlps, int exactSign) {

    /** |computed − exact| / ulp(r); infinite for NaN or an infinite result where r is finite. */
    public double ulps(double computed) {
      return ulpsIn(computed, ulp);
    }

    /** |computed − exact| / unit, for a relaxed measure against another value's ULP. */
    public double ulpsIn(double computed, double unit) {
      if (Double.isNaN(computed)) {
        return Double.POSITIVE_INFINITY;
      }
      if (Double.isInfinite(rounded)) {
        return computed == rounded ? 0 : Double.POSITIVE_INFINITY;
      }
      if (Double.isInfinite(computed)) {
        return Double.POSITIVE_INFINITY;
      }
      return Math.abs((computed - rounded) / unit + residualUlps * (ulp / unit));
    }
  }

  public static Target doubleTarget(BigDecimal exact) {
    return target(exact, DOUBLE_PRECISION, DOUBLE_MIN_EXPONENT, Double.MAX_VALUE);
  }

  public static Target floatTarget(BigDecimal exact) {
    return target(exact, FLOAT_PRECISION, FLOAT_MIN_EXPONENT, Float.MAX_VALUE);
  }

  /**
   * Rounds |v| = u·10^−s to a binary format with {@code precision} mantissa bits and smallest
   * ULP 2^minExponent: q = ⌊|v|·2^k⌋ with k chosen so that q carries {@link #EXTRA_BITS} bits
   * below the last mantissa bit; those bits (and whether the division left a remainder) decide
   * the rounding and give the residual.
   */
  private static Target target(BigDecimal v, int precision, int minExponent, double max) {
    int sign = v.signum();
    if (sign == 0) {
      return new Target(0.0, Math.scalb(1.0, minExponent), 0, 0);
    }
    BigInteger u = v.unscaledValue().abs();
    int scale = v.scale();
    BigInteger num = scale <= 0 ? u.multiply(tenTo(-scale)) : u;
    BigInteger den = scale <= 0 ? BigInteger.ONE : tenTo(scale);
    int k = precision + EXTRA_BITS - (num.bitLength() - den.bitLength());
    BigInteger[] qr =
        k >= 0
            ? num.shiftLeft(k).divideAndRemainder(den)
            : num.divideAndRemainder(den.shiftLeft(-k));
    BigInteger q = qr[0];
    boolean inexact = qr[1].signum() != 0;
    int exponent = q.bitLength() - 1 - k;
    int ulpExponent = Math.max(exponent - (precision - 1), minExponent);
    int drop = k + ulpExponent;
    BigInteger mantissa = q.shiftRight(drop);
    BigInteger below = q.subtract(mantissa.shiftLeft(drop));
    int half = below.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
    if (half == 0 && inexact) {
      half = 1;
    }
    long m = mantissa.longValueExact();
    long rounded = half > 0 || (half == 0 && (m & 1) == 1) ? m + 1 : m;
    int topBits = Math.min(drop, 62);
    double fraction = Math.scalb(below.shiftRight(drop - topBits).doubleValue(), -topBits);
    double magnitude = Math.scalb((double) rounded, ulpExponent);
    if (magnitude > max) {
      return new Target(sign * Double.POSITIVE_INFINITY, Double.NaN, 0, sign);
    }
    // Rounding up to 2^precision moves r into the next binade, whose ULP is twice as large.
    boolean carried = rounded == 1L << precision;
    double residual = ((rounded - m) - fraction) * (carried ? 0.5 : 1.0);
    double ulp = Math.scalb(1.0, carried ? ulpExponent + 1 : ulpExponent);
    return new Target(sign * magnitude, ulp, sign * residual, sign);
  }

  private static BigInteger tenTo(int n) {
    if (n >= CACHED_POWERS) {
      return BigInteger.TEN.pow(n);
    }
    BigInteger p = POWERS_OF_TEN.get(n);
    if (p == null) {
      p = BigInteger.TEN.pow(n);
      POWERS_OF_TEN.set(n, p);
    }
    return p;
  }

  /** |computed − exact| in ULPs of the correctly rounded double. */
  public static double ulpsDouble(double computed, BigDecimal exact) {
    return doubleTarget(exact).ulps(computed);
  }

  /** |computed − exact| in ULPs of the correctly rounded float. */
  public static double ulpsFloat(float computed, BigDecimal exact) {
    return floatTarget(exact).ulps(computed);
  }
}
