def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value)
