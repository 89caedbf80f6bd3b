package dev.activations.internal.math;

/**
 * The error function erf and its complement erfc in double precision, with at most 1 ULP of
 * error against the correctly rounded result everywhere (the JDK has neither function).
 *
 * <h2>Method</h2>
 *
 * <p>Let z = |x|. Two regimes, split at z = 1/2:
 *
 * <ul>
 *   <li><b>z &lt; 1/2</b>: erf(z) = z·(1 + p₀ + u·P(u)) with u = z², p₀ = 2/√π − 1 carried as a
 *       double-double and P a degree-9 near-minimax polynomial (Chebyshev fit on u ∈ [0, 1/4],
 *       fit error below 2^−68). erf is formed as z + z·(p₀ + u·P), so the only rounding that
 *       matters is the last one, and erfc = 1 − erf as (1 − z) − z·(p₀ + u·P) with 1 − z split
 *       exactly (no cancellation: erfc ≥ 0.47 here).
 *   <li><b>z ≥ 1/2</b>: erfc(z) = e^(−z²)·G(z), G = erfcx, the scaled complementary error
 *       function, and erf = 1 − erfc. G is smooth and between 0.02 and 0.62 here; it is
 *       approximated
 *       <ul>
 *         <li>for 1/2 ≤ z &lt; 6 in y = 1/(1+z) on the four pieces z ∈ [1/2, 1), [1, 2), [2, 4),
 *             [4, 6), as G = c₀ + c₁·s + s²·Q(s) with s = y − y₀ (y₀ the middle of the piece),
 *             c₀ and c₁ double-doubles and Q of degree 9 to 12 (Chebyshev fits, relative error
 *             below 2^−63);
 *         <li>for z ≥ 6 as G = (1 + t·T(t))/(z√π) with t = 1/z² and T of degree 11 (error
 *             below 2^−62), a near-minimax polynomial in place of the divergent asymptotic
 *             series 1 − t/2 + 3t²/4 − …
 *       </ul>
 *       e^(−z²) is evaluated as a double-double from z² = hi + lo (hi = z·z, lo =
 *       fma(z, z, −hi), so z² is exact): e^(−z²) = 2^−k·e^r, r = k·ln 2 − z² reduced with a
 *       two-part ln 2, |r| ≤ ln 2/2, e^r = 1 + r + r²/2 + r³·E(r) with the leading terms
 *       summed exactly. The product e^(−z²)·G is rounded once; when it is subnormal the scaling
 *       by 2^−k is split so that the rounding into the subnormal range is again the only one.
 * </ul>
 *
 * <p>The coefficients were fitted for this class (mpmath 1.3 Chebyshev interpolation at 60
 * digits, then rounded to double; the fit errors above are before that rounding, which costs at
 * most 2^−58 relative, about 0.03 ULP). Every error term other than the last rounding is thus
 * a small fraction of an ULP, so the result is within 1 ULP of the correctly rounded value and
 * mostly equal to it.
 *
 * <h2>Accuracy (measured)</h2>
 *
 * <p>Against the correctly rounded value of a 40-digit BigDecimal reference ({@code
 * dev.activations.oracle.BigErf}) on 1,000,000 points of {@code ErfTest}'s distribution
 * ([−40, 40], weighted towards [−6, 6], the ends of the pieces, erfc's right tail to its
 * subnormal results, 0 and the subnormal arguments): erf at most 1 ULP (for example at x =
 * −5.718e−5), erfc at most 1 ULP (for example at x = −1.0005), including erfc's far tail
 * (erfc(x) underflows to 0 beyond x ≈ 27.226) and its negative arguments (erfc(x) → 2). About
 * 2% of the results are 1 ULP off, the rest correctly rounded. {@code ErfTest} re-measures
 * this on 100,000 points on every build.
 *
 * <h2>Edge conventions</h2>
 *
 * <p>erf(NaN) = erfc(NaN) = NaN; erf(±0) = ±0; erf(±∞) = ±1; erfc(+∞) = +0, erfc(−∞) = 2;
 * erf(x) = ±1 exactly for |x| ≥ 6 and erfc(x) = 2 for x ≤ −6 (the correctly rounded values);
 * erfc(x) = +0 beyond x ≈ 27.226, where the true value is below half the least subnormal.
 *
 * <p>There is no library call at all, not even {@link StrictMath}: only +, −, ×, ÷ and {@link
 * Math#fma}, each correctly rounded by the Java specification, so the results are bit-identical
 * on every JDK and platform (checked on JDK 17 and 25, compiled and interpreted).
 *
 * <p>The package-private helpers ({@link #expNegSquareTimes}, {@link #mulExpNeg}, {@link
 * #erfExcess}) take their argument as a double-double so that {@link Gauss} can pass z = x/√2
 * without rounding it first.
 */
