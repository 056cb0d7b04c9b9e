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
