d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 100
del d["z"]
d["z"] = -1
print(d, list(reversed(d)))
