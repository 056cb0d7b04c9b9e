"""Writes numbers_golden.txt: CPython 3.13's results for int, bool, float and complex
operations, which numbers_golden_test.go replays against Taipan.

Run from this directory with CPython 3.13:  python3.13 gen_numbers.py > numbers_golden.txt

Each line is tab-separated: a kind, its arguments, and the expected result. Values are
written as type:repr (i: int, hex beyond 1000 digits, b: bool, f: float, c: complex); strings as the hex of their
UTF-8; a result is type:repr, or !Type: message for an exception.
"""
import math
import operator
import sys

INF, NAN = math.inf, math.nan

INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, 256, 257, -5, -6, 12345, -98765,
        2**31, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64 + 1, 10**20, -10**20, 3**100, -(7**70), 2**1100, True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 0.1, 1 / 3, 1e16, 123456.789,
          1e300, -1e300, 1e-300, 5e-324, 1.7976931348623157e308, 9007199254740992.0,
          9007199254740994.0, 1e22, INF, -INF, NAN, 2.0**64, -(2.0**63)]
COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 + 0.5j, 3 - 4j, 1e300 + 1e300j, complex(INF, 1),
             complex(NAN, 0), complex(0, -0.0), complex(-0.0, 2), 1e-310 + 1e-310j]

def enc(v):
    t = type(v)
    if t is bool:
        return "b:" + repr(v)
    if t is int:
        return "i:" + (hex(v) if abs(v) > 10**1000 else repr(v))
    if t is float:
        return "f:" + repr(v)
    if t is complex:
        return "c:" + repr(v)
    if v is None:
        return "n:None"
    if t is str:
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    raise TypeError(t)

def res(f):
    try:
        v = f()
        return "%s:%s" % (type(v).__name__, repr(v))
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)

def emit(*fields):
    print("\t".join(fields))

BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
          "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_,
          "|": operator.or_, "^": operator.xor, "divmod": divmod}

def too_slow(op, a, b):
    if isinstance(a, int) and isinstance(b, int):
        if op == "**" and b > 300 and abs(a) > 1:
            return True
        if op == "<<" and b > 10000 and a != 0:
            return True
    return False

def binaries():
    nums = [0, 1, -1, 2, -3, 7, -7, 256, -98765, 2**53 + 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
            10**20, -(7**70), 2**1100, True, False,
            0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.7, 1 / 3, 1e300, 5e-324, INF, -INF, NAN, -(2.0**63)]
    for a in nums:
        for b in nums:
            for op, f in BINOPS.items():
                if too_slow(op, a, b):
                    continue
                if isinstance(a, float) or isinstance(b, float):
                    if op in ("<<", ">>", "&", "|", "^"):
                        if a is not FLOATS[3] and b is not FLOATS[3]:
                            continue
                emit("bin", op, enc(a), enc(b), res(lambda: f(a, b)))
    cs = COMPLEXES + [2, 0, -3, 2.5, 0.0, True, 10**400]
    for a in cs:
        for b in cs:
            for op in ("+", "-", "*", "/", "**", "//", "%"):
                if not (isinstance(a, complex) or isinstance(b, complex)):
                    continue
                emit("bin", op, enc(a), enc(b), res(lambda: BINOPS[op](a, b)))
    big = 10**400
    for a, b in [(big, 3), (3, big), (big, big + 1), (big, 1.5), (1.5, big), (-big, 7.0),
                 (10**309, 10**1), (1, 10**400), (2**1100, 2**1000), (7, -2), (0, -3),
                 (2, 1000), (-2, 63), (-2, 64), (2**62, 4), (10**400, 10**399)]:
        for op in ("+", "-", "*", "/", "//", "%", "divmod"):
            emit("bin", op, enc(a), enc(b), res(lambda: BINOPS[op](a, b)))
    emit("bin", "**", enc(2), enc(1000), res(lambda: 2**1000))
    emit("bin", "**", enc(-3), enc(41), res(lambda: (-3)**41))
    for a in [0, 1, -1, 5, -5, 2**70, -(2**70)]:
        for n in [0, 1, 3, 63, 64, 65, 200, 10**20, 2**64]:
            for op in ("<<", ">>"):
                if too_slow(op, a, n):
                    continue
                emit("bin", op, enc(a), enc(n), res(lambda: BINOPS[op](a, n)))

