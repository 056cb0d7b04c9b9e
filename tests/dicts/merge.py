a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b, "w": 0})
a |= b
print(a)
print(dict(a, q=1), dict([(1, 2), (3, 4)]))
