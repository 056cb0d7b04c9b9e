print([1, 2] * -1, [[]] * 2)
xs = [None] * 4
xs[1:3] = range(2)
print(xs)
xs[10]
