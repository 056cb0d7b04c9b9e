xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
out = []
for y in ys[:]:
    ys.append(y)
    out.append(y)
print(out, ys)
