a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3} <= a, a >= {1}, {1, 2} < a, a.isdisjoint({9}), a.issuperset([1, 2]))
print(sorted(a.union([7], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)))
