import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    elif event == 'return' and not isinstance(arg, (int, str, type(None), list, tuple)):
        a = type(arg).__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, a))
    return tracer

def f(x):
    y = x + 1
    for i in range(2):
        y += i
    return y

def g():
    yield 1
    yield 2

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return 5

def k():
    raise ValueError("boom")

def caller():
    try:
        k()
    except ValueError:
        return 'caught'

class C:
    def m(self):
        return [i * 2 for i in range(2)]

def w(n):
    while n > 0: n -= 1
    return n

sys.settrace(tracer)
f(1)
list(g())
h()
caller()
C().m()
w(2)
x = (lambda: 7)()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
