#!/usr/bin/env python3
"""Writes PanamaKernels.java, ScalarKernels.java, KernelProvider.java, their scalar twins
Formulas.java and DoubleFormulas.java, ReferenceKernels.java and the FAST kernels.

The Vector API loops are written out in full, with no calls to helper methods: HotSpot compiles
a hot helper on its own before the loop that calls it, and then will not inline the (large)
compiled helper, so every vector crossing the call is boxed. Each vector expression here mirrors,
operation for operation, the scalar formula of Formulas/Cores that the tails and the scalar path
use; the tests check that both paths agree bit for bit.

Run from the repository root: python3 tools/panama_kernels.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fast_kernels  # noqa: E402

EXPM1_P = [0.9999999999955043, 0.49999999999797706, 0.16666666786399478, 0.04166666689117805, 0.008333283514493672, 0.0013888821633350108, 0.00019907584981393008, 2.487618804110902e-05]
LOG_P = [2.0, 2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15]
ERFC_G = [
    0.327125362371329, 0.4291561877066292, 0.1993133649725431, 0.04820990142652417,
    -0.0009357785853719195, -0.003163843018702418, 6.9760726371928e-05, 0.00028050080936646116,
    -4.096739607253563e-05, -2.3887110235121812e-05, 9.936067971447882e-06,
    5.669543051304026e-07, -1.4948668511704334e-06, 3.3180080354588663e-07,
    1.1281206080275582e-07, -5.594786291889463e-08, 1.2770895559808525e-09,
]
TANHSHRINK_S = [1.0 / 3, -2.0 / 15, 17.0 / 315, -62.0 / 2835, 1382.0 / 155925, -21844.0 / 6081075,
                929569.0 / 638512875, -6404582.0 / 10854718875.0, 443861162.0 / 1856156927625.0]


def lit(c):
    """A Java double literal for a constant (Python's repr round-trips)."""
    if isinstance(c, str):
        return c
    r = repr(float(c))
    return r


class V:
    """A vector value held in a local variable."""
    def __init__(self, name):
        self.name = name


class Code:
    """Records a formula's operations as Vector API statements or, with scalar=True, as the
    same operations on double and long locals: the scalar twin the tails and the scalar path
    run, so that both paths agree bit for bit by construction."""

    def __init__(self, indent, prefix='t', scalar=False):
        self.lines = []
        self.k = 0
        self.indent = indent
        self.prefix = prefix
        self.scalar = scalar

    def let(self, expr, kind='DoubleVector', sexpr=None):
        name = '%s%d' % (self.prefix, self.k)
        self.k += 1
        if self.scalar:
            if sexpr is None:
                raise ValueError('no scalar form for ' + expr)
            expr, kind = sexpr, {'DoubleVector': 'double', 'LongVector': 'long'}[kind]
        self.lines.append('%s%s %s = %s;' % (self.indent, kind, name, expr))
        return V(name)

    def text(self):
        return '\n'.join(self.lines) + '\n'


def S(c):
    return lit(c)


def bc(c):
    return 'DoubleVector.broadcast(D, %s)' % lit(c)


def arg(x):
    return x.name if isinstance(x, V) else bc(x)


def sarg(x):
    """An operand in a scalar expression: a local, a literal, or a named constant (an
    expression such as 3 * GELU_KC in parentheses)."""
    if isinstance(x, V):
        return x.name
    t = lit(x)
    return '(%s)' % t if isinstance(x, str) and ' ' in t else t


class Mask:
    """A lane mask (v) and its scalar condition (s); false for NaN operands in both."""

    def __init__(self, v, s):
        self.v, self.s = v, s

    def and_(self, o):
        return Mask('%s.and(%s)' % (self.v, o.v), '(%s && %s)' % (self.s, o.s))

    def or_(self, o):
        return Mask('%s.or(%s)' % (self.v, o.v), '(%s || %s)' % (self.s, o.s))

    def not_(self):
        return Mask(self.v + '.not()', '!(%s)' % self.s)


def fma(g, a, b, c):
    """a·b + c as the scalar fma(a, b, c); a is a vector."""
    if isinstance(b, V) or isinstance(c, V):
        fused = '%s.fma(%s, %s)' % (a.name, arg(b), arg(c))
    else:
        fused = '%s.fma(%s, %s)' % (a.name, lit(b), lit(c))
    plain = '%s.mul(%s).add(%s)' % (a.name, b.name if isinstance(b, V) else lit(b),
                                    c.name if isinstance(c, V) else lit(c))
    return g.let('FMA ? %s : %s' % (fused, plain),
                 sexpr='Cores.fma(%s, %s, %s)' % (a.name, sarg(b), sarg(c)))


SOPS = {'add': '+', 'sub': '-', 'mul': '*', 'div': '/'}


def op(g, a, name, b):
    return g.let('%s.%s(%s)' % (a.name, name, b.name if isinstance(b, V) else lit(b)),
                 sexpr='%s %s %s' % (a.name, SOPS[name], sarg(b)))


def add(g, a, b): return op(g, a, 'add', b)
def sub(g, a, b): return op(g, a, 'sub', b)
def mul(g, a, b): return op(g, a, 'mul', b)
def div(g, a, b): return op(g, a, 'div', b)
def neg(g, a): return g.let('%s.neg()' % a.name, sexpr='-%s' % a.name)
def abs_(g, a): return g.let('%s.abs()' % a.name, sexpr='Math.abs(%s)' % a.name)


def rdiv(g, c, b):
    """c / b for a scalar c."""
    return g.let('%s.div(%s)' % (bc(c), b.name), sexpr='%s / %s' % (sarg(c), b.name))


COPS = {'LT': '<', 'LE': '<=', 'GT': '>', 'GE': '>=', 'EQ': '==', 'NE': '!='}


def cmp(a, o, b):
    return Mask('%s.compare(%s, %s)' % (a.name, o, b.name if isinstance(b, V) else lit(b)),
                '%s %s %s' % (a.name, COPS[o], sarg(b)))


def blend(g, a, b, mask):
    """mask ? b : a."""
    return g.let('%s.blend(%s, %s)' % (a.name, b.name if isinstance(b, V) else lit(b), mask.v),
                 sexpr='%s ? %s : %s' % (mask.s, sarg(b), a.name))


def at_least(g, x, lo):
    return blend(g, x, lo, cmp(x, 'LT', lo))


def at_most(g, x, hi):
    return blend(g, x, hi, cmp(x, 'GT', hi))


def horner(g, x, cs):
    # p = c[n]; p = fma(p, x, c[n-1]) ... ; the first step as x·c[n] + c[n-1]
    p = g.let('FMA ? %s.fma(%s, %s) : %s.mul(%s).add(%s)' % (
        x.name, lit(cs[-1]), lit(cs[-2]), x.name, lit(cs[-1]), lit(cs[-2])),
        sexpr='Cores.fma(%s, %s, %s)' % (x.name, lit(cs[-1]), lit(cs[-2])))
    for c in reversed(cs[:-2]):
        p = fma(g, p, x, c)
    return p


def exp_parts(g, x):
    xc = at_most(g, at_least(g, x, 'EXP_MIN'), 'EXP_MAX')
    t = fma(g, xc, 'LOG2E', 'SHIFT')
    k = sub(g, t, 'SHIFT')
    r = fma(g, k, '-LN2_HI', xc)
    r = fma(g, k, '-LN2_LO', r)
    q = mul(g, r, horner(g, r, EXPM1_P))
    s = g.let('%s.reinterpretAsLongs().add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles()' % t.name,
              sexpr='Double.longBitsToDouble((Double.doubleToRawLongBits(%s) + 1023L) << 52)' % t.name)
    return q, s


def exp(g, x):
    q, s = exp_parts(g, x)
    return fma(g, s, q, s)


def expm1(g, x):
    q, s = exp_parts(g, x)
    m = fma(g, s, q, sub(g, s, 1))
    return copy_sign(g, m, x)


def log1p(g, u):
    y = add(g, u, 1)
    c = div(g, sub(g, u, sub(g, y, 1)), y)
    b, k, m = log_split(g, y)
    f = sub(g, m, 1)
    s = div(g, f, add(g, f, 2))
    p = fma(g, s, horner(g, mul(g, s, s), LOG_P), c)
    return fma(g, k, 'LN2_HI', fma(g, k, 'LN2_LO', p))


def log_split(g, y):
    """y = 2^k·m with m in [√½, √2): the bits b of y shifted so that k and m fall out."""
    b = g.let('%s.reinterpretAsLongs().add(ONE_BITS - SQRT_HALF_BITS)' % y.name, 'LongVector',
              sexpr='Double.doubleToRawLongBits(%s) + (ONE_BITS - SQRT_HALF_BITS)' % y.name)
    k = g.let('%s.lanewise(LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(0x1p52 + 1023)'
              % b.name,
              sexpr='Double.longBitsToDouble((%s >>> 52) | TWO52_BITS) - (0x1p52 + 1023)' % b.name)
    m = g.let('%s.and(MANTISSA).add(SQRT_HALF_BITS).reinterpretAsDoubles()' % b.name,
              sexpr='Double.longBitsToDouble((%s & MANTISSA) + SQRT_HALF_BITS)' % b.name)
    return b, k, m


def erfc_scaled(g, a):
    t = rdiv(g, 1, fma(g, at_most(g, a, 'ERFC_FIT_MAX'), 0.5, 1))
    return horner(g, fma(g, t, 'ERFC_SCALE', 'ERFC_OFFSET'), ERFC_G)


def exp_minus_square(g, a):
    am = at_most(g, a, 'ERFC_EXP_MAX')
    return exp(g, neg(g, mul(g, am, am)))


def erfc(g, a):
    """erfc(a) = G(a)·e^(−a²) for a ≥ 0."""
    return mul(g, erfc_scaled(g, a), exp_minus_square(g, a))


def clamp(g, x):
    return at_most(g, at_least(g, x, '-FLOAT_MAX'), 'FLOAT_MAX')


def inverse(g, v):
    return rdiv(g, 1, v)


# ---- formulas: each mirrors the method of the same name in Formulas ----

def sigmoid(g, x):
    return inverse(g, add(g, exp(g, neg(g, x)), 1))


def sigmoid_d(g, x):
    e = exp(g, neg(g, x))
    s = inverse(g, add(g, e, 1))
    return mul(g, mul(g, e, s), s)


def tanh(g, x):
    m = expm1(g, add(g, x, x))
    return div(g, m, add(g, m, 2))


def tanh_d(g, x):
    e = exp(g, mul(g, abs_(g, x), -2))
    d = add(g, e, 1)
    return div(g, mul(g, e, 4), mul(g, d, d))


def elu(g, x):
    return blend(g, mul(g, expm1(g, x), 'alpha'), x, cmp(x, 'GT', 0))


def elu_d(g, x):
    return blend(g, mul(g, exp(g, x), 'alpha'), 1, cmp(x, 'GT', 0))


def selu(g, x):
    return blend(g, mul(g, expm1(g, x), 'SELU_LAMBDA_ALPHA'), mul(g, x, 'SELU_LAMBDA'), cmp(x, 'GT', 0))


def selu_d(g, x):
    return blend(g, mul(g, exp(g, x), 'SELU_LAMBDA_ALPHA'), 'SELU_LAMBDA', cmp(x, 'GT', 0))


def celu(g, x):
    u = mul(g, x, 'inverseAlpha')
    neg_ = blend(g, mul(g, expm1(g, u), 'alpha'), x, cmp(abs_(g, u), 'LT', '0x1p-60'))
    return blend(g, neg_, x, cmp(x, 'GT', 0))


def celu_d(g, x):
    return blend(g, exp(g, mul(g, x, 'inverseAlpha')), 1, cmp(x, 'GT', 0))


def softplus(g, x):
    t = mul(g, x, 'beta')
    sp = add(g, at_least(g, t, 0), log1p(g, exp(g, neg(g, abs_(g, t)))))
    return blend(g, mul(g, sp, 'inverseBeta'), x, cmp(t, 'GT', 'threshold'))


def softplus_d(g, x):
    t = mul(g, x, 'beta')
    return blend(g, inverse(g, add(g, exp(g, neg(g, t)), 1)), 1, cmp(t, 'GT', 'threshold'))


def logsigmoid(g, x):
    return neg(g, add(g, at_least(g, neg(g, x), 0), log1p(g, exp(g, neg(g, abs_(g, x))))))


def logsigmoid_d(g, x):
    return inverse(g, add(g, exp(g, x), 1))


def swish(g, x):
    t = mul(g, clamp(g, x), 'beta')
    s = inverse(g, add(g, exp(g, neg(g, t)), 1))
    return mul(g, at_most(g, at_least(g, x, 'low'), 'high'), s)


def swish_d(g, x):
    t = mul(g, clamp(g, x), 'beta')
    e = exp(g, neg(g, t))
    s = inverse(g, add(g, e, 1))
    return fma(g, mul(g, t, s), mul(g, e, s), s)


def mish(g, x):
    e = exp(g, at_most(g, x, 'MISH_LINEAR'))
    n = mul(g, e, add(g, e, 2))
    return mul(g, at_least(g, x, '-FLOAT_MAX'), div(g, n, add(g, n, 2)))


def mish_d(g, x):
    xd = at_most(g, at_least(g, x, '-FLOAT_MAX'), 'MISH_LINEAR')
    e = exp(g, xd)
    n = mul(g, e, add(g, e, 2))
    d = add(g, n, 2)
    return fma(g, mul(g, xd, 4), div(g, mul(g, e, add(g, e, 1)), mul(g, d, d)), div(g, n, d))


def gelu(g, x):
    a = mul(g, abs_(g, x), 'INV_SQRT2')
    h = mul(g, mul(g, erfc_scaled(g, a), 0.5), exp_minus_square(g, a))
    phi = blend(g, add(g, neg(g, h), 1), h, cmp(x, 'LT', 0))
    return mul(g, at_least(g, x, '-FLOAT_MAX'), phi)


def gelu_d(g, x):
    a = mul(g, abs_(g, x), 'INV_SQRT2')
    e = exp_minus_square(g, a)
    h = mul(g, mul(g, erfc_scaled(g, a), 0.5), e)
    phi = blend(g, add(g, neg(g, h), 1), h, cmp(x, 'LT', 0))
    return fma(g, mul(g, clamp(g, x), 'INV_SQRT_2PI'), e, phi)


def gelu_tanh(g, x):
    xc = clamp(g, x)
    t = mul(g, xc, fma(g, mul(g, xc, xc), 'GELU_KC', 'GELU_K'))
    s = inverse(g, add(g, exp(g, neg(g, t)), 1))
    return mul(g, at_least(g, x, '-FLOAT_MAX'), s)


def gelu_tanh_d(g, x):
    xc = clamp(g, x)
    x2 = mul(g, xc, xc)
    t = mul(g, xc, fma(g, x2, 'GELU_KC', 'GELU_K'))
    e = exp(g, neg(g, t))
    s = inverse(g, add(g, e, 1))
    gg = mul(g, xc, fma(g, x2, '3 * GELU_KC', 'GELU_K'))
    return fma(g, mul(g, gg, s), mul(g, e, s), s)


def tanhshrink(g, x):
    x2 = mul(g, x, x)
    series = mul(g, mul(g, x, x2), horner(g, x2, TANHSHRINK_S))
    return blend(g, sub(g, x, tanh(g, x)), series, cmp(abs_(g, x), 'LT', 'TANHSHRINK_SERIES'))


def tanhshrink_d(g, x):
    t = tanh(g, x)
    return mul(g, t, t)


def softsign(g, x):
    xc = clamp(g, x)
    return div(g, xc, add(g, abs_(g, xc), 1))


def softsign_d(g, x):
    d = add(g, abs_(g, clamp(g, x)), 1)
    return inverse(g, mul(g, d, d))


def hardsigmoid(g, x):
    return at_most(g, at_least(g, mul(g, add(g, x, 3), 'SIXTH'), 0), 1)


def hardsigmoid_d(g, x):
    d = blend(g, V('ZERO'), 'SIXTH', cmp(x, 'GT', -3).and_(cmp(x, 'LT', 3)))
    return blend(g, d, x, cmp(x, 'NE', x))


def hardswish(g, x):
    v = mul(g, mul(g, x, add(g, x, 3)), 'SIXTH')
    return blend(g, blend(g, v, 0, cmp(x, 'LE', -3)), x, cmp(x, 'GE', 3))


def hardswish_d(g, x):
    v = mul(g, add(g, mul(g, x, 2), 3), 'SIXTH')
    return blend(g, blend(g, v, 0, cmp(x, 'LE', -3)), 1, cmp(x, 'GE', 3))


def leaky(g, x):
    return blend(g, mul(g, at_least(g, x, 'low'), 'slope'), x, cmp(x, 'GT', 0))


def leaky_d(g, x):
    d = blend(g, V('SLOPE'), 1, cmp(x, 'GT', 0))
    return blend(g, d, x, cmp(x, 'NE', x))


def softshrink(g, x):
    r = blend(g, sub(g, x, 'lambd'), 0, cmp(x, 'GT', 'lambd').not_())
    r = blend(g, r, add(g, x, 'lambd'), cmp(x, 'LT', '-lambd'))
    return blend(g, r, x, cmp(x, 'NE', x))


def softshrink_d(g, x):
    d = blend(g, V('ZERO'), 1, cmp(x, 'GT', 'lambd').or_(cmp(x, 'LT', '-lambd')))
    return blend(g, d, x, cmp(x, 'NE', x))


D = 'double'
Fl = 'float'
# (factory, class, params, fields (type, name, init), lanes, scalar value, scalar derivative,
#  vector value, vector derivative)
K = [
    ('sigmoid', 'Sigmoid', [], [], D, 'Formulas.sigmoid(v)', 'Formulas.sigmoidDerivative(v)', sigmoid, sigmoid_d),
    ('tanh', 'Tanh', [], [], D, 'Formulas.tanh(v)', 'Formulas.tanhDerivative(v)', tanh, tanh_d),
    ('elu', 'Elu', [('double', 'alpha')], [('double', 'alpha', 'alpha')], D,
     'Formulas.elu(v, alpha)', 'Formulas.eluDerivative(v, alpha)', elu, elu_d),
    ('selu', 'Selu', [], [], D, 'Formulas.selu(v)', 'Formulas.seluDerivative(v)', selu, selu_d),
    ('celu', 'Celu', [('double', 'alpha')], [('double', 'alpha', 'alpha'), ('double', 'inverseAlpha', '1 / alpha')], D,
     'Formulas.celu(v, alpha, inverseAlpha)', 'Formulas.celuDerivative(v, inverseAlpha)', celu, celu_d),
    ('softplus', 'Softplus', [('double', 'beta'), ('double', 'threshold')],
     [('double', 'beta', 'beta'), ('double', 'inverseBeta', '1 / beta'), ('double', 'threshold', 'threshold')], D,
     'Formulas.softplus(v, beta, inverseBeta, threshold)', 'Formulas.softplusDerivative(v, beta, threshold)',
     softplus, softplus_d),
    ('swish', 'Swish', [('double', 'beta')],
     [('double', 'beta', 'beta'),
      ('double', 'low', 'beta > 0 ? -Formulas.FLOAT_MAX : Double.NEGATIVE_INFINITY'),
      ('double', 'high', 'beta < 0 ? Formulas.FLOAT_MAX : Double.POSITIVE_INFINITY')], D,
     'Formulas.swish(v, beta, low, high)', 'Formulas.swishDerivative(v, beta)', swish, swish_d),
    ('mish', 'Mish', [], [], D, 'Formulas.mish(v)', 'Formulas.mishDerivative(v)', mish, mish_d),
    ('gelu', 'Gelu', [], [], D, 'Formulas.gelu(v)', 'Formulas.geluDerivative(v)', gelu, gelu_d),
    ('geluTanh', 'GeluTanh', [], [], D, 'Formulas.geluTanh(v)', 'Formulas.geluTanhDerivative(v)', gelu_tanh, gelu_tanh_d),
    ('tanhshrink', 'Tanhshrink', [], [], D, 'Formulas.tanhshrink(v)', 'Formulas.tanhshrinkDerivative(v)', tanhshrink, tanhshrink_d),
    ('softsign', 'Softsign', [], [], D, 'Formulas.softsign(v)', 'Formulas.softsignDerivative(v)', softsign, softsign_d),
    ('hardsigmoid', 'Hardsigmoid', [], [], D, 'Formulas.hardsigmoid(v)', 'Formulas.hardsigmoidDerivative(v)', hardsigmoid, hardsigmoid_d),
    ('hardswish', 'Hardswish', [], [], D, 'Formulas.hardswish(v)', 'Formulas.hardswishDerivative(v)', hardswish, hardswish_d),
    ('logsigmoid', 'Logsigmoid', [], [], D, 'Formulas.logsigmoid(v)', 'Formulas.logsigmoidDerivative(v)', logsigmoid, logsigmoid_d),
    ('leakyRelu', 'LeakyRelu', [('double', 'slope')],
     [('float', 'high', '(float) slope'), ('float', 'low', '(float) (slope - (float) slope)'),
      ('float', 'floor', 'slope == 0 ? -Float.MAX_VALUE : Float.NEGATIVE_INFINITY')], Fl,
     # s·x rounded once: s = high + low, the product as fma(x, high, x·low), the small term
     # from a finite x so that −∞ gives ±∞ whatever the sign of low
     # ±0 gives slope·(±0) with its sign (the fma's two zero terms could disagree)
     '(v > 0 ? v : (v == 0 ? v * high : Math.fma(Cores.atLeast(v, floor), high, Cores.atLeast(v, -Float.MAX_VALUE) * low)))',
     '(v > 0 ? 1f : (v != v ? v : high))',
     'v.blend(v.blend(floor, v.compare(LT, floor)).fma(v.broadcast(high), v.blend(-Float.MAX_VALUE, v.compare(LT, -Float.MAX_VALUE)).mul(low)), v.compare(GT, 0).not()).blend(v.mul(high), v.compare(EQ, 0))',
     'v.broadcast(high).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))'),
    ('softshrink', 'Softshrink', [('double', 'lambd')], [('double', 'lambd', 'lambd')], D,
     'Formulas.softshrink(v, lambd)', 'Formulas.softshrinkDerivative(v, lambd)', softshrink, softshrink_d),
    # float lanes: exact in float, no widening
    ('identity', 'Identity', [], [], Fl, 'v', '(v != v ? v : 1f)',
     'v', 'v.broadcast(1).blend(v, v.compare(NE, v))'),
    ('relu', 'Relu', [], [], Fl, '(v <= 0 ? 0f : v)', '(v > 0 ? 1f : (v != v ? v : 0f))',
     'v.blend(0, v.compare(LE, 0))', 'v.broadcast(0).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))'),
    ('hardtanh', 'Hardtanh', [('double', 'min'), ('double', 'max')],
     [('float', 'minDown', 'FloatBounds.down(min)'), ('float', 'minUp', 'FloatBounds.up(min)'),
      ('float', 'maxDown', 'FloatBounds.down(max)'), ('float', 'maxUp', 'FloatBounds.up(max)'),
      ('float', 'minValue', '(float) min'), ('float', 'maxValue', '(float) max')], Fl,
     '(v > maxDown ? maxValue : (v < minUp ? minValue : v))', '(v > minDown && v < maxUp ? 1f : (v != v ? v : 0f))',
     'v.blend(minValue, v.compare(LT, minUp)).blend(maxValue, v.compare(GT, maxDown))',
     'v.broadcast(0).blend(1, v.compare(GT, minDown).and(v.compare(LT, maxUp))).blend(v, v.compare(NE, v))'),
    ('hardshrink', 'Hardshrink', [('double', 'lambd')],
     [('float', 'lowUp', 'FloatBounds.up(-lambd)'), ('float', 'highDown', 'FloatBounds.down(lambd)')], Fl,
     '(v >= lowUp && v <= highDown ? 0f : v)', '(v > highDown || v < lowUp ? 1f : (v != v ? v : 0f))',
     'v.blend(0, v.compare(GE, lowUp).and(v.compare(LE, highDown)))',
     'v.broadcast(0).blend(1, v.compare(GT, highDown).or(v.compare(LT, lowUp))).blend(v, v.compare(NE, v))'),
    ('threshold', 'Threshold', [('double', 'threshold'), ('double', 'value')],
     [('float', 'thresholdDown', 'FloatBounds.down(threshold)'), ('float', 'replacement', '(float) value')], Fl,
     '(v > thresholdDown || v != v ? v : replacement)', '(v > thresholdDown ? 1f : (v != v ? v : 0f))',
     'v.broadcast(replacement).blend(v, v.compare(GT, thresholdDown).or(v.compare(NE, v)))',
     'v.broadcast(0).blend(1, v.compare(GT, thresholdDown)).blend(v, v.compare(NE, v))'),
]


# ---- double kernels: each mirrors the method of the same name in DoubleFormulas/DoubleCores ----

DEXPM1_P = [1.0 / f for f in (1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800,
                              479001600, 6227020800)]
DLOG_P1 = [2.0 / (2 * n + 3) for n in range(10)]
TANH_T = [-0.3333333333333333, 0.1333333333333323, -0.053968253968089755, 0.0218694885258676,
          -0.008863235198659135, 0.0035921217969498704, -0.0014557608138655873,
          0.0005894667419101905, -0.00023635364294136244, 8.819580305745065e-05,
          -2.295330465333733e-05]
ONE = V('ONE')
ZERO = V('ZERO')


def rsub(g, c, b):
    """c − b for a scalar c."""
    return g.let('%s.sub(%s)' % (bc(c), b.name), sexpr='%s - %s' % (sarg(c), b.name))


def bcv(g, c):
    return g.let(bc(c), sexpr=sarg(c))


def copy_sign(g, m, x):
    return g.let('%s.reinterpretAsLongs().and(~Long.MIN_VALUE).or(%s.reinterpretAsLongs()'
                 '.and(Long.MIN_VALUE)).reinterpretAsDoubles()' % (m.name, x.name),
                 sexpr='Cores.copySign(%s, %s)' % (m.name, x.name))


def dexp_parts(g, x):
    xc = at_most(g, at_least(g, x, 'DoubleCores.EXP_MIN'), 'DoubleCores.EXP_MAX')
    t = fma(g, xc, 'LOG2E', 'SHIFT')
    k = sub(g, t, 'SHIFT')
    r = fma(g, k, '-LN2_HI', xc)
    r = fma(g, k, '-LN2_LO', r)
    q = mul(g, r, horner(g, r, DEXPM1_P))
    kb = g.let('%s.reinterpretAsLongs().sub(DoubleCores.SHIFT_BITS)' % t.name, 'LongVector',
               sexpr='Double.doubleToRawLongBits(%s) - DoubleCores.SHIFT_BITS' % t.name)
    k1 = g.let('%s.lanewise(ASHR, 1)' % kb.name, 'LongVector', sexpr='%s >> 1' % kb.name)
    s1 = g.let('%s.add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles()' % k1.name,
               sexpr='Double.longBitsToDouble((%s + 1023L) << 52)' % k1.name)
    s2 = g.let('%s.sub(%s).add(1023L).lanewise(LSHL, 52).reinterpretAsDoubles()' % (kb.name, k1.name),
               sexpr='Double.longBitsToDouble((%s - %s + 1023L) << 52)' % (kb.name, k1.name))
    return q, s1, s2


def dexp(g, x):
    """DoubleCores.exp."""
    q, s1, s2 = dexp_parts(g, x)
    return mul(g, fma(g, s1, q, s1), s2)


def dexp_pair(g, x, xl):
    """DoubleCores.exp(x) and expLow(x, xl), from one evaluation."""
    q, s1, s2 = dexp_parts(g, x)
    h = fma(g, s1, q, s1)
    hi = mul(g, h, s2)
    lo = fma(g, s1, q, sub(g, s1, h))
    return hi, fma(g, hi, xl, mul(g, lo, s2))


def dexpm1(g, x):
    xc = at_most(g, at_least(g, x, 'DoubleCores.EXPM1_MIN'), 'DoubleCores.EXP_MAX')
    t = fma(g, xc, 'LOG2E', 'SHIFT')
    k = sub(g, t, 'SHIFT')
    r = fma(g, k, '-LN2_HI', xc)
    r = fma(g, k, '-LN2_LO', r)
    q = mul(g, r, horner(g, r, DEXPM1_P))
    h = g.let('%s.reinterpretAsLongs().add(1022L).lanewise(LSHL, 52).reinterpretAsDoubles()' % t.name,
              sexpr='Double.longBitsToDouble((Double.doubleToRawLongBits(%s) + 1022L) << 52)' % t.name)
    m = copy_sign(g, mul(g, fma(g, h, q, sub(g, h, 0.5)), 2), x)
    return blend(g, m, x, cmp(abs_(g, x), 'LT', '0x1p-54'))


def scaled_tail(g, f, x, xl):
    """DoubleCores.scaledTail(f, x, xl)."""
    xc = at_least(g, x, 'DoubleCores.TAIL_MIN')
    a = add(g, xc, 'DoubleCores.TAIL_SHIFT_HI')
    al = add(g, add(g, rsub(g, 'DoubleCores.TAIL_SHIFT_HI', sub(g, a, xc)), 'DoubleCores.TAIL_SHIFT_LO'), xl)
    e, el = dexp_pair(g, a, al)
    return copy_sign(g, mul(g, fma(g, f, e, mul(g, f, el)), '0x1p-512'), f)


def logistic(g, th, tl):
    """(σ(t), σ(−t)) for t = th + tl: DoubleCores.logistic with complement false and true."""
    a = neg(g, abs_(g, th))
    neg_mask = cmp(th, 'LT', 0)
    al = blend(g, neg(g, tl), tl, neg_mask)
    e, el = dexp_pair(g, a, al)
    d = add(g, e, 1)
    dl = add(g, add(g, rsub(g, 1, d), e), el)
    rd = inverse(g, d)
    out = []
    for mask in (neg_mask, neg_mask.not_()):
        num = blend(g, ONE, e, mask)
        numl = blend(g, ZERO, el, mask)
        q0 = mul(g, num, rd)
        mq0 = neg(g, q0)
        rho = add(g, fma(g, mq0, d, num), numl)
        rho = fma(g, mq0, dl, rho)
        out.append(fma(g, rho, rd, q0))
    return out


def product_low(g, a, b, th):
    """DoubleCores.productLow(a, b, th) for a scalar a and a vector b."""
    tl = g.let('FMA ? %s.fma(%s, %s.neg()) : %s.mul(%s).sub(%s)'
               % (b.name, bc(a), th.name, b.name, lit(a), th.name),
               sexpr=fma_minus(b.name, lit(a), th.name))
    return blend(g, tl, 0, cmp(abs_(g, th), 'LE', 'MAX').not_())


def fma_minus(a, b, c):
    """The scalar form of a·b − c as the vector code forms it: fused with −c, or a product
    then a difference."""
    return 'FMA ? Math.fma(%s, %s, -%s) : %s * %s - %s' % (a, b, c, a, b, c)


def dlog1p(g, u, ul):
    y = add(g, u, 1)
    c = div(g, add(g, sub(g, u, sub(g, y, 1)), ul), y)
    b, k, m = log_split(g, y)
    f = sub(g, m, 1)
    d = add(g, f, 2)
    dl = add(g, rsub(g, 2, d), f)
    s = div(g, f, d)
    ms = neg(g, s)
    sl = div(g, fma(g, ms, dl, fma(g, ms, d, f)), d)
    z = mul(g, s, s)
    t = fma(g, s, mul(g, z, horner(g, z, DLOG_P1)), c)
    p = add(g, mul(g, s, 2), fma(g, sl, 2, t))
    return fma(g, k, 'LN2_HI', fma(g, k, 'LN2_LO', p))


def dtanh(g, x):
    a = abs_(g, x)
    x2 = mul(g, x, x)
    series = fma(g, mul(g, x, x2), horner(g, x2, TANH_T), x)
    s, _ = logistic(g, mul(g, a, -2), ZERO)
    big = copy_sign(g, rsub(g, 1, mul(g, s, 2)), x)
    r = blend(g, big, series, cmp(a, 'LT', 'DoubleCores.TANH_SERIES'))
    return blend(g, r, x, cmp(a, 'LE', 0))


def dtanh_d(g, x):
    t = mul(g, abs_(g, x), 2)
    s, u = logistic(g, t, ZERO)
    return mul(g, mul(g, s, u), 4)


def dsigmoid(g, x):
    return logistic(g, x, ZERO)[0]


def dsigmoid_d(g, x):
    s, u = logistic(g, x, ZERO)
    return mul(g, s, u)


def delu(g, x):
    return blend(g, mul(g, dexpm1(g, x), 'alpha'), x, cmp(x, 'GT', 0))


def delu_d(g, x):
    return blend(g, mul(g, dexp(g, x), 'alpha'), 1, cmp(x, 'GT', 0))


def dselu(g, x):
    m = dexpm1(g, x)
    neg_ = fma(g, bcv(g, 'SELU_LAMBDA_ALPHA'), m, mul(g, m, 'DoubleFormulas.SELU_LAMBDA_ALPHA_LO'))
    pos = fma(g, bcv(g, 'SELU_LAMBDA'), x, mul(g, x, 'DoubleFormulas.SELU_LAMBDA_LO'))
    return blend(g, neg_, pos, cmp(x, 'GT', 0))


def dselu_d(g, x):
    e = dexp(g, x)
    neg_ = fma(g, bcv(g, 'SELU_LAMBDA_ALPHA'), e, mul(g, e, 'DoubleFormulas.SELU_LAMBDA_ALPHA_LO'))
    return blend(g, neg_, 'SELU_LAMBDA', cmp(x, 'GT', 0))


def dcelu(g, x):
    u = div(g, x, 'alpha')
    neg_ = blend(g, mul(g, dexpm1(g, u), 'alpha'), x, cmp(abs_(g, u), 'LT', '0x1p-60'))
    return blend(g, neg_, x, cmp(x, 'GT', 0))


def dcelu_d(g, x):
    return blend(g, dexp(g, div(g, x, 'alpha')), 1, cmp(x, 'GT', 0))


def neg_abs_pair(g, th, tl):
    a = neg(g, abs_(g, th))
    return dexp_pair(g, a, blend(g, neg(g, tl), tl, cmp(th, 'LT', 0)))


def dsoftplus(g, x):
    th = mul(g, x, 'beta')
    tl = product_low(g, 'beta', x, th)
    e, el = neg_abs_pair(g, th, tl)
    sp = add(g, at_least(g, th, 0), dlog1p(g, e, el))
    return blend(g, div(g, sp, 'beta'), x, cmp(th, 'GT', 'threshold'))


def dsoftplus_d(g, x):
    th = mul(g, x, 'beta')
    tl = product_low(g, 'beta', x, th)
    return blend(g, logistic(g, th, tl)[0], 1, cmp(th, 'GT', 'threshold'))


def dlogsigmoid(g, x):
    a = neg(g, abs_(g, x))
    e, el = dexp_pair(g, a, ZERO)
    return neg(g, add(g, at_least(g, neg(g, x), 0), dlog1p(g, e, el)))


def dlogsigmoid_d(g, x):
    return logistic(g, x, ZERO)[1]


def dclamp(g, x):
    return at_most(g, at_least(g, x, '-MAX'), 'MAX')


def dswish(g, x):
    xc = dclamp(g, x)
    th = mul(g, xc, 'beta')
    tl = product_low(g, 'beta', xc, th)
    s, _ = logistic(g, th, tl)
    main = mul(g, at_most(g, at_least(g, x, 'low'), 'high'), s)
    return blend(g, main, scaled_tail(g, xc, th, tl), cmp(th, 'LT', 'DoubleCores.TAIL'))


def dswish_d(g, x):
    xc = dclamp(g, x)
    th = mul(g, xc, 'beta')
    tl = product_low(g, 'beta', xc, th)
    s, u = logistic(g, th, tl)
    main = fma(g, mul(g, dclamp(g, th), s), u, s)
    tail = scaled_tail(g, add(g, at_least(g, th, 'DoubleCores.TAIL_MIN'), 1), th, tl)
    return blend(g, main, tail, cmp(th, 'LT', 'DoubleCores.TAIL'))


def mish_gate(g, x):
    xc = at_most(g, x, 'MISH_LINEAR')
    e, el = dexp_pair(g, xc, ZERO)
    w = add(g, e, 2)
    wl = add(g, add(g, rsub(g, 2, w), e), el)
    n = mul(g, e, w)
    nl = add(g, fma(g, e, w, neg(g, n)), fma(g, e, wl, mul(g, el, w)))
    d = add(g, n, 2)
    dl = add(g, add(g, rsub(g, 2, d), n), nl)
    rd = inverse(g, d)
    g0 = mul(g, n, rd)
    mg0 = neg(g, g0)
    rho = add(g, fma(g, mg0, d, n), nl)
    rho = fma(g, mg0, dl, rho)
    return fma(g, rho, rd, g0)


def dmish(g, x):
    xc = at_least(g, x, '-MAX')
    main = mul(g, xc, mish_gate(g, x))
    return blend(g, main, scaled_tail(g, xc, xc, ZERO), cmp(x, 'LT', 'DoubleCores.TAIL'))


def dmish_d(g, x):
    xd = at_most(g, at_least(g, x, '-MAX'), 'MISH_LINEAR')
    e, el = dexp_pair(g, xd, ZERO)
    v = add(g, e, 1)
    bv = sub(g, v, 1)
    vl = add(g, add(g, rsub(g, 1, sub(g, v, bv)), sub(g, e, bv)), el)
    p = mul(g, e, v)
    pl = add(g, fma(g, e, v, neg(g, p)), fma(g, e, vl, mul(g, el, v)))
    q = mul(g, v, v)
    ql = add(g, fma(g, v, v, neg(g, q)), mul(g, mul(g, v, vl), 2))
    dh = add(g, q, 1)
    dl = add(g, add(g, sub(g, q, dh), 1), ql)
    dd = mul(g, dh, dh)
    ddl = add(g, fma(g, dh, dh, neg(g, dd)), mul(g, mul(g, dh, dl), 2))
    w0 = div(g, p, dd)
    mw0 = neg(g, w0)
    rho = add(g, fma(g, mw0, dd, p), pl)
    rho = fma(g, mw0, ddl, rho)
    w = mul(g, add(g, w0, div(g, rho, dd)), 4)
    main = fma(g, xd, w, mish_gate(g, x))
    tail = scaled_tail(g, add(g, xd, 1), xd, ZERO)
    return blend(g, main, tail, cmp(x, 'LT', 'DoubleCores.TAIL'))


def dnormal_r(g, z):
    """DoubleNormal.r(z) for the lanes of this vector: computed beforehand, element by element,
    into the chunk buffer rbuf (see CHUNKED), from the same z."""
    return g.let('DoubleVector.fromArray(D, rbuf, k)', sexpr='DoubleNormal.r(%s)' % z.name)


DNORMAL_T = [0.3989422804014327, -0.06649038006690544, 0.009973557010035806, -0.001187328215480253, 0.00011543468761421087, -9.444656248413156e-06, 6.659693114915888e-07, -4.122657837266453e-08, 2.2733770173468317e-09, -1.1285002144059668e-10, 5.003033458919368e-12, -1.6878231631896875e-13]
DNORMAL_T_LO = -2.492405596504842e-17


def dnormal_t(g, w):
    p = horner(g, w, DNORMAL_T[1:])
    f = fma(g, p, w, DNORMAL_T_LO)
    return g.let('%s.add(%s)' % (bc(DNORMAL_T[0]), f.name), sexpr='%s + %s' % (lit(DNORMAL_T[0]), f.name))


def half_square_shifted(g, z):
    """(halfSquareShifted(z), halfSquareShiftedLow(z))."""
    p = mul(g, z, z)
    pl = fma(g, z, z, neg(g, p))
    h = mul(g, p, -0.5)
    a = add(g, h, 'DoubleCores.TAIL_SHIFT_HI')
    ba = sub(g, a, h)
    al = add(g, add(g, sub(g, h, sub(g, a, ba)), rsub(g, 'DoubleCores.TAIL_SHIFT_HI', ba)),
             rsub(g, 'DoubleCores.TAIL_SHIFT_LO', mul(g, pl, 0.5)))
    return a, al


def dgelu(g, x):
    z = at_most(g, abs_(g, x), 'DoubleNormal.Z_MAX')
    a, al = half_square_shifted(g, z)
    e, el = dexp_pair(g, a, al)
    r = dnormal_r(g, z)
    xn = at_least(g, x, '-DoubleNormal.Z_MAX')
    xe = mul(g, xn, e)
    xel = add(g, fma(g, xn, e, neg(g, xe)), mul(g, xn, el))
    neg_ = mul(g, fma(g, xe, r, mul(g, xel, r)), '0x1p-512')
    small = mul(g, x, fma(g, x, dnormal_t(g, mul(g, x, x)), 0.5))
    big = fma(g, neg(g, at_most(g, x, 'DoubleNormal.Z_MAX')), mul(g, fma(g, e, r, mul(g, el, r)), '0x1p-512'), x)
    pos = blend(g, big, small, cmp(x, 'LT', 1))
    return blend(g, pos, neg_, cmp(x, 'LT', 0))


def dgelu_d(g, x):
    z = at_most(g, abs_(g, x), 'DoubleNormal.Z_MAX')
    a, al = half_square_shifted(g, z)
    e, el = dexp_pair(g, a, al)
    r = dnormal_r(g, z)
    inner = fma(g, at_least(g, x, '-DoubleNormal.Z_MAX'), 'DoubleFormulas.INV_SQRT_2PI', r)
    neg_ = mul(g, fma(g, e, inner, mul(g, el, inner)), '0x1p-512')
    phi = mul(g, fma(g, e, 'DoubleFormulas.INV_SQRT_2PI', mul(g, el, 'DoubleFormulas.INV_SQRT_2PI')), '0x1p-512')
    small = fma(g, x, dnormal_t(g, mul(g, x, x)), 0.5)
    big = rsub(g, 1, mul(g, fma(g, e, r, mul(g, el, r)), '0x1p-512'))
    cdf = blend(g, big, small, cmp(x, 'LT', 1))
    pos = fma(g, at_most(g, x, 'DoubleNormal.Z_MAX'), phi, cdf)
    return blend(g, pos, neg_, cmp(x, 'LT', 0))


def gelu_argument(g, x):
    """(geluArgument(x), geluArgumentLow(x)) from one evaluation."""
    p = mul(g, x, x)
    pl = fma(g, x, x, neg(g, p))
    q = mul(g, p, 'DoubleFormulas.GELU_C2_HI')
    ql = add(g, g.let('FMA ? %s.fma(%s, %s.neg()) : %s.mul(%s).sub(%s)' % (
        p.name, bc('DoubleFormulas.GELU_C2_HI'), q.name, p.name, 'DoubleFormulas.GELU_C2_HI', q.name),
        sexpr=fma_minus(p.name, 'DoubleFormulas.GELU_C2_HI', q.name)),
        fma(g, pl, 'DoubleFormulas.GELU_C2_HI', mul(g, p, 'DoubleFormulas.GELU_C2_LO')))
    s = add(g, q, 1)
    bs = sub(g, s, 1)
    sl = add(g, add(g, rsub(g, 1, sub(g, s, bs)), sub(g, q, bs)), ql)
    r = mul(g, x, s)
    rl = add(g, fma(g, x, s, neg(g, r)), mul(g, x, sl))
    t = mul(g, r, 'DoubleFormulas.GELU_C1_HI')
    tl = add(g, g.let('FMA ? %s.fma(%s, %s.neg()) : %s.mul(%s).sub(%s)' % (
        r.name, bc('DoubleFormulas.GELU_C1_HI'), t.name, r.name, 'DoubleFormulas.GELU_C1_HI', t.name),
        sexpr=fma_minus(r.name, 'DoubleFormulas.GELU_C1_HI', t.name)),
        fma(g, rl, 'DoubleFormulas.GELU_C1_HI', mul(g, r, 'DoubleFormulas.GELU_C1_LO')))
    return t, tl


def dgelu_tanh(g, x):
    xc = at_most(g, at_least(g, x, '-DoubleFormulas.GELU_HUGE'), 'DoubleFormulas.GELU_HUGE')
    th, tl = gelu_argument(g, xc)
    f = at_least(g, x, '-MAX')
    s, _ = logistic(g, th, tl)
    main = mul(g, f, s)
    return blend(g, main, scaled_tail(g, f, th, tl), cmp(th, 'LT', 'DoubleCores.TAIL'))


def dgelu_tanh_d(g, x):
    xc = at_most(g, at_least(g, x, '-DoubleFormulas.GELU_HUGE'), 'DoubleFormulas.GELU_HUGE')
    th, tl = gelu_argument(g, xc)
    p = mul(g, xc, xc)
    pl = fma(g, xc, xc, neg(g, p))
    ih = fma(g, p, 'DoubleFormulas.GELU_C3', 'DoubleFormulas.GELU_C1_HI')
    rest = rsub(g, 'DoubleFormulas.GELU_C1_HI', ih)
    hi = fma(g, p, 'DoubleFormulas.GELU_C3', rest)
    lo = fma(g, pl, 'DoubleFormulas.GELU_C3', mul(g, p, 'DoubleFormulas.GELU_C3_LO'))
    il = add(g, hi, g.let('%s.add(%s)' % (bc('DoubleFormulas.GELU_C1_LO'), lo.name),
                          sexpr='DoubleFormulas.GELU_C1_LO + %s' % lo.name))
    gg = mul(g, xc, ih)
    gl = add(g, fma(g, xc, ih, neg(g, gg)), mul(g, xc, il))
    s, u = logistic(g, th, tl)
    gs = mul(g, gg, s)
    gsl = add(g, fma(g, gg, s, neg(g, gs)), mul(g, gl, s))
    main = fma(g, gs, u, fma(g, gsl, u, s))
    tail = scaled_tail(g, add(g, gg, 1), th, tl)
    return blend(g, main, tail, cmp(th, 'LT', 'DoubleCores.TAIL'))


DTANHSHRINK_T = [-0.3333333333333333, 0.1333333333333309, -0.05396825396804637, 0.02186948852912909, -0.008863235404578283, 0.003592126679366341, -0.0014558246920964941, 0.0005899792946300052, -0.00023895705228738225, 9.646277743313181e-05, -3.8389607893147334e-05, 1.4606131676715378e-05, -4.987760317520347e-06, 1.3791814499083342e-06, -2.6330772232959337e-07, 2.5155023659382105e-08]


def dtanhshrink(g, x):
    a = abs_(g, x)
    p = mul(g, x, x)
    pl = fma(g, x, x, neg(g, p))
    c = mul(g, x, p)
    cl = add(g, fma(g, x, p, neg(g, c)), mul(g, x, pl))
    t = horner(g, p, DTANHSHRINK_T)
    series = neg(g, fma(g, c, t, mul(g, cl, t)))
    y, _ = logistic(g, mul(g, a, -2), ZERO)
    big = copy_sign(g, add(g, sub(g, a, 1), mul(g, y, 2)), x)
    return blend(g, big, series, cmp(a, 'LT', 1))


def dtanhshrink_d(g, x):
    t = dtanh(g, x)
    return mul(g, t, t)


def dsoftsign(g, x):
    xc = dclamp(g, x)
    return div(g, xc, add(g, abs_(g, xc), 1))


def dsoftsign_d(g, x):
    a = abs_(g, dclamp(g, x))
    d = add(g, a, 1)
    bd = sub(g, d, 1)
    dl = add(g, rsub(g, 1, sub(g, d, bd)), sub(g, a, bd))
    r = inverse(g, d)
    rho = fma(g, neg(g, r), d, 1)
    r2 = mul(g, r, r)
    return fma(g, r2, mul(g, fma(g, neg(g, dl), r, rho), 2), r2)


def dhardsigmoid(g, x):
    return at_most(g, at_least(g, div(g, add(g, x, 3), 6), 0), 1)


def dhardswish(g, x):
    v = div(g, mul(g, x, add(g, x, 3)), 6)
    return blend(g, blend(g, v, 0, cmp(x, 'LE', -3)), x, cmp(x, 'GE', 3))


def dhardswish_d(g, x):
    v = div(g, add(g, mul(g, x, 2), 3), 6)
    return blend(g, blend(g, v, 0, cmp(x, 'LE', -3)), 1, cmp(x, 'GE', 3))


# (factory, class, params, fields, scalar value, scalar derivative, vector value, vector
#  derivative); a vector formula given as a string is one expression in v, not interleaved
KD = [
    ('sigmoid', 'Sigmoid', [], [], 'DoubleFormulas.sigmoid(v)', 'DoubleFormulas.sigmoidDerivative(v)', dsigmoid, dsigmoid_d),
    ('tanh', 'Tanh', [], [], 'DoubleFormulas.tanh(v)', 'DoubleFormulas.tanhDerivative(v)', dtanh, dtanh_d),
    ('elu', 'Elu', [('double', 'alpha')], [('double', 'alpha', 'alpha')],
     'DoubleFormulas.elu(v, alpha)', 'DoubleFormulas.eluDerivative(v, alpha)', delu, delu_d),
    ('selu', 'Selu', [], [], 'DoubleFormulas.selu(v)', 'DoubleFormulas.seluDerivative(v)', dselu, dselu_d),
    ('celu', 'Celu', [('double', 'alpha')], [('double', 'alpha', 'alpha')],
     'DoubleFormulas.celu(v, alpha)', 'DoubleFormulas.celuDerivative(v, alpha)', dcelu, dcelu_d),
    ('softplus', 'Softplus', [('double', 'beta'), ('double', 'threshold')],
     [('double', 'beta', 'beta'), ('double', 'threshold', 'threshold')],
     'DoubleFormulas.softplus(v, beta, threshold)', 'DoubleFormulas.softplusDerivative(v, beta, threshold)',
     dsoftplus, dsoftplus_d),
    ('swish', 'Swish', [('double', 'beta')],
     [('double', 'beta', 'beta'),
      ('double', 'low', 'beta > 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY'),
      ('double', 'high', 'beta < 0 ? Double.MAX_VALUE : Double.POSITIVE_INFINITY')],
     'DoubleFormulas.swish(v, beta, low, high)', 'DoubleFormulas.swishDerivative(v, beta)', dswish, dswish_d),
    ('mish', 'Mish', [], [], 'DoubleFormulas.mish(v)', 'DoubleFormulas.mishDerivative(v)', dmish, dmish_d),
    ('gelu', 'Gelu', [], [], 'DoubleFormulas.gelu(v)', 'DoubleFormulas.geluDerivative(v)', dgelu, dgelu_d),
    ('geluTanh', 'GeluTanh', [], [], 'DoubleFormulas.geluTanh(v)', 'DoubleFormulas.geluTanhDerivative(v)',
     dgelu_tanh, dgelu_tanh_d),
    ('logsigmoid', 'Logsigmoid', [], [], 'DoubleFormulas.logsigmoid(v)', 'DoubleFormulas.logsigmoidDerivative(v)',
     dlogsigmoid, dlogsigmoid_d),
    ('tanhshrink', 'Tanhshrink', [], [], 'DoubleFormulas.tanhshrink(v)', 'DoubleFormulas.tanhshrinkDerivative(v)',
     dtanhshrink, dtanhshrink_d),
    ('softsign', 'Softsign', [], [], 'DoubleFormulas.softsign(v)', 'DoubleFormulas.softsignDerivative(v)',
     dsoftsign, dsoftsign_d),
    ('hardsigmoid', 'Hardsigmoid', [], [], 'DoubleFormulas.hardsigmoid(v)', 'Formulas.hardsigmoidDerivative(v)',
     dhardsigmoid, hardsigmoid_d),
    ('hardswish', 'Hardswish', [], [], 'DoubleFormulas.hardswish(v)', 'DoubleFormulas.hardswishDerivative(v)',
     dhardswish, dhardswish_d),
    ('softshrink', 'Softshrink', [('double', 'lambd')], [('double', 'lambd', 'lambd')],
     'Formulas.softshrink(v, lambd)', 'Formulas.softshrinkDerivative(v, lambd)', softshrink, softshrink_d),
    ('leakyRelu', 'LeakyRelu', [('double', 'slope')],
     [('double', 'slope', 'slope'), ('double', 'floor', 'slope == 0 ? -Double.MAX_VALUE : Double.NEGATIVE_INFINITY')],
     '(v > 0 ? v : Cores.atLeast(v, floor) * slope)', '(v > 0 ? 1.0 : (v != v ? v : slope))',
     'v.blend(floor, v.compare(LT, floor)).mul(slope).blend(v, v.compare(GT, 0))',
     'v.broadcast(slope).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))'),
    ('identity', 'Identity', [], [], 'v', '(v != v ? v : 1.0)', 'v', 'v.broadcast(1).blend(v, v.compare(NE, v))'),
    ('relu', 'Relu', [], [], '(v <= 0 ? 0.0 : v)', '(v > 0 ? 1.0 : (v != v ? v : 0.0))',
     'v.blend(0, v.compare(LE, 0))', 'v.broadcast(0).blend(1, v.compare(GT, 0)).blend(v, v.compare(NE, v))'),
    ('hardtanh', 'Hardtanh', [('double', 'min'), ('double', 'max')],
     [('double', 'min', 'min'), ('double', 'max', 'max')],
     '(v > max ? max : (v < min ? min : v))', '(v > min && v < max ? 1.0 : (v != v ? v : 0.0))',
     'v.blend(min, v.compare(LT, min)).blend(max, v.compare(GT, max))',
     'v.broadcast(0).blend(1, v.compare(GT, min).and(v.compare(LT, max))).blend(v, v.compare(NE, v))'),
    ('hardshrink', 'Hardshrink', [('double', 'lambd')], [('double', 'lambd', 'lambd')],
     '(v >= -lambd && v <= lambd ? 0.0 : v)', '(v > lambd || v < -lambd ? 1.0 : (v != v ? v : 0.0))',
     'v.blend(0, v.compare(GE, -lambd).and(v.compare(LE, lambd)))',
     'v.broadcast(0).blend(1, v.compare(GT, lambd).or(v.compare(LT, -lambd))).blend(v, v.compare(NE, v))'),
    ('threshold', 'Threshold', [('double', 'threshold'), ('double', 'value')],
     [('double', 'threshold', 'threshold'), ('double', 'replacement', 'value')],
     '(v > threshold || v != v ? v : replacement)', '(v > threshold ? 1.0 : (v != v ? v : 0.0))',
     'v.broadcast(replacement).blend(v, v.compare(GT, threshold).or(v.compare(NE, v)))',
     'v.broadcast(0).blend(1, v.compare(GT, threshold)).blend(v, v.compare(NE, v))'),
]


def dscalar_class(k):
    fac, cls, p, fs, sv, sd, vv, vd = k
    I = '    '
    s = '  static final class %sDouble implements DoubleKernel {\n' % cls
    s += fields_decl(fs, I)
    if fs:
        s += '\n' + ctor(cls + 'Double', p, fs, I)
    L = locals_(fs, I + '  ')
    s += f'''
    @Override
    public double value(double v) {{
      return {sv};
    }}

    @Override
    public double derivative(double v) {{
      return {sd};
    }}

    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        double v = x[xo + i];
        y[yo + i] = {sv};
      }}
    }}

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
    return s.replace('{\n\n', '{\n')


def constants(code, ind):
    extra = ''
    if 'ZERO' in code:
        extra += ind + 'final DoubleVector ZERO = DoubleVector.zero(D);\n'
    if 'ONE' in code:
        extra += ind + 'final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);\n'
    return extra


# statements in one vector body above which a loop takes one vector per iteration
PAIR_LIMIT = 90


def dpanama_class(k):
    fac, cls, p, fs, sv, sd, vv, vd = k
    I = '    '
    s = '  static final class %sDouble implements DoubleKernel {\n' % cls
    s += fields_decl(fs, I)
    if fs:
        s += '\n' + ctor(cls + 'Double', p, fs, I)
    L = locals_(fs, I + '  ')
    head = f'''
    @Override
    public double value(double v) {{
      return {sv};
    }}

    @Override
    public double derivative(double v) {{
      return {sd};
    }}
'''
    if isinstance(vv, str):
        if cls == 'Identity':
            fwd = '''
    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {
      if (x != y || xo != yo) {
        System.arraycopy(x, xo, y, yo, n);
      }
    }
'''
        else:
            fwd = f'''
    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {{
{L}      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {{
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        {vv}.intoArray(y, yo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        y[yo + i] = {sv};
      }}
    }}
'''
        s += head + fwd + f'''
    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {{
{L}      int i = 0;
      for (int bound = D.loopBound(n); i < bound; i += DLANES) {{
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector.fromArray(D, dy, dyo + i).mul({vd}).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
        return s.replace('{\n\n', '{\n')
    fwd, fr = vector_body(vv, I + '      ')
    if 'rbuf' in fwd:
        bwd, br = vector_body(vd, I + '      ')
        fx = constants(fwd, I + '  ')
        bx = constants(bwd, I + '  ')
        s += head + f'''
    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {{
{L}{fx}      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {{
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {{
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }}
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {{
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
{fwd}          {fr}.intoArray(y, yo + c + k);
        }}
        for (; k < m; k++) {{
          double v = x[xo + c + k];
          y[yo + c + k] = {sv};
        }}
      }}
    }}

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {{
{L}{bx}      final double[] rbuf = new double[CHUNK];
      for (int c = 0; c < n; c += CHUNK) {{
        int m = Math.min(CHUNK, n - c);
        for (int k = 0; k < m; k++) {{
          rbuf[k] = DoubleNormal.r(Cores.atMost(Math.abs(x[xo + c + k]), DoubleNormal.Z_MAX));
        }}
        int k = 0;
        for (int bound = D.loopBound(m); k < bound; k += DLANES) {{
          DoubleVector v = DoubleVector.fromArray(D, x, xo + c + k);
          DoubleVector g = DoubleVector.fromArray(D, dy, dyo + c + k);
{bwd}          g.mul({br}).intoArray(dx, dxo + c + k);
        }}
        for (; k < m; k++) {{
          double v = x[xo + c + k];
          dx[dxo + c + k] = dy[dyo + c + k] * {sd};
        }}
      }}
    }}
  }}
'''
        return s.replace('{\n\n', '{\n')
    fwd, fr = vector_body(vv, I + '    ')
    bwd, br = vector_body(vd, I + '    ')
    fwd2, fra, frb = interleaved(vv, I + '    ')
    bwd2, bra, brb = interleaved(vd, I + '    ')
    # HotSpot never compiles a method of more than 8000 bytes of bytecode (HugeMethodLimit):
    # the large kernels get one vector per iteration instead of two
    pair_f = fwd.count('\n') <= PAIR_LIMIT
    pair_b = bwd.count('\n') <= PAIR_LIMIT
    fx = constants(fwd + (fwd2 if pair_f else ''), I + '  ')
    bx = constants(bwd + (bwd2 if pair_b else ''), I + '  ')
    fpair = f'''      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {{
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
{fwd2}        {fra}.intoArray(y, yo + i);
        {frb}.intoArray(y, yo + i + DLANES);
      }}
''' if pair_f else ''
    bpair = f'''      for (int bound = n - 2 * DLANES; i <= bound; i += 2 * DLANES) {{
        DoubleVector va = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector vb = DoubleVector.fromArray(D, x, xo + i + DLANES);
        DoubleVector ga = DoubleVector.fromArray(D, dy, dyo + i);
        DoubleVector gb = DoubleVector.fromArray(D, dy, dyo + i + DLANES);
{bwd2}        ga.mul({bra}).intoArray(dx, dxo + i);
        gb.mul({brb}).intoArray(dx, dxo + i + DLANES);
      }}
''' if pair_b else ''
    s += head + f'''
    @Override
    public void forward(double[] x, int xo, double[] y, int yo, int n) {{
{L}{fx}      int i = 0;
{fpair}      for (int bound = D.loopBound(n); i < bound; i += DLANES) {{
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
{fwd}        {fr}.intoArray(y, yo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        y[yo + i] = {sv};
      }}
    }}

    @Override
    public void backward(double[] x, int xo, double[] dy, int dyo, double[] dx, int dxo, int n) {{
{L}{bx}      int i = 0;
{bpair}      for (int bound = D.loopBound(n); i < bound; i += DLANES) {{
        DoubleVector v = DoubleVector.fromArray(D, x, xo + i);
        DoubleVector g = DoubleVector.fromArray(D, dy, dyo + i);
{bwd}        g.mul({br}).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
    return s.replace('{\n\n', '{\n')


def dprovider_methods(outer=None):
    s = ''
    for k in KD:
        fac, cls, p = k[0], k[1], k[2]
        pre = '' if outer is None else '%s%s.' % (outer, cls)
        s += f'''
  @Override
  public DoubleKernel {fac}Double({params(p)}) {{
    return new {pre}{cls}Double({args(p)});
  }}
'''
    return s


def params(p): return ', '.join('%s %s' % (t, n) for t, n in p)
def args(p): return ', '.join(n for t, n in p)


def fields_decl(fs, ind):
    return ''.join('%sprivate final %s %s;\n' % (ind, t, n) for t, n, i in fs)


def ctor(cls, p, fs, ind):
    s = '%s%s(%s) {\n' % (ind, cls, params(p))
    for t, n, i in fs:
        s += '%s  this.%s = %s;\n' % (ind, n, i)
    return s + ind + '}\n'


def locals_(fs, ind):
    return ''.join('%sfinal %s %s = this.%s;\n' % (ind, t, n, n) for t, n, i in fs)


def vector_body(fn, ind, prefix='t', var='v'):
    g = Code(ind, prefix)
    x = V(var)
    r = fn(g, x)
    return g.text(), r.name


def interleaved(fn, ind):
    """Two independent copies of the body, statement by statement, so that the out-of-order core
    sees both dependency chains within its window."""
    ga = Code(ind, 'a')
    ra = fn(ga, V('va'))
    gb = Code(ind, 'b')
    rb = fn(gb, V('vb'))
    lines = []
    for la, lb in zip(ga.lines, gb.lines):
        lines += [la, lb]
    return '\n'.join(lines) + '\n', ra.name, rb.name


def scalar_class(k):
    fac, cls, p, fs, kind, sv, sd, vv, vd = k
    I = '    '
    s = '  static final class %s implements FloatKernel {\n' % cls
    s += fields_decl(fs, I)
    if fs:
        s += '\n' + ctor(cls, p, fs, I)
    L = locals_(fs, I + '  ')
    if kind == D:
        s += f'''
    @Override
    public float value(float x) {{
      double v = x;
      return (float) {sv};
    }}

    @Override
    public float derivative(float x) {{
      double v = x;
      return (float) {sd};
    }}

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        double v = x[xo + i];
        y[yo + i] = (float) {sv};
      }}
    }}

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * {sd});
      }}
    }}
  }}
