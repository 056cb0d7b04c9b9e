def f(a, b=2):
    x = a + b
    return x
c = f.__code__
for kw in [dict(co_name=1), dict(co_argcount='x'), dict(zz=1), dict(co_varnames=('a',)), dict(co_names=(1,)), dict(co_code='x'), dict(co_consts=[1])]:
    try: c.replace(**kw)
    except Exception as e: print(type(e).__name__, e)
try: c.replace(1)
except Exception as e: print(type(e).__name__, e)
c2 = c.replace(co_name='g', co_qualname='G', co_firstlineno=10, co_varnames=('p','q','r'))
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2.co_varnames, c2 == c, c.replace() == c, hash(c.replace())==hash(c))
g = type(f)(c2, globals())
print(g(1, 2), g.__name__, g.__qualname__)
print(c.__replace__(co_name='h').co_name)
print(c.replace(co_consts=(None, 5)).co_consts)
def k(): return 1
k.__code__ = k.__code__.replace(co_consts=(None, 42))
print(k())
FunctionType = type(k)
def outer():
    y = 10
    def inner(z=1): return y + z
    return inner
inner = outer()
h = FunctionType(inner.__code__, globals(), 'renamed', (5,), inner.__closure__)
print(h(), h.__name__, h.__defaults__, h.__closure__[0].cell_contents)
for args in [(1, {}), (k.__code__, 1), (k.__code__, {}, 3), (k.__code__, {}, None, [1]),
             (inner.__code__, {}), (k.__code__, {}, None, None, 5), (inner.__code__, {}, None, None, (1,)),
             (inner.__code__, {}, None, None, ()), (k.__code__, {}, None, None, None, 3)]:
    try:
        FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(FunctionType(k.__code__, {})(), FunctionType(k.__code__, {'__builtins__': {}}).__name__)
print(k.__code__ == k.__code__.replace(), k.__code__ == inner.__code__, k.__code__ != k.__code__.replace(co_name='x'))
