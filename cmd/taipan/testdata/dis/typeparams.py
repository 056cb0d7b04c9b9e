import typing
@dec
def f[T](a=1, *, b=2) -> T:
    return a
def g[T](a=1): pass
def h[T](*, b: T = 3): pass
class Outer:
    X = int
    def m[T: X](self, x: T) -> X: ...
    type Alias[U] = dict[X, U]
    class Inner[V = X]:
        y: V
        def meth(self): return super().meth()
class D[*Ts = *tuple[int], **P = [int, str]]: pass
async def af[T](): await T
def outer():
    x = 1
    def inner[T](): return x
    type Z = x
    return inner
class E[T](typing.Generic): pass
def __priv():
    class K[__T]: pass
def g(): yield from x
def g2():
    try:
        yield 1
    except E:
        pass
async def a():
    try:
        await x
    finally:
        pass
