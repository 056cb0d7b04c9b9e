x = 10
print([x for x in range(3)], x)
y = 5
print([y * i for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
