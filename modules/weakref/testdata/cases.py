# _weakref cases: see modules/internal/golden/gen_golden.py for the format. Deaths are made
# deterministic with gc.collect(), which runs the callbacks before it returns.
!import _weakref, gc
!class A:
!    def __init__(self, n=0): self.n = n
!    def __repr__(self): return 'A(%d)' % self.n
!class E:
!    def __init__(self, v): self.v = v
!    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
!    def __hash__(self): return hash(self.v)
!log = []
!def cb(r): log.append(('cb', r() is None, type(r).__name__))
!def after_gc(r):
!    gc.collect()
!    return r()
_weakref.ref is _weakref.ReferenceType, _weakref.ref.__name__, _weakref.ref.__qualname__, _weakref.ref.__module__
_weakref.ProxyType, _weakref.CallableProxyType, _weakref.ProxyType.__name__
_weakref.__doc__, _weakref.getweakrefcount.__doc__
sorted(n for n in dir(_weakref) if not n.startswith('__'))
sorted(_weakref.ref.__dict__)
sorted(_weakref.ProxyType.__dict__)
sorted(set(_weakref.CallableProxyType.__dict__) ^ set(_weakref.ProxyType.__dict__))
# Creating references.
!a = A(1)
!r = _weakref.ref(a)
r() is a, type(r), r.__callback__, _weakref.ref(a) is r, _weakref.ref(a, None) is r
_weakref.ref(a, cb) is r, _weakref.ref(a, cb).__callback__ is cb
_weakref.getweakrefcount(a), _weakref.getweakrefs(a) == [r], a.__weakref__ is r
_weakref.getweakrefcount(1), _weakref.getweakrefs(1), _weakref.getweakrefs(a)[0] is r
_weakref.ref(1)
_weakref.ref('s')
_weakref.ref(())
_weakref.ref([])
_weakref.ref({})
_weakref.ref(None)
_weakref.ref(object())
_weakref.ref(Exception())
_weakref.ref(r)
_weakref.proxy(1)
_weakref.ref(A)() is A, _weakref.ref(len)() is len, _weakref.ref(cb)() is cb, _weakref.ref(_weakref)() is _weakref
after_gc(_weakref.ref({1})), after_gc(_weakref.ref(frozenset())), type(after_gc(_weakref.ref(cb.__code__))), after_gc(_weakref.ref(a.__init__))
!g = (x for x in ())
_weakref.ref(g)() is g
!class S:
!    __slots__ = ('x',)
!class SW(S):
!    __slots__ = ('__weakref__',)
!class SD(S): pass
_weakref.ref(S())
_weakref.ref(SW()) is not None, _weakref.ref(SD()) is not None
!class L(list): pass
!class I(int): pass
!class T(tuple): pass
_weakref.ref(L()) is not None
_weakref.ref(I(1))
_weakref.ref(T())
S.__weakref__
'__weakref__' in A.__dict__, '__weakref__' in SW.__dict__, '__weakref__' in SD.__dict__
# Arguments.
_weakref.ref()
_weakref.ref(a, None, None)
_weakref.ref(a, x=1)
_weakref.ref(a=1)
r(1)
r(x=1)
_weakref.ref.__init__(r)
_weakref.ref.__init__(r, a, x=1)
_weakref.proxy()
_weakref.proxy(a, None, None)
_weakref.proxy(a, callback=None)
_weakref.getweakrefcount()
_weakref.getweakrefs(1, 2)
_weakref._remove_dead_weakref([], 1)
_weakref._remove_dead_weakref({}, 1)
_weakref._remove_dead_weakref({1: 2}, 1)
_weakref._remove_dead_weakref({})
_weakref.ProxyType()
# Attributes.
r.__callback__, _weakref.ref(a, cb).__callback__ is cb
setattr(r, '__callback__', 1)
r.foo
setattr(r, 'foo', 1)
r.__weakref__
_weakref.ref[int], _weakref.ref[A]
# Hashing and comparison.
!e1, e2, e3 = E(1), E(1), E(2)
!r1, r2, r3 = _weakref.ref(e1), _weakref.ref(e2), _weakref.ref(e3)
hash(r1) == hash(1), r1 == r2, r1 != r2, r1 == r3, r1 == 1, r1 != 1
r1 < r2
r1 <= r1
hash(_weakref.proxy(e1))
{r1: 'one'}[r2]
# Death: the reference goes dead, callbacks run, newest first.
!b = A(2)
!rb = _weakref.ref(b)
!rcb1 = _weakref.ref(b, cb)
!rcb2 = _weakref.ref(b, lambda r: log.append('second'))
!pb = _weakref.proxy(b)
!hb = hash(rb)
!del b
!gc.collect()
rb(), rcb1(), log
rcb1.__callback__, rcb2.__callback__
hash(rb) == hb
hash(rcb1)
rb == rb, rb == rcb1, rb != rcb1
_weakref.getweakrefcount(A(3)), _weakref.getweakrefs(A(3))
pb.n
setattr(pb, 'n', 1)
str(pb)
bool(pb)
pb == 1
len(pb)
pb + 1
-pb
pb[0]
iter(pb)
'x' in pb
pb()
# The basic ref and proxy are reused; ordering of getweakrefs.
!c = A(3)
!rc_cb = _weakref.ref(c, cb)
!pc = _weakref.proxy(c)
!rc = _weakref.ref(c)
!pc_cb = _weakref.proxy(c, cb)
[type(x).__name__ for x in _weakref.getweakrefs(c)]
_weakref.getweakrefs(c)[0] is rc, _weakref.getweakrefs(c)[1] is pc, _weakref.proxy(c) is pc
_weakref.getweakrefs(c)[2] is pc_cb, _weakref.getweakrefs(c)[3] is rc_cb
# Subclasses of ref are never the basic ref and may have slots.
!class KR(_weakref.ref):
!    __slots__ = ('key',)
!    def __new__(cls, ob, callback, key):
!        self = super().__new__(cls, ob, callback)
!        self.key = key
!        return self
!    def __init__(self, ob, callback, key):
!        super().__init__(ob, callback)
!kr = KR(c, None, 'k')
type(kr).__name__, kr.key, kr() is c, kr is not rc, kr.__callback__, isinstance(kr, _weakref.ref)
_weakref.getweakrefcount(c)
KR(c, None, 'j').__weakref__
!class WR(_weakref.ref): pass
_weakref.ref(WR(c)) is not None, WR(c) is not rc
!dead = {}
!kd = A(4)
!dead['k'] = _weakref.ref(kd)
!dead['live'] = _weakref.ref(c)
!del kd
!gc.collect()
_weakref._remove_dead_weakref(dead, 'k'), sorted(dead)
_weakref._remove_dead_weakref(dead, 'live'), sorted(dead)
_weakref._remove_dead_weakref(dead, 'missing'), sorted(dead)
# Proxies forward everything.
!class N:
!    def __init__(self, v): self.v = v
!    def __add__(self, o): return 'add %s' % (type(o).__name__,)
!    def __radd__(self, o): return 'radd %s' % (type(o).__name__,)
!    def __iadd__(self, o): return 'iadd'
!    def __neg__(self): return 'neg'
!    def __len__(self): return 3
!    def __getitem__(self, k): return 'item %r' % (k,)
!    def __setitem__(self, k, v): self.v = (k, v)
!    def __delitem__(self, k): self.v = 'deleted %r' % (k,)
!    def __contains__(self, k): return k == 'in'
!    def __iter__(self): return iter([1, 2])
!    def __call__(self, *a, **k): return ('called', a, k)
!    def __eq__(self, o): return 'eq'
!    def __lt__(self, o): return 'lt'
!    def __bool__(self): return False
!    def __int__(self): return 7
!    def __float__(self): return 7.5
!    def __index__(self): return 2
!    def __str__(self): return 'N-str'
!    def __bytes__(self): return b'N'
!    def __reversed__(self): return 'rev'
!    def __hash__(self): return 1
!n = N(0)
!p = _weakref.proxy(n)
type(p).__name__, p.v, p.__class__ is N, isinstance(p, N)
p + 1, 1 + p, p + p, -p, len(p), p[5], 'in' in p, 'out' in p, list(p)
p(1, x=2), p == 3, 3 == p, p < 1, bool(p), int(p), float(p), [10, 20, 30][p], str(p)
!class NC:
!    def __bytes__(self): return b'NC'
!    def __reversed__(self): return 'rev'
!nc = NC()
!pnc = _weakref.proxy(nc)
type(pnc).__name__, pnc.__bytes__(), reversed(pnc)
pow(_weakref.proxy(nc), 2, 5)
pow(object(), 2, 5)
divmod(p, 1)
pow(p, 2, 5)
abs(p)
hash(p)
!p[1] = 2
n.v
!del p['k']
n.v
!p.w = 9
n.w
!del p.w
hasattr(n, 'w')
!pl = _weakref.proxy(L([1, 2]))
type(_weakref.proxy(A())).__name__
!lst = L([3, 4])
!plst = _weakref.proxy(lst)
plst + [5], plst * 2, plst[0], len(plst), 4 in plst, list(reversed(plst))
next(plst)
!it = iter([1, 2])
!class It:
!    def __iter__(self): return self
!    def __next__(self): return 'next'
!itx = It()
next(_weakref.proxy(itx))
!pa = _weakref.proxy(A(5))
!gc.collect()
pa.n
repr(pa)[-5:]
# __del__ runs once the object is found unreachable; exceptions in it are ignored.
!class D:
!    def __init__(self, n): self.n = n
!    def __del__(self): log.append(('del', self.n))
!log.clear()
!d = D(1)
!rd = _weakref.ref(d, cb)
!del d
!gc.collect()
log, rd()
!class DE:
!    def __del__(self): raise ValueError('boom')
!de = DE()
!del de
!gc.collect()
'survived'
!class Res:
!    saved = []
!    def __del__(self): Res.saved.append(self)
!res = Res()
!del res
!gc.collect()
len(Res.saved), type(Res.saved[0]).__name__
!class LD(list):
!    def __del__(self): log.append(('list del', len(self)))
!log.clear()
!ld = LD([1, 2])
!del ld
!gc.collect()
log
!class Sub(D): pass
!log.clear()
!sub = Sub(5)
!del sub
!gc.collect()
log
# Exceptions in callbacks go to sys.unraisablehook.
!import sys
!hooked = []
!def bad_cb(r): raise KeyError('k')
!sys.unraisablehook = lambda a: hooked.append((a.exc_type.__name__, str(a.exc_value), a.err_msg, a.object is bad_cb, type(a).__name__, len(a)))
!bx = A(9)
!rbx = _weakref.ref(bx, bad_cb)
!del bx
!gc.collect()
hooked
sys.__unraisablehook__ is not sys.unraisablehook, sys.__unraisablehook__.__name__
sys.__unraisablehook__(1)
!class DH:
!    def __del__(self): 1/0
!dh = DH()
!del dh
!gc.collect()
hooked[-1][:3], hooked[-1][3:5]
!sys.unraisablehook = lambda a: 1/0
!cx = A(10)
!rcx = _weakref.ref(cx, bad_cb)
!del cx
!gc.collect()
'still running'
# C types with a weak reference list made in Go.
!import _functools
!pp = _functools.partial(len)
_weakref.ref(pp)() is pp, after_gc(_weakref.ref(_functools.partial(len))), '__weakref__' in _functools.partial.__dict__
