a, b, c = (1, 2, 3)
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
a, b = b, a
print(a, b)
