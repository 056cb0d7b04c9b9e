data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([], key=abs), sorted({"b": 1, "a": 2}))
