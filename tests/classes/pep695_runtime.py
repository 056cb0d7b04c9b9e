def f[T, *Ts, **P](x: T, *a: Ts) -> T:
    return x
print(f.__type_params__, f(3), f.__annotations__)
T = f.__type_params__[0]
print(type(T), T.__name__, T.__module__, T.__bound__, T.__constraints__, T.__infer_variance__, T.__default__, T.has_default())
def g[T: int, U: (int, str), V = list[int]](a=1, *, b=2): return a, b
print(g(), g.__defaults__, g.__kwdefaults__)
tv = g.__type_params__
print(tv, tv[0].__bound__, tv[1].__constraints__, tv[2].__default__, tv[2].has_default(), tv[0].__bound__)
type A = int | str
print(A, type(A), A.__value__, A.__type_params__, A.__parameters__, A.__module__, A.__name__)
type B[K, V] = dict[K, V]
print(B, B.__type_params__, B.__value__, B[int, str])
try: A[int]
except TypeError as e: print(e)
print(A | None, A.__reduce__())
class Outer:
    X = int
    type In = X
    def m[T: X](self): return T
print(Outer.In.__value__, Outer().m.__type_params__[0].__bound__, Outer.m.__qualname__)
def make():
    y = 5
    def h[S](): return y
    return h
print(make()(), make().__type_params__, make().__qualname__)
P = f.__type_params__[2]
print(P, P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(f.__type_params__[1], type(f.__type_params__[1]).__name__)
try:
    class Bad(T): pass
except TypeError as e: print(e)
try:
    T()
except TypeError as e: print(e)
import _typing
print(_typing.TypeVar('X'), repr(_typing.TypeVar('Y', covariant=True)), _typing.TypeVar('Z', contravariant=True))
print(_typing.NoDefault, type(_typing.NoDefault).__name__, _typing.TypeVar('X').__module__)
print(_typing.TypeAliasType('Q', int).__value__, _typing.TypeAliasType('Q', int).__module__)
for bad in [lambda: _typing.TypeVar('X', int), lambda: _typing.TypeVar('X', covariant=True, contravariant=True),
            lambda: _typing.TypeVar('X', covariant=True, infer_variance=True), lambda: _typing.TypeVar(1),
            lambda: _typing.TypeVarTuple('x', covariant=True), lambda: _typing.TypeAliasType('A', int, type_params=3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(_typing._idfunc(5), _typing.TypeVar('X', int, str).__constraints__)
def k[T=int, *Ts=int](): pass
print(k.__type_params__[1].__default__, k.__type_params__[0].__default__)
T2 = _typing.TypeVar('T2'); T2.foo = 3; print(T2.foo)
