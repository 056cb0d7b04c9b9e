x = "outer"
print([x * 2 for x in range(5) if x % 2])
print(x)
print({k: v for k, v in zip("abc", range(3))})
print(sorted({c for c in "hello"}))
print([(i, j) for i in range(3) for j in range(i)])
print([w for v in range(3) for w in [v * 10]])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])

def f(y):
    x = 5
    r = [x for x in y if x]
    return r, x
print(f([0, 1, 2]))

def g(n):
    x = 1
    fs = [lambda: x for x in range(n)]
    return [h() for h in fs], x
print(g(3))

class C:
    z = 10
    b = [x + 1 for x in range(3)]
    try:
        c = [z for _ in range(1)]
    except NameError as e:
        c = e.args[0]
print(C.b, C.c)

def outer(n):
    class D:
        vals = [i * n for i in range(3)]
    return D.vals
print(outer(7))

gen = (x * x for x in range(4))
print(list(gen), list(gen))
print(sum(x for x in range(101)))
print([list(g) for g in [(i * j for j in range(3)) for i in range(3)]])

def bad():
    return [1 // x for x in [1, 0]]
x = "kept"
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print("error:", e, x)
print({x: [y for y in range(x)] for x in range(3)})
