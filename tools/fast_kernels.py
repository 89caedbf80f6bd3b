"""The FAST float kernels: one file per function, Fast<Name>.java, each holding the Vector API
kernel (class Panama, FloatVector.SPECIES_PREFERRED: every float lane the hardware has) and its
scalar twin (class Scalar), written from one definition below.

Each definition is a list of operations on a recorder `g`; the recorder writes every operation
twice, once as a FloatVector/IntVector statement and once as the same float/int statement, so
that both paths compute the same operations in the same order (fma as Math.fma, compare+blend as
a conditional, bit tricks as Float.floatToRawIntBits): their results are identical bit for bit.

Cores (float, round to nearest):
- exp: a = clamp(a) ≤ 0; k = round(a·log2 e) from the shifter 1.5·2^23 + 127 + OFF (k lands in
  the low mantissa bits, so no float→int conversion, which JDK 17 does not vectorise, and the
  exponent bias with it); r = a − k·ln2 in two fmas; e^r − 1 = r + r²·P(r) with P of degree 4
  (fitted with mpmath/numpy, relative error 0.3·2^−24); 2^(k+OFF) is the shifter's bits shifted
  left by 23. Results that are subnormal in float are kept scaled by 2^OFF until the last
  multiplication, which rounds once.
- log1p(e), 0 ≤ e ≤ 1: 2·atanh(s) with s = e/(2 + e), 2s + s·z·Q(z), z = s², Q of degree 3.
Clamps of −|x| are integer operations on the bits (G.neg_abs_clamped); the other clamps are
compare+blend (no max/min, which cost more on both JDKs); there is one division per value.

Called by panama_kernels.py, which also writes the factories in the providers.
"""
import math

import numpy as np

OFF = 40  # exponent offset that keeps subnormal results scaled until the last multiplication
P_EXPM1 = [0.4999999701976776, 0.16666539013385773, 0.04166722297668457, 0.008367180824279785,
           0.0013882393250241876]
Q_LOG = [0.666664183139801, 0.4002152681350708, 0.28001803159713745, 0.280119925737381]


def f32(c):
    """A Java float literal that parses to the float nearest c (the shortest that round-trips)."""
    v = np.float32(c)
    t = np.format_float_positional(v, unique=True, trim='0')
    if len(t) > 12:
        t = np.format_float_scientific(v, unique=True, trim='0').replace('e+', 'e')
    return t + 'f'


class Var:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind


class G:
    """Records each operation as a vector statement and as its scalar twin."""

    def __init__(self, x, prefix='t'):
        self.vec, self.sca, self.k = [], [], 0
        self.x = Var(x, 'f')
        self.prefix = prefix

    def _let(self, kind, vexpr, sexpr):
        name = '%s%d' % (self.prefix, self.k)
        self.k += 1
        vt = {'f': 'FloatVector', 'i': 'IntVector'}[kind]
        st = {'f': 'float', 'i': 'int'}[kind]
        self.vec.append('%s %s = %s;' % (vt, name, vexpr))
        self.sca.append('%s %s = %s;' % (st, name, sexpr))
        return Var(name, kind)

    @staticmethod
    def _v(a):
        """A float operand in a vector expression: a variable, or a broadcast constant."""
        return a.name if isinstance(a, Var) else 'FloatVector.broadcast(S, %s)' % f32(a)

    @staticmethod
    def _s(a):
        return a.name if isinstance(a, Var) else f32(a)

    def _bin(self, a, b, vop, sop):
        vb = b.name if isinstance(b, Var) else f32(b)
        return self._let('f', '%s.%s(%s)' % (a.name, vop, vb), '%s %s %s' % (a.name, sop, self._s(b)))

    def add(self, a, b): return self._bin(a, b, 'add', '+')
    def sub(self, a, b): return self._bin(a, b, 'sub', '-')
    def mul(self, a, b): return self._bin(a, b, 'mul', '*')
    def div(self, a, b): return self._bin(a, b, 'div', '/')

    def rdiv(self, c, b):
        """c / b for a constant c."""
        return self._let('f', '%s.div(%s)' % (self._v(c), b.name), '%s / %s' % (f32(c), b.name))

    def rsub(self, c, b):
        """c − b for a constant c."""
        return self._let('f', '%s.sub(%s)' % (self._v(c), b.name), '%s - %s' % (f32(c), b.name))

    def neg(self, a): return self._let('f', '%s.neg()' % a.name, '-%s' % a.name)
    def abs(self, a): return self._let('f', '%s.abs()' % a.name, 'Math.abs(%s)' % a.name)

    def fma(self, a, b, c):
        """a·b + c, rounded once."""
        if isinstance(b, Var) or isinstance(c, Var):
            v = '%s.fma(%s, %s)' % (a.name, self._v(b), self._v(c))
        else:
            v = '%s.fma(%s, %s)' % (a.name, f32(b), f32(c))
        return self._let('f', v, 'Math.fma(%s, %s, %s)' % (a.name, self._s(b), self._s(c)))

    OPS = {'LT': '<', 'LE': '<=', 'GT': '>', 'GE': '>=', 'EQ': '=='}

    def blend(self, a, b, c, op, d):
        """c op d ? b : a (false for NaN, in both paths)."""
        vd = d.name if isinstance(d, Var) else f32(d)
        va = a.name if isinstance(a, Var) else self._v(a)
        return self._let('f', '%s.blend(%s, %s.compare(%s, %s))' % (va, self._v(b), c.name, op, vd),
                         '%s %s %s ? %s : %s' % (c.name, self.OPS[op], self._s(d), self._s(b), self._s(a)))

    def bits(self, a):
        return self._let('i', '%s.reinterpretAsInts()' % a.name, 'Float.floatToRawIntBits(%s)' % a.name)

    def floats(self, i):
        return self._let('f', '%s.reinterpretAsFloats()' % i.name, 'Float.intBitsToFloat(%s)' % i.name)

    def iadd(self, i, c): return self._let('i', '%s.add(%d)' % (i.name, c), '%s + %d' % (i.name, c))
    def ishl(self, i, n): return self._let('i', '%s.lanewise(LSHL, %d)' % (i.name, n), '%s << %d' % (i.name, n))
    def iand(self, i, c): return self._let('i', '%s.and(%s)' % (i.name, c), '%s & %s' % (i.name, c))
    def ior(self, i, j): return self._let('i', '%s.or(%s)' % (i.name, j.name), '%s | %s' % (i.name, j.name))
    def iashr(self, i, n): return self._let('i', '%s.lanewise(ASHR, %d)' % (i.name, n), '%s >> %d' % (i.name, n))
    def iandnot(self, i, j): return self._let('i', '%s.lanewise(AND_NOT, %s)' % (i.name, j.name), '%s & ~%s' % (i.name, j.name))

    def positive_part(self, x):
        """max(x, 0) as x's bits with every sign-bit lane cleared to +0: two integer operations
        instead of a compare and blend (NaN with the sign bit set gives +0; callers add a NaN)."""
        b = self.bits(x)
        return self.floats(self.iandnot(b, self.iashr(b, 31)))

    def imin(self, i, c): return self._let('i', '%s.lanewise(MIN, %d)' % (i.name, c), 'Math.min(%s, %d)' % (i.name, c))

    def neg_abs_clamped(self, x, lo):
        """−min(|x|, −lo) for lo < 0, NaN kept, in integer operations on the bits: no compare and
        blend, whose masks JDK 17 builds slowly (a sigmoid with this clamp ran 0.24 → 0.19
        ns/element there). |x|'s bits are shifted by NAN_WRAP so that NaNs wrap to the negative
        integers and pass the signed minimum; the last addition undoes the shift and sets the sign.
        The same value as blend(−|x|, lo, −|x| < lo), bit for bit, for every x but NaN."""
        b = self.iadd(self.iand(self.bits(x), '0x7fffffff'), NAN_WRAP)
        b = self.imin(b, float_bits(-lo) + NAN_WRAP)
        return self.floats(self.iadd(b, 0x80000000 - NAN_WRAP))

    def horner(self, x, cs):
        p = self.fma(x, cs[-1], cs[-2])
        for c in reversed(cs[:-2]):
            p = self.fma(p, x, c)
        return p


