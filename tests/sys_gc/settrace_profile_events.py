import sys

events = []
def fmt(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return (arg[0].__name__, str(arg[1]))
    if isinstance(arg, (int, str, type(None), bool)):
        return arg
    return type(arg).__name__

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append(('T', event, frame.f_code.co_name, frame.f_lineno, fmt(arg)))
    return tracer

def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    events.append(('P', event, frame.f_code.co_name, fmt(arg)))

def inner(n):
    if n == 0:
        raise KeyError(n)
    return inner(n - 1)

def outer():
    try:
        inner(2)
    except KeyError as e:
        r = 'got'
    finally:
        r2 = 'fin'
    return r + r2

def gen():
    x = yield 1
    yield from sub()
    return x

def sub():
    yield 2
    yield 3

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return True

def withs():
    with CM():
        raise ValueError('x')
    return 1

def comp():
    d = {k: v for k, v in zip('ab', (1, 2))}
    s = sum(i for i in range(3))
    return d, s

def multi(a,
          b):
    c = (a +
         b)
    if c > 2:
        c = 0
    else:
        c = 1
    return c

sys.settrace(tracer)
outer()
g = gen(); next(g); g.send(5)
try:
    next(g); next(g)
except StopIteration as e:
    events.append(('stop', e.value))
withs()
comp()
multi(1, 2)
multi(1,
      0)
sys.settrace(None)
sys.setprofile(profiler)
outer()
comp()
sys.setprofile(None)
for e in events:
    print(e)
