# A generator takes __name__ and __qualname__ from its function as it is when called.
def func():
    yield 1


g = func()
print(g.__name__, g.__qualname__)
func.__name__ = 'fn'
func.__qualname__ = 'fq'
g = func()
print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
g.__name__ = 'renamed'
print(g.__name__)
for bad in ('__name__', '__qualname__'):
    try:
        setattr(g, bad, 1)
    except TypeError as e:
        print(e)
    try:
        delattr(g, bad)
    except TypeError as e:
        print(e)
print((x for x in []).__name__)
