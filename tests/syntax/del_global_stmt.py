a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir())
xs = [1, 2, 3]
del xs[0], xs[-1]
print(xs)
