print(sum(x * x for x in range(100)))
g = (x for x in "abc")
print(next(g), list(g))
print(max(len(w) for w in ["a", "abc", "ab"]), tuple(i for i in range(3)))
