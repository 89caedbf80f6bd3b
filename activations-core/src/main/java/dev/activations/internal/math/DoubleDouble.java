package dev.activations.internal.math;

/**
 * Double-double arithmetic and an exponential accurate to about 2^−70 relative, so that the
 * logistic family (σ, σ', x·σ(x), tanh, sech²) rounds once, at the end, and stays within a
 * fraction of an ULP of the correctly rounded result.
 *
 * <p>A double-double is an unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2; results are written
 * into a caller's {@code double[2]} so that nothing is allocated per element.
 *
 * <p>e^x: x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, r carried as a double-double (ln2/64 is
 * split in three parts, the first with 36 significant bits so that n·L1 is exact); e^r − 1 is
 * r + r²·(1/2 + r/6 + … + r⁵/5040), whose truncation error is below 2^−70; then
 * e^x = 2^k·2^(j/64)·e^r with 2^(j/64) tabulated as double-doubles (the exact values of the
 * powers of two, rounded to 106 bits).
 */
public final class DoubleDouble {
  private DoubleDouble() {}

  private static final double INV_L = 0x1.71547652b82fep+6;
  private static final double L1 = 0x1.62e42fefa0000p-7;
  private static final double L2 = 0x1.cf79abc9e3b3ap-46;
  private static final double L3 = -0x1.ff0342542fc33p-100;

  /** 2^(j/64), high parts. */
  private static final double[] T_HI = {
      0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0,
      0x1.0874518759bc8p+0, 0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0,
      0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0, 0x1.172b83c7d517bp+0,
      0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
      0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0,
      0x1.2d285a6e4030bp+0, 0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0,
      0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0, 0x1.3dea64c123422p+0,
      0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
      0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0,
      0x1.56f4736b527dap+0, 0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0,
      0x1.6247eb03a5585p+0, 0x1.6623882552225p+0, 0x1.6a09e667f3bcdp+0,
      0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
      0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0,
      0x1.868d99b4492edp+0, 0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0,
      0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0, 0x1.9c49182a3f090p+0,
      0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
      0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0,
      0x1.bcc1e904bc1d2p+0, 0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0,
      0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0, 0x1.d5818dcfba487p+0,
      0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
      0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0,
      0x1.fa7c1819e90d8p+0,
  };

  /** 2^(j/64), low parts. */
  private static final double[] T_LO = {
      0x0.0p0, -0x1.19083535b085dp-56, 0x1.d73e2a475b465p-55,
      0x1.186be4bb284ffp-57, 0x1.8a62e4adc610bp-54, 0x1.03a1727c57b53p-59,
      -0x1.6c51039449b3ap-54, -0x1.32fbf9af1369ep-54, -0x1.19041b9d78a76p-55,
      0x1.e5b4c7b4968e4p-55, 0x1.e016e00a2643cp-54, 0x1.dc775814a8495p-55,
      0x1.9b07eb6c70573p-54, 0x1.2bd339940e9d9p-55, 0x1.612e8afad1255p-55,
      0x1.0024754db41d5p-54, 0x1.6f46ad23182e4p-55, 0x1.32721843659a6p-54,
      -0x1.63aeabf42eae2p-54, -0x1.5e436d661f5e3p-56, 0x1.ada0911f09ebcp-55,
      -0x1.ef3691c309278p-58, 0x1.89b7a04ef80d0p-59, 0x1.3c1a3b69062f0p-56,
      0x1.d4397afec42e2p-56, -0x1.4b309d25957e3p-54, -0x1.07abe1db13cadp-55,
      0x1.9bb2c011d93adp-54, 0x1.6324c054647adp-54, 0x1.ba6f93080e65ep-54,
      -0x1.383c17e40b497p-54, -0x1.bb60987591c34p-54, -0x1.bdd3413b26456p-54,
      -0x1.bbe3a683c88abp-57, -0x1.16e4786887a99p-55, -0x1.0245957316dd3p-54,
      -0x1.41577ee04992fp-55, 0x1.05d02ba15797ep-56, -0x1.d4c1dd41532d8p-54,
      -0x1.fc6f89bd4f6bap-54, 0x1.6e9f156864b27p-54, 0x1.5cc13a2e3976cp-55,
      -0x1.75fc781b57ebcp-57, -0x1.d185b7c1b85d1p-54, 0x1.c7c46b071f2bep-56,
      -0x1.359495d1cd533p-54, -0x1.d2f6edb8d41e1p-54, 0x1.0fac90ef7fd31p-54,
      0x1.7a1cd345dcc81p-54, -0x1.2805e3084d708p-57, -0x1.5584f7e54ac3bp-56,
      0x1.23dd07a2d9e84p-55, 0x1.11065895048ddp-55, 0x1.2884dff483cadp-54,
      0x1.503cbd1e949dbp-56, -0x1.cbc3743797a9cp-54, 0x1.2ed02d75b3707p-55,
      0x1.c2300696db532p-54, -0x1.1a5cd4f184b5cp-54, 0x1.39e8980a9cc8fp-55,
      -0x1.e9c23179c2893p-54, 0x1.dc7f486a4b6b0p-54, 0x1.9d3e12dd8a18bp-54,
      0x1.74853f3a5931ep-55,
  };

