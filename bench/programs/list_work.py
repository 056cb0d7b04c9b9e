# List appends, indexing, slicing, sorting and reversal.
xs = []
for i in range(100000):
    xs.append((i * 7919) % 10007)
xs.sort()
total = 0
for i in range(0, len(xs), 3):
    total += xs[i]
ys = xs[::2]
ys.reverse()
print(total, len(ys), ys[0], ys[-1], sum(xs[1000:2000]))