NAN_WRAP = 0x007fffff  # |x|'s bits + NAN_WRAP: 0x7fffffff for ∞, negative (wrapped) for every NaN


def float_bits(c):
    return int(np.float32(c).view(np.int32))


SHIFT = 12582912.0  # 1.5·2^23: adding it rounds to an integer held in the low mantissa bits
LOG2E = 1.4426950408889634
LN2_HI = 0.693145751953125  # 12 significant bits: k·LN2_HI is exact
LN2_LO = 1.4286068203094172e-06


def reduce(g, a, lo, off, clamped=False, al=None):
    """(q, s) with e^(a + al) ≈ s·(1 + q)·2^−off: a clamped to ≥ lo (already, when clamped),
    s = 2^(k+off), q = e^r − 1; al (|al| ≤ ulp(a), or none) is added to the reduced argument r."""
    ac = a if clamped else g.blend(a, lo, a, 'LT', lo)
    # the shifter carries the exponent bias: t = SHIFT + 127 + off + k, in the same binade as SHIFT
    # (its ulp is 1, and no a·log2 e in range is a tie), so k is what SHIFT alone gives and
    # bits(t) << 23 keeps only k + 127 + off: 2^(k+off), with no integer addition
    sh = SHIFT + 127 + off
    t = g.fma(ac, LOG2E, sh)
    k = g.sub(t, sh)
    r = g.fma(k, -LN2_HI, ac)
    r = g.fma(k, -LN2_LO, r)
    if al is not None:
        r = g.add(r, al)
    q = g.fma(g.mul(r, r), g.horner(r, P_EXPM1), r)
    s = g.floats(g.ishl(g.bits(t), 23))
    return q, s


def exp_scaled(g, a, clamped=False):
    """e^a·2^OFF for a ≤ 0 (a < −110 gives e^−110·2^OFF, which every caller takes as 0)."""
    q, s = reduce(g, a, -110.0, OFF, clamped)
    return g.fma(q, s, s)


def exp_neg_abs_scaled(g, x):
    """e^−|x|·2^OFF (e^−110·2^OFF for |x| > 110), the clamp in integer operations."""
    return exp_scaled(g, g.neg_abs_clamped(x, -110.0), True)


def expm1_neg(g, a, clamped=False):
    """e^a − 1 for a ≤ 0 (−1 below −18, where it rounds to −1); +0 for a = ±0."""
    q, s = reduce(g, a, -18.0, 0, clamped)
    return g.fma(q, s, g.sub(s, 1.0))


def expm1_neg_abs(g, x):
    """expm1(−|x|), the clamp in integer operations; callers that want expm1(x) take it for
    x ≤ 0 only and blend the rest away."""
    return expm1_neg(g, g.neg_abs_clamped(x, -18.0), True)


UNSCALE = 2.0 ** -OFF


def logistic_parts(g, x):
    """es = e^−|x|·2^OFF, e = e^−|x| and d = 1 + e."""
    es = exp_neg_abs_scaled(g, x)
    e = g.mul(es, UNSCALE)
    return es, e, g.add(e, 1.0)


def sigmoid(g):
    x = g.x
    es, e, d = logistic_parts(g, x)
    return g.div(g.blend(1.0, e, x, 'LT', 0.0), d)


def sigmoid_d(g):
    """e/(1 + e)², (1 + e)² as fma(e, e + 2, 1): e + 2 rounds with an error below 2^−23, which
    the product with e ≤ 1 keeps below a quarter of the result's ulp. e is rounded before the
    division: where it is subnormal (x < −87.3) the quotient is e to within 2^−23, so the two
    roundings stay within one ulp of the subnormal range."""
    x = g.x
    e = g.mul(exp_neg_abs_scaled(g, x), UNSCALE)
    return g.div(e, g.fma(e, g.add(e, 2.0), 1.0))


def log_sigmoid_neg(g):
    x = g.x
    es, e, d = logistic_parts(g, x)
    return g.div(g.blend(e, 1.0, x, 'LT', 0.0), d)


def tanh(g):
    x = g.x
    u = g.mul(g.neg_abs_clamped(x, -9.0), 2.0)  # max(−2|x|, −18): the doubling is exact
    m = expm1_neg(g, u, True)
    w = g.abs(g.div(m, g.add(m, 2.0)))
    sign = g.iand(g.bits(x), 'Integer.MIN_VALUE')
    return g.floats(g.ior(g.bits(w), sign))