def ternaries():
    for a in [0, 1, 2, 3, -3, 10**30, 2.0, True]:
        for b in [0, 1, 5, -1, -2, 10**20, 3.0]:
            for m in [0, 1, 7, -7, 10**9 + 7, 2**64, 4, 1.5]:
                emit("pow3", enc(a), enc(b), enc(m), res(lambda: pow(a, b, m)))
    emit("pow3", enc(1 + 1j), enc(2), enc(3), res(lambda: pow(1 + 1j, 2, 3)))

UNARY = {"neg": operator.neg, "pos": operator.pos, "inv": operator.invert, "abs": abs,
         "bool": bool, "int": int, "float": float, "hash": hash, "repr": repr, "str": str,
         "round": round}

def unaries():
    for a in INTS + FLOATS + COMPLEXES + [10**400, -(10**4299), 10**4300]:
        for name, f in UNARY.items():
            if name == "inv" and isinstance(a, bool):
                continue  # deprecated, warns
            if name == "hash" and (a != a or (isinstance(a, complex) and a.real != a.real)):
                continue  # NaN hashes by identity
            if isinstance(a, complex) and name in ("inv", "int", "float", "round"):
                continue
            if isinstance(a, float) and name == "inv":
                continue
            emit("un", name, enc(a), res(lambda: f(a)))

CMPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
        ">": operator.gt, ">=": operator.ge}

def comparisons():
    ints = [0, 1, -1, 3, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**63 - 1, -2**63 - 1, 2**1024,
            -(2**1024), 2**1023 * 3, 10**400, 10**23, 9007199254740993, True, False]
    floats = [0.0, -0.0, 1.0, 0.5, -1.5, 3.0000000000000004, 9007199254740992.0,
              9007199254740994.0, 2.0**63, 1e23, 1.7976931348623157e308, INF, -INF, NAN, 2.5]
    for i in ints:
        for f in floats:
            for a, b in ((i, f), (f, i)):
                for op in ("<", "<=", "==", "!=", ">", ">="):
                    emit("cmp", op, enc(a), enc(b), res(lambda: CMPS[op](a, b)))
    for a, b in [(1, 2), (2**64, 2**64 + 1), (-(2**64), 3), (True, 1), (False, -1), (1.5, 1.5),
                 (NAN, NAN), (INF, INF), (0.0, -0.0), (True, 1.0), (1, "a"), (1.5, None)]:
        for op in ("<", "<=", "==", "!=", ">", ">="):
            emit("cmp", op, enc(a), enc(b), res(lambda: CMPS[op](a, b)))
    for a in COMPLEXES + [1, 1.0, 0, 2**53 + 1]:
        for b in COMPLEXES + [1, 1.0, 0, 9007199254740993]:
            for op in ("==", "!=", "<"):
                emit("cmp", op, enc(a), enc(b), res(lambda: CMPS[op](a, b)))

INT_SPECS = ["", "d", "5", "<5", "^7", "=+8", "+", " ", "-", "#b", "#o", "#x", "#X", "b", "o",
             "x", "X", "08", "010,", "09_", "_", ",", "_x", "#_b", ",x", ",c", "c", "*^9", "0=6",
             "n", "08n", "e", ".3e", "f", ".2f", "%", "g", ".3", ".3g", "E", "G", "F", "z",
             "zd", "s", "5.2", ".0", "+#x", "#010x", "->12,", "x<+10_", "1,", ",_", "_,", "q",
             "99999999999999999999", "5.", "#c", "+c", "é^7", "08,", "012,d", "013_x", "\u0665"]
FLOAT_SPECS = ["", "f", ".0f", "#.0f", ".2f", ".20f", "e", ".0e", "#.0e", ".3E", "g", ".0g",
               "#g", ".3g", "#.3g", "G", ".10g", "%", ".1%", "n", ".3n", ".3", ".0", "#", "10",
               "<10", "^10", "=+10", "010", "010.2f", ",", ",.2f", "_.1f", "015,.2f", "z.1f",
               "z", "+", " ", "-.2e", "d", "x", "c", "#.3", "12.5g", "0=12.3f", "z.0f", ".17g",
               ".100f", ",g", "_e", "*>12", "+011,.1f"]
COMPLEX_SPECS = ["", "g", ".2f", "10", "<20", "^20.3e", "+", "+.1f", "z.1f", "%", "=10",
                 "010", "#g", "#", "n", ".3", "d", "e", "E", "G", ",.2f", "_g", " ", "*>25"]

