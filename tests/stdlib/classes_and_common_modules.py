# needs: stdlib
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
print(Vec(1, 2) + Vec(3, 4), sorted([Vec(2, 1), Vec(1, 5)]), {Vec(1, 1): 'a'}, list(Vec(5, 6)), Vec(0, 0) or 'empty')
import functools
@functools.total_ordering
class V2:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V2(1) <= V2(2), V2(3) > V2(2))
class Meta(type):
    def __call__(cls, *a, **k):
        print('creating', cls.__name__); return super().__call__(*a, **k)
class W(metaclass=Meta):
    def __init__(self, a=1): self.a = a
print(W(5).a)
class P:
    @property
    def v(self): return 42
    @v.setter
    def v(self, val): print('set', val)
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
p = P(); p.v = 3; print(p.v, P.s(), P.c(), p.c())
class D(dict):
    def __missing__(self, k): return k * 2
print(D(a=1)['zz'], D(a=1)['a'])
class E(Exception):
    def __init__(self, msg, code): super().__init__(msg); self.code = code
try: raise E('bad', 3)
except E as e: print(e, e.code, e.args, repr(e))
try:
    try: 1 / 0
    except ZeroDivisionError as e: raise ValueError('wrapped') from e
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
def gen():
    try:
        x = yield 1
        print('got', x)
        yield 2
    finally:
        print('cleanup')
g = gen(); print(next(g), g.send('hi')); g.close()
import contextlib
@contextlib.contextmanager
def cm(): print('enter'); yield 'v'; print('exit')
with cm() as v: print(v)
from collections import namedtuple, Counter, OrderedDict, deque, defaultdict
Pt = namedtuple('Pt', 'x y'); print(Pt(1, 2), Pt(1, 2)._asdict(), Pt._fields, Pt(1, 2)._replace(x=5))
print(Counter('abracadabra').most_common(2), deque([1, 2, 3], maxlen=2), defaultdict(list))
from dataclasses import dataclass, field
@dataclass(order=True)
class DC:
    a: int
    b: list = field(default_factory=list)
print(DC(1), DC(1) == DC(1), DC(1) < DC(2))
import enum
class Color(enum.Enum):
    RED = 1; GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color['GREEN'].value)
import itertools
print(list(itertools.permutations('abc', 2))[:3], list(itertools.accumulate([1, 2, 3])), list(itertools.chain.from_iterable([[1], [2]])))
import math
print(math.gcd(12, 18), math.isqrt(17), math.comb(5, 2), math.factorial(10), math.pi, math.inf)
import re
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.match(r'(?P<n>\w+)', 'hey').group('n'))
import json
print(json.dumps({'a': [1, 2.5, None, True]}, sort_keys=True), json.loads('{"x": [1, "y"]}'))
