if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if x: y
while x:
    break
else:
    pass

for i in range(10):
    continue
else:
    pass

for a, (b, c) in d: pass
for x, in y: pass
for *a, b in c: pass
for x.y in z: pass
for x[0] in z: pass

with a: pass
with a as b, c as (d, e): pass
with (a, b): pass
with (a as b, c as d,): pass
with (a): pass
with (a) as b: pass
with (yield): pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass

def f(): pass

def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def f(a, /, b, *, c): pass
def f(*args: *Ts): pass
def f[T](x: T) -> T: pass
def f[T: (int, str), *Ts, **P](): pass

@decorator
@decorator.attr(1)
@(lambda f: f)
@a[0]
def g(): pass

class C: pass
class C(): pass
class C(A, B, metaclass=M, **kw): pass
class C[T](Base[T]): pass

@dec
class D:
    x: int = 1
    def m(self): return self

async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]

@dec
async def g(): pass

def gen():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