def formats():
    for a in INTS + [10**400, -(10**30), 0x10ffff, 0x110000, -1, 233, 65]:
        for spec in INT_SPECS:
            emit("fmt", enc(a), enc(spec), res(lambda: format(a, spec)))
    for a in FLOATS + [-0.00001, 1234567.891, 0.000123, 1e-5, 99.99, 0.5e-4, 2.675, -1.5e-7]:
        for spec in FLOAT_SPECS:
            emit("fmt", enc(a), enc(spec), res(lambda: format(a, spec)))
    for a in COMPLEXES + [complex(-0.0, -0.0), 1.5 + 0j, -2 - 2.5j]:
        for spec in COMPLEX_SPECS:
            emit("fmt", enc(a), enc(spec), res(lambda: format(a, spec)))

def rounding():
    for a in FLOATS + [2.675, 0.125, 0.375, -0.5, 1.5e300, 5e-324, 0.285, 1234.5678, 12345678.9]:
        for n in [None, 0, 1, 2, 3, -1, -2, -3, 10, 400, -400, -308, 17, 300, 323, 324, -307]:
            emit("round", enc(a), "None" if n is None else enc(n), res(lambda: round(a, n)))
    for a in [0, 5, 15, 25, -25, 150, 250, 12345, -12345, 10**30 + 5 * 10**9, True]:
        for n in [None, 0, 2, -1, -2, -3, -10, -50, -400]:
            emit("round", enc(a), "None" if n is None else enc(n), res(lambda: round(a, n)))

PARSE_INT = [("0", 10), ("12", 10), (" -12 ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10),
             ("_1", 10), ("1_", 10), ("0x1f", 16), ("0x1f", 0), ("0X_1F", 0), ("1f", 16),
             ("0b101", 0), ("0o17", 0), ("017", 0), ("00", 0), ("0_0", 0), ("017", 10),
             ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("", 10), (" ", 10), ("-", 10),
             ("0x", 16), ("0b", 0), ("٣٤", 10), ("\u00a012\u2003", 10), ("1 2", 10),
             ("9" * 30, 10), ("-" + "9" * 30, 10), ("1" * 4301, 10), ("1" * 4300, 10),
             ("f" * 5000, 16), ("12", 1), ("12", 37), ("12", -1), ("x" * 300, 10),
             ("0x10", 10), ("1e3", 10), ("1.0", 10), ("\t\n 42\x1c", 10), ("0o8", 0),
             ("0b_1", 0), ("0_b1", 0), ("10", 0), ("-0x_ff", 16)]
PARSE_FLOAT = ["1", "1.5", " -1.5e3 ", "1_0.5", "1__0", "inf", "-Infinity", "nan", "-NaN",
               "infx", ".5", "5.", ".", "e5", "1e", "1e+", "1e400", "-1e400", "1e-400",
               "0x1p3", "1_000.000_1", "1_e5", "1e_5", "١.٥", "", " ", "x", "1.5j",
               "\u20001.25\u2000", "+.5e-3", "4.9e-324", "2.4703282292062328e-324",
               "0.1", "123456789012345678901234567890", "1.7976931348623159e308",
               "infinityinf"]
PARSE_COMPLEX = ["1", "1j", "j", "-j", "+J", "1+2j", "1-2j", "(1+2j)", " ( 1+2j ) ", "1+j",
                 "1-j", "1+-2j", "1e3+1e-3j", "inf+nanj", "-inf-infj", "1_0j", "(1", "1)",
                 "1 + 2j", "()", "", "j1", "1jj", "nanj", "1.5", "-0j", "(-0-0j)", "0x1j",
                 "1e400j", ".5+.5j", "1.+2.j"]
HEX = ["0x1.8p1", "1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023",
       "0x1p1024", "inf", "-nan", " 0x1.0 ", "0x.8", "0x", "1p", "0x1p+", "0x1.000000000000008p0",
       "0x1.000000000000018p0", "abc.def", "0x1p-99999999999999999999", "0x1p99999999999",
       "0xg", "ff", "0X1P3", "+0x1.8"]

def parsing():
    for s, base in PARSE_INT:
        emit("parseint", enc(s), enc(base), res(lambda: int(s, base)))
    for s in PARSE_FLOAT:
        emit("parsefloat", enc(s), res(lambda: float(s)))
    for s in PARSE_COMPLEX:
        emit("parsecomplex", enc(s), res(lambda: complex(s)))
    for s in HEX:
        emit("fromhex", enc(s), res(lambda: float.fromhex(s)))
    for a in FLOATS + [5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 0.1, -3.75]:
        emit("hex", enc(a), res(lambda: a.hex()))
        emit("ratio", enc(a), res(lambda: a.as_integer_ratio()))
        emit("isint", enc(a), res(lambda: a.is_integer()))

binaries()
ternaries()
unaries()
comparisons()
formats()
rounding()
parsing()
