a = frozenset([1, 2])
b = frozenset([2, 1])
d = {a: "first"}
print(d[b], a == b, hash(a) == hash(b), frozenset() == set())
fs = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(fs))
