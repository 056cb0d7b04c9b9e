y = 10
f = lambda x, y=y: x + y
y = 20
print(f(1), (lambda: y)())
g = lambda: (lambda: y * 2)()
print(g())
