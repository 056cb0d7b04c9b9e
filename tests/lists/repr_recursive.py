xs = [1, 2]
xs.append(xs)
print(xs)
print(len(xs), xs[2] is xs)
print(repr([None, True, "s", 1.5, (1,), []]))
