data = [("a", (1, 2)), ("b", (3, 4))]
for name, (lo, hi) in data:
    print(name, hi - lo)
for i, (k, (v, w)) in enumerate(data):
    print(i, k, v + w)
