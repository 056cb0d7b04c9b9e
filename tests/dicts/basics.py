d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
del d["a"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
