d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
d["d"] = 4
print(k, v, len(k), "a" in k, 2 in v)
print(k & {"a", "z"} == {"a"}, sorted(k | {"q"}), d.items() >= {("a", 1)})
