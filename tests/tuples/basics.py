t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2)
print((), (1,), tuple([1, 2]), tuple("ab"), 3 in t, t.count(None), t.index(3.0))