'''
    else:
        s += f'''
    @Override
    public float value(float v) {{
      return {sv};
    }}

    @Override
    public float derivative(float v) {{
      return {sd};
    }}

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        float v = x[xo + i];
        y[yo + i] = {sv};
      }}
    }}

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{L}      for (int i = 0; i < n; i++) {{
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
    return s.replace('{\n\n', '{\n')


def panama_class(k):
    fac, cls, p, fs, kind, sv, sd, vv, vd = k
    I = '    '
    s = '  static final class %s implements FloatKernel {\n' % cls
    s += fields_decl(fs, I)
    if fs:
        s += '\n' + ctor(cls, p, fs, I)
    L = locals_(fs, I + '  ')
    if kind == D:
        fwd, fr = vector_body(vv, I + '    ')
        bwd, br = vector_body(vd, I + '    ')
        fwd2, fra, frb = interleaved(vv, I + '    ')
        bwd2, bra, brb = interleaved(vd, I + '    ')
        extra = ''
        if 'ZERO' in fwd + bwd:
            extra += I + '  final DoubleVector ZERO = DoubleVector.zero(D);\n'
        s += f'''
    @Override
    public float value(float x) {{
      double v = x;
      return (float) {sv};
    }}

    @Override
    public float derivative(float x) {{
      double v = x;
      return (float) {sd};
    }}

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{L}{extra}      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {{
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
{fwd2}        ((FloatVector) {fra}.convertShape(D2F, F, 0)).intoArray(y, yo + i);
        ((FloatVector) {frb}.convertShape(D2F, F, 0)).intoArray(y, yo + i + LANES);
      }}
      for (int bound = F.loopBound(n); i < bound; i += LANES) {{
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
{fwd}        ((FloatVector) {fr}.convertShape(D2F, F, 0)).intoArray(y, yo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        y[yo + i] = (float) {sv};
      }}
    }}

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{L}{extra}      int i = 0;
      for (int bound = n - 2 * LANES; i <= bound; i += 2 * LANES) {{
        DoubleVector va = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector vb =
            (DoubleVector) FloatVector.fromArray(F, x, xo + i + LANES).convertShape(F2D, D, 0);
        DoubleVector ga =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
        DoubleVector gb =
            (DoubleVector) FloatVector.fromArray(F, dy, dyo + i + LANES).convertShape(F2D, D, 0);
{bwd2}        ((FloatVector) ga.mul({bra}).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
        ((FloatVector) gb.mul({brb}).convertShape(D2F, F, 0)).intoArray(dx, dxo + i + LANES);
      }}
      for (int bound = F.loopBound(n); i < bound; i += LANES) {{
        DoubleVector v = (DoubleVector) FloatVector.fromArray(F, x, xo + i).convertShape(F2D, D, 0);
        DoubleVector g = (DoubleVector) FloatVector.fromArray(F, dy, dyo + i).convertShape(F2D, D, 0);
{bwd}        ((FloatVector) g.mul({br}).convertShape(D2F, F, 0)).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        double v = x[xo + i];
        dx[dxo + i] = (float) (dy[dyo + i] * {sd});
      }}
    }}
  }}
'''
    elif cls == 'Identity':
        s += f'''
    @Override
    public float value(float v) {{
      return {sv};
    }}

    @Override
    public float derivative(float v) {{
      return {sd};
    }}

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
      if (x != y || xo != yo) {{
        System.arraycopy(x, xo, y, yo, n);
      }}
    }}

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {{
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul({vd}).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
    else:
        s += f'''
    @Override
    public float value(float v) {{
      return {sv};
    }}

    @Override
    public float derivative(float v) {{
      return {sd};
    }}

    @Override
    public void forward(float[] x, int xo, float[] y, int yo, int n) {{
{L}      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {{
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        {vv}.intoArray(y, yo + i);
      }}
      for (; i < n; i++) {{
        float v = x[xo + i];
        y[yo + i] = {sv};
      }}
    }}

    @Override
    public void backward(float[] x, int xo, float[] dy, int dyo, float[] dx, int dxo, int n) {{
{L}      int i = 0;
      for (int bound = FF.loopBound(n); i < bound; i += FLANES) {{
        FloatVector v = FloatVector.fromArray(FF, x, xo + i);
        FloatVector.fromArray(FF, dy, dyo + i).mul({vd}).intoArray(dx, dxo + i);
      }}
      for (; i < n; i++) {{
        float v = x[xo + i];
        dx[dxo + i] = dy[dyo + i] * {sd};
      }}
    }}
  }}
