sq = lambda x: x * x
print(sq(7), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
