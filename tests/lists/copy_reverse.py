xs = [1, [2, 3]]
ys = xs.copy()
ys[1].append(4)
ys[0] = 99
print(xs, ys)
zs = [1, 2, 3]
zs.reverse()
print(zs, list(reversed(zs)))
zs.clear()
print(zs, bool(zs), bool([0]))
