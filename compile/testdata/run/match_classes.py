# Class patterns: __match_args__, built-in types that match themselves, and the errors.


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadName:
    __match_args__ = (1,)


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def not_a_class():
    match 1:
        case len():
            return "?"


def too_many():
    match P(1, 2):
        case P(1, 2, 3):
            return "?"


def list_args():
    match BadArgs():
        case BadArgs(1):
            return "?"


def int_name():
    match BadName():
        case BadName(1):
            return "?"


def repeated():
    match P(1, 2):
        case P(1, x=2):
            return "?"


def int_two():
    match 5:
        case int(1, 2):
            return "?"


def no_match_args():
    match NoArgs():
        case NoArgs(1):
            return "?"


def missing_attribute():
    match NoArgs():
        case NoArgs(z=1):
            return "matched"
        case NoArgs():
            return "no attribute z, no match"


def self_match():
    out = []
    for v in [1, True, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({2})]:
        match v:
            case bool(b):
                out.append(("bool", b))
            case int(i):
                out.append(("int", i))
            case float(f) | str(f) | bytes(f):
                out.append(("scalar", f))
            case list(x) | tuple(x) | dict(x) | set(x) | frozenset(x) | bytearray(x):
                out.append((type(x).__name__, x))
    return out


class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


for label, f in [("not a class", not_a_class), ("too many", too_many), ("list", list_args),
                 ("int name", int_name), ("repeated", repeated), ("int two", int_two),
                 ("no __match_args__", no_match_args), ("missing", missing_attribute),
                 ("self", self_match)]:
    attempt(label, f)

match MyInt(7):
    case MyInt(v):
        print("MyInt matches itself:", v)

match Named(8):
    case Named(r):
        print("Named uses __match_args__:", r)

match P(P(1, 2), [3]):
    case P(P(a, b), [c]):
        print("nested", a, b, c)
