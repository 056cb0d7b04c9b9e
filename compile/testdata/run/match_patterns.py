# Match statements: every pattern kind, run end to end.


def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.5:
            return "zero or half"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case "s" | b"b":
            return "s or b"
        case []:
            return "empty sequence"
        case [a]:
            return f"one: {a}"
        case [1, [2, b]]:
            return f"nested: {b}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} then {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"kind": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"kind": k, **others}:
            return f"kind {k} with {sorted(others)}"
        case {}:
            return "a mapping"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"string {s!r}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case int():
            return "int"
        case _:
            return "other"


values = [None, True, False, 0, 0.5, -1, 1+2j, "s", b"b", [], (), [7], (8,),
          [1, [2, 9]], (1, 2, 3), [1, 2, 3, 4, 5], [1, 2], (3, "x", 4, 5),
          {"kind": "point", "x": 1, "y": 2}, {"kind": "box", "w": 1, "h": 2},
          {"other": 1}, "123", "abc", 1000, 250.5, 7, 7.5, {1, 2}, range(1, 3)]
for v in values:
    print(repr(v), "->", describe(v))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin 3d"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y=y) if x == y:
            return f"diagonal {x}"
        case Point3(z=z):
            return f"3d with z={z}"
        case Point():
            return "somewhere"
    return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 5), Point(4, 0),
          Point(3, 3), Point(1, 2), Point3(1, 2, 3), "p"]:
    print(where(p))

# Or-patterns bind the same names in any order.
for v in [(1, 2), [3, 4, 5], {"a": 6, "b": 7}]:
    match v:
        case (a, b) | [b, a, _] | {"b": a, "a": b}:
            print("a", a, "b", b)

# A wildcard default, and a subject evaluated once.
calls = []


def subject():
    calls.append(1)
    return 42


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case _:
        print("default")
print("subject evaluated", len(calls), "time")

# Value patterns look up dotted names.


class Color:
    RED = 1
    GREEN = 2


for c in [1, 2, 3]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case other:
            print("unknown", other)

# Captures bind even in a loop with break and continue.
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case n:
            print("n =", n)
print("i =", i)

# As-patterns and nested or-patterns.
match [1, (2, 3)]:
    case [(1 | 2) as one, (2, three) as pair] as whole:
        print(one, three, pair, whole)

# A failed guard falls through; the names stay bound.
match 5:
    case k if k > 10:
        print("big")
    case _:
        print("k is", k)
