# Generates cases.json, the expected results of the math module's functions, by running
# them under CPython 3.13:  python3.13 gen_cases.py > cases.json
#
# Each case is [function, args, result]: a float is {"f": float.hex()}, an int {"i": str},
# a tuple {"t": [...]}, a list {"l": [...]}, a bool {"b": ...}; a result that is an
# exception is {"e": [type name, message]}.
import json
import math
import random
import sys

rng = random.Random(20250101)

EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
        1.41e-310, 1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf,
        math.nan, math.pi, math.e, 1e16, 1e22, 0.1, 3.0, -3.0, 10.0, 100.0, 709.7, 710.0,
        -745.0, -746.0, 1e-8, 0.9999999999999999, 1.0000000000000002, 20.5, -20.5, 171.5,
        200.5, -200.5, 1e308, 6.0, 7.5, 1e-20, 1e-25, 0.25, 1.5, 1024.0, 1023.9, -1074.5]


def rand_floats(n, lo_exp=-30, hi_exp=30):
    out = []
    for _ in range(n):
        m = rng.random() * 2 - 1
        out.append(math.ldexp(m, rng.randint(lo_exp, hi_exp)))
    return out


def rand_bits(n):
    out = []
    for _ in range(n):
        b = rng.getrandbits(64)
        import struct
        out.append(struct.unpack("<d", struct.pack("<Q", b))[0])
    return out


def enc(v):
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": v.hex()}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, str):
        return {"s": v}
    if v is None:
        return {"n": None}
    raise TypeError(v)


cases = []


def case(name, *args, **kw):
    try:
        r = enc(getattr(math, name)(*args, **kw))
    except Exception as e:
        r = {"e": [type(e).__name__, str(e)]}
    c = [name, [enc(a) for a in args], r]
    if kw:
        c.append({k: enc(v) for k, v in kw.items()})
    cases.append(c)


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh",
         "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma",
         "isfinite", "isinf", "isnan", "lgamma", "log", "log10", "log1p", "log2", "modf",
         "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "log", "nextafter", "isclose"]

small = rand_floats(150, -5, 5)
wide = rand_floats(100, -1074, 1023) + rand_bits(50)
for name in UNARY:
    for x in EDGE + small + wide:
        case(name, x)
    for i in [0, 1, -1, 5, 10**20, -(10**20), 10**400, 2**1023, 2**1024, True]:
        case(name, i)
    case(name, "x")
    case(name)

pairs = [(a, b) for a in EDGE[:20] for b in EDGE[:20]]
pairs += list(zip(rand_floats(200, -5, 5), rand_floats(200, -5, 5)))
pairs += list(zip(rand_floats(100, -1074, 1023), rand_floats(100, -1074, 1023)))
pairs += [(2.0, 0.5), (-8.0, 1 / 3), (10.0, 3), (1e10, 2.5), (0.1, 100), (7, 2), (-7, 2), (5, -3)]
for name in BINARY:
    for a, b in pairs:
        case(name, a, b)
    case(name, 1)
    case(name, 1, "x")

for n in [0, 1, 2, 10, 20, 21, 100, 250, -1, 1.5, True, 10**30, -10**30, "3"]:
    case("factorial", n)
for n in [0, 1, 2, 3, 15, 16, 2**52 + 1, 2**64, 2**64 + 1, 10**50, 10**50 - 1, -1, 2.0]:
    case("isqrt", n)
for args in [(), (0,), (-12,), (12, 18), (12, -18, 30), (2**70, 2**40 * 3), (1, 1.5), ("a",), (0, 0), (True, 4)]:
    case("gcd", *args)
    case("lcm", *args)
for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (10**20, 3), (-1, 2), (3, -1),
             (1.5, 1), (5, "x"), (67, 33), (200, 100), (10**20, 10**19)]:
    case("comb", n, k)
    case("perm", n, k)
case("perm", 5)
case("perm", 5, None)
case("perm", 1, 2, 3)
case("comb", 1)

for xs in [[], [1.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308],
           [math.inf, 1.0], [math.inf, -math.inf], [math.nan], [1e-16, 1, 1e16], [2**53, -0.5, -2.0**-54],
           rand_floats(1000, -60, 60), rand_floats(50, -1074, 1023), [1, 2, 3], ["a"], 5]:
    case("fsum", xs)
for xs in [[], [1, 2, 3], [1.5, 2, 3], [2**62, 4], [0.1] * 10, ["ab", 3], [1, [2]], 7]:
    case("prod", xs)
case("prod", [2, 3], start=0.5)
case("prod", [], start="x")
for p, q in [([], []), ([1, 2], [3, 4]), ([0.1, 0.2], [0.3, 0.4]), ([1, 2.5], [3, 4]),
             (rand_floats(100), rand_floats(100)), ([1e308, 1e308], [10.0, -10.0]), ([1], [1, 2]),
             ([2**70, 3], [5, 0.5]), (["a"], [3]), ([1.0, math.inf], [2.0, 3.0]), ([True, 2], [3, 4])]:
    case("sumprod", p, q)
for args in [(), (3, 4), (3.0, 4.0, 12.0), (1e308, 1e308), (5e-324, 5e-324), (math.inf, math.nan),
             (math.nan, 1.0), tuple(rand_floats(10)), tuple(rand_floats(30, -1074, 1023)), (1, "a"), (-3,)]:
    case("hypot", *args)
for p, q in [((0, 0), (3, 4)), ([1.5, 2.5, 3.5], [0.1, 0.2, 0.3]), ((1, 2), (1,)), (1, 2),
             (tuple(rand_floats(20)), tuple(rand_floats(20)))]:
    case("dist", p, q)
for a, i in [(1.0, 1024), (1.0, 1023), (0.5, -1074), (0.5, -1075), (1.5, 10**30), (1.5, -10**30),
             (0.0, 10**30), (math.inf, -5), (1.0, 1.5), (3, 2), (1.0, True)]:
    case("ldexp", a, i)
for x, y, s in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10), (0.0, -1.0, 5), (1.0, 1.0, 3),
                (1.0, 2.0, 10**30), (-1.0, 1.0, 2**62), (1.0, 0.0, -1), (1.0, 2.0, 1.5)]:
    case("nextafter", x, y, steps=s)
case("isclose", 1.0, 1.0 + 1e-10, rel_tol=1e-12)
case("isclose", 1.0, 1.1, abs_tol=0.2)
case("isclose", 1.0, 1.0, rel_tol=-1)
for x in [10**400, 2**1024 - 1, 10**20, 7]:
    case("log", x, 10)
    case("log", 10, x)
case("log", 8, 2)
triples = [(a, b, c) for a in EDGE[:16] for b in EDGE[:16] for c in EDGE[:8]]
triples += list(zip(rand_floats(200, -60, 60), rand_floats(200, -60, 60), rand_floats(200, -60, 60)))
triples += [(1e308, 10.0, 0.0), (math.inf, 0.0, 1.0), (math.inf, 1.0, -math.inf), (0.1, 10, -1), (2, 3, 4)]
for a, b, c in triples:
    case("fma", a, b, c)
case("fma", 1, 2)
case("fma", 1, 2, "x")
case("log", 10, 1)
case("log", 10, 0)
case("log", 1, 2, 3)
case("log")

json.dump(cases, sys.stdout, separators=(",", ":"))