public final class Erf {
  private Erf() {}

  /** Below this |z| the power series form is used, above it e^(−z²)·G(z). */
  static final double SMALL = 0.5;

  /** From here on the correctly rounded erf(z) is 1 (erfc(6) ≈ 2.2e−17 &lt; 2^−54). */
  static final double ERF_IS_ONE = 6;

  /** From here on erfc(z)·m underflows to 0 for every multiplier m this package uses (≤ 20). */
  static final double TAIL_UNDERFLOW = 27.5;

  /** 1/√2 = INV_SQRT2 + INV_SQRT2_LO to about 106 bits. */
  static final double INV_SQRT2 = 0.7071067811865476;

  static final double INV_SQRT2_LO = -4.833646656726457e-17;

  /** 1/√(2π) as a double-double. */
  static final double INV_SQRT_2PI = 0.3989422804014327;

  static final double INV_SQRT_2PI_LO = -2.49232720227773e-17;

  private static final double INV_SQRT_PI = 0.5641895835477563;
  private static final double INV_SQRT_PI_LO = 7.66772980658294e-18;

  /** 2/√π − 1 as a double-double. */
  private static final double P0 = 0.1283791670955126;

  private static final double P0_LO = -1.2420116002463032e-17;

  /** (erf(z)/z − 2/√π)/z² on z² ∈ [0, 1/4], ascending powers of u = z². */
  private static final double[] ERF_SMALL = {
    -0.37612638903183754, 0.11283791670955126, -0.026866170645131037, 0.005223977625431185,
    -0.0008548327020585921, 0.00012055332553017004, -1.492561124922689e-05,
    1.6459902382312906e-06, -1.6289957297318203e-07, 1.3352351102931638e-08
  };

  /** Upper ends of the y = 1/(1+z) pieces, in z. */
  private static final double[] PIECE_END = {1, 2, 4, ERF_IS_ONE};

  /** Centres y₀ of the pieces (all within a factor 2 of every y of their piece). */
  private static final double[] Y0 = {
    0.5833333333333334, 0.4166666666666667, 0.26666666666666666, 0.17142857142857143
  };

  /** c₀ and c₁ of each piece as double-doubles (high, low). */
  private static final double[] C0 = {
    0.5203801466819156, 0.33874354067973467, 0.19366209627906866, 0.11437593955357904
  };

  private static final double[] C0_LO = {
    1.190701178829934e-17, -1.5344009958321005e-17, 1.244873464963736e-17, 6.0306489436259644e-18
  };
  private static final double[] C1 = {
    1.1313667323915986, 1.0362081783873922, 0.8892792781964275, 0.7739646892140107
  };
  private static final double[] C1_LO = {
    -1.596047403787249e-17, 7.393231608366654e-17, -3.4786869190841214e-17, -3.6165383937021976e-17
  };

  /** Q of each piece, ascending powers of s = y − y₀. */
  private static final double[][] Q = {
    {
      0.17984544765461277, -0.3933156030660294, 0.16518915885252336, 0.10721135049967656,
      -0.23725690014178452, 0.1917852215987996, -0.03127272413770075, -0.1459900058303263,
      0.24981440817978964, -0.22908027673845588, 0.07811368093025169, 0.13651959938177938
    },
    {
      0.395815316610291, -0.44668119731947703, -0.05200727849197848, 0.4398385319736803,
      -0.3743824211534808, -0.10774836444820639, 0.6539611264183317, -0.7898124396868524,
      0.2021281358452256, 0.9883638769264044, -2.1006573239225785, 1.9542954592189168,
      0.24605162834136318
    },
    {
      0.5725416520103501, -0.29666708151358684, -0.4651694692868943, 0.5566292296863418,
      0.3346631180662994, -1.2941664829022657, 0.7285901956287035, 1.986118593196549,
      -4.603205607200131, 1.983946923686777, 9.504136662403138, -22.366709055060237,
      12.868307332753075
    },
    {
      0.6278146112386207, -0.07863562736956428, -0.6440603622514434, 0.11325944896675164,
      1.1610864463628465, -0.7586878415892049, -2.5167529334221324, 4.257132662190349,
      3.973773384775575, -19.38602329262654
    }
  };