def tanh_d(g):
    x = g.x
    es = exp_scaled(g, g.mul(g.neg_abs_clamped(x, -55.0), 2.0), True)
    e = g.mul(es, UNSCALE)
    return g.mul(g.div(es, g.fma(e, g.add(e, 2.0), 1.0)), 4 * UNSCALE)


def elu(g):
    x = g.x
    m = expm1_neg_abs(g, x)
    return g.blend(g.mul(m, Var('alpha', 'f')), x, x, 'GE', 0.0)


def elu_d(g):
    x = g.x
    es = exp_neg_abs_scaled(g, x)
    return g.blend(g.mul(g.mul(es, Var('alpha', 'f')), UNSCALE), 1.0, x, 'GT', 0.0)


SELU_LAMBDA = 1.0507009873554805
SELU_LAMBDA_ALPHA = 1.7580993408473768
# λ = hi + lo with hi the float below λ, so that lo > 0 (see selu)
SELU_LAMBDA_HI = float(np.nextafter(np.float32(SELU_LAMBDA), np.float32(0)))
SELU_LAMBDA_LO = float(np.float32(SELU_LAMBDA - SELU_LAMBDA_HI))
FLOAT_MAX = float(np.finfo(np.float32).max)


def selu(g):
    x = g.x
    m = expm1_neg_abs(g, x)
    # λx rounded once: λ = hi + lo, fma(x, hi, x·lo). lo > 0 keeps x·lo the sign of x, so that
    # λ·(±0) = ±0 and λ·∞ = ∞ with no blend, and λx overflows where the correctly rounded product
    # does
    pos = g.fma(x, SELU_LAMBDA_HI, g.mul(x, SELU_LAMBDA_LO))
    return g.blend(g.mul(m, SELU_LAMBDA_ALPHA), pos, x, 'GE', 0.0)


def selu_d(g):
    x = g.x
    es = exp_neg_abs_scaled(g, x)
    return g.blend(g.mul(g.mul(es, SELU_LAMBDA_ALPHA), UNSCALE), SELU_LAMBDA, x, 'GT', 0.0)


def celu(g):
    x = g.x
    u = g.div(x, Var('alpha', 'f'))
    m = expm1_neg_abs(g, u)
    # where x/α > −2^−25, α·expm1(x/α) rounds to x (α > 0)
    return g.blend(g.mul(m, Var('alpha', 'f')), x, u, 'GE', -2.0 ** -25)


def celu_d(g):
    x = g.x
    es = exp_neg_abs_scaled(g, g.div(x, Var('alpha', 'f')))
    return g.blend(g.mul(es, UNSCALE), 1.0, x, 'GT', 0.0)


def log1p_scaled(g, es):
    """log(1 + e)·2^OFF for e = es·2^−OFF in [0, 1]."""
    s = g.div(es, g.add(g.mul(es, UNSCALE), 2.0))
    sn = g.mul(s, UNSCALE)
    z = g.mul(sn, sn)
    return g.fma(g.mul(s, z), g.horner(z, Q_LOG), g.mul(s, 2.0))


def softplus(g):
    x = g.x
    es = exp_neg_abs_scaled(g, x)
    l = g.mul(log1p_scaled(g, es), UNSCALE)
    y = g.add(g.positive_part(x), l)
    return g.blend(y, x, x, 'GT', Var('threshold', 'f'))


def softplus_d(g):
    return g.blend(sigmoid(g), 1.0, g.x, 'GT', Var('threshold', 'f'))


def logsigmoid(g):
    x = g.x
    es = exp_neg_abs_scaled(g, x)
    l = g.mul(log1p_scaled(g, es), UNSCALE)
    nx = g.neg(x)
    return g.neg(g.add(g.positive_part(nx), l))


def silu(g):
    x = g.x
    es, e, d = logistic_parts(g, x)
    xc = g.blend(x, -110.0, x, 'LT', -110.0)
    num = g.blend(1.0, es, x, 'LT', 0.0)
    scale = g.blend(1.0, UNSCALE, x, 'LT', 0.0)
    return g.mul(g.div(g.mul(xc, num), d), scale)


def silu_d(g):
    """silu'(x) = σ(x)(1 + x·σ(−x)): e·((1 + x) + e)/(1 + e)² for x < 0 (1 + x is exact, so the
    sum that crosses zero near −1.278 rounds once), (1 + e + x·e)/(1 + e)² for x ≥ 0, e = e^−|x|;
    e·(…) formed from the exponential's unrounded parts, (1 + e)² as fma(e, e + 2, 1)."""
    x = g.x
    q, s = reduce(g, g.neg_abs_clamped(x, -110.0), -110.0, OFF, True)
    es = g.fma(q, s, s)
    e = g.mul(es, UNSCALE)
    d2 = g.fma(e, g.add(e, 2.0), 1.0)
    xn = g.blend(x, -110.0, x, 'LT', -110.0)
    k = g.add(g.add(xn, 1.0), e)
    neg = g.fma(g.mul(s, q), k, g.mul(s, k))
    xp = g.blend(x, 110.0, x, 'GT', 110.0)  # x·e is 0, not ∞·0, at +∞
    pos = g.fma(xp, e, g.add(e, 1.0))
    num = g.blend(pos, neg, x, 'LT', 0.0)
    scale = g.blend(1.0, UNSCALE, x, 'LT', 0.0)
    return g.mul(g.div(num, d2), scale)


MISH_LINEAR = 12.0  # above it x·tanh(softplus(x)) rounds to x in float (from 9.4 on)


