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
# generated: random OrderedDict operations
!def runod(ops):
!    o, res = O(), []
!    for op, k, v in ops:
!        try:
!            if op == 'set': o[k] = v
!            elif op == 'del': del o[k]
!            elif op == 'mte': o.move_to_end(k)
!            elif op == 'mtf': o.move_to_end(k, last=False)
!            elif op == 'popl': res.append(o.popitem())
!            elif op == 'popf': res.append(o.popitem(last=False))
!            elif op == 'pop': res.append(o.pop(k, None))
!            elif op == 'sd': res.append(o.setdefault(k, v))
!            elif op == 'upd': o.update({k: v, 'z': v})
!            elif op == 'rev': res.append(list(reversed(o)))
!            elif op == 'eq': res.append((o == O(o), o == O(reversed(o.items())), o == dict(o)))
!        except KeyError as e:
!            res.append(('KeyError', e.args))
!    return list(o.items()), res, repr(o)
runod([('sd', 'g', 7), ('sd', 'd', 9), ('del', 'b', 8), ('rev', 'd', 9), ('del', 'g', 1), ('mtf', 'd', 2), ('sd', 'a', 0), ('popf', 'e', 7), ('eq', 'f', 9), ('del', 'f', 9), ('sd', 'a', 1), ('set', 'a', 3), ('upd', 'b', 0), ('pop', 'g', 5), ('upd', 'd', 3), ('mte', 'e', 4), ('set', 'd', 1), ('rev', 'd', 4), ('sd', 'd', 1)])
runod([('popl', 'c', 3), ('mtf', 'e', 0), ('upd', 'a', 1), ('set', 'd', 4), ('set', 'd', 0), ('rev', 'g', 0), ('mte', 'b', 0), ('popf', 'd', 6), ('set', 'd', 9), ('mte', 'f', 4), ('set', 'c', 4), ('set', 'c', 6), ('set', 'g', 2), ('eq', 'b', 1), ('set', 'a', 7), ('pop', 'g', 2), ('sd', 'f', 3), ('sd', 'd', 3), ('del', 'f', 6), ('popf', 'f', 1), ('popf', 'd', 3), ('mtf', 'a', 9), ('set', 'c', 3), ('popf', 'b', 9), ('upd', 'f', 1), ('del', 'a', 3), ('mtf', 'd', 0)])
runod([('popl', 'e', 4), ('set', 'd', 1), ('mte', 'a', 9), ('mte', 'f', 0), ('popl', 'e', 5), ('pop', 'e', 2), ('pop', 'e', 9), ('popf', 'b', 2), ('del', 'f', 4), ('upd', 'b', 3), ('mte', 'f', 2), ('rev', 'f', 8), ('rev', 'b', 6), ('upd', 'd', 1), ('set', 'd', 1), ('set', 'a', 8), ('mte', 'c', 6), ('popf', 'c', 9), ('mtf', 'd', 8), ('eq', 'b', 1), ('mte', 'b', 7), ('rev', 'e', 9), ('set', 'e', 4), ('mte', 'b', 0), ('mtf', 'a', 6), ('mte', 'd', 0), ('del', 'a', 4), ('sd', 'c', 9), ('set', 'b', 5)])
runod([('popl', 'd', 8), ('del', 'e', 9), ('set', 'a', 7), ('eq', 'c', 4), ('set', 'a', 9), ('set', 'f', 7), ('eq', 'a', 4), ('del', 'c', 1), ('pop', 'a', 8)])
runod([('set', 'f', 2), ('popl', 'g', 5), ('rev', 'a', 7), ('popf', 'a', 0), ('pop', 'g', 9), ('upd', 'a', 6), ('upd', 'd', 0), ('set', 'e', 1), ('rev', 'a', 1), ('popf', 'c', 5), ('eq', 'd', 9), ('pop', 'd', 7), ('sd', 'g', 1), ('sd', 'e', 0), ('upd', 'c', 1), ('set', 'd', 3)])
runod([('pop', 'a', 9), ('pop', 'f', 4), ('popl', 'a', 4), ('rev', 'b', 9), ('sd', 'b', 2), ('popl', 'g', 7), ('mte', 'd', 5), ('rev', 'd', 4), ('rev', 'b', 6), ('mte', 'g', 3), ('mte', 'd', 9), ('mte', 'c', 2), ('pop', 'b', 5), ('set', 'g', 1), ('del', 'c', 1), ('pop', 'd', 4), ('popf', 'b', 6), ('sd', 'f', 7), ('popl', 'f', 9), ('popl', 'd', 1), ('set', 'g', 4), ('upd', 'g', 0), ('eq', 'f', 4), ('popl', 'e', 4), ('upd', 'f', 0), ('del', 'f', 6), ('mte', 'd', 0)])
runod([('mtf', 'g', 3), ('del', 'g', 0), ('set', 'f', 7), ('rev', 'a', 8), ('rev', 'f', 5), ('rev', 'a', 3), ('pop', 'b', 4), ('eq', 'b', 0), ('pop', 'g', 8), ('set', 'f', 2), ('mtf', 'b', 5), ('eq', 'e', 8), ('upd', 'e', 2), ('eq', 'd', 3), ('popf', 'a', 6), ('pop', 'b', 7), ('rev', 'b', 0), ('sd', 'd', 9), ('sd', 'f', 5), ('popl', 'd', 3), ('eq', 'a', 1), ('mte', 'b', 6), ('mtf', 'a', 8), ('popl', 'g', 4), ('set', 'f', 5), ('set', 'e', 0), ('popl', 'd', 8), ('mtf', 'd', 7), ('mte', 'a', 1)])
runod([('set', 'g', 2), ('popl', 'e', 2), ('del', 'd', 8), ('sd', 'f', 7), ('upd', 'd', 1), ('mte', 'g', 7), ('sd', 'e', 4), ('eq', 'g', 8), ('del', 'f', 8), ('sd', 'e', 4), ('rev', 'c', 6), ('upd', 'g', 3), ('del', 'c', 8), ('mtf', 'e', 9), ('mte', 'd', 6), ('set', 'e', 8), ('upd', 'a', 6), ('sd', 'a', 0)])
runod([('sd', 'd', 9), ('pop', 'a', 1), ('del', 'f', 1), ('pop', 'e', 6), ('popf', 'g', 4), ('pop', 'b', 7), ('popl', 'b', 6), ('pop', 'g', 8), ('set', 'c', 3), ('upd', 'd', 0), ('del', 'c', 0), ('mte', 'a', 2), ('set', 'b', 4), ('eq', 'c', 5), ('upd', 'b', 7), ('pop', 'a', 9), ('sd', 'a', 9), ('eq', 'c', 3), ('sd', 'f', 6), ('popf', 'a', 6), ('sd', 'g', 9)])
runod([('mte', 'e', 8), ('mte', 'f', 8), ('sd', 'b', 9), ('del', 'e', 3), ('rev', 'f', 5), ('popl', 'b', 9), ('mte', 'c', 3), ('mte', 'g', 1), ('mte', 'b', 2), ('set', 'f', 4)])
runod([('popf', 'a', 6), ('eq', 'e', 2), ('popf', 'b', 0), ('mte', 'a', 9), ('popl', 'f', 5), ('eq', 'a', 8), ('popl', 'f', 8), ('mte', 'f', 1), ('set', 'd', 0), ('sd', 'a', 9), ('upd', 'e', 7), ('mte', 'b', 2), ('mte', 'a', 2), ('del', 'g', 4), ('set', 'f', 9), ('del', 'a', 7), ('set', 'a', 5)])
runod([('popf', 'd', 8), ('popf', 'c', 3), ('popl', 'e', 0), ('eq', 'f', 0), ('mte', 'g', 2), ('pop', 'd', 5), ('popl', 'f', 6), ('upd', 'b', 2), ('sd', 'a', 0), ('set', 'c', 6), ('upd', 'e', 3), ('upd', 'e', 5), ('mtf', 'g', 4), ('eq', 'a', 2), ('popf', 'g', 2), ('sd', 'c', 5), ('popf', 'g', 2)])
runod([('eq', 'b', 2), ('popl', 'a', 4), ('set', 'd', 0), ('rev', 'c', 9), ('mte', 'a', 4), ('mtf', 'f', 5), ('rev', 'b', 6), ('del', 'e', 8), ('popf', 'a', 8), ('rev', 'd', 3), ('set', 'f', 6), ('set', 'e', 1), ('set', 'e', 3), ('pop', 'c', 6), ('set', 'e', 3), ('popf', 'f', 0), ('mtf', 'a', 4)])
runod([('sd', 'c', 8), ('popf', 'e', 8), ('set', 'e', 7), ('rev', 'g', 1), ('upd', 'e', 0), ('del', 'd', 6), ('del', 'd', 7), ('upd', 'e', 9), ('popf', 'a', 7), ('mtf', 'd', 8), ('upd', 'd', 4), ('sd', 'c', 4), ('rev', 'd', 4)])
runod([('rev', 'c', 4), ('set', 'a', 3), ('set', 'e', 2), ('rev', 'd', 6), ('popl', 'a', 6), ('upd', 'a', 5), ('mte', 'a', 6), ('pop', 'f', 4), ('mte', 'g', 0), ('set', 'e', 7), ('mte', 'b', 9), ('set', 'f', 0), ('popf', 'e', 7), ('mte', 'a', 0), ('sd', 'c', 2), ('popl', 'a', 7), ('rev', 'b', 6), ('upd', 'd', 4), ('upd', 'f', 6), ('eq', 'c', 8), ('del', 'g', 4), ('del', 'f', 3)])
runod([('sd', 'a', 4), ('sd', 'g', 9), ('popl', 'g', 4), ('upd', 'c', 9), ('upd', 'f', 3), ('mtf', 'f', 3), ('mte', 'b', 8), ('mte', 'f', 0), ('set', 'f', 0), ('mtf', 'c', 6), ('upd', 'a', 0), ('mte', 'a', 8), ('set', 'c', 1), ('del', 'f', 8), ('rev', 'b', 5), ('pop', 'd', 5), ('popl', 'b', 5), ('eq', 'd', 2), ('set', 'g', 1), ('upd', 'd', 3)])
runod([('eq', 'd', 4), ('del', 'd', 5), ('rev', 'b', 9), ('mtf', 'c', 8), ('eq', 'g', 2), ('rev', 'd', 5), ('set', 'e', 7), ('set', 'c', 8), ('popf', 'a', 9), ('pop', 'e', 7), ('set', 'c', 1), ('mte', 'c', 9), ('eq', 'a', 4), ('eq', 'd', 5), ('del', 'c', 3), ('rev', 'c', 5), ('set', 'c', 5), ('pop', 'f', 9), ('rev', 'e', 4)])
runod([('mtf', 'e', 7), ('mte', 'c', 6), ('sd', 'f', 3), ('popl', 'a', 5), ('popl', 'a', 6), ('popf', 'e', 3), ('upd', 'f', 5), ('popf', 'g', 8), ('upd', 'b', 9), ('del', 'b', 1), ('pop', 'g', 4), ('set', 'g', 3), ('set', 'e', 8), ('upd', 'b', 4), ('rev', 'a', 6), ('upd', 'a', 8), ('sd', 'c', 1), ('set', 'c', 4), ('set', 'f', 5)])
runod([('rev', 'a', 2), ('eq', 'a', 6), ('eq', 'b', 3), ('sd', 'd', 5), ('pop', 'g', 6), ('popl', 'c', 5), ('del', 'f', 7)])
runod([('eq', 'e', 1), ('upd', 'f', 0), ('rev', 'd', 5), ('set', 'g', 6), ('set', 'g', 7), ('rev', 'e', 0), ('popl', 'e', 0), ('set', 'g', 6), ('del', 'd', 3), ('del', 'f', 6), ('del', 'f', 5), ('popf', 'b', 6), ('mtf', 'e', 4), ('pop', 'a', 4), ('set', 'f', 4), ('del', 'f', 2), ('pop', 'a', 0), ('pop', 'e', 0), ('set', 'c', 3), ('popl', 'b', 3)])
runod([('upd', 'b', 7), ('sd', 'e', 3), ('del', 'd', 4), ('del', 'd', 4), ('sd', 'f', 8), ('mtf', 'd', 7), ('popl', 'd', 8), ('set', 'g', 7), ('mte', 'g', 6), ('mte', 'a', 2), ('popf', 'g', 8), ('sd', 'g', 4), ('set', 'g', 3), ('pop', 'a', 5), ('mte', 'd', 6), ('del', 'e', 6), ('popl', 'b', 2), ('sd', 'c', 2), ('eq', 'f', 9), ('sd', 'c', 8), ('del', 'a', 9), ('del', 'g', 0), ('del', 'b', 2)])
runod([('mtf', 'c', 9), ('sd', 'f', 1), ('eq', 'd', 7), ('eq', 'a', 9), ('sd', 'e', 4), ('mte', 'a', 6), ('rev', 'b', 1)])
runod([('set', 'b', 8), ('sd', 'd', 7), ('mtf', 'b', 5), ('popf', 'c', 1), ('mtf', 'e', 7), ('eq', 'f', 1), ('set', 'c', 2), ('rev', 'a', 6), ('pop', 'f', 1), ('pop', 'f', 0), ('popf', 'g', 7), ('mtf', 'b', 9), ('pop', 'a', 0), ('eq', 'g', 3), ('del', 'e', 4), ('popf', 'f', 8), ('mtf', 'f', 5), ('popf', 'g', 8), ('set', 'f', 4)])
runod([('popf', 'b', 1), ('mtf', 'c', 4), ('pop', 'e', 5), ('popf', 'd', 1), ('del', 'a', 9), ('del', 'a', 2), ('mte', 'b', 6), ('pop', 'a', 9), ('set', 'f', 1), ('set', 'b', 2), ('popf', 'a', 6)])
runod([('popl', 'a', 6), ('del', 'e', 3), ('del', 'g', 6), ('popl', 'd', 6), ('set', 'e', 6), ('eq', 'e', 5), ('mte', 'g', 9), ('set', 'e', 4), ('mte', 'c', 5), ('rev', 'c', 7), ('sd', 'a', 6), ('sd', 'b', 5), ('mtf', 'g', 1), ('eq', 'e', 2), ('sd', 'c', 4), ('mte', 'e', 5), ('sd', 'e', 8), ('upd', 'b', 3), ('eq', 'e', 3), ('set', 'e', 3), ('set', 'g', 2), ('pop', 'b', 9), ('eq', 'd', 5), ('set', 'c', 5), ('pop', 'c', 1), ('eq', 'd', 2), ('upd', 'b', 8), ('sd', 'e', 1), ('mtf', 'e', 2)])
runod([('popl', 'g', 9), ('set', 'b', 0), ('rev', 'c', 5), ('upd', 'b', 5), ('del', 'g', 2), ('sd', 'e', 1), ('set', 'd', 6), ('rev', 'b', 2), ('rev', 'c', 6), ('upd', 'e', 0), ('mte', 'b', 6), ('set', 'd', 2), ('popf', 'e', 1), ('popf', 'e', 2), ('sd', 'c', 2), ('mte', 'c', 9), ('set', 'c', 0), ('rev', 'f', 2), ('pop', 'd', 9), ('pop', 'a', 5), ('upd', 'd', 9), ('popf', 'g', 4), ('pop', 'd', 6), ('popf', 'g', 1), ('set', 'e', 8), ('sd', 'c', 8), ('popf', 'd', 0), ('set', 'c', 4)])
runod([('popf', 'e', 6), ('popl', 'e', 4), ('set', 'e', 3), ('pop', 'a', 3), ('popf', 'e', 0), ('eq', 'd', 1), ('mte', 'e', 8), ('rev', 'c', 6), ('set', 'b', 5), ('sd', 'g', 6), ('del', 'e', 3), ('eq', 'f', 6), ('set', 'e', 1), ('sd', 'a', 2), ('sd', 'a', 9), ('set', 'd', 4), ('eq', 'b', 4), ('popl', 'a', 2), ('pop', 'a', 7), ('sd', 'g', 6), ('popl', 'b', 9), ('set', 'b', 4), ('pop', 'a', 5), ('popl', 'c', 7), ('pop', 'b', 3), ('mtf', 'b', 0), ('popl', 'b', 5), ('set', 'd', 2)])
runod([('sd', 'f', 3), ('rev', 'e', 3), ('set', 'b', 1), ('eq', 'c', 5), ('popf', 'c', 2), ('eq', 'c', 7), ('set', 'd', 2), ('mtf', 'b', 1), ('eq', 'f', 3), ('del', 'c', 3), ('rev', 'e', 4), ('mtf', 'g', 5), ('rev', 'g', 8), ('upd', 'a', 8), ('mtf', 'b', 2), ('mte', 'f', 4), ('rev', 'b', 1), ('set', 'd', 7), ('set', 'e', 8), ('set', 'a', 9), ('mtf', 'e', 8), ('popf', 'c', 9), ('del', 'a', 4), ('mte', 'g', 3), ('mtf', 'b', 8)])
runod([('del', 'b', 0), ('pop', 'e', 9), ('set', 'd', 7), ('del', 'a', 1), ('rev', 'e', 5)])
runod([('pop', 'f', 0), ('mtf', 'e', 8), ('rev', 'g', 8), ('sd', 'f', 2), ('del', 'e', 1), ('popf', 'e', 3), ('pop', 'f', 8), ('mtf', 'g', 3), ('pop', 'c', 8), ('upd', 'b', 9), ('mtf', 'd', 0), ('upd', 'b', 0), ('pop', 'e', 2), ('del', 'c', 9), ('upd', 'a', 7)])
runod([('pop', 'e', 4), ('set', 'g', 1), ('del', 'a', 9), ('sd', 'f', 9), ('eq', 'g', 3), ('del', 'e', 0), ('popf', 'c', 0), ('popl', 'f', 9), ('sd', 'f', 4), ('upd', 'g', 7), ('rev', 'a', 8), ('popf', 'b', 4), ('del', 'b', 7), ('rev', 'f', 9), ('pop', 'g', 0), ('popf', 'c', 7), ('eq', 'c', 3), ('set', 'f', 2)])
runod([('upd', 'g', 2), ('eq', 'b', 7), ('eq', 'e', 0), ('mte', 'a', 6), ('del', 'e', 1), ('sd', 'd', 4), ('popf', 'd', 1), ('rev', 'a', 9), ('mtf', 'b', 4), ('sd', 'a', 3), ('pop', 'd', 1), ('popl', 'b', 4), ('upd', 'c', 3), ('del', 'a', 6), ('rev', 'e', 0), ('popl', 'f', 9), ('upd', 'f', 2), ('popf', 'd', 3), ('popf', 'd', 0), ('popf', 'b', 5)])
runod([('sd', 'b', 2), ('mte', 'd', 6), ('upd', 'b', 7), ('mtf', 'g', 7), ('pop', 'd', 2), ('pop', 'g', 3), ('popf', 'e', 6), ('set', 'a', 4), ('mtf', 'c', 9), ('sd', 'a', 2), ('mtf', 'f', 8), ('upd', 'd', 3)])
runod([('popl', 'a', 0), ('eq', 'b', 5), ('mte', 'b', 1), ('popl', 'a', 6), ('set', 'd', 6), ('mtf', 'c', 8), ('set', 'f', 4), ('upd', 'd', 3), ('set', 'd', 3), ('sd', 'b', 9), ('set', 'b', 3), ('popf', 'c', 6), ('sd', 'd', 2)])
runod([('sd', 'f', 4), ('eq', 'c', 7), ('popf', 'f', 2), ('mtf', 'b', 8), ('pop', 'f', 6), ('popf', 'b', 8), ('popl', 'g', 3), ('mtf', 'a', 5), ('upd', 'c', 3), ('set', 'b', 0), ('rev', 'f', 7), ('set', 'e', 4), ('rev', 'f', 1), ('mte', 'g', 8), ('popl', 'f', 1), ('popl', 'g', 3), ('rev', 'g', 4), ('popf', 'a', 1), ('pop', 'd', 0), ('popf', 'd', 5), ('pop', 'c', 4)])
runod([('popf', 'b', 3), ('del', 'd', 5), ('eq', 'f', 3), ('set', 'e', 5), ('del', 'd', 7), ('mtf', 'e', 8), ('eq', 'c', 0), ('set', 'd', 5), ('popf', 'a', 4), ('popf', 'a', 7), ('upd', 'g', 4), ('eq', 'd', 5)])
runod([('set', 'a', 0), ('popl', 'c', 5), ('mtf', 'e', 4), ('rev', 'g', 2), ('pop', 'f', 6), ('popl', 'e', 5), ('upd', 'a', 3), ('set', 'g', 0), ('sd', 'e', 6), ('popf', 'e', 1), ('set', 'c', 7), ('popf', 'd', 6), ('del', 'a', 8)])
runod([('pop', 'c', 5), ('set', 'd', 2), ('mte', 'e', 4), ('mtf', 'b', 3), ('sd', 'b', 0), ('popf', 'e', 0), ('sd', 'b', 7), ('rev', 'g', 8), ('upd', 'a', 8), ('eq', 'g', 5), ('popl', 'c', 1), ('popl', 'a', 3), ('popf', 'f', 2)])
runod([('del', 'g', 2), ('upd', 'c', 7), ('upd', 'g', 4), ('popf', 'c', 4), ('eq', 'c', 8), ('mte', 'd', 3), ('popl', 'c', 2), ('eq', 'e', 2), ('set', 'a', 1), ('mtf', 'f', 1), ('pop', 'g', 8)])
runod([('pop', 'f', 0), ('upd', 'b', 6), ('pop', 'g', 0), ('mtf', 'c', 6), ('eq', 'e', 6), ('eq', 'c', 4), ('eq', 'c', 5), ('popl', 'b', 3), ('upd', 'g', 2), ('popf', 'e', 2), ('eq', 'e', 4), ('del', 'g', 2), ('popf', 'b', 9), ('mtf', 'f', 3), ('del', 'f', 0), ('upd', 'd', 2), ('eq', 'c', 4), ('mtf', 'd', 6), ('rev', 'd', 2), ('del', 'a', 1), ('set', 'g', 3), ('popl', 'c', 8), ('set', 'g', 6), ('set', 'c', 8), ('pop', 'g', 2), ('set', 'c', 4), ('rev', 'd', 4), ('popf', 'b', 9), ('del', 'd', 9)])
# generated: random deque operations
!def rundq(ops, maxlen):
!    d, res = deque([0, 1, 2], maxlen), []
!    for op, i, v in ops:
!        try:
!            if op == 'app': d.append(v)
!            elif op == 'appl': d.appendleft(v)
!            elif op == 'pop': res.append(d.pop())
!            elif op == 'popl': res.append(d.popleft())
!            elif op == 'rot': d.rotate(i)
!            elif op == 'ins': d.insert(i, v)
!            elif op == 'del': del d[i]
!            elif op == 'rem': d.remove(v)
!            elif op == 'idx': res.append(d.index(v, i))
!            elif op == 'cnt': res.append(d.count(v))
!            elif op == 'ext': d.extend(range(v))
!            elif op == 'extl': d.extendleft(range(v))
!            elif op == 'set': d[i] = v
!            elif op == 'get': res.append(d[i])
!            elif op == 'rev': d.reverse()
!            elif op == 'mul': d *= v
!        except (IndexError, ValueError) as e:
!            res.append((type(e).__name__, str(e)))
!    return d, res
rundq([('get', 6, 2), ('extl', -2, 1), ('idx', -5, 0), ('rem', 0, 3), ('idx', 2, 2), ('set', -4, 0), ('rot', 6, 1), ('rot', 5, 1), ('ext', 2, 0), ('pop', -2, 3), ('pop', 2, 3), ('rot', 4, 3), ('ext', -6, 3), ('extl', 3, 0), ('extl', -6, 3), ('extl', 3, 0), ('set', -3, 0), ('del', -3, 2), ('appl', -2, 0), ('idx', -3, 1), ('idx', 4, 2), ('extl', -1, 1), ('ext', -5, 2), ('ext', -6, 0), ('extl', -6, 3), ('idx', 1, 0), ('del', -2, 2), ('pop', 5, 3), ('app', 3, 1), ('set', 1, 3), ('ins', -3, 2), ('rot', 4, 0), ('del', -6, 2), ('ext', 6, 2), ('appl', -4, 3), ('pop', 5, 2), ('idx', 4, 3), ('mul', -5, 0)], 3)
rundq([('rem', 2, 2), ('ins', 6, 2), ('appl', 5, 3), ('set', 1, 1), ('get', 2, 3), ('pop', 1, 1), ('rem', 1, 2), ('del', -1, 0), ('get', -6, 2), ('ins', 2, 1), ('ext', -1, 1), ('del', -2, 3), ('extl', 1, 0), ('popl', 2, 0), ('del', 3, 1), ('rev', 1, 3), ('rot', 2, 3), ('rev', -6, 2), ('idx', -4, 0), ('rev', -1, 2)], None)
rundq([('idx', -5, 0), ('app', -5, 3), ('cnt', 3, 1), ('popl', 6, 0), ('rev', 2, 1), ('app', 0, 0), ('get', -6, 0), ('del', 2, 2)], 0)
rundq([('extl', 2, 3), ('set', -6, 2), ('pop', 6, 0), ('cnt', -1, 2), ('popl', -1, 1), ('rem', 1, 2), ('rev', -5, 2), ('rem', -5, 3), ('cnt', 4, 1), ('mul', -1, 1), ('del', 2, 1), ('cnt', -5, 3), ('rev', 2, 3), ('rot', 4, 1), ('ins', 3, 2), ('mul', 6, 2), ('get', -5, 1), ('ins', 5, 1), ('rem', 0, 2), ('rev', 6, 1), ('cnt', -3, 3), ('idx', 2, 1), ('extl', -6, 0), ('ext', 1, 0), ('get', -5, 3), ('rem', -4, 0), ('cnt', -5, 2)], 0)
rundq([('ext', -4, 1), ('idx', -2, 3), ('ext', 3, 1), ('get', -5, 2), ('rem', -3, 1), ('extl', 5, 3), ('set', -2, 0), ('cnt', 0, 1), ('ext', -6, 0), ('appl', -1, 3), ('set', 0, 2), ('cnt', 1, 1), ('get', -3, 1), ('del', -1, 1), ('rem', 6, 3), ('pop', 1, 1), ('extl', 5, 1), ('mul', 5, 3), ('pop', -4, 1), ('get', 6, 3), ('rem', 4, 3), ('set', 1, 2), ('rem', -1, 3), ('del', -4, 3), ('app', 1, 0), ('get', 4, 3), ('popl', -4, 3), ('app', -2, 3), ('rot', -3, 1), ('idx', -4, 0), ('popl', -2, 3), ('appl', -5, 2), ('idx', 2, 2), ('set', 2, 2)], 3)
rundq([('app', 5, 2), ('pop', 5, 0), ('idx', -2, 2), ('mul', -3, 0), ('appl', -1, 2), ('mul', 1, 2), ('mul', -1, 1)], None)
rundq([('extl', 2, 1), ('set', -5, 0), ('appl', 5, 3), ('popl', 4, 3), ('rot', 4, 1), ('rev', -6, 2), ('app', 3, 0), ('popl', -4, 3), ('rem', -2, 2), ('cnt', 3, 2), ('app', 0, 0), ('set', -6, 3)], None)
rundq([('ext', 5, 3), ('appl', 1, 0), ('rev', -2, 0), ('rot', 6, 0), ('ext', 4, 0), ('rot', 3, 1), ('cnt', 5, 3), ('pop', -5, 3), ('appl', 1, 3), ('get', 6, 2), ('rem', 3, 3), ('rot', 6, 1), ('ext', -3, 2), ('mul', -1, 1), ('popl', -3, 3), ('del', 1, 3), ('extl', 0, 0), ('del', -5, 1), ('app', -2, 0), ('idx', 5, 2), ('get', 0, 0), ('app', -6, 2), ('ext', 6, 1), ('extl', 3, 2), ('rem', -2, 3)], 1)
rundq([('rot', -6, 1), ('rev', 2, 1), ('rev', 3, 0), ('app', -4, 3), ('set', 4, 3), ('popl', -2, 1), ('del', -4, 0), ('rev', -1, 1), ('mul', -3, 3), ('extl', -2, 3), ('mul', -5, 1), ('popl', -3, 3)], None)
rundq([('popl', -2, 2), ('ext', 1, 2), ('set', -6, 3), ('idx', 5, 1), ('del', -3, 0), ('appl', -1, 0), ('appl', -3, 2), ('ext', -3, 1), ('ins', -4, 0), ('mul', -6, 3), ('get', 0, 2), ('rev', 3, 0), ('app', -5, 0), ('ins', -2, 3), ('appl', -4, 2), ('ins', 6, 2), ('ins', 5, 2), ('ext', 1, 1), ('rev', -2, 3), ('del', -4, 3), ('cnt', 1, 2), ('appl', 5, 2), ('rot', -1, 0), ('app', 5, 2)], None)
rundq([('extl', 3, 0), ('del', -5, 2), ('ins', 1, 3), ('ext', -4, 3), ('mul', -3, 1), ('get', -6, 1), ('del', 6, 0), ('get', 3, 1), ('mul', -2, 2), ('ins', -1, 3)], None)
rundq([('idx', -2, 0), ('mul', -2, 3), ('set', 6, 0), ('ins', 0, 2), ('app', -3, 0), ('mul', -2, 0), ('extl', -2, 2), ('cnt', 5, 1), ('appl', -3, 0), ('mul', -5, 3), ('appl', 0, 2), ('rem', 6, 2), ('idx', 2, 2), ('appl', -6, 2), ('extl', -6, 1), ('rot', 4, 3), ('appl', -1, 0), ('extl', -6, 1), ('cnt', 2, 2), ('del', 2, 0), ('extl', 0, 0), ('idx', 6, 2), ('set', 2, 1), ('rot', -2, 0), ('ins', 1, 2)], None)
rundq([('pop', -6, 1), ('del', 6, 1), ('extl', 2, 2), ('mul', -6, 0), ('get', 2, 3), ('ins', -5, 2), ('mul', 0, 0), ('get', 1, 1), ('app', -5, 0), ('idx', -1, 1), ('ins', 4, 1), ('set', 5, 0), ('idx', 4, 1), ('del', -2, 1), ('extl', 2, 1)], 3)
rundq([('pop', -5, 3), ('cnt', 4, 3), ('get', -1, 1), ('rem', -3, 2), ('idx', 0, 2), ('ins', -3, 3), ('ext', -3, 2), ('app', -3, 2), ('extl', 4, 2), ('rev', -1, 3), ('set', -2, 1), ('del', -6, 2), ('get', -1, 1), ('ins', -1, 3), ('appl', -3, 1), ('del', 4, 1), ('popl', -5, 3), ('ext', 5, 0), ('rem', -4, 1), ('extl', -2, 0), ('del', -1, 3), ('pop', 6, 2), ('ext', -5, 3), ('extl', -1, 1)], None)
rundq([('rot', 5, 3), ('get', -6, 0), ('ins', 0, 0), ('appl', 3, 0), ('ext', 2, 3), ('ins', 3, 2), ('extl', -2, 0), ('app', 0, 3), ('ins', -6, 2), ('rem', -4, 0), ('ins', 4, 0), ('get', 1, 1), ('appl', -1, 0), ('rem', -6, 0), ('app', 3, 1), ('pop', -1, 1), ('ext', 2, 0), ('appl', 1, 1), ('ins', -4, 3), ('pop', 2, 0), ('ext', 6, 1), ('ext', -3, 2), ('mul', 6, 1), ('del', -3, 3), ('rot', -4, 3)], 1)
rundq([('set', -5, 0), ('set', -4, 2), ('cnt', -5, 0), ('del', 5, 1), ('app', 0, 1), ('ins', -4, 1), ('extl', -1, 0), ('cnt', 0, 2), ('appl', 4, 2), ('mul', -2, 1), ('rem', 2, 0), ('appl', 3, 2), ('extl', 4, 3), ('get', 0, 1), ('appl', -3, 3), ('appl', 1, 2), ('appl', -5, 2), ('set', -4, 2), ('appl', -5, 3), ('del', 5, 0), ('get', -2, 2), ('app', -1, 2), ('mul', 4, 0), ('cnt', 0, 3), ('cnt', -5, 1), ('idx', 5, 1), ('rem', 0, 2), ('rot', -4, 2), ('pop', -5, 2), ('ins', 4, 1), ('ext', 2, 2), ('get', 3, 1), ('del', 0, 0), ('set', -6, 3), ('rev', 2, 2), ('set', 1, 1)], 1)
rundq([('mul', -1, 0), ('cnt', -3, 1), ('appl', -5, 3), ('get', 0, 2), ('del', 6, 2), ('set', -3, 3), ('del', 2, 1), ('get', -4, 2), ('del', -4, 3), ('del', -6, 3), ('extl', 4, 1), ('cnt', 4, 2), ('ext', -3, 3), ('appl', -4, 3), ('rev', 6, 2), ('rot', -3, 2), ('mul', 0, 1), ('app', -2, 3), ('cnt', 6, 0), ('get', -4, 2), ('rem', 4, 2), ('del', -5, 2), ('rev', -2, 1), ('get', 0, 0)], 5)
rundq([('popl', -1, 0), ('app', 3, 1), ('rev', -5, 1), ('rev', -1, 2), ('mul', 1, 3), ('popl', 4, 0), ('ins', -6, 0), ('pop', 6, 2), ('get', 6, 3), ('pop', 3, 3), ('idx', 1, 2), ('idx', -2, 3), ('popl', 4, 2), ('cnt', 0, 3), ('idx', -1, 0), ('appl', 6, 2), ('app', -4, 3), ('rev', 2, 0), ('get', 1, 0), ('ins', 2, 1), ('rem', -1, 2), ('extl', 3, 1), ('mul', 0, 2)], 0)
rundq([('ins', -2, 0), ('appl', 0, 3), ('idx', -2, 3), ('rem', 0, 2), ('ext', -5, 3), ('pop', -3, 2), ('rem', -3, 2), ('get', 3, 2), ('popl', 6, 1), ('set', -6, 3), ('app', 2, 0), ('set', -6, 2), ('rev', 3, 1), ('app', -3, 2), ('app', 0, 3), ('get', 3, 0), ('mul', 3, 3), ('mul', 5, 0), ('cnt', -3, 1), ('app', 0, 1), ('extl', -1, 3), ('get', -2, 0), ('appl', 4, 3), ('app', -2, 1), ('rem', -5, 0), ('rem', -6, 0), ('appl', 2, 3), ('get', -6, 3), ('idx', 0, 1), ('cnt', -2, 0)], None)
rundq([('del', -5, 0), ('ins', -5, 3), ('ins', -3, 3), ('set', 0, 2), ('app', -6, 0), ('get', 3, 0), ('extl', 6, 2), ('rem', 4, 1), ('del', 5, 3), ('set', -5, 3), ('del', 0, 0), ('mul', 6, 1), ('rot', -1, 1), ('popl', 4, 2), ('cnt', 4, 0), ('appl', 1, 3), ('pop', -4, 2), ('ext', 4, 3), ('set', -4, 0), ('app', 6, 3), ('rem', 3, 0), ('ins', -4, 3), ('rem', -2, 3), ('rot', 3, 0), ('ext', -3, 3), ('rem', -2, 2), ('mul', 0, 3), ('del', 5, 1), ('extl', 3, 0), ('rem', 0, 3), ('idx', -6, 1), ('del', -5, 2), ('rev', 3, 3), ('del', 6, 1), ('ins', 1, 2), ('get', 0, 1), ('get', -1, 2), ('app', 2, 3), ('pop', 3, 1)], 0)
rundq([('rem', 2, 1), ('mul', -2, 3), ('cnt', 4, 1), ('set', -6, 1), ('rot', 0, 1), ('rot', 3, 1), ('appl', 1, 0), ('extl', -1, 2), ('get', -2, 3), ('ins', 4, 1), ('app', 6, 2), ('rev', 4, 1), ('mul', 0, 2), ('set', -5, 0), ('rot', 3, 0), ('idx', 2, 0), ('ins', 6, 3), ('pop', 0, 2), ('ins', -1, 3), ('cnt', 5, 0), ('extl', 5, 2), ('pop', -1, 0), ('rot', -1, 3), ('extl', -3, 1), ('ins', -1, 0), ('ins', 4, 2), ('del', -3, 2)], None)
rundq([('del', 4, 2), ('appl', -1, 1), ('ext', 5, 3), ('set', 5, 2), ('cnt', 1, 1), ('popl', 3, 0), ('rem', 0, 2), ('popl', -5, 2), ('popl', -4, 3), ('del', -2, 0), ('del', -1, 2), ('app', -2, 1), ('rot', -6, 2), ('rem', -3, 3), ('app', -6, 2), ('rev', 2, 3), ('set', -6, 0), ('cnt', -3, 1), ('pop', 4, 3), ('mul', 5, 1), ('appl', -5, 0), ('popl', 4, 2), ('get', -2, 3), ('get', -4, 2), ('pop', 4, 0), ('set', 1, 1)], 3)
rundq([('ins', 1, 0), ('ext', -1, 3), ('app', -3, 0), ('ins', -2, 0), ('ins', -5, 0)], None)
rundq([('popl', -4, 3), ('rem', 6, 2), ('popl', -1, 2), ('cnt', 4, 3), ('mul', -4, 3), ('app', -2, 0), ('mul', -3, 0), ('pop', 0, 3), ('get', -3, 2), ('appl', 3, 3), ('ins', -5, 1), ('ins', 0, 1), ('ins', 5, 3), ('del', -5, 3), ('del', 0, 0), ('rev', 2, 2), ('rot', -6, 2), ('rev', 5, 1), ('app', 5, 1), ('popl', 2, 0), ('rem', -6, 1), ('rem', 5, 0), ('appl', -6, 2), ('appl', -4, 0), ('app', 6, 2), ('rem', -3, 3), ('rot', 5, 1), ('del', 2, 3), ('appl', -2, 1), ('ins', 4, 3), ('mul', 1, 0), ('cnt', 5, 3), ('rem', -6, 1)], 5)
rundq([('pop', 5, 3), ('app', 1, 3), ('cnt', -6, 2), ('rot', 1, 2), ('get', 1, 3), ('popl', 4, 2), ('popl', 1, 3), ('appl', 0, 1), ('pop', -1, 0), ('set', -4, 1), ('appl', 3, 1), ('extl', 0, 3), ('get', 2, 3), ('popl', 2, 0), ('ins', 1, 0), ('popl', 2, 2), ('set', 4, 3), ('pop', 4, 2), ('ins', 5, 0), ('set', -4, 2), ('rot', 2, 3), ('get', -4, 1), ('ext', -4, 1), ('appl', -3, 2), ('mul', 5, 2), ('ext', -4, 0), ('rem', -2, 2), ('rem', -5, 1), ('set', -2, 3), ('extl', -2, 0), ('cnt', 4, 2), ('cnt', 0, 2), ('rem', -4, 1)], 0)
rundq([('get', 5, 2), ('app', -2, 0), ('ins', 5, 1), ('ext', 3, 0), ('app', 1, 0), ('popl', -3, 0), ('popl', -6, 0), ('ins', 3, 1), ('rev', 4, 1), ('appl', 4, 0)], 1)
rundq([('rem', -1, 3), ('pop', -5, 0), ('rem', -6, 2), ('mul', 2, 1), ('set', -3, 0), ('ins', 4, 1), ('rem', -6, 3), ('mul', 2, 2), ('pop', 4, 0), ('cnt', -4, 3), ('mul', -6, 0), ('extl', 5, 3), ('cnt', -6, 2), ('app', -5, 2), ('ins', -3, 1), ('extl', 6, 0), ('appl', -2, 1), ('pop', -6, 1), ('rem', 0, 2), ('appl', -6, 3)], 5)
rundq([('cnt', -1, 2), ('pop', -2, 2), ('del', 0, 2), ('extl', -1, 1), ('rem', -4, 3), ('app', 2, 2), ('popl', 5, 1), ('mul', -2, 2), ('get', 3, 0), ('pop', -4, 3), ('popl', -2, 2), ('popl', 4, 0), ('del', -6, 3)], None)
rundq([('rev', 4, 1), ('cnt', 6, 1), ('app', -2, 3), ('rot', -3, 0), ('appl', -4, 0), ('ext', 4, 0), ('idx', 2, 1), ('set', -4, 1), ('popl', 2, 0), ('cnt', -5, 3), ('ins', 0, 0), ('pop', -2, 1), ('idx', -3, 0), ('appl', 5, 1), ('mul', -2, 0), ('mul', -2, 3), ('rev', -3, 1), ('popl', 5, 2), ('set', 5, 3), ('mul', -2, 0), ('ext', 6, 2), ('get', 2, 3), ('ext', -1, 3), ('ext', 4, 1), ('extl', -3, 1), ('mul', 4, 2), ('popl', 0, 1), ('rot', 3, 2), ('idx', -3, 3), ('extl', -6, 3), ('app', -1, 1), ('set', 6, 2)], None)
rundq([('appl', -3, 0), ('ins', -2, 0), ('rem', 3, 0), ('extl', 2, 3), ('popl', 5, 2), ('get', 0, 2), ('extl', -3, 1), ('appl', 4, 2), ('set', 6, 2), ('ins', 1, 1), ('rem', -1, 3), ('rem', 1, 2), ('rot', -3, 3), ('idx', -2, 3), ('get', 2, 3), ('idx', 6, 1), ('popl', 3, 3), ('popl', 6, 0), ('idx', 3, 2), ('popl', 4, 1), ('ins', 6, 2), ('ins', 4, 0), ('pop', 6, 0), ('del', -2, 0), ('ext', 2, 3), ('extl', 0, 0), ('extl', -2, 2), ('set', 4, 0), ('ext', 0, 3), ('set', 6, 0), ('cnt', 4, 1), ('del', 1, 2), ('cnt', 2, 2), ('idx', 4, 2), ('get', 3, 0), ('idx', 3, 2), ('cnt', 3, 1), ('pop', 6, 0), ('del', -1, 3)], 5)
rundq([('appl', 0, 1), ('popl', -1, 0), ('del', -4, 0), ('pop', -1, 0), ('ext', -3, 1), ('appl', 6, 1), ('rot', 1, 3), ('popl', 5, 3), ('rot', 3, 0), ('rem', 6, 2), ('ext', -5, 0), ('app', -5, 3), ('rem', 4, 3), ('mul', -6, 2), ('del', 4, 0), ('extl', -1, 1), ('cnt', 5, 2), ('rev', -3, 1), ('extl', -5, 1), ('rem', 3, 2), ('idx', -1, 3), ('app', 1, 1), ('get', 6, 1), ('rem', -3, 2), ('set', -1, 2), ('rot', -5, 0), ('app', 6, 0), ('app', 0, 2), ('app', 5, 3), ('appl', -6, 0), ('get', -3, 0), ('get', 1, 2), ('rev', 5, 3), ('ext', 1, 2), ('rem', -5, 0), ('pop', 0, 1), ('app', 3, 2), ('set', -6, 3), ('rev', -5, 2)], 5)
rundq([('idx', 1, 1), ('mul', 0, 2), ('idx', 4, 1), ('extl', 3, 1), ('rev', -2, 0), ('extl', 0, 3), ('mul', -4, 1), ('cnt', 1, 3), ('mul', -1, 2), ('set', 4, 3), ('cnt', -4, 0), ('rev', -4, 0), ('set', -4, 3), ('idx', 6, 1), ('appl', 0, 0), ('ins', 3, 3), ('del', -1, 3), ('set', 2, 3), ('idx', 1, 2), ('rem', -1, 0), ('app', 0, 0), ('set', -5, 0), ('rem', 5, 3), ('ins', -5, 2), ('get', 0, 3), ('extl', 4, 2), ('get', 2, 3), ('rev', 4, 2), ('rem', 0, 2), ('popl', -5, 1), ('cnt', -6, 3)], None)
rundq([('get', 2, 0), ('cnt', -4, 0), ('del', 1, 0), ('del', 6, 0), ('set', 6, 0), ('rev', 1, 0), ('pop', 2, 0), ('ins', 5, 0), ('ext', 4, 2), ('popl', 4, 0)], 0)
rundq([('del', 2, 1), ('cnt', -3, 2), ('ext', -4, 1), ('del', 4, 1), ('ins', 3, 2), ('del', 3, 1), ('cnt', 3, 3)], 1)
rundq([('rev', -5, 1), ('ext', -6, 3), ('cnt', -6, 0), ('rot', 4, 0), ('ext', 4, 0), ('appl', 4, 2), ('ins', -1, 0), ('popl', 0, 1), ('set', 1, 2), ('idx', -1, 2), ('rev', 5, 2), ('ext', 4, 1), ('rot', -2, 3)], None)
rundq([('rot', 1, 2), ('rot', -5, 1), ('rot', 1, 2), ('idx', -3, 1), ('get', -4, 2), ('idx', 5, 2), ('rev', 2, 3), ('mul', 5, 0), ('cnt', -1, 2), ('rev', -6, 1), ('idx', 1, 1), ('popl', -5, 1), ('mul', 3, 0), ('idx', 3, 2), ('mul', -2, 0), ('ins', -3, 2), ('rev', 1, 2), ('app', 5, 0), ('rem', 6, 3), ('extl', 3, 2)], 3)
rundq([('rem', -3, 1), ('set', 5, 0), ('ins', -2, 0), ('app', 3, 0), ('cnt', 0, 2), ('idx', 5, 1), ('rem', 3, 3), ('del', 0, 1), ('rev', 3, 1), ('ins', 5, 0), ('rem', 5, 1), ('rem', 1, 2), ('app', -3, 3), ('pop', 2, 2), ('appl', 5, 2), ('rev', -1, 0)], 1)
rundq([('ins', 1, 2), ('get', -2, 3), ('cnt', 5, 3), ('pop', 0, 0), ('app', 5, 2), ('rot', -1, 3), ('ins', -5, 1), ('rem', 5, 0), ('ext', 4, 0), ('get', 1, 3), ('popl', 4, 1), ('rem', 2, 3), ('mul', -5, 1), ('app', -3, 3), ('appl', 2, 0), ('cnt', 6, 1)], None)
rundq([('del', 5, 1), ('ext', 6, 2), ('rot', 6, 0), ('rev', 3, 2), ('cnt', -4, 2), ('del', 0, 3), ('pop', -3, 2), ('rem', 4, 1), ('pop', 2, 2), ('rot', -5, 3), ('appl', 6, 1), ('set', -5, 3), ('rot', 1, 3), ('extl', 6, 1), ('ins', -2, 3), ('appl', 3, 2), ('pop', -5, 0), ('idx', -4, 3), ('ext', 3, 1), ('appl', 6, 2), ('del', 5, 2), ('idx', 0, 0), ('rev', 6, 3), ('popl', 2, 2), ('app', 3, 2), ('app', 5, 0), ('rem', 5, 0), ('get', 3, 1), ('rem', -2, 2), ('cnt', 5, 2)], 3)
rundq([('ins', -1, 2), ('rot', 5, 0), ('popl', -4, 3), ('set', 3, 1), ('rev', 2, 1), ('cnt', 6, 0), ('pop', -5, 3), ('rev', -6, 1), ('ins', -1, 0), ('pop', 3, 3), ('extl', 3, 1), ('del', 0, 0), ('get', 1, 0), ('ins', -2, 3), ('appl', 0, 0), ('get', 4, 1), ('extl', 5, 1), ('extl', 6, 1), ('rev', 0, 2), ('mul', -3, 0), ('app', -2, 0), ('extl', -2, 1), ('rem', -1, 0), ('get', 1, 2), ('mul', -2, 2), ('app', -2, 1), ('rot', 3, 1), ('popl', -5, 0)], None)
