# Generates values.json, CPython 3.13's results of the cmath functions on random arguments
# of every size (on glibc), to the last bit:  python3.13 gen_values.py > values.json
# Each case is [function, [real, imag] as float.hex(), result]: [real, imag], or the name of
# the exception raised.
import cmath
import json
import math
import random
import sys

rng = random.Random(20261122)
FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "rect", "polar", "phase"]


def rf(lo, hi):
    return math.ldexp(rng.random() * 2 - 1, rng.randint(lo, hi))


args = [(rf(-4, 4), rf(-4, 4)) for _ in range(200)]
args += [(rf(-60, 60), rf(-60, 60)) for _ in range(60)]
args += [(rf(-1074, 1023), rf(-1074, 1023)) for _ in range(60)]
args += [(rf(-10, 10), rf(-1074, -900)) for _ in range(20)]
args += [(rng.uniform(700, 712) * rng.choice((-1, 1)), rf(-3, 3)) for _ in range(20)]
args += [(1 + rf(-60, -20), rf(-60, -20)) for _ in range(20)]
cases = []
for name in FUNCS:
    f = getattr(cmath, name)
    for x, y in args:
        try:
            if name == "rect":
                r = f(x, y)
            else:
                r = f(complex(x, y))
            if isinstance(r, tuple):
                r = complex(*r)
            elif isinstance(r, float):
                r = complex(r, 0.0)
            out = [r.real.hex(), r.imag.hex()]
        except (ValueError, OverflowError) as e:
            out = type(e).__name__
        cases.append([name, [x.hex(), y.hex()], out])
json.dump(cases, sys.stdout, separators=(",", ":"))