def mish(g):
    """mish(x) = x·n/(n + 2), n = e(e + 2), e = e^x = s(1 + q), with two roundings in all.

    n = s·(2 + v), v = 2q + s(1 + q)², is formed from q and the power of two s rather than from e
    rounded (one rounding instead of two). The quotient is N·R: N = x·n and R = 1/D with
    D = n + 2, each carried with its error (Nl = fma(x, n, −N), exact; Dl = n − (D − 2), exact
    where it matters, below D = 2^24; eR = 1 − (D + Dl)·R), so that only n's rounding and the last
    fma count. A plain x·n/(n + 2) collects six roundings and reaches 4 ULP near x = −2.
    """
    x = g.x
    xl = g.blend(x, MISH_LINEAR, x, 'GT', MISH_LINEAR)
    q, s = reduce(g, xl, -110.0, OFF)
    su = g.mul(s, UNSCALE)
    q1 = g.add(q, 1.0)
    v = g.fma(g.mul(su, q1), q1, g.mul(q, 2.0))
    ns = g.fma(s, v, g.mul(s, 2.0))
    n = g.mul(ns, UNSCALE)
    d = g.add(n, 2.0)
    dl = g.sub(n, g.sub(d, 2.0))
    r = g.rdiv(1.0, d)
    er = g.fma(g.neg(dl), r, g.fma(g.neg(d), r, 1.0))
    rl = g.mul(r, er)
    xc = g.blend(x, -110.0, x, 'LT', -110.0)
    num = g.mul(xc, ns)
    numl = g.fma(xc, ns, g.neg(num))
    y = g.mul(g.fma(num, r, g.fma(num, rl, g.mul(numl, r))), UNSCALE)
    y = g.blend(y, x, x, 'EQ', 0.0)  # mish(±0) = ±0
    return g.blend(y, x, x, 'GT', MISH_LINEAR)


def split(c):
    """c as hi + lo, two floats."""
    hi = float(np.float32(c))
    return hi, float(np.float32(c - hi))


GELU_K = 1.5957691216057308  # 2·sqrt(2/π), EXACT's constants (double)
GELU_KC = 1.5957691216057308 * 0.044715
GELU_K_HI, GELU_K_LO = split(GELU_K)
GELU_KC_HI, GELU_KC_LO = split(GELU_KC)
GELU_LINEAR = 12.0  # above it gelu(x) rounds to x (from about 5 on); below −12 it rounds to −0


def gelu_tanh_argument(g, xc):
    """t = x·(K + KC·x²) as th + tl, to about 2^−40 relative: for x ≪ 0 the result is about
    x·e^t, whose relative error is |t| (up to 100) times t's."""
    w = g.mul(xc, xc)
    wl = g.fma(xc, xc, g.neg(w))
    a = g.mul(w, GELU_KC_HI)
    al = g.fma(w, GELU_KC_HI, g.neg(a))
    p = g.add(a, GELU_K_HI)  # a + K_hi = p + err, exactly (2Sum)
    bb = g.sub(p, a)
    err = g.add(g.sub(a, g.sub(p, bb)), g.rsub(GELU_K_HI, bb))
    lo = g.fma(w, GELU_KC_LO, GELU_K_LO)
    lo = g.add(g.add(g.fma(wl, GELU_KC_HI, lo), al), err)
    th = g.mul(xc, p)
    tl = g.fma(xc, lo, g.fma(xc, p, g.neg(th)))
    return th, tl


def gelu_tanh(g):
    """gelu(x, tanh) = x·σ(t), t = 2·sqrt(2/π)(x + 0.044715x³): x·m/(1 + e), e = e^−|t|, m = e for
    t < 0, else 1. t is carried in two floats (gelu_tanh_argument) and so is the exponential's
    argument; x·m and 1/(1 + e) are carried with their rounding errors, as in mish."""
    x = g.x
    xc = g.blend(x, -GELU_LINEAR, x, 'LT', -GELU_LINEAR)
    th, tl = gelu_tanh_argument(g, xc)
    nh = g.neg_abs_clamped(th, -110.0)
    nl = g.blend(tl, g.neg(tl), th, 'GT', 0.0)
    q, s = reduce(g, nh, -110.0, OFF, True, nl)
    es = g.fma(q, s, s)
    e = g.mul(es, UNSCALE)
    d = g.add(e, 1.0)
    dl = g.add(g.rsub(1.0, d), e)  # exact: e ≤ 1
    r = g.rdiv(1.0, d)
    er = g.fma(g.neg(dl), r, g.fma(g.neg(d), r, 1.0))
    rl = g.mul(r, er)
    m = g.blend(es, 2.0 ** OFF, th, 'GT', 0.0)
    num = g.mul(xc, m)
    numl = g.fma(xc, m, g.neg(num))
    y = g.mul(g.fma(num, r, g.fma(num, rl, g.mul(numl, r))), UNSCALE)
    y = g.blend(y, x, x, 'EQ', 0.0)  # gelu(±0) = ±0
    return g.blend(y, x, x, 'GT', GELU_LINEAR)


def mish_d(g):
    """mish'(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), written in e = e^−|x| as one
    quotient: for x < 0, e·K/(e² + 2e + 2)² with K = 4(1 + x) + e(6 + 4x + e(4 + e)) (1 + x exact
    where the sum crosses zero near −1.19; e·K from the exponential's unrounded parts; the square
    as one polynomial in e, so its rounding is not doubled); for x ≥ 0,
    ((1 + 2e)·A + 4x·e²(1 + e))/A² with A = 1 + 2e + 2e²: every term positive."""
    x = g.x
    q, s = reduce(g, g.neg_abs_clamped(x, -110.0), -110.0, OFF, True)
    es = g.fma(q, s, s)
    e = g.mul(es, UNSCALE)
    xn = g.blend(x, -110.0, x, 'LT', -110.0)
    d2n = g.horner(e, [4.0, 8.0, 8.0, 4.0, 1.0])
    k = g.fma(e, g.fma(xn, 4.0, g.fma(e, g.add(e, 4.0), 6.0)), g.mul(g.add(xn, 1.0), 4.0))
    numn = g.fma(g.mul(s, q), k, g.mul(s, k))
    xp = g.blend(x, 110.0, x, 'GT', 110.0)  # x·e² is 0, not ∞·0, at +∞
    a = g.fma(e, g.fma(e, 2.0, 2.0), 1.0)
    nump = g.fma(g.mul(g.mul(xp, 4.0), g.mul(e, e)), g.add(e, 1.0), g.mul(g.fma(e, 2.0, 1.0), a))
    num = g.blend(nump, numn, x, 'LT', 0.0)
    den = g.blend(g.mul(a, a), d2n, x, 'LT', 0.0)
    scale = g.blend(1.0, UNSCALE, x, 'LT', 0.0)
    return g.mul(g.div(num, den), scale)


GELU_K3_HI, GELU_K3_LO = split(3 * GELU_KC)


