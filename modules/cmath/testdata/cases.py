# Golden cases for the cmath module; see modules/internal/golden/gen_golden.py.
!import cmath, math
!inf = float('inf'); nan = float('nan')
!V = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
!F = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
!def r12(x):
!    return float('%.12g' % x)
!def outcome(f, *a):
!    try:
!        v = f(*a)
!    except Exception as e:
!        return type(e).__name__ + ': ' + str(e)
!    if isinstance(v, complex):
!        return complex(r12(v.real), r12(v.imag))
!    if isinstance(v, tuple):
!        return tuple(r12(x) for x in v)
!    if isinstance(v, float):
!        return r12(v)
!    return v
!def table(name):
!    f = getattr(cmath, name)
!    return [outcome(f, complex(x, y)) for x in V for y in V]
# constants
cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj
[math.copysign(1, v) for v in (cmath.nan, cmath.nanj.imag, cmath.nanj.real, cmath.infj.real)]
sorted(k for k in dir(cmath) if not k.startswith('_'))
cmath.__doc__
[getattr(cmath, n).__doc__ for n in F + ['phase', 'polar', 'rect', 'isfinite', 'isinf', 'isnan', 'isclose']]
[type(getattr(cmath, n)).__name__ for n in F]
# special values: infinities, NaNs and signed zeros in every combination
table('acos')
table('acosh')
table('asin')
table('asinh')
table('atan')
table('atanh')
table('cos')
table('cosh')
table('exp')
table('log')
table('log10')
table('sin')
table('sinh')
table('sqrt')
table('tan')
table('tanh')
[outcome(cmath.rect, x, y) for x in V for y in V]
[outcome(cmath.polar, complex(x, y)) for x in V for y in V]
[outcome(cmath.phase, complex(x, y)) for x in V for y in V]
[outcome(cmath.isfinite, complex(x, y)) for x in V for y in V]
[outcome(cmath.isinf, complex(x, y)) for x in V for y in V]
[outcome(cmath.isnan, complex(x, y)) for x in V for y in V]
# branch cuts: the sign of a zero part picks the side
[outcome(cmath.sqrt, complex(-4.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.log, complex(-1.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.acos, complex(2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.acos, complex(-2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.asin, complex(2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.asin, complex(-2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.atan, complex(s, 2.0)) for s in (0.0, -0.0)]
[outcome(cmath.atan, complex(s, -2.0)) for s in (0.0, -0.0)]
[outcome(cmath.acosh, complex(0.5, s)) for s in (0.0, -0.0)]
[outcome(cmath.acosh, complex(-2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.asinh, complex(s, 2.0)) for s in (0.0, -0.0)]
[outcome(cmath.asinh, complex(s, -2.0)) for s in (0.0, -0.0)]
[outcome(cmath.atanh, complex(2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.atanh, complex(-2.0, s)) for s in (0.0, -0.0)]
[outcome(cmath.log10, complex(-10.0, s)) for s in (0.0, -0.0)]
[cmath.sqrt(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.tanh(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.atan(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.atanh(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.asinh(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.sinh(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.sin(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.tan(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.cos(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.cosh(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.exp(complex(x, y)) for x in (0.0, -0.0) for y in (0.0, -0.0)]
[cmath.rect(x, y) for x in (0.0, -0.0, 1.0, -1.0) for y in (0.0, -0.0)]
# ordinary values (to 12 digits, as libms differ in the last bit)
[outcome(getattr(cmath, n), z) for n in F for z in (0.5, -0.5, 2, -3, 0.3+0.4j, -1.5+2.5j, 3-4j, -0.1-0.2j, 1j, -1j, 1e-5+1e-5j)]
[outcome(cmath.polar, z) for z in (0, 1, -1, 1j, -3j, 3+4j, -3-4j, 1e-310+1e-310j)]
[outcome(cmath.phase, z) for z in (0, 1, -1, 1j, -1j, 3+4j, -1+1e-300j, -1-1e-300j)]
[outcome(cmath.rect, r, p) for r, p in ((1, 0), (1, math.pi/2), (2, -math.pi), (3, 1.2), (-2, 0.5), (0, 5))]
[outcome(cmath.log, z, b) for z in (8, 100, -1, 1j, 3+4j) for b in (2, 10, 1j, -2, 0.5+0.5j)]
# exact results
cmath.sqrt(-4), cmath.sqrt(9), cmath.sqrt(-1), cmath.sqrt(3+4j), cmath.sqrt(-3-4j)
cmath.exp(0), cmath.log(1), cmath.log10(100), cmath.log10(1000), cmath.polar(-2), cmath.polar(3+4j)
cmath.acos(1), cmath.asin(0), cmath.atan(0), cmath.acosh(1), cmath.asinh(0), cmath.atanh(0)
cmath.cos(0), cmath.sin(0), cmath.tan(0), cmath.cosh(0), cmath.sinh(0), cmath.tanh(0)
cmath.phase(-1), cmath.phase(1j), cmath.phase(-0.0), cmath.phase(complex(-0.0, -0.0))
# tiny and huge arguments
outcome(cmath.sqrt, complex(5e-324, 5e-324))
outcome(cmath.sqrt, complex(1e-310, -1e-310))
outcome(cmath.sqrt, complex(1e308, 1e308))
outcome(cmath.sqrt, complex(-1e308, 1e308))
outcome(cmath.log, complex(1e308, 1e308))
outcome(cmath.log, complex(5e-324, 0))
outcome(cmath.log, complex(1e-310, 1e-310))
outcome(cmath.log, complex(0.8, 0.6))
outcome(cmath.acos, complex(1e308, 1e308))
outcome(cmath.acosh, complex(-1e308, 1e308))
outcome(cmath.asinh, complex(-1e308, -1e308))
outcome(cmath.asinh, complex(1e308, -1e-5))
outcome(cmath.atanh, complex(1e200, 1e200))
outcome(cmath.atanh, complex(1, 1e-200))
outcome(cmath.atanh, complex(1, -1e-200))
outcome(cmath.atan, complex(1e-200, 1))
outcome(cmath.exp, complex(709.9, 0.5))
outcome(cmath.exp, complex(710, 1.5))
outcome(cmath.exp, complex(-800, 1))
outcome(cmath.cosh, complex(710.5, 2.352))
outcome(cmath.sinh, complex(-710.5, 0.8))
outcome(cmath.cosh, complex(711, 1))
outcome(cmath.tanh, complex(800, 1))
outcome(cmath.tanh, complex(-800, -1))
outcome(cmath.tan, complex(1, 800))
outcome(cmath.polar, complex(1e308, 1e308))
outcome(cmath.polar, complex(1.4e308, 1.4e308))
# errors
outcome(cmath.log, 0)
outcome(cmath.log, complex(-0.0, -0.0))
outcome(cmath.log10, 0)
outcome(cmath.atanh, 1)
outcome(cmath.atanh, -1)
outcome(cmath.atan, 1j)
outcome(cmath.atan, -1j)
outcome(cmath.exp, 1000)
outcome(cmath.exp, complex(1000, 1))
outcome(cmath.cosh, 1000)
outcome(cmath.sinh, complex(-1000, 1))
outcome(cmath.cos, complex(1, 1000))
outcome(cmath.sin, complex(1, 1000))
outcome(cmath.exp, complex(1, inf))
outcome(cmath.exp, complex(-inf, inf))
outcome(cmath.cosh, complex(nan, inf))
outcome(cmath.tanh, complex(1, inf))
outcome(cmath.rect, 1, inf)
outcome(cmath.rect, 0, inf)
outcome(cmath.rect, nan, inf)
outcome(cmath.rect, inf, 1)
outcome(cmath.rect, -inf, 1)
outcome(cmath.rect, 1e308, 1e308)
# log with a base
[outcome(cmath.log, z, b) for z in (0, 2, 1, 0j) for b in (0, 1, 2, 1+0j)]
outcome(cmath.log, 2, inf)
outcome(cmath.log, inf, 2)
outcome(cmath.log, nan, 2)
# argument conversion
!class C:
!    def __init__(self, v): self.v = v
!    def __complex__(self): return self.v
!class Fl:
!    def __float__(self): return 0.5
!class Ix:
!    def __index__(self): return 4
!class Both:
!    def __float__(self): return 0.5
!    def __complex__(self): return 2j
!class IntOnly:
!    def __int__(self): return 4
!class Boom:
!    def __complex__(self): raise ZeroDivisionError('boom')
!class SubF(float):
!    def __complex__(self): return 4j
!class SubC(complex):
!    def __complex__(self): return 9j
!class BadFloat:
!    def __float__(self): return 3
cmath.sqrt(C(-4+0j)), cmath.sqrt(Fl()), cmath.sqrt(Ix()), cmath.sqrt(Both()), cmath.sqrt(True), cmath.sqrt(SubF(4.0)), cmath.sqrt(SubC(4))
outcome(cmath.sqrt, C(4))
outcome(cmath.sqrt, C(4.0))
outcome(cmath.sqrt, C(None))
outcome(cmath.sqrt, C('x'))
outcome(cmath.sqrt, IntOnly())
outcome(cmath.sqrt, Boom())
outcome(cmath.sqrt, BadFloat())
outcome(cmath.sqrt, 'x')
outcome(cmath.sqrt, '1j')
outcome(cmath.sqrt, None)
outcome(cmath.sqrt, [])
outcome(cmath.sqrt, 10**400)
outcome(cmath.sqrt, -10**400)
outcome(cmath.exp, 2**1023)
cmath.exp(10**2)
outcome(cmath.phase, 'x')
outcome(cmath.polar, None)
outcome(cmath.isnan, 'x')
outcome(cmath.isinf, 10**400)
outcome(cmath.rect, 1j, 1)
outcome(cmath.rect, 1, 1j)
outcome(cmath.rect, '1', 1)
outcome(cmath.rect, Ix(), Fl())
outcome(cmath.rect, C(1j), 1)
outcome(cmath.log, 1, 'x')
outcome(cmath.log, 'x', 2)
cmath.log(C(8j), Ix()), cmath.log(Fl(), C(2))
cmath.isnan(C(complex(0, nan))), cmath.isinf(Ix()), cmath.isfinite(Fl())
# argument counts and keywords
outcome(cmath.sqrt)
outcome(cmath.sqrt, 1, 2)
outcome(lambda: cmath.sqrt(z=1))
outcome(cmath.log)
outcome(cmath.log, 1, 2, 3)
outcome(lambda: cmath.log(1, base=2))
outcome(cmath.rect, 1)
outcome(cmath.rect, 1, 2, 3)
outcome(cmath.phase)
outcome(cmath.polar, 1, 2)
outcome(cmath.isnan)
# isclose
cmath.isclose(1+1j, 1+1j), cmath.isclose(1, 1.0000000001), cmath.isclose(1, 1.001), cmath.isclose(1j, 1.000000001j)
cmath.isclose(inf, inf), cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(inf, -inf), cmath.isclose(inf, inf*1j), cmath.isclose(nan, nan), cmath.isclose(0, 1e-300)
cmath.isclose(0.001+0.001j, 0, abs_tol=1.5e-3), cmath.isclose(0.001+0.001j, 0, abs_tol=1e-3), cmath.isclose(1+1j, 1.000000000001+1j, rel_tol=1e-12), cmath.isclose(1+1j, 1.000000000001+1j, rel_tol=1e-13)
cmath.isclose(a=1, b=1.0), cmath.isclose(1, b=2, rel_tol=1), cmath.isclose(C(1j), Fl(), abs_tol=Ix())
cmath.isclose(1e308+1e308j, -1e308-1e308j), cmath.isclose(1e308, -1e308, rel_tol=1e300)
outcome(lambda: cmath.isclose(1, 1, rel_tol=-1))
outcome(lambda: cmath.isclose(1, 1, abs_tol=-0.5))
outcome(lambda: cmath.isclose(1j, 1j, rel_tol=1j))
outcome(lambda: cmath.isclose(1j, 1j, abs_tol='x'))
outcome(lambda: cmath.isclose(1j, 1j, 1e-3))
outcome(lambda: cmath.isclose(1))
outcome(lambda: cmath.isclose(1, 2, c=3))
outcome(lambda: cmath.isclose(1, a=2))
outcome(lambda: cmath.isclose('x', 2))
# __complex__ and __float__ returning instances of subclasses: accepted, with a
# DeprecationWarning (which nothing shows without the warnings module)
!class FSub(float): pass
!class FloatSub:
!    def __float__(self): return FSub(2.25)
cmath.sqrt(C(SubC(4))), cmath.sqrt(FloatSub()), complex(C(SubC(1, 2))), cmath.rect(FloatSub(), 0)
# complex() itself, which converts as cmath does but tries __complex__ of complex subclasses
!class Cx0(complex):
!    def __complex__(self): return 42j
!z = 4.25+1.5j
complex(z) is z, complex(Cx0(1j)), cmath.sqrt(Cx0(-4)), abs(3+4j), abs(complex(1e-310, 1e-310)), (1+2j) ** 0.5, (-8) ** (1/3), (2+3j) ** (1.5-0.5j)
