def inner():
    yield 1
    yield 2
def g():
    x = yield from inner()
    yield 3
it = g()
print(it.__name__, it.__qualname__, it.gi_code.co_name, it.gi_running, it.gi_suspended, it.gi_yieldfrom, it.gi_frame.f_lineno)
next(it)
print(it.gi_suspended, type(it.gi_yieldfrom).__name__, it.gi_frame.f_lineno, it.gi_frame.f_code is it.gi_code)
list(it)
print(it.gi_frame, it.gi_suspended, it.gi_yieldfrom)
it.__name__ = 'renamed'; print(it.__name__)
try: it.__qualname__ = 3
except TypeError as e: print(e)
async def c(): return 1
co = c(); print(co.cr_code.co_name, co.cr_running, co.cr_await, co.cr_origin, co.cr_suspended, co.__qualname__)
co.close()
async def ag(): yield 1
a = ag(); print(a.ag_code.co_name, a.ag_running, a.ag_await, a.__name__, a.ag_frame is not None)
def running():
    print(gen_self.gi_running, gen_self.gi_suspended)
    yield
gen_self = running(); next(gen_self)