def gelu_tanh_d(g):
    """gelu'(x, tanh) = σ(t)(1 + x·t'·σ(−t)), t' = K + 3KC·x²: e·((1 + x·t') + e)/(1 + e)² for
    t < 0 (x·t' in two floats, so that the sum that crosses zero near −0.75 rounds once; e from
    the two-float t, as in the value, and e·(…) from the exponential's unrounded parts), and
    (1 + e + x·t'·e)/(1 + e)² for t ≥ 0, e = e^−|t|."""
    x = g.x
    xc = g.blend(x, -GELU_LINEAR, x, 'LT', -GELU_LINEAR)
    xc = g.blend(xc, GELU_LINEAR, xc, 'GT', GELU_LINEAR)
    th, tl = gelu_tanh_argument(g, xc)
    nh = g.neg_abs_clamped(th, -110.0)
    nl = g.blend(tl, g.neg(tl), th, 'GT', 0.0)
    q, s = reduce(g, nh, -110.0, OFF, True, nl)
    es = g.fma(q, s, s)
    e = g.mul(es, UNSCALE)
    d = g.add(e, 1.0)
    d2 = g.fma(e, g.add(e, 2.0), 1.0)
    w = g.mul(xc, xc)
    wl = g.fma(xc, xc, g.neg(w))
    a = g.mul(w, GELU_K3_HI)
    al = g.fma(w, GELU_K3_HI, g.neg(a))
    p = g.add(a, GELU_K_HI)  # a + K_hi = p + err, exactly (2Sum)
    bb = g.sub(p, a)
    err = g.add(g.sub(a, g.sub(p, bb)), g.rsub(GELU_K_HI, bb))
    lo = g.fma(w, GELU_K3_LO, GELU_K_LO)
    lo = g.add(g.add(g.fma(wl, GELU_K3_HI, lo), al), err)
    gh = g.mul(xc, p)
    gl = g.fma(xc, lo, g.fma(xc, p, g.neg(gh)))
    k = g.add(g.add(gh, 1.0), g.add(e, gl))  # 1 + gh is exact where it matters (|gh| ≥ 1)
    numn = g.fma(g.mul(s, q), k, g.mul(s, k))
    nump = g.fma(gh, e, d)
    num = g.blend(nump, numn, th, 'LT', 0.0)
    scale = g.blend(1.0, UNSCALE, th, 'LT', 0.0)
    return g.mul(g.div(num, d2), scale)


def two_sum(g, a, b):
    """(s, err) with s + err = a + b exactly (2Sum: no ordering of |a|, |b| needed)."""
    s = g.add(a, b)
    bb = g.sub(s, a)
    return s, g.add(g.sub(a, g.sub(s, bb)), g.sub(b, bb))


INV_SQRT_2PI_HI, INV_SQRT_2PI_LO = split(0.3989422804014327)  # 1/sqrt(2π)
# (Φ(x) − 1/2)/x = Σ (−1)^k x^2k / (2^k k! (2k + 1)) / sqrt(2π), |x| ≤ 1/2 (the series)
GELU_S = [(-1) ** k / (2 ** k * math.factorial(k) * (2 * k + 1)) * 0.3989422804014327 for k in range(6)]
# H(z) = P(z)/Q(z) ≈ 1/M(z) − z on [0.5, 14.5], M(z) = Φ(−z)/φ(z) the Mills ratio; fitted with
# mpmath/numpy (linearised least squares, error weighted by 1/(z + H)): |P/Q − H| ≤ 0.17·2^−24·(z + H)
GELU_P = [0.7978775501251221, 0.4004071354866028, 0.10503869503736496, 0.01218572910875082,
          4.6906728812246e-07]
GELU_Q = [1.0, 0.9572041034698486, 0.4311475157737732, 0.10452595353126526, 0.012209443375468254]
GELU_SMALL = 0.5
MIN_VALUE = 2.0 ** -149
GELU_ERF_LINEAR = 16.0  # above it gelu(x) rounds to x (from about 5.5 on); below −16 to −0


def gelu(g):
    """gelu(x) = x·Φ(x). For |x| ≤ 1/2, x/2 + x²·S(x²) (the series of Φ − 1/2), x² in two floats.
    Otherwise Φ(−|x|) = φ(x)·M(|x|), M = Q/(zQ + P) (z = |x|), φ(x) = e^(−x²/2)/sqrt(2π) with the
    argument −x²/2 exact in two floats; zQ + P, 1/(zQ + P), M, e^(−x²/2)·M and the constant carried
    in two floats, so that the rounding errors of P and Q count only as P's share of zQ + P and the
    rest rounds once. x < 0: x·φM; x > 0: x·(1 − φM), 1 − φM in two floats."""
    x = g.x
    xc = g.blend(x, -GELU_ERF_LINEAR, x, 'LT', -GELU_ERF_LINEAR)
    xc = g.blend(xc, GELU_ERF_LINEAR, xc, 'GT', GELU_ERF_LINEAR)
    w = g.mul(xc, xc)
    wl = g.fma(xc, xc, g.neg(w))
    sp = g.horner(w, GELU_S)
    ys = g.fma(w, sp, g.fma(wl, sp, g.mul(xc, 0.5)))
    z = g.abs(xc)
    # max(−w/2, −110) as −min(w, 220)/2 (the halving is exact)
    q, s = reduce(g, g.mul(g.neg_abs_clamped(w, -220.0), 0.5), -110.0, OFF, True, g.mul(wl, -0.5))
    p = g.horner(z, GELU_P)
    qz = g.horner(z, GELU_Q)
    zq = g.mul(z, qz)
    zql = g.fma(z, qz, g.neg(zq))
    dh, dl = two_sum(g, zq, p)
    dl = g.add(dl, zql)
    r = g.rdiv(1.0, dh)
    er = g.fma(g.neg(dl), r, g.fma(g.neg(dh), r, 1.0))
    mh = g.mul(qz, r)
    ml = g.fma(mh, er, g.fma(qz, r, g.neg(mh)))
    bh = g.fma(q, mh, mh)  # (1 + q)·M
    bl = g.add(g.fma(q, mh, g.sub(mh, bh)), g.fma(ml, q, ml))
    sb = g.mul(s, bh)
    sbl = g.mul(s, bl)
    c = g.mul(sb, INV_SQRT_2PI_HI)  # φ(x)·M(z)·2^OFF = c + cl
    cl = g.fma(sbl, INV_SQRT_2PI_HI, g.fma(sb, INV_SQRT_2PI_LO, g.fma(sb, INV_SQRT_2PI_HI, g.neg(c))))
    yn = g.mul(g.fma(xc, c, g.mul(xc, cl)), UNSCALE)
    cu = g.mul(c, UNSCALE)
    one = g.rsub(1.0, cu)
    onel = g.sub(g.sub(g.rsub(1.0, one), cu), g.mul(cl, UNSCALE))
    yp = g.fma(xc, one, g.mul(xc, onel))
    y = g.blend(yp, yn, x, 'LT', 0.0)
    y = g.blend(y, ys, z, 'LE', GELU_SMALL)
    # |x| < 2^−60: gelu(x) = x/2 + x²/sqrt(2π)·(1 + …) rounds as x/2 with a tie broken upwards:
    # h = x/2 where that is exact, else (x + MIN_VALUE)/2, which is (exact, in the subnormal range)
    # (the sign of x put back on the second, which is +0 at x = −MIN_VALUE)
    h = g.mul(x, 0.5)
    up = g.mul(g.add(x, MIN_VALUE), 0.5)
    up = g.floats(g.ior(g.bits(up), g.iand(g.bits(x), 'Integer.MIN_VALUE')))
    tiny = g.blend(up, h, g.add(h, h), 'EQ', x)
    y = g.blend(y, tiny, z, 'LT', 2.0 ** -60)
    return g.blend(y, x, x, 'GT', GELU_ERF_LINEAR)


