f = frozenset("abc")
g = f | {"d"}
print(type(g).__name__, sorted(g), sorted(f & {"a", "z"}), type(f - {"a"}).__name__)
print(f.copy() is f, sorted(f.union("x")))
