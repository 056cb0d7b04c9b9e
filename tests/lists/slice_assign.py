xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs)
xs[:] = []
print(xs)