# gelu'(x) − 1/2 = x·T(x²) near 0, the series Σ (−1)^k (2k + 2) x^2k / (2^k k! (2k + 1)) / sqrt(2π)
GELU_T = [(-1) ** k * (2 * k + 2) / (2 ** k * math.factorial(k) * (2 * k + 1)) * 0.3989422804014327
          for k in range(7)]


# Within 1 ULP over all 2^32 inputs. With compare+blend clamps its backward loop ran 2–3 times
# slower than EXACT's on JDK 17; with the integer clamp of −x²/2 it runs 1.15 ns/element there
# against EXACT's 2.13 (0.96 against 1.60 on JDK 25).
def gelu_d(g):
    """gelu'(x) = Φ(x) + x·φ(x). For |x| ≤ 1/2, 1/2 + x·T(x²) (the series). Otherwise, with the
    value's two-float Mills ratio M(z), z = |x|: φ(x)·(M − z) for x < 0 and 1 − φ(x)·(M − z) for
    x > 0, M − z (an exact two-sum) and the product carried in two floats as in the value."""
    x = g.x
    xc = g.blend(x, -GELU_ERF_LINEAR, x, 'LT', -GELU_ERF_LINEAR)
    xc = g.blend(xc, GELU_ERF_LINEAR, xc, 'GT', GELU_ERF_LINEAR)
    w = g.mul(xc, xc)
    wl = g.fma(xc, xc, g.neg(w))
    ys = g.fma(xc, g.horner(w, GELU_T), 0.5)
    z = g.abs(xc)
    # max(−w/2, −110) as −min(w, 220)/2 (the halving is exact)
    q, s = reduce(g, g.mul(g.neg_abs_clamped(w, -220.0), 0.5), -110.0, OFF, True, g.mul(wl, -0.5))
    p = g.horner(z, GELU_P)
    qz = g.horner(z, GELU_Q)
    zq = g.mul(z, qz)
    zql = g.fma(z, qz, g.neg(zq))
    dh, dl = two_sum(g, zq, p)
    dl = g.add(dl, zql)
    r = g.rdiv(1.0, dh)
    er = g.fma(g.neg(dl), r, g.fma(g.neg(dh), r, 1.0))
    mh = g.mul(qz, r)
    ml = g.fma(mh, er, g.fma(qz, r, g.neg(mh)))
    vh, vl = two_sum(g, mh, g.neg(z))  # M − z
    vl = g.add(vl, ml)
    bh = g.fma(q, vh, vh)  # (1 + q)·(M − z)
    bl = g.add(g.fma(q, vh, g.sub(vh, bh)), g.fma(vl, q, vl))
    sb = g.mul(s, bh)
    sbl = g.mul(s, bl)
    c = g.mul(sb, INV_SQRT_2PI_HI)  # φ(x)·(M − z)·2^OFF = c + cl
    cl = g.fma(sbl, INV_SQRT_2PI_HI, g.fma(sb, INV_SQRT_2PI_LO, g.fma(sb, INV_SQRT_2PI_HI, g.neg(c))))
    yn = g.mul(g.add(c, cl), UNSCALE)
    y = g.blend(g.rsub(1.0, yn), yn, x, 'LT', 0.0)
    return g.blend(y, ys, z, 'LE', GELU_SMALL)


