# Mapping and sequence patterns over subclasses and other built-in mappings and sequences.


class Recording(dict):
    def __init__(self, items):
        dict.__init__(self, items)
        self.gets = []

    def get(self, k, default=None):
        self.gets.append(k)
        return dict.get(self, k, default)


m = Recording({"a": 1, "b": 2})
match m:
    case {"a": 1, "c": _}:
        print("has c")
    case {"a": a, **rest}:
        print("a", a, "rest", rest)
print("gets", m.gets)


class Missing(dict):
    def __missing__(self, k):
        self[k] = "made"
        return "made"


dd = Missing({"x": 1})
match dd:
    case {"y": _}:
        print("y?")
    case {"x": x}:
        print("x", x, "no y added:", sorted(dd))


class Attrs:
    p = 1
    q = 2


match Attrs.__dict__:
    case {"q": q, "p": p}:
        print("mappingproxy", p, q)


class Seq(list):
    pass


match Seq([1, 2, 3]):
    case [1, *mid, 3]:
        print("mid", mid)

match Seq([4, 5, 6, 7]):
    case [first, *_, last]:
        print("first", first, "last", last)

for s in ["ab", b"ab", range(2), iter("ab"), {"a": 1, "b": 2}, {1, 2}]:
    match s:
        case [a, b]:
            print(type(s).__name__, "is a sequence:", a, b)
        case {"a": _}:
            print(type(s).__name__, "is a mapping")
        case _:
            print(type(s).__name__, "is neither")

# Duplicate keys from value patterns are found at run time.


class K:
    A = "k"
    B = "k"


try:
    match {"k": 1}:
        case {K.A: 1, K.B: 1}:
            pass
except ValueError as e:
    print("ValueError:", e)
