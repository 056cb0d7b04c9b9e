# _collections cases: see modules/internal/golden/gen_golden.py for the format.
!from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator, _deque_reverse_iterator
deque(), deque([1, 2, 3]), deque('abc', 2), deque(range(10), maxlen=3)
deque([1], maxlen=None).maxlen, deque([], 5).maxlen
deque(maxlen=-1)
deque(maxlen='a')
deque([1, 2], True), deque([1, 2], False), deque(maxlen=2.0)
deque(maxlen=2.0)
deque(maxlen=2**70)
deque([], 2, 3)
deque(x=1)
deque(5)
!d = deque([1, 2, 3])
d.append(4), d.appendleft(0), d
d.pop(), d.popleft(), d
deque().pop()
deque().popleft()
d.extend('ab'), d.extendleft('xy'), d
d.extend(d), d
d.extend(5)
d.clear(), d, len(d)
d.copy(), d.copy() is d, d.__copy__(), type(d.copy())
d[0], d[-1], d[1], d[-3]
d[3]
d[-4]
d[1:2]
d['a']
d[2**100]
!e = deque(range(5))
e.__setitem__(1, 'x') or e
e.__delitem__(0) or e
e.__delitem__(-1) or e
e.__setitem__(9, 1)
e.__delitem__(9)
e.count(1), e.count('x'), e.count(9)
e.count()
e.index(3), e.index(3, 1), e.index(3, -2), e.index(3, 0, 10)
e.index(9)
e.index(3, 3)
e.index(1, 'a')
e.index()
e.insert(0, 'a') or e.insert(-1, 'b') or e.insert(100, 'c') or e.insert(-100, 'd') or e
deque([1], maxlen=1).insert(0, 2)
e.insert('a', 1)
e.remove(3) or e
e.remove(9)
e.reverse() or e
e.rotate() or e
e.rotate(2) or e
e.rotate(-1) or e
e.rotate(1003) or e
e.rotate('a')
e.rotate(2**70)
e.rotate(1, 2)
deque([]).rotate(5)
!m = deque([1, 2, 3], maxlen=3)
m.append(4) or m
m.appendleft(0) or m
m.extend([7, 8]) or m
m.extendleft([5, 6]) or m
deque([1, 2], maxlen=0), deque('abc', 0).maxlen
d + deque([5]), deque([1]) + deque([2], 1)
deque([1]) + [1]
deque([1, 2]) * 3, 3 * deque([1]), deque([1]) * 0, deque([1]) * -1
deque([1, 2, 3], 4) * 3
deque([1]) * 'a'
!f = deque([1, 2]); f += [3]; f *= 2
f
f.__iadd__(5)
f.__iadd__([9]), f.__imul__(2), f.__mul__(2), f.__rmul__(1), f.__add__(deque())
deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9])
deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1, 2, 0]), deque() < deque([0])
deque([1]) == [1], deque([1]) != (1,)
deque([1]) < [1]
deque([float('nan')]) == deque([float('nan')])
!n = float('nan'); g = deque([n])
g == deque([n]), n in g, g.count(n), g.index(n)
1 in deque([1, 2]), 3 in deque([1, 2]), 'a' not in deque('abc')
bool(deque()), bool(deque([0])), len(deque('abcd'))
hash(deque())
deque.__hash__
repr(deque([1, 'a', None])), str(deque([[]]))
!r = deque(); r.append(r)
r
deque([r, [r]])
list(deque('abc')), list(reversed(deque('abc'))), tuple(deque())
!it = iter(d); d.append(1)
next(it)
!it = iter(deque([1, 2])); next(it)
it.__length_hint__(), it.__reduce__(), list(it), it.__length_hint__()
!rv = reversed(deque([1, 2, 3]))
next(rv), rv.__length_hint__(), rv.__reduce__(), list(rv)
type(iter(deque())), type(reversed(deque())), type(iter(deque())) is _deque_iterator
list(_deque_iterator(deque([1, 2, 3]), 1)), list(_deque_reverse_iterator(deque([1, 2, 3]), 2))
_deque_iterator([1])
_deque_iterator()
_deque_iterator(deque(), 1, 2)
_deque_reverse_iterator(deque(), 'a')
deque([1]).__reduce__()[:3], deque([1], 2).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3])
deque[int], deque.__class_getitem__(str)
deque.__name__, deque.__qualname__, deque.__module__, deque.__doc__
type(deque.__dict__['maxlen']).__name__, deque.maxlen.__doc__
deque([1]).maxlen, deque([1], 4).maxlen
!class D(deque):
!    def __init__(self, *a, **k): super().__init__(*a, **k); self.tag = 't'
D([1, 2], 3), D().tag, type(D().copy()), D([1], 2).copy(), D([1]) + D([2]), D([5]) * 2
D([1]).__reduce__()[:3], isinstance(D(), deque), D.__mro__
!class E(deque):
!    def __init__(self, x): super().__init__(x)
E([1, 2], ).copy()
E([1]).__dict__, E([1]) == deque([1])
!class B(deque):
!    def __new__(cls, *a): return deque()
B([1])
!class M(deque): pass
!m2 = M([1]); m2.__class__ = D
type(m2), m2
deque([1, 2]).__sizeof__() > 0
# defaultdict
defaultdict(), defaultdict(list), defaultdict(None, {1: 2}), defaultdict(int, a=1)
defaultdict(1)
defaultdict(list, 1, 2)
defaultdict(list, [(1, 2)], b=3)
!dd = defaultdict(list); dd['a'].append(1); dd['b']
dd, dd.default_factory, dd['a'], len(dd), 'c' in dd, dd.get('c'), len(dd)
defaultdict()['k']
defaultdict(None)[1]
defaultdict(int).__missing__(5)
defaultdict().__missing__((1, 2))
!z = defaultdict(); z.default_factory = lambda: 7
z['q'], dict(z)
!z2 = defaultdict(list); del z2.default_factory
z2.default_factory
dd.copy(), dd.__copy__(), type(dd.copy()), dd.copy() is dd, dd.copy()['a'] is dd['a']
dd.__reduce__()[:4], list(dd.__reduce__()[4]), defaultdict().__reduce__()[:2]
defaultdict(int, {'a': 1}) | {'b': 2}, {'z': 0} | defaultdict(int, {'a': 1}), defaultdict(set) | defaultdict(list, {1: 2})
type(defaultdict(int) | {}), type({} | defaultdict(int))
defaultdict(int) | 5
5 | defaultdict(int)
!o = defaultdict(int, a=1); o |= {'b': 2}; o |= [('c', 3)]
o, type(o)
defaultdict(int, {1: 1}) == {1: 1}, isinstance(defaultdict(), dict), defaultdict.__base__, defaultdict.__mro__
defaultdict.__name__, defaultdict.__module__, defaultdict.__doc__.splitlines()[0]
defaultdict.default_factory.__doc__
hasattr(defaultdict(), '__dict__'), hasattr(deque(), '__dict__')
hash(defaultdict())
!rd = defaultdict(); rd.default_factory = rd
repr(rd)
!class DD(defaultdict):
!    pass
DD(list), DD(list, {1: 2}).copy(), type(DD(int).copy()), DD(int).__reduce__()[:2], DD(list) | {1: 1}
!q = DD(set); q.x = 1
q.__dict__, q['k'], q
defaultdict[int, str]
sorted(defaultdict(int, {'b': 1, 'a': 2}).items()), defaultdict.fromkeys('ab'), type(defaultdict.fromkeys('ab'))
# _count_elements and _tuplegetter
!c = {}; _count_elements(c, 'abracadabra')
c
!c2 = defaultdict(int, a=5); _count_elements(c2, 'aab')
c2
_count_elements({}, 5)
_count_elements({})
_count_elements(5, 'a')
!g = _tuplegetter(1, 'doc')
!class P(tuple):
!    x = _tuplegetter(1, 'the x')
!    y = _tuplegetter(5, None)
P((1, 2)).x, P.x, P.x.__doc__, g, g.__reduce__()
P((1,)).x
P((1, 2)).y
g.__get__(5)
g.__get__(None, P), g.__get__((7, 8)), g.__get__((7, 8), tuple)
!p = P((1, 2))
setattr(p, 'x', 1)
delattr(p, 'x')
_tuplegetter()
_tuplegetter('a', 1)
_tuplegetter(x=1)
_tuplegetter(-1, None).__get__((1, 2))
!g.__doc__ = 'new'
g.__doc__, _tuplegetter.__module__
# OrderedDict
!from _collections import OrderedDict as O
O(), O(a=1, b=2), O([('b', 1), ('a', 2)]), O({'x': 1}, y=2), O([('a', 1)], a=2)
O(1, 2)
O(5)
O([1])
O([(1, 2, 3)])
O([()])
O(['a'])
O().update(1, 2)
O().update(5)
!o = O(a=1); o.update([('b', 2)], c=3); o.update({'d': 4}); o.update(O(e=5)); o.update(); o.update(a=0)
o, list(o), list(o.keys()), list(o.values()), list(o.items())
o.keys(), o.values(), o.items(), type(o.keys()).__mro__, type(o.values()).__name__, type(o.items()).__name__
type(iter(o)), type(reversed(o)), type(iter(o.items())), list(reversed(o)), list(reversed(o.items())), list(reversed(o.values()))
o.keys() & {'a', 'z'}, sorted(o.keys() - {'a'}), ('a', 0) in o.items(), 0 in o.values(), len(o.keys())
!m = O.fromkeys('abcde')
m.move_to_end('b') or m.move_to_end('e', last=False) or m.move_to_end('c', False) or list(m)
m.move_to_end('zz')
m.move_to_end()
m.move_to_end('a', False, 3)
O(a=1).move_to_end(key='a', last=False)
m.popitem(), m.popitem(last=False), m.popitem(False), list(m)
O().popitem()
O().popitem(last=False)
O(a=1).popitem(True, 1)
O(a=1).pop('a'), O(a=1).pop('z', 3), O(a=1).pop(key='a'), O(a=1).pop('z', default=3)
O().pop('x')
O(a=1).pop()
O(a=1).pop('a', 1, 2)
O(a=1).setdefault('b'), O(a=1).setdefault('a', 5), O(a=1).setdefault(key='c', default=3)
O(a=1).setdefault()
O(a=1, b=2) == O(b=2, a=1), O(a=1, b=2) == dict(b=2, a=1), O(a=1, b=2) != O(b=2, a=1), O(a=1) == O(a=1), O(a=1) != O(a=2)
dict(b=2, a=1) == O(a=1, b=2), O(a=1) == 5, O(a=1) != [1]
O(a=1) < O(b=1)
hash(O())
O(a=1) | {'b': 2}, {'b': 2} | O(a=1), O(a=1) | O(a=2), type({} | O()), O(a=1) | dict(a=3)
O(a=1) | 5
5 | O(a=1)
!p = O(a=1); p |= {'b': 2}; p |= [('c', 3)]
p, type(p)
O().__reduce__()[:4], list(O(a=1).__reduce__()[4]), O.fromkeys('ab', 0), type(O.fromkeys('a'))
O(a=1).copy(), type(O().copy()), O(a=1).copy() == O(a=1)
!q = O(a=1); q.x = 5
q.__dict__, q.__reduce__()[:3], q.x
!r = O(a=1); r['self'] = r
repr(r)
O.__name__, O.__module__, O.__qualname__, O.__doc__, O.__base__, O.__mro__
'__module__' in O.__dict__, O.keys, O.move_to_end.__doc__.splitlines()[0]
!def mut(f):
!    o = O(a=1, b=2)
!    for k in o: f(o)
mut(lambda o: o.__setitem__('c', 3))
mut(lambda o: o.move_to_end('a'))
mut(lambda o: o.pop('b'))
mut(lambda o: o.__setitem__('a', 3))
!it = iter(O(a=1, b=2))
next(it), list(it), list(it)
!class S(O):
!    def __setitem__(self, k, v):
!        super().__setitem__(k, v)
!        self.move_to_end(k)
!s = S([('a', 1), ('b', 2)]); s['a'] = 3; s.update(b=4)
s, list(s), S(a=1).copy(), type(S().copy()), S(a=1) | {'b': 1}, S(a=1).__reduce__()[:4]
!class L(O):
!    def __init__(self, cap): super().__init__(); self.cap = cap
!    def get(self, k):
!        if k not in self: return None
!        self.move_to_end(k); return self[k]
!    def put(self, k, v):
!        self[k] = v; self.move_to_end(k)
!        if len(self) > self.cap: self.popitem(last=False)
!lru = L(2); lru.put(1, 1); lru.put(2, 2); lru.get(1); lru.put(3, 3)
lru, lru.get(2), lru.cap
!class P(O):
!    def __getitem__(self, k): return 'P' + str(super().__getitem__(k))
!    def __delitem__(self, k): self.deleted = k; super().__delitem__(k)
!pp = P(a=1, b=2)
pp.pop('a'), hasattr(pp, 'deleted'), pp.popitem(), pp.setdefault('z', 9), dict(pp), pp.pop('q', 0)
O[int, str], P.fromkeys('ab'), pp.copy(), repr(pp), O([(1, 2)]).get(1), 1 in O([(1, 2)]), len(O(a=1)), O(a=1)['a']
O()['x']