  /** Largest x with a finite e^x. */
  static final double EXP_OVERFLOW = 0x1.62e42fefa39efp+9;

  /**
   * e^x as a double-double into out; x finite and ≤ {@link #EXP_OVERFLOW}. Below about −708
   * the high part is rounded into the subnormal range (the result then has the absolute
   * accuracy of a subnormal).
   */
  public static void exp(double x, double[] out) {
    expScaled(x, 0, out);
  }

  /** e^x·2^scale as a double-double; used where a small power of two follows the exponential. */
  static void expScaled(double x, int scale, double[] out) {
    if (!(x > -2000)) {
      // zero even after the largest scale used; NaN stays NaN
      out[0] = x != x ? x : 0.0;
      out[1] = 0.0;
      return;
    }
    double n = Math.rint(x * INV_L);
    // x − n·L1 is exact: n·L1 is exact and close to x.
    double rh = x - n * L1;
    double t = n * L2;
    double r = rh - t;
    double rl = ((rh - r) - t) - n * L3;
    int ni = (int) n;
    int j = ni & 63;
    int k = ((ni - j) >> 6) + scale;
    double em1h;
    double em1l;
    {
      double p = r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120
          + r * (1.0 / 720 + r * (1.0 / 5040))))));
      // e^r − 1 = r + rl + p + r·rl, as a double-double
      double s = r + p;
      em1l = (r - s + p) + rl + r * rl;
      em1h = s;
    }
    // e^r = 1 + em1, |em1| < 0.0055
    double eh = 1 + em1h;
    double el = (1 - eh + em1h) + em1l;
    // times 2^(j/64)
    double th = T_HI[j];
    double tl = T_LO[j];
    double ph = th * eh;
    double pl = Math.fma(th, eh, -ph) + (th * el + tl * eh);
    double h = ph + pl;
    double l = pl - (h - ph);
    if (k < -1000) {
      // two steps so that the scale factors stay normal
      out[0] = Math.scalb(Math.scalb(h, k + 600), -600);
      out[1] = Math.scalb(Math.scalb(l, k + 600), -600);
    } else if (k > 1000) {
      out[0] = Math.scalb(Math.scalb(h, k - 600), 600);
      out[1] = Math.scalb(Math.scalb(l, k - 600), 600);
    } else {
      out[0] = Math.scalb(h, k);
      out[1] = Math.scalb(l, k);
    }
  }

  /** e^x − 1 as a double-double into out; x finite and ≤ {@link #EXP_OVERFLOW}. */
  static void expm1(double x, double[] out) {
    if (Math.abs(x) < 0x1.62e42fefa39efp-8) {
      double p = x * x * (0.5 + x * (1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120
          + x * (1.0 / 720 + x * (1.0 / 5040))))));
      double s = x + p;
      out[0] = s;
      out[1] = x - s + p;
      return;
    }
    exp(x, out);
    twoSum(out[0], -1.0, out[1], out);
  }

  /** (a + b) + c as a normalised double-double, c small. */
  public static void twoSum(double a, double b, double c, double[] out) {
    double s = a + b;
    double bb = s - a;
    double err = (a - (s - bb)) + (b - bb);
    double h = s + (err + c);
    out[1] = (err + c) - (h - s);
    out[0] = h;
  }

  /** (ah + al)/(bh + bl), rounded to a double. */
  public static double divide(double ah, double al, double bh, double bl) {
    double q = ah / bh;
    double r = Math.fma(-q, bh, ah) + (al - q * bl);
    return q + r / bh;
  }

  /** (ah + al)/(bh + bl) as a double-double into out. */
  public static void divide(double ah, double al, double bh, double bl, double[] out) {
    double q = ah / bh;
    double r = Math.fma(-q, bh, ah) + (al - q * bl);
    double q2 = r / bh;
    double h = q + q2;
    out[1] = q2 - (h - q);
    out[0] = h;
  }

  /** (ah + al)·(bh + bl) as a double-double into out. */
  public static void multiply(double ah, double al, double bh, double bl, double[] out) {
    double p = ah * bh;
    double e = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
    double h = p + e;
    out[1] = e - (h - p);
    out[0] = h;
  }

  /**
   * log(1 + x) for x = xh + xl ≥ 0 as a double-double into out: below 1e−5 the series, above
   * StrictMath.log1p refined by one Newton step on e^y = 1 + x evaluated in double-double.
   */
  static void log1p(double xh, double xl, double[] out) {
    if (xh < 1e-5) {
      // The Newton step below works near 1, where a double-double resolves only 2^−106; a small
      // result needs better, so use the series x − x²/2 + x³/3 − x⁴/4 (next term below 2^−68).
      double s = xh * xh * (-0.5 + xh * (1.0 / 3 - 0.25 * xh));
      twoSum(xh, s, xl, out);
      return;
    }
    double y0 = StrictMath.log1p(xh);
    double[] e = new double[2];
    exp(-y0, e);
    double[] u = new double[2];
    twoSum(1, xh, xl, u);
    multiply(u[0], u[1], e[0], e[1], u);
    // log(1 + x) = y0 + log((1 + x)e^−y0), and (1 + x)e^−y0 − 1 is of the order of 2^−52
    twoSum(u[0], -1, u[1], u);
    twoSum(y0, u[0], u[1], out);
  }
}