# (class, factory, parameters (Java), fields (type, name, init), value, derivative or None (the
#  EXACT derivative, whose zero crossing float lanes cannot resolve), javadoc)
FAST = [
    ('Sigmoid', 'fastSigmoid', '', [], sigmoid, sigmoid_d,
     'σ(x) = e/(1 + e) for x &lt; 0, else 1/(1 + e), e = e^−|x|; σ\'(x) = e/(1 + e)².'),
    ('Tanh', 'fastTanh', '', [], tanh, tanh_d,
     'tanh|x| = −m/(2 + m), m = expm1(−2|x|), with the sign of x; tanh\'(x) = 4e/(1 + e)², e = e^−2|x|.'),
    ('Elu', 'fastElu', 'double alpha', [('float', 'alpha', '(float) alpha')], elu, elu_d,
     'elu(x) = x for x ≥ 0, else α·expm1(x); elu\'(x) = 1 for x &gt; 0, else α·e^x.'),
    ('Selu', 'fastSelu', '', [], selu, selu_d,
     'selu(x) = λx for x ≥ 0, else λα·expm1(x); selu\'(x) = λ for x &gt; 0, else λα·e^x.'),
    ('Celu', 'fastCelu', 'double alpha', [('float', 'alpha', '(float) alpha')], celu, celu_d,
     'celu(x) = x where x/α ≥ −2^−25, else α·expm1(x/α); celu\'(x) = 1 for x &gt; 0, else e^(x/α). For α &gt; 0.'),
    ('Softplus', 'fastSoftplus', 'double threshold', [('float', 'threshold', 'FloatBounds.down(threshold)')],
     softplus, softplus_d,
     'softplus(x) = max(x, 0) + log1p(e^−|x|), x itself above the threshold; softplus\'(x) = σ(x). For β = 1.'),
    ('Logsigmoid', 'fastLogsigmoid', '', [], logsigmoid, log_sigmoid_neg,
     'logsigmoid(x) = −(max(−x, 0) + log1p(e^−|x|)); logsigmoid\'(x) = σ(−x).'),
    ('Silu', 'fastSilu', '', [], silu, silu_d,
     'silu(x) = x·σ(x), the product formed before the scaled exponential is unscaled, so that results in the subnormal range round once; silu\'(x) = σ(x)(1 + x·σ(−x)), with 1 + x exact where it crosses zero.'),
    ('Mish', 'fastMish', '', [], mish, mish_d,
     'mish(x) = x·n/(n + 2), n = e^x(e^x + 2), x itself above 12; the product and the quotient carried with their rounding errors, so that two roundings count. mish\'(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), as one quotient of polynomials in e^−|x|.'),
    ('Gelu', 'fastGelu', '', [], gelu, gelu_d,
     'gelu(x) = x·Φ(x): x/2 + x²·S(x²) for |x| ≤ 1/2, else Φ(−|x|) = φ(x)·M(|x|) with the Mills ratio M a rational fit, every step carried in two floats, x itself above 16. gelu\'(x) = Φ(x) + x·φ(x): 1/2 + x·T(x²) for |x| ≤ 1/2, else φ(x)·(M − z) for x &lt; 0 and 1 − φ(x)·(M − z) for x &gt; 0, z = |x|, in two floats as the value.'),
    ('GeluTanh', 'fastGeluTanh', '', [], gelu_tanh, gelu_tanh_d,
     'gelu(x, tanh) = x·σ(t), t = 2·sqrt(2/π)(x + 0.044715x³) carried in two floats, x itself above 12; the product and the quotient carried with their rounding errors. gelu\'(x, tanh) = σ(t)(1 + x·t\'·σ(−t)), x·t\' in two floats.'),
]


def body(fn, ind):
    g = G('v')
    r = fn(g)
    return g, r


def pair(fn, ind):
    """Two independent copies of the vector statements, interleaved statement by statement, so
    that the out-of-order core has two dependency chains in its window (on JDK 17 this took
    FAST sigmoid from 0.32 to 0.26 ns/element at n = 262,144). Each lane still computes the
    same operations in the same order as the scalar twin."""
    ga, gb = G('va', 'a'), G('vb', 'b')
    ra, rb = fn(ga), fn(gb)
    lines = []
    for la, lb in zip(ga.vec, gb.vec):
        lines += [la, lb]
    return ''.join('%s    %s\n' % (ind, l) for l in lines), ra.name, rb.name


def fields(fs, ind):
    return ''.join('%sprivate final %s %s;\n' % (ind, t, n) for t, n, i in fs)


def ctor(name, params, fs, exact_arg, ind):
    s = '%s%s(%s) {\n' % (ind, name, ', '.join(filter(None, [params, 'FloatKernel exact'])))
    for t, n, i in fs:
        s += '%s  this.%s = %s;\n' % (ind, n, i)
    s += '%s  this.exact = exact;\n%s}\n' % (ind, ind)
    return s


def locals_(fs, ind):
    return ''.join('%sfinal %s %s = this.%s;\n' % (ind, t, n, n) for t, n, i in fs)


def scalar_method(fn, fs, name, ind):
    g, r = body(fn, ind)
    lines = ''.join('%s%s\n' % (ind + '  ', l) for l in g.sca)
    return lines, r.name


def klass(cls, params, fs, value, deriv, doc, path):
    I = '    '
    vec = path == 'Panama'
    s = ''
    s += '  /** The %s path. */\n' % ('Vector API (FloatVector.SPECIES_PREFERRED)' if vec else 'scalar twin, bit-identical to the Vector API')
    s += '  static final class %s implements FloatKernel {\n' % path
    s += fields(fs, I)
    if vec:
        s += '%sstatic final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;\n' % I
        s += '%sstatic final int LANES = S.length();\n' % I
    s += '%sprivate final FloatKernel exact;\n\n' % I
    s += ctor(path, params, fs, True, I)
    gv, rv = body(value, I)
    sv = ''.join('%s  %s\n' % (I, l) for l in gv.sca)
    s += f'''
    @Override
    public Precision precision() {{
      return Precision.FAST;
    }}

    @Override
    public float value(float v) {{
{locals_(fs, I + '  ')}{sv}      return {rv.name};
    }}
'''
    if deriv is not None:
        gd, rd = body(deriv, I)
        sd = ''.join('%s  %s\n' % (I, l) for l in gd.sca)
        s += f'''
    @Override
    public float derivative(float v) {{
{locals_(fs, I + '  ')}{sd}      return {rd.name};
    }}
'''
    else:
        s += f'''
    @Override
    public float derivative(float v) {{
      return exact.derivative(v);
    }}
'''
    vloop = ''.join('%s    %s\n' % (I, l) for l in gv.vec)
    sloop = ''.join('%s    %s\n' % (I, l) for l in gv.sca)
    if vec:
        pv, pa, pb = pair(value, I)
        s += f'''
    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{locals_(fs, I + '  ')}      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {{
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
{pv}        {pa}.intoArray(y, yo + i);
        {pb}.intoArray(y, yo + i + LANES);
      }}
      for (int bound = S.loopBound(n); i < bound; i += LANES) {{
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
{vloop}        {rv.name}.intoArray(y, yo + i);
      }}
      for (; i < n; i++) {{
        float v = x[xo + i];
{sloop}        y[yo + i] = {rv.name};
      }}
    }}
'''
    else:
        s += f'''
    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{locals_(fs, I + '  ')}      for (int i = 0; i < n; i++) {{
        float v = x[xo + i];
{sloop}        y[yo + i] = {rv.name};
      }}
    }}
'''
    if deriv is None:
        s += f'''
    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
      exact.backward(x, xo, dy, dyo, dx, dxo, n);
    }}
  }}
'''
    else:
        vloop = ''.join('%s    %s\n' % (I, l) for l in gd.vec)
        sloop = ''.join('%s    %s\n' % (I, l) for l in gd.sca)
        if vec:
            pv, pa, pb = pair(deriv, I)
            s += f'''
    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{locals_(fs, I + '  ')}      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {{
        FloatVector va = FloatVector.fromArray(S, x, xo + i);
        FloatVector vb = FloatVector.fromArray(S, x, xo + i + LANES);
{pv}        FloatVector.fromArray(S, dy, dyo + i).mul({pa}).intoArray(dx, dxo + i);
        FloatVector.fromArray(S, dy, dyo + i + LANES).mul({pb}).intoArray(dx, dxo + i + LANES);
      }}
      for (int bound = S.loopBound(n); i < bound; i += LANES) {{
        FloatVector v = FloatVector.fromArray(S, x, xo + i);
{vloop}        FloatVector.fromArray(S, dy, dyo + i).mul({rd.name}).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        float v = x[xo + i];
{sloop}        dx[dxo + i] = dy[dyo + i] * {rd.name};
      }}
    }}
  }}
'''
        else:
            s += f'''
    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{locals_(fs, I + '  ')}      for (int i = 0; i < n; i++) {{
        float v = x[xo + i];
{sloop}        dx[dxo + i] = dy[dyo + i] * {rd.name};
      }}
    }}
  }}
'''
    return s.replace('{\n\n', '{\n')