  /** T(t) = (z√π·G(z) − 1)/t for t = 1/z² ∈ (0, 1/36], ascending powers of t. */
  private static final double[] TAIL = {
    -0.5, 0.749999999999961, -1.874999999932725, 6.562499954301111, -29.531233869044616,
    162.41849031425264, -1055.2872956721774, 7877.197527207369, -64792.7478745401,
    532959.7989386773, -3596811.2503006705, 13547666.559439512
  };

  /** ln 2 = LN2_HI + LN2_LO; LN2_HI has 32 significant bits, so k·LN2_HI is exact. */
  private static final double LN2_HI = 0x1.62e42fee00000p-1;

  private static final double LN2_LO = 0x1.a39ef35793c76p-33;
  private static final double INV_LN2 = 1.4426950408889634;

  /** E(r) = (e^r − 1 − r − r²/2)/r³ on |r| ≤ 0.35, ascending powers (error below 2^−67). */
  private static final double[] EXP_TAIL = {
    0.16666666666666666, 0.04166666666666667, 0.008333333333333333, 0.0013888888888883332,
    0.00019841269841266136, 2.480158732699005e-05, 2.755731924091844e-06,
    2.755727183153613e-07, 2.5052076794862427e-08, 2.0915433598076003e-09,
    1.608482553369974e-10
  };

  /** Above this a = z², e^(−a)·m is below half the least subnormal for every |m| ≤ 20. */
  private static final double EXP_NEG_UNDERFLOW = 760;

  /** Up to this k, 2^−k·v stays normal for every |v| ≥ 2^−30 that reaches the scaling. */
  private static final int NORMAL_SCALE_LIMIT = 992;

  /**
   * erf(x) = (2/√π)∫₀ˣ e^(−t²) dt, within 1 ULP of the correctly rounded value. erf(±0) = ±0,
   * erf(±∞) = ±1, erf(NaN) = NaN.
   */
  public static double erf(double x) {
    double z = Math.abs(x);
    if (z < SMALL) {
      // z + excess, not x + excess, so that erf(−0) keeps its sign through the copySign.
      return Math.copySign(z + erfExcess(z, 0), x);
    }
    if (z < ERF_IS_ONE) {
      return Math.copySign(1 - expNegSquareTimes(z, 0, 1, 0, 0), x);
    }
    return z == z ? Math.copySign(1.0, x) : x;
  }

  /**
   * erfc(x) = 1 − erf(x), within 1 ULP of the correctly rounded value, with full relative
   * accuracy in the right tail down to the subnormal range. erfc(+∞) = +0, erfc(−∞) = 2,
   * erfc(NaN) = NaN.
   */
  public static double erfc(double x) {
    if (x < SMALL) {
      if (x > -SMALL) {
        // s + e is 1 − x exactly (|x| < 1), so only the final addition rounds; erfc ≥ 0.47.
        double s = 1 - x;
        double e = (1 - s) - x;
        return s + (e - erfExcess(x, 0));
      }
      if (x > -ERF_IS_ONE) {
        return 2 - expNegSquareTimes(-x, 0, 1, 0, 0);
      }
      return 2.0;
    }
    if (x < TAIL_UNDERFLOW) {
      return expNegSquareTimes(x, 0, 1, 0, 0);
    }
    return x == x ? 0.0 : x;
  }

  /**
   * erf(z) − zh for z = zh + zl with |zh| &lt; 1/2 and |zl| ≤ ulp(zh): the part of erf beyond
   * its leading term, so that callers can add zh (or 1 + zh) exactly and round once.
   */
  static double erfExcess(double zh, double zl) {
    double u = zh * zh;
    double w = P0 + u * horner(ERF_SMALL, u);
    return Math.fma(zh, w, zh * P0_LO + zl * (1 + w));
  }