'''
    return s.replace('{\n\n', '{\n')


def provider_methods(outer=None):
    """The float kernels' factories; with outer ('Panama'), each kernel class is nested in the
    file of its function, Panama<Class>.java."""
    s = ''
    for k in K:
        fac, cls, p = k[0], k[1], k[2]
        pre = '' if outer is None else '%s%s.' % (outer, cls)
        s += f'''
  @Override
  public FloatKernel {fac}({params(p)}) {{
    return new {pre}{cls}({args(p)});
  }}
'''
    return s


GENERATOR = 'tools/panama_kernels.py'
HEADER = ('// GENERATED FILE, DO NOT EDIT. Written by %s from its formula definitions:\n'
          '// edit the generator and run `python3 %s` from the repository root.\n'
          '// .ci/run regenerates this file and fails on any difference.\n' % (GENERATOR, GENERATOR))
ANNOTATION = '@Generated("%s")\n' % GENERATOR

scalar = HEADER + '''package dev.activations.internal.kernel;

/**
 * The scalar kernels: plain loops over {@link Formulas}, one class per function so that each
 * loop is monomorphic. The reference path, and the one used wherever the Vector API is not
 * available; the vector kernels run the same formulas for their tails.
 */
''' + ANNOTATION + '''final class ScalarKernels extends KernelProvider {
  static final ScalarKernels INSTANCE = new ScalarKernels();

  private ScalarKernels() {}

  @Override
  public String name() {
    return "scalar";
  }
''' + provider_methods() + fast_kernels.provider_methods('Scalar') + dprovider_methods() + '\n' + '\n'.join(scalar_class(k) for k in K) + '\n' + '\n'.join(dscalar_class(k) for k in KD) + '}\n'

panama = HEADER + '''package dev.activations.internal.kernel;

import static dev.activations.internal.kernel.Cores.ERFC_EXP_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_FIT_MAX;
import static dev.activations.internal.kernel.Cores.ERFC_OFFSET;
import static dev.activations.internal.kernel.Cores.ERFC_SCALE;
import static dev.activations.internal.kernel.Cores.EXP_MAX;
import static dev.activations.internal.kernel.Cores.EXP_MIN;
import static dev.activations.internal.kernel.Cores.FMA;
import static dev.activations.internal.kernel.Cores.LN2_HI;
import static dev.activations.internal.kernel.Cores.LN2_LO;
import static dev.activations.internal.kernel.Cores.LOG2E;
import static dev.activations.internal.kernel.Cores.MANTISSA;
import static dev.activations.internal.kernel.Cores.ONE_BITS;
import static dev.activations.internal.kernel.Cores.SHIFT;
import static dev.activations.internal.kernel.Cores.SQRT_HALF_BITS;
import static dev.activations.internal.kernel.Cores.TWO52_BITS;
import static dev.activations.internal.kernel.DoubleFormulas.MAX;
import static dev.activations.internal.kernel.Formulas.FLOAT_MAX;
import static dev.activations.internal.kernel.Formulas.GELU_K;
import static dev.activations.internal.kernel.Formulas.GELU_KC;
import static dev.activations.internal.kernel.Formulas.INV_SQRT2;
import static dev.activations.internal.kernel.Formulas.INV_SQRT_2PI;
import static dev.activations.internal.kernel.Formulas.MISH_LINEAR;
import static dev.activations.internal.kernel.Formulas.SELU_LAMBDA;
import static dev.activations.internal.kernel.Formulas.SELU_LAMBDA_ALPHA;
import static dev.activations.internal.kernel.Formulas.SIXTH;
import static dev.activations.internal.kernel.Formulas.TANHSHRINK_SERIES;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.D2F;
import static jdk.incubator.vector.VectorOperators.EQ;
import static jdk.incubator.vector.VectorOperators.F2D;
import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.NE;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API kernels, one class per function so that each loop is monomorphic, in one file
 * per function (Panama&lt;Function&gt;.java, float and double kernels side by side). Functions
 * with transcendental parts widen floats to double lanes and evaluate, operation for operation,
 * the scalar {@link Formulas}; the loops are written out with no helper calls, so that HotSpot
 * compiles each as one unit and never boxes a vector. The piecewise functions whose results are
 * exact in float (relu, identity, hardtanh, hardshrink, threshold) run on float lanes. Tails run
 * the scalar formulas, which agree bit for bit.
 *
 * <p>Loaded by name only after {@link Kernels} has checked that the Vector API is usable: this
 * class links against {@code jdk.incubator.vector}.
 */
''' + ANNOTATION + '''final class PanamaKernels extends KernelProvider {
  static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  static final VectorSpecies<Float> F =
      VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
  static final VectorSpecies<Float> FF = FloatVector.SPECIES_PREFERRED;
  static final int LANES = F.length();
  static final int FLANES = FF.length();
  static final int DLANES = D.length();
  /**
   * Elements per chunk where a kernel first computes a piecewise part element by element into a
   * buffer (gelu's normal tail, whose pieces would need gathers and conversions that C2 does not
   * compile to vector instructions here).
   */
  static final int CHUNK = 256;

  PanamaKernels() {}

  @Override
  public String name() {
    return "panama";
  }

  /** Bits of the double species the float kernels compute in. */
  int vectorBits() {
    return D.vectorBitSize();
  }
''' + provider_methods('Panama') + fast_kernels.provider_methods('Panama') + dprovider_methods('Panama') + '}\n'

abstract = HEADER + '''package dev.activations.internal.kernel;

/**
 * Makes the float kernels of one path ({@code scalar} or {@code panama}); parameters are as the
 * registry validated them. {@link Kernels} holds the chosen provider.
 */
''' + ANNOTATION + '''public abstract class KernelProvider {
  /** The path's name: {@code scalar} or {@code panama}. */
  public abstract String name();
''' + ''.join(f'''
  /** The {k[0]} kernel. */
  public abstract FloatKernel {k[0]}({params(k[2])});
''' for k in K) + fast_kernels.abstract_methods() + ''.join(f'''
  /** The {k[0]} kernel for double. */
  public abstract DoubleKernel {k[0]}Double({params(k[2])});
''' for k in KD) + '}\n'

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
d = os.path.join(root, 'activations-core/src/main/java/dev/activations/internal/kernel')
open(os.path.join(d, 'ScalarKernels.java'), 'w').write(scalar)
open(os.path.join(d, 'PanamaKernels.java'), 'w').write(panama)


def family_file(cls, parts):
    """Panama<cls>.java: the float and double Vector API kernels of one function, with the
    imports their code uses."""
    body = '\n'.join(parts)
    imports = []
    for line in PANAMA_IMPORTS:
        name = line.rstrip(';').split('.')[-1]
        if re.search(r'\b%s\b' % re.escape(name), body):
            imports.append(line)
    statics = [i for i in imports if i.startswith('import static')]
    plain = [i for i in imports if not i.startswith('import static')]
    head = '\n'.join(statics) + ('\n\n' if statics and plain else '') + '\n'.join(plain)
    return (HEADER + 'package dev.activations.internal.kernel;\n\n' + head + '\n\n'
            + '/** The Vector API kernels of %s, float and double; {@link PanamaKernels} makes them. */\n' % cls
            + ANNOTATION + 'final class Panama%s {\n  private Panama%s() {}\n\n' % (cls, cls) + body + '}\n')


PANAMA_IMPORTS = [line for line in panama.split('\n') if line.startswith('import ')] + [
    'import static dev.activations.internal.kernel.PanamaKernels.%s;' % c
    for c in ('CHUNK', 'D', 'DLANES', 'F', 'FF', 'FLANES', 'LANES')]
PANAMA_IMPORTS.sort(key=lambda i: (not i.startswith('import static'), i))
families = {}
for k in K:
    families.setdefault(k[1], []).append(panama_class(k))
for k in KD:
    families.setdefault(k[1], []).append(dpanama_class(k))
for cls, parts in families.items():
    open(os.path.join(d, 'Panama%s.java' % cls), 'w').write(family_file(cls, parts))
open(os.path.join(d, 'KernelProvider.java'), 'w').write(abstract)


# ---- the scalar twins: Formulas (float kernels, in double) and DoubleFormulas ----
# Each twin is the definition above recorded in scalar mode (Code(scalar=True)): the tails and
# the scalar path compute the vector kernel's operations in its order, bit for bit. The
# constants the definitions name live here too.

FLOAT_CONSTANTS = '''  static final double FLOAT_MAX = Float.MAX_VALUE;
  static final double INV_SQRT2 = 0.7071067811865476;
  static final double INV_SQRT_2PI = 0.3989422804014327;
  /** gelu's tanh form: 2u = x·(K + KC·x²), K = 2√(2/π), KC = K·0.044715. */
  static final double GELU_K = 1.5957691216057308;
  static final double GELU_KC = 1.5957691216057308 * 0.044715;
  /** Mish's gate n/(n+2) is 1 to double precision beyond this x. */
  static final double MISH_LINEAR = 30;
  /** Below this |x|, tanhshrink is its series. */
  static final double TANHSHRINK_SERIES = 0.3;
  /** x − tanh x = x³·(1/3 + x²·S(x²)), ascending: the series through x^19. */
  static final double[] TANHSHRINK_S = {
    1.0 / 3, -2.0 / 15, 17.0 / 315, -62.0 / 2835, 1382.0 / 155925, -21844.0 / 6081075,
    929569.0 / 638512875, -6404582.0 / 10854718875.0, 443861162.0 / 1856156927625.0,
  };
  static final double SELU_LAMBDA = 1.0507009873554805;
  static final double SELU_LAMBDA_ALPHA = 1.7580993408473768;
  static final double SIXTH = 1.0 / 6;
'''

DOUBLE_CONSTANTS = '''  static final double MAX = Double.MAX_VALUE;
  /** λ and λα of selu, each as a sum of two doubles. */
  static final double SELU_LAMBDA_LO = 3.9874847667154144e-17;
  static final double SELU_LAMBDA_ALPHA_LO = 1.41535193800845e-17;
  /** 1/√(2π). */
  static final double INV_SQRT_2PI = 0.3989422804014327;
  /** 2√(2/π), 0.044715 and 3·2√(2/π)·0.044715 as sums of two doubles. */
  static final double GELU_C1_HI = 1.5957691216057308;
  static final double GELU_C1_LO = -9.96930880911092e-17;
  static final double GELU_C2_HI = 0.044715;
  static final double GELU_C2_LO = 2.1960211427085595e-18;
  static final double GELU_C3 = 0.21406444881780073;
  static final double GELU_C3_LO = 1.2025242832367862e-17;
  /** Beyond this |x|, gelu(tanh) is x or −0 and its derivative 1 or 0. */
  static final double GELU_HUGE = 1e3;
  /**
   * (tanh x − x)/x³ as a polynomial in z = x², ascending, fitted by us at Chebyshev nodes of
   * [0, 1] (degree 15, within 6e−17 relative with these coefficients).
   */
  static final double[] TANHSHRINK_T = {
    -0.3333333333333333, 0.1333333333333309, -0.05396825396804637,
    0.02186948852912909, -0.008863235404578283, 0.003592126679366341,
    -0.0014558246920964941, 0.0005899792946300052, -0.00023895705228738225,
    9.646277743313181e-05, -3.8389607893147334e-05, 1.4606131676715378e-05,
    -4.987760317520347e-06, 1.3791814499083342e-06, -2.6330772232959337e-07,
    2.5155023659382105e-08,
  };
'''

TWIN_DOCS = {
    'Formulas.exp': '/** e^x, x clamped to [−708, 709]; the error analysis is {@link Cores}\'. */',
    'Formulas.expm1': '/** e^x − 1 with the sign of x (−0 stays −0), x clamped to [−708, 709]. */',
    'Formulas.log1p': '/** ln(1 + u) for u ≥ 0 (finite). */',
    'Formulas.erfc': '/** erfc(a) for a ≥ 0. */',
    'DoubleFormulas.celu':
        '/** celu(x) = x for x &gt; 0, else α(e^(x/α) − 1); x itself where x/α is negligible. */',
    'DoubleFormulas.gelu':
        '/**\n   * gelu(x) = x·Φ(x) from Q(z) = e^(−z²/2)·R(z), z = |x| ({@link DoubleNormal}), with e^(−z²/2)\n   * taken times 2^512 (z² and the shift kept as two words, both used) so that products far in the\n   * tail round once into the subnormal range: x·Q for x &lt; 0, x·(1/2 + x·T(x²)) on [0, 1),\n   * and x − x·Q above.\n   */',
    'DoubleFormulas.geluArgument':
        '/** The high word of 2u for |x| ≤ 1000. */',
    'DoubleFormulas.geluArgumentLow':
        '/** The low word of 2u: each product and the sum carried exactly to first order. */',
    'DoubleFormulas.geluDerivative':
        "/** gelu'(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π); for x &lt; 0, e^(−z²/2)·(R(z) + x/√(2π)). */",
    'DoubleFormulas.geluTanh':
        "/** gelu's tanh form: x·σ(2u) with 2u = 2√(2/π)·x·(1 + 0.044715x²) in two words. */",
    'DoubleFormulas.geluTanhDerivative':
        "/**\n   * σ(2u) + g·σ(2u)·σ(−2u) with g = x·(2u)' = 2√(2/π)·x·(1 + 3·0.044715x²), g and g·σ(2u)\n   * carried in two words: the two terms cancel in part for x &lt; 0.\n   */",
    'DoubleFormulas.halfSquareShifted':
        '/** −z²/2 + 512·ln 2, the high word. */',
    'DoubleFormulas.halfSquareShiftedLow':
        "/** The low word of −z²/2 + 512·ln 2: the sum's and the square's rounding errors. */",
    'DoubleFormulas.mishDerivative':
        "/**\n   * mish'(x) = g + x·w with w = 4e(1 + e)/((1 + e)² + 1)², g the gate: w is carried in two\n   * words through every step, so that the fused x·w + g is the only rounding where the two\n   * terms cancel (x &lt; 0).\n   */",
    'DoubleFormulas.mishGate':
        '/**\n   * The gate of mish, n/(n + 2) with n = e(e + 2), e = e^x: each sum and product is kept as\n   * two doubles and the quotient gets one Newton correction.\n   */',
    'DoubleFormulas.sigmoidDerivative':
        "/** σ'(x) = σ(x)·σ(−x). */",
    'DoubleFormulas.softplus':
        '/** softplus(x) = x where βx &gt; threshold, else (max(βx, 0) + ln(1 + e^−|βx|))/β. */',
    'DoubleFormulas.softsignDerivative':
        "/**\n   * softsign'(x) = 1/(1 + |x|)²: the sum d = 1 + |x| and the reciprocal r = 1/d each carry their\n   * rounding error, so that r² is corrected to first order: (r(1 + ρ))²/(1 + dl/d)² ≈\n   * r²(1 + 2(ρ − dl·r)).\n   */",
    'DoubleFormulas.swish':
        '/**\n   * swish(x) = x·σ(βx). {@code low} and {@code high} clamp the factor x: −MAX below for β &gt; 0\n   * (so that −∞·σ(−∞) gives −0), MAX above for β &lt; 0, else ±∞.\n   */',
    'DoubleFormulas.swishDerivative':
        "/** swish'(x) = σ(t) + t·σ(t)·σ(−t), t = βx. */",
    'DoubleFormulas.tanhDerivative':
        "/** tanh'(x) = 4·σ(2|x|)·σ(−2|x|). */",
    'DoubleFormulas.tanhshrink':
        '/**\n   * tanhshrink(x) = x − tanh x: below |x| = 1, −x³·T(x²) with x³ in two words; above,\n   * (|x| − 1) + 2σ(−2|x|), where the subtraction is exact up to |x| = 2 and the remainder small.\n   */',
    'Formulas.celu':
        '/** celu(x) = x for x &gt; 0, else α(e^(x/α) − 1); x itself where x/α is negligible. */',
    'Formulas.gelu':
        '/** gelu(x) = x·Φ(x), Φ(x) = 1 − erfc(|x|/√2)/2 for x ≥ 0, erfc(|x|/√2)/2 for x &lt; 0. */',
    'Formulas.geluDerivative':
        "/** gelu'(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π). */",
    'Formulas.geluTanh':
        '/** gelu with tanh: x·σ(2u). */',
    'Formulas.geluTanhDerivative':
        "/** σ(2u) + x·(2u)'·σ(2u)·(e^−2u·σ(2u)). */",
    'Formulas.mish':
        '/** mish(x) = x·n/(n+2), n = e^x(e^x + 2). */',
    'Formulas.mishDerivative':
        "/** mish'(x) = n/(n+2) + 4x·e(1+e)/(n+2)². */",
    'Formulas.softplus':
        '/** softplus(x) = x where βx &gt; threshold, else (max(βx, 0) + ln(1 + e^−|βx|))/β. */',
    'Formulas.swish':
        '/**\n   * swish(x) = x·σ(βx). {@code low} and {@code high} clamp the factor x: −FLOAT_MAX below for\n   * β &gt; 0 (so that −∞·σ(−∞) gives −0), FLOAT_MAX above for β &lt; 0, else ±∞.\n   */',
    'Formulas.swishDerivative':
        "/** swish'(x) = σ(t) + t·σ(t)·(e^−t·σ(t)), t = βx. */",
}


def twin_targets():
    """(class, method) → (definition, parameters), read from the scalar calls of K and KD."""
    out = {}
    for table, first in ((K, 5), (KD, 4)):
        for k in table:
            for call, fn in ((k[first], k[first + 2]), (k[first + 1], k[first + 3])):
                if not callable(fn):
                    continue
                m = re.fullmatch(r'(Formulas|DoubleFormulas)\.(\w+)\(v((?:, \w+)*)\)', call)
                if not m:
                    raise ValueError('a defined kernel calls no twin: ' + call)
                params = [a.strip() for a in m.group(3).split(',') if a.strip()]
                out.setdefault((m.group(1), m.group(2)), (fn, params))
    # the float cores on their own, for the tests of their accuracy (CoresTest)
    for name, fn in (('exp', exp), ('expm1', expm1), ('log1p', log1p), ('erfc', erfc)):
        out[('Formulas', name)] = (fn, [])
    return out


def twin_method(cls, name, fn, params):
    g = Code('    ', 't', scalar=True)
    r = fn(g, V('x'))
    body = g.text()
    pre = ''
    for const, value in (('ZERO', '0.0'), ('ONE', '1.0')):
        if re.search(r'\b%s\b' % const, body):
            pre += '    final double %s = %s;\n' % (const, value)
    doc = TWIN_DOCS.get('%s.%s' % (cls, name))
    text = '\n  %s\n' % doc.replace('\n', '\n  ') if doc else '\n'
    sig = ', '.join(['double x'] + ['double %s' % q for q in params])
    return text + '  static double %s(%s) {\n%s%s    return %s;\n  }\n' % (name, sig, pre, body, r.name)


TWIN_IMPORTS = [line for line in panama.split('\n')
                if line.startswith('import static dev.activations.internal.kernel.')]


def twin_file(cls, doc, constants):
    targets = twin_targets()
    methods = ''.join(twin_method(c, n, fn, ps) for (c, n), (fn, ps) in targets.items() if c == cls)
    imports = [i for i in TWIN_IMPORTS if not i.startswith('import static dev.activations.internal.kernel.%s.' % cls)]
    return (HEADER + 'package dev.activations.internal.kernel;\n\n' + '\n'.join(imports) + '\n\n'
            + doc + ANNOTATION + 'final class %s {\n  private %s() {}\n\n' % (cls, cls)
            + constants + methods + '}\n')


FORMULAS_DOC = '''/**
 * The float kernels' functions, one element at a time, in double arithmetic on a float input;
 * the kernel rounds the result to float once. Each method is the scalar twin of a vector
 * kernel: {@code tools/panama_kernels.py} records one definition per function twice, as Vector
 * API statements and as these, so that the tails and the scalar path agree with the vector loops
 * bit for bit by construction.
 *
 * <p>Branch-free by design: where a scalar routine would test for infinities, these clamp x to
 * ±{@link #FLOAT_MAX} at the points where an infinite x would meet a zero (∞·0 = NaN); any
 * finite float result of a clamped input is the same as for ±∞. A conditional here is a lane
 * blend: both sides are computed.
 */
'''

DOUBLE_FORMULAS_DOC = '''/**
 * The double kernels' functions, one element at a time, to double precision: the scalar twins
 * of the double vector kernels, written by {@code tools/panama_kernels.py} from the same
 * definitions, so that both paths agree bit for bit. Branch-free like {@link Formulas}:
 * infinities are clamped to ±{@link Double#MAX_VALUE} where they would meet a zero.
 */
'''

open(os.path.join(d, 'Formulas.java'), 'w').write(twin_file('Formulas', FORMULAS_DOC, FLOAT_CONSTANTS))
open(os.path.join(d, 'DoubleFormulas.java'), 'w').write(
    twin_file('DoubleFormulas', DOUBLE_FORMULAS_DOC, DOUBLE_CONSTANTS))

def null_methods():
    s = ''
    for k in K:
        s += f'''
  @Override
  public FloatKernel {k[0]}({params(k[2])}) {{
    return null;
  }}
'''
    for k in KD:
        s += f'''
  @Override
  public DoubleKernel {k[0]}Double({params(k[2])}) {{
    return null;
  }}
'''
    return s


reference = HEADER + '''package dev.activations.internal.kernel;

/**
 * No kernels: functions built with this provider compute double by the library's reference
 * implementation (double-double arithmetic where it matters) and float as that double rounded
 * once. The yardstick the kernels are measured against.
 */
''' + ANNOTATION + '''public final class ReferenceKernels extends KernelProvider {
  public static final ReferenceKernels INSTANCE = new ReferenceKernels();

  private ReferenceKernels() {}

  @Override
  public String name() {
    return "reference";
  }
''' + null_methods() + fast_kernels.provider_methods(None) + '}\n'
open(os.path.join(d, 'ReferenceKernels.java'), 'w').write(reference)

for k in fast_kernels.FAST:
    open(os.path.join(d, 'Fast%s.java' % k[0]), 'w').write(fast_kernels.file_text(HEADER, ANNOTATION, k))
open(os.path.join(d, 'FastKernels.java'), 'w').write(
    fast_kernels.fast_provider(HEADER, ANNOTATION, K, KD, params, args))
