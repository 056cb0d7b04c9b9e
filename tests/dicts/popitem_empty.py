d = {"x": 1}
print(d.popitem())
d.popitem()
