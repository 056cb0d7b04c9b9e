def gen():
    got = yield 1
    print("got", got)
    x = yield got * 2
    return x

g = gen()
print(next(g))
print(g.send(5))
try:
    g.send("done")
except StopIteration as e:
    print("returned", e.value)

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))

def chain(*its):
    for it in its:
        r = yield from it
    return r

def sub():
    yield "a"
    yield "b"
    return "sub result"

def outer():
    r = yield from sub()
    yield r
print(list(outer()))
print(list(chain([1, 2], (3,), count(2))))

def leaky():
    yield 1
    raise StopIteration("inside")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e.args[0])
t = thrower()
next(t)
t.throw(ValueError("boom"))
lam = lambda: (yield 7)
print(list(lam()))
