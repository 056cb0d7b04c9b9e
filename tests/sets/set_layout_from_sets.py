# Sets made from other sets take their layout, and so their order, as CPython lays them out.
x = [33, 1, 17, 9, 25, 41, 5, 65]
s = set()
for i in x: s.add(i)
print(s)
print(set(x), frozenset(x), {33, 1, 17, 9, 25, 41, 5, 65}, {*x})
f = frozenset(x); print(set(f), {*f}, {*f, *s})
print(set(s), s.copy(), s | set(), set(x) | {2}, {*{1: 0, 33: 0, 65: 0}})