  /**
   * e^(−z²)·(α·G(z) + b), rounded once, where G(z) = e^(z²)·erfc(z) and z = zh + zl, b = bh +
   * bl are double-doubles; needs 1/2 ≤ zh ≤ {@link #TAIL_UNDERFLOW} and |zl| ≤ ulp(zh). With α =
   * 1, b = 0 it is erfc(z); {@link Gauss} folds its factors into α and b so that nothing
   * underflows before the final product. Near a zero of α·G + b the error is absolute (about
   * 2^−59·|α·G|, from the fit of G), not relative.
   */
  static double expNegSquareTimes(double zh, double zl, double alpha, double bh, double bl) {
    double gh;
    double gl;
    if (zh < ERF_IS_ONE) {
      int i = 0;
      while (zh >= PIECE_END[i]) {
        i++;
      }
      // y = 1/(1 + z) as a double-double: 1 + z by a two-sum, then one Newton correction.
      double dh = 1 + zh;
      double dv = dh - zh;
      double dl = ((zh - (dh - dv)) + (1 - dv)) + zl;
      double yh = 1 / dh;
      double yl = yh * (Math.fma(-yh, dh, 1) - yh * dl);
      double s = yh - Y0[i]; // exact: yh is within a factor 2 of Y0[i]
      double c1 = C1[i];
      double p = c1 * s;
      double pe = Math.fma(c1, s, -p);
      gh = C0[i] + p; // |p| < C0[i]/3 on every piece, so the fast two-sum below is exact
      double e = (C0[i] - gh) + p;
      gl = e + pe + C0_LO[i] + c1 * yl + C1_LO[i] * s + s * s * horner(Q[i], s);
    } else {
      double t = 1 / (zh * zh);
      double h = t * horner(TAIL, t);
      double qh = INV_SQRT_PI / zh;
      double ql = (Math.fma(-qh, zh, INV_SQRT_PI) + INV_SQRT_PI_LO - qh * zl) / zh;
      gh = qh;
      gl = ql + qh * h;
    }
    double mh = alpha * gh;
    double ml = Math.fma(alpha, gh, -mh) + alpha * gl;
    if (bh != 0) {
      double sum = mh + bh;
      double bv = sum - mh;
      double err = (mh - (sum - bv)) + (bh - bv);
      mh = sum;
      ml = ml + err + bl;
    }
    double ah = zh * zh;
    double al = Math.fma(zh, zh, -ah) + 2 * zh * zl;
    return mulExpNeg(ah, al, mh, ml);
  }

  /**
   * (mh + ml)·e^(−(ah + al)), rounded once (twice, harmlessly, only at an exact tie in the
   * subnormal range). Needs ah ≥ 0 finite, |al| ≤ ulp(ah), and |mh| ≥ 2^−30 whenever ah &gt; 680
   * (so that the result can only leave the normal range through the final scaling).
   */
  static double mulExpNeg(double ah, double al, double mh, double ml) {
    if (ah > EXP_NEG_UNDERFLOW) {
      return mh * 0.0;
    }
    double k = Math.rint(ah * INV_LN2);
    // r = k·ln 2 − a: k·LN2_HI is exact and within a factor 2 of ah (Sterbenz), so rh is exact.
    double rh = k * LN2_HI - ah;
    double rl = k * LN2_LO - al;
    double r = rh + rl;
    double rv = r - rh;
    double rr = (rh - (r - rv)) + (rl - rv);
    // e^(r + rr) = 1 + r + r²/2 + r³·E(r) + rr·(1 + r), the first three terms summed exactly.
    double r2 = r * r;
    double r2e = Math.fma(r, r, -r2);
    double s1 = 1 + r;
    double e1 = (1 - s1) + r;
    double half = 0.5 * r2;
    double s2 = s1 + half;
    double e2 = (s1 - s2) + half;
    double low = e1 + e2 + 0.5 * r2e + rr * (1 + r) + r2 * r * horner(EXP_TAIL, r);
    // low holds the cubic and higher terms too (up to 0.008), so renormalise before multiplying.
    double eh = s2 + low;
    double el = (s2 - eh) + low;
    double ph = eh * mh;
    double pl = Math.fma(eh, mh, -ph) + (eh * ml + el * mh);
    int n = (int) k;
    if (n <= NORMAL_SCALE_LIMIT) {
      return (ph + pl) * twoToMinus(n);
    }
    // Scale first by 2^−(n − 992), exactly, then split off what the last scaling rounds away.
    double pre = twoToMinus(n - NORMAL_SCALE_LIMIT);
    double hi = ph * pre;
    double lo = pl * pre;
    double post = twoToMinus(NORMAL_SCALE_LIMIT);
    double v = (hi + lo) * post;
    if (Math.abs(v) >= Double.MIN_NORMAL) {
      return v;
    }
    double vh = hi * post;
    double cut = hi - vh * (1 / post); // exact: the bits of hi below the subnormal grid
    return vh + (cut + lo) * post;
  }

  /** 2^−n for 0 ≤ n ≤ 1022. */
  private static double twoToMinus(int n) {
    return Double.longBitsToDouble((long) (1023 - n) << 52);
  }

  private static double horner(double[] c, double x) {
    double acc = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      acc = Math.fma(acc, x, c[i]);
    }
    return acc;
  }
}
