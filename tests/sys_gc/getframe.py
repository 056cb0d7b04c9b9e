import sys
def f(a):
    b = a + 1
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_back.f_lineno, fr.f_globals is globals())
    return sys._getframe(1)
def g():
    return f(1)
up = g()
print(up.f_code.co_name, type(up).__name__, sys._getframe().f_back, sys._getframemodulename(), sys._getframemodulename(0))
try: sys._getframe(100)
except ValueError as e: print(e)
def h():
    x = 5
    raise KeyError(x)
try: h()
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals, tb.tb_frame.f_lineno, tb.tb_lineno)
import _typing
r = repr(sys._getframe()).split(',')
print(r[1].rsplit('/', 1)[-1], r[2:])
