# Generates cases.json, the results of the C library's real functions that CPython's cmath
# relies on, as CPython 3.13 on glibc computes them:
#     python3.13 gen_cases.py > cases.json
# Each case is [function, [args as float.hex()], result as float.hex()].
import json
import math
import random
import sys

rng = random.Random(20261122)


def rf(lo, hi):
    return math.ldexp(rng.random() * 2 - 1, rng.randint(lo, hi))


def values(n):
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 5e-324, 1e-310, 0.1, 3.0, 10.0, 20.0, 22.0,
           100.0, 700.0, 709.0, 709.7, 709.78, 710.0, -700.0, -745.0, -745.2, 1e22, 1e300,
           1.7976931348623157e308, math.pi, math.pi / 2, math.pi / 4, 2.3, 0.7, 1.5]
    out += [-x for x in out]
    out += [rf(-3, 3) for _ in range(n)]
    out += [rf(-30, 12) for _ in range(n // 2)]
    out += [rf(-1074, 1023) for _ in range(n // 4)]
    return out


UNARY = {
    "exp": math.exp, "log": math.log, "log1p": math.log1p, "expm1": math.expm1,
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "sinh": math.sinh, "cosh": math.cosh,
    "tanh": math.tanh, "asinh": math.asinh, "atan": math.atan,
}
cases = []
for name, f in UNARY.items():
    for x in values(800):
        if name in ("exp", "sinh", "cosh", "expm1") and abs(x) > 1e3:
            x = math.fmod(x, 720.0)
        try:
            r = f(x).hex()
        except (ValueError, OverflowError):
            continue
        cases.append([name, [x.hex()], r])
for name in ("exp", "sinh", "cosh", "expm1", "tanh"):
    f = UNARY[name]
    edges = [709.782712893384, 709.7827128933841, -708.3964185322641, -744.4400719213812,
             -745.1332191019411, -745.1332191019412, 710.4758600739439, 710.475860073944]
    for x in edges + [rng.uniform(-745.2, 711) for _ in range(300)]:
        try:
            cases.append([name, [x.hex()], f(x).hex()])
        except OverflowError:
            pass
for _ in range(1500):
    y, x = rf(-4, 4), rf(-4, 4)
    if rng.random() < 0.2:
        y, x = rf(-1074, 1023), rf(-1074, 1023)
    cases.append(["atan2", [y.hex(), x.hex()], math.atan2(y, x).hex()])
for y in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf]:
    for x in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf]:
        cases.append(["atan2", [y.hex(), x.hex()], math.atan2(y, x).hex()])
json.dump(cases, sys.stdout, separators=(",", ":"))
