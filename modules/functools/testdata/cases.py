# _functools cases: see modules/internal/golden/gen_golden.py for the format.
!import _functools as f
!def g(*a, **k): return (a, sorted(k.items()))
f.reduce(lambda a, b: a * b, [1, 2, 3, 4]), f.reduce(lambda a, b: a + b, [], 7), f.reduce(max, [3])
f.reduce(lambda a, b: a, [])
f.reduce(max, 5)
f.reduce(max)
f.reduce(max, [], 1, 2)
f.partial(g, 1, k=2)(3, j=4)
f.partial(g, 1, k=2)(k=5)
f.partial(f.partial(g, 1, a=1), 2, b=2)(3)
f.partial(f.partial(g, 1), 2).args
f.partial(g, 1, k=2).args, f.partial(g, 1, k=2).keywords, f.partial(g).func is g
repr(f.partial(max, 1, 'a', k=[2]))
f.partial()
f.partial(5)
f.partial(g).__dict__
!class P(f.partial): pass
repr(P(max, 1))
P(g, 1)(2)
sorted([3, 1, 2], key=f.cmp_to_key(lambda a, b: b - a))
f.cmp_to_key(lambda a, b: a - b)(1) < f.cmp_to_key(lambda a, b: a - b)(2)
f.cmp_to_key(lambda a, b: 0)(1) == 5
f.cmp_to_key(lambda a, b: 0)(1).obj
f.cmp_to_key()
hash(f.cmp_to_key(lambda a, b: 0)(1))
f.partial.__module__, f.partial.__name__
# _lru_cache_wrapper
!class CI(tuple):
!    def __new__(cls, *a): return tuple.__new__(cls, a)
!    def __repr__(self): return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self
!calls = []
!def h(x, y=0):
!    calls.append((x, y)); return [x, y]
!W = f._lru_cache_wrapper
!w = W(h, 2, False, CI)
(w(1), w(1), w(2), w(3), w(1), w(x=1), w(1, y=0), w(y=0, x=1), w(1.0)), calls, w.cache_info()
w(1) or w.cache_clear() or w.cache_info(), calls
!u = W(h, None, False, CI); [u(i % 3) for i in range(10)]
u.cache_info(), len(calls)
!z = W(h, 0, False, CI); [z(1) for i in range(3)]
z.cache_info(), len(calls)
!ty = W(h, 10, True, CI); ty(1); ty(1.0); ty(True); ty(x=1); ty(x=1.0)
ty.cache_info()
!nt = W(h, 10, False, CI); nt(1); nt(1.0); nt(True); nt((1,)); nt('a'); nt('a')
nt.cache_info()
W(h, -5, False, CI).cache_info(), W(h, True, False, CI).cache_info()
W(h, 2**70, False, CI)
W(h, -2**70, False, CI).cache_info()
W(1, 1, False, CI)
W(h, 'a', False, CI)
W(h, 1.0, False, CI)
W(h, 1, False)
W(h, 1, False, CI, 5)
W(user_function=h, maxsize=1, typed=0, cache_info_type=CI)(2)
w(1, 2, 3)
w([1])
W(h, 0, False, CI)([1])
!def boom(x): raise ValueError(x)
!b = W(boom, 2, False, CI)
b(1)
!try: b(1)
!except ValueError: pass
b.cache_info()
!class C:
!    @lambda m: W(m, 5, False, CI)
!    def meth(self, a): return (type(self).__name__, a)
!c = C()
c.meth(1), c.meth(1), C.meth.cache_info(), C.meth(c, 2), C.meth.__get__(None, C) is C.meth, type(c.meth).__name__
!w.__wrapped__ = h; w.x = 5
sorted(w.__dict__), w.x, w.__wrapped__ is h
!w.__dict__ = {'y': 1}
w.__dict__, hasattr(w, 'x')
w.__copy__() is w, w.__deepcopy__({}) is w, type(w).__name__, type(w).__module__, type(w).__qualname__
w.__reduce__()
!w.__qualname__ = 'q.n'
w.__reduce__()
!def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
!fib = W(fib, None, False, CI)
fib(90), fib.cache_info()
!def fib2(n): return n if n < 2 else fib2(n - 1) + fib2(n - 2)
!fib2 = W(fib2, 3, False, CI)
fib2(30), fib2.cache_info()
!order = W(h, 2, False, CI); order(1); order(2); order(1); order(3); order(2)
order.cache_info()
!def reent(n):
!    return n if n <= 0 else (r2(n - 1), n)[1]
!r2 = W(reent, 1, False, CI)
r2(3), r2.cache_info()
type(w)()
type('X', (type(w),), {})
hash(w) == hash(w), w == w, w != W(h, 1, False, CI)
type(w).__doc__.splitlines()[0]
# partial pickling support
!pp = f.partial(g, 1, k=2)
pp.__reduce__()[0], pp.__reduce__()[1][0] is g, pp.__reduce__()[2][1:]
!pp.x = 5
pp.__reduce__()[2][1:]
!q = f.partial(max); q.__setstate__((g, (1,), {'a': 1}, {'y': 2}))
q(), q.__dict__, q.args, q.keywords, q.func is g
!q2 = f.partial(max); q2.__setstate__((g, (1,), None, None))
q2(2), q2.__dict__, q2.keywords
f.partial(max).__setstate__((g, [1], None, None))
f.partial(max).__setstate__((5, (1,), None, None))
f.partial(max).__setstate__((g, (1,), 5, None))
f.partial(max).__setstate__((g, (1,), None))
f.partial(max).__setstate__([g, (1,), None, None])
f.partial[int], f.partial.__class_getitem__(str)
# KeyWrapper
!K = f.cmp_to_key(lambda a, b: (a > b) - (a < b))
K.obj, K(3).obj, K.__call__(obj=4).obj, K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) == K(1), K(1) != K(2)
K(1, 2)
K()
K(1) < 5
sorted(['bb', 'a', 'ccc'], key=f.cmp_to_key(lambda a, b: len(b) - len(a)))
# generated: random calls through bounded, unbounded and typed caches
!def runlru(maxsize, typed, calls):
!    log = []
!    def fn(*a, **k):
!        log.append((a, sorted(k.items())))
!        return len(log)
!    w = W(fn, maxsize, typed, CI)
!    results = [eval('w(%s)' % c, {'w': w}) for c in calls]
!    return results, log, w.cache_info()
runlru(0, True, ['2', '1', 'y=2, x=1', 'True', '(1,)', '(1,)', '1, 2', "'a'", '3', '4', '1.0', 'True', 'x=1', '1'])
runlru(None, True, ['2', '2', '4', 'x=1', '(1,)'])
runlru(3, True, ['5', '1', '1.0', '5', '1', 'y=2, x=1', "'a'", 'x=1, y=2', '3', 'y=2, x=1', '1.0', '4', "'a'", 'y=2, x=1', '5', "'a'"])
runlru(3, True, ['y=2, x=1', '2', 'x=1', '3', '4', 'x=1', 'y=2, x=1', '5', 'x=1', 'x=1, y=2', 'x=1, y=2', '3', '3', '5', '3'])
runlru(0, True, ['1.0', 'y=2, x=1', '2', '2', '2', '(1,)', '1', 'y=2, x=1', 'True', 'y=2, x=1', 'True', 'y=2, x=1', "'a'", '2', "'a'", 'True', '1, 2', 'True', '5', 'x=1', '1, 2'])
runlru(3, False, ['2', 'y=2, x=1', '5', '2', '4', '5', 'x=1', '1.0', "'a'"])
runlru(1, False, ['2', '(1,)', '3', 'x=1', '1', '1', 'x=1, y=2', '(1,)', '(1,)', '1', '3', '5', '1.0', 'x=1, y=2', '1', '1.0', '5', '4', '1', '1, 2', 'x=1', '4', '2'])
runlru(0, False, ['x=1', '1.0', '1', '2', 'True', 'x=1', '1, 2', '1.0', '5', 'x=1', 'True', '1.0', '2', '2', '1, 2', '1, 2', 'x=1, y=2'])
runlru(2, False, ['2', '(1,)', '3', '1', 'x=1', '5', "'a'", 'x=1, y=2', '(1,)', '3', 'y=2, x=1', '4', '5'])
runlru(None, False, ['1, 2', 'True', '(1,)', '(1,)', 'True', '5', '1, 2', 'y=2, x=1', '1, 2', '1', 'True', '2'])
runlru(-1, True, ['1, 2', '4', '(1,)', '1.0', '3', 'x=1, y=2', '2', "'a'", '1, 2', '4', '1, 2', '2', '1.0', '1, 2', 'x=1'])
runlru(4, True, ['1', "'a'", '(1,)', '1', '5', '3', '4', '(1,)', '1.0', '5', 'x=1, y=2', '1', '3'])
runlru(-1, True, ['2', '(1,)', '4', 'True', 'x=1', 'y=2, x=1', '4', '1, 2', '4', '1, 2', '3', '1, 2', '1, 2', 'True', 'True', '2', '1.0', '1'])
runlru(None, True, ['5', '1', 'x=1, y=2', 'x=1', 'y=2, x=1', '(1,)', 'True', 'x=1, y=2', "'a'", '(1,)', "'a'", '5', 'True', 'True', "'a'", '3', '(1,)'])
runlru(2, False, ['5', '1, 2', 'True', '1, 2', 'True', '4', '2', '(1,)', '1.0', 'True', '3', '1, 2', "'a'", '2', 'y=2, x=1', 'x=1', '2', 'True', 'y=2, x=1', '5'])
runlru(4, True, ['True', '5', '2', '1.0', '5', 'y=2, x=1'])
runlru(3, False, ['(1,)', '5', '2', 'True', '1.0', "'a'"])
runlru(0, True, ['5', '2', '3', '4', '1, 2', '(1,)', 'y=2, x=1', 'x=1, y=2', "'a'", 'True', '2', 'y=2, x=1', '4', 'x=1, y=2', 'y=2, x=1', '3', '1', '2', '4', '3', '1', '3', 'y=2, x=1', 'x=1, y=2'])
runlru(1, False, ['4', 'True', 'y=2, x=1', '5', '5', '1', '1', 'y=2, x=1', '5', 'y=2, x=1', '2', "'a'", '1', '3', "'a'", '2', '3', '1.0', '1.0', '(1,)'])
runlru(1, False, ['y=2, x=1', '(1,)', 'x=1, y=2', "'a'", '1, 2', 'x=1, y=2', '1.0', '4', '1, 2', '4', 'True', 'x=1', 'x=1, y=2', 'x=1, y=2', '3', "'a'", '(1,)', '5', 'True', '1', 'x=1', '(1,)'])
runlru(2, True, ['3', '1.0', "'a'", '(1,)', '(1,)', '1', '1', "'a'", '4', '(1,)', 'x=1', '3', 'y=2, x=1', '(1,)', "'a'", '1.0', "'a'", '1', 'x=1, y=2', 'True', 'x=1', '3'])
runlru(2, True, ['x=1', '1', '1, 2', 'y=2, x=1', 'x=1, y=2', '(1,)', 'y=2, x=1', '3', 'x=1', '1.0', 'x=1, y=2', '5', '(1,)', '2', 'x=1', '1', '(1,)', 'x=1, y=2', '(1,)', 'True', '1', '4', '1'])
runlru(-1, False, ['4', 'x=1, y=2', '4', 'x=1, y=2', 'True', '4', '3', '3', 'y=2, x=1', '2', '5', 'y=2, x=1', '5', '1, 2', 'x=1', '1, 2'])
runlru(None, False, ['(1,)', 'x=1', 'x=1, y=2', '3', 'x=1, y=2', '5', 'True'])
runlru(-1, False, ['y=2, x=1', '1.0', '1, 2', 'x=1, y=2', '1.0', "'a'", '5', 'True', 'True', '4', 'True', '(1,)', 'x=1', '1, 2', '5', '1, 2', 'True', "'a'", '4', '1', '1.0'])
runlru(1, False, ['4', '5', '3', 'x=1, y=2', '2', '4', 'True'])
runlru(4, False, ['2', '2', '5', '1', '4', 'x=1', 'x=1, y=2', '1', '1, 2', 'True', 'True', '1, 2', 'y=2, x=1', '(1,)', 'x=1, y=2', 'x=1, y=2', '1', '1.0', '4', 'x=1, y=2', '4', 'x=1, y=2', '2'])
runlru(2, False, ['1.0', 'x=1', '1', '4', 'x=1, y=2', '3', 'True', '1', 'y=2, x=1', '5'])
runlru(4, False, ['5', 'y=2, x=1', '(1,)', '5', '1', 'x=1, y=2', '1', '3', '3', '5', '1', "'a'", 'x=1, y=2', 'y=2, x=1', '1, 2', '1, 2', '(1,)', '1', 'x=1', '2', 'x=1', "'a'", 'True'])
runlru(None, True, ['1.0', 'True', '5', '5', '2', '3', '3', '3', 'y=2, x=1', 'x=1, y=2'])