def file_text(header, annotation, k):
    cls, fac, params, fs, value, deriv, doc = k
    vec = klass(cls, params, fs, value, deriv, doc, 'Panama')
    uses = ''
    imports = ['static jdk.incubator.vector.VectorOperators.%s' % o for o in ('AND_NOT', 'ASHR', 'EQ', 'GE', 'GT', 'LE', 'LSHL', 'LT', 'MIN')
               if (o + ',' in vec or o + ')' in vec)]
    imp = ''.join('import %s;\n' % i for i in imports)
    return header + f'''package dev.activations.internal.kernel;

{imp}
import dev.activations.Precision;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {cls.lower()}, {{@link Precision#FAST}}: {doc}
 *
 * <p>Float lanes at the preferred width; {{@code Scalar}} computes the same operations in the
 * same order, so both give the same bits. Only {{@code Panama}} links against
 * {{@code jdk.incubator.vector}}, and only {{@link PanamaKernels}} creates it.
 */
{annotation}final class Fast{cls} {{
  private Fast{cls}() {{}}

{klass(cls, params, fs, value, deriv, doc, 'Scalar')}
{vec}}}
'''


# (factory, exact factory call, parameters, arguments, condition for a FAST kernel or None)
WRAP = {
    'sigmoid': ('fastSigmoid', '', None),
    'tanh': ('fastTanh', '', None),
    'elu': ('fastElu', 'alpha', None),
    'selu': ('fastSelu', '', None),
    'celu': ('fastCelu', 'alpha', 'alpha > 0'),
    'softplus': ('fastSoftplus', 'threshold', 'beta == 1'),
    'logsigmoid': ('fastLogsigmoid', '', None),
    'swish': ('fastSilu', '', 'beta == 1'),
    'mish': ('fastMish', '', None),
    'geluTanh': ('fastGeluTanh', '', None),
    'gelu': ('fastGelu', '', None),
}
FAST_PARAMS = {k[1]: k[2] for k in FAST}


def abstract_methods():
    s = ''
    for k in FAST:
        params = ', '.join(filter(None, [k[2], 'FloatKernel exact']))
        s += f"""
  /** The FAST {k[0].lower()} kernel; {{@code exact}} serves what it does not compute itself. */
  public abstract FloatKernel {k[1]}({params});
"""
    return s


def provider_methods(path):
    s = ''
    for k in FAST:
        params = ', '.join(filter(None, [k[2], 'FloatKernel exact']))
        args = ', '.join(filter(None, [', '.join(p.split()[1] for p in k[2].split(', ')) if k[2] else '', 'exact']))
        body = 'return new Fast%s.%s(%s);' % (k[0], path, args) if path else 'return null;'
        s += f"""
  @Override
  public FloatKernel {k[1]}({params}) {{
    {body}
  }}
"""
    return s


def fast_provider(header, annotation, K, KD, params, args):
    s = header + '''package dev.activations.internal.kernel;

import dev.activations.Precision;

/**
 * The {@link Precision#FAST} kernels of one path: the path's FAST float kernel where a function
 * has one (see the Fast* classes), else its EXACT kernel under the FAST label (piecewise
 * functions, whose EXACT kernels already run on float lanes, and the functions whose FAST bound
 * float lanes cannot keep: tanhshrink, softsign, swish with β ≠ 1,
 * softplus with β ≠ 1, celu with α &lt; 0). Double kernels are the path's own: double has one precision.
 */
''' + annotation + '''public final class FastKernels extends KernelProvider {
  private final KernelProvider base;

  /** The FAST kernels over {@code base}'s path. */
  public FastKernels(KernelProvider base) {
    this.base = base;
  }

  @Override
  public String name() {
    return base.name();
  }
'''
    for k in K:
        fac, p = k[0], k[2]
        call = 'base.%s(%s)' % (fac, args(p))
        if fac in WRAP:
            ff, fa, cond = WRAP[fac]
            fast = 'base.%s(%s)' % (ff, ', '.join(filter(None, [fa, 'exact'])))
            if cond:
                ret = 'return %s ? %s : new FastAlias(exact);' % (cond, fast)
            else:
                ret = 'return %s;' % fast
            s += f"""
  @Override
  public FloatKernel {fac}({params(p)}) {{
    FloatKernel exact = {call};
    {ret}
  }}
"""
        else:
            s += f"""
  @Override
  public FloatKernel {fac}({params(p)}) {{
    return new FastAlias({call});
  }}
"""
    for k in FAST:
        pr = ', '.join(filter(None, [k[2], 'FloatKernel exact']))
        ar = ', '.join(filter(None, [', '.join(x.split()[1] for x in k[2].split(', ')) if k[2] else '', 'exact']))
        s += f"""
  @Override
  public FloatKernel {k[1]}({pr}) {{
    return base.{k[1]}({ar});
  }}
"""
    for k in KD:
        s += f"""
  @Override
  public DoubleKernel {k[0]}Double({params(k[2])}) {{
    return base.{k[0]}Double({args(k[2])});
  }}
"""
    return s + '}\n'
