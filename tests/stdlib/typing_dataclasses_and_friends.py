# needs: stdlib
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, NamedTuple, Protocol, Any, Literal, TypedDict
from dataclasses import dataclass, field, asdict, replace, fields
from enum import Enum, IntEnum, Flag, auto
import functools, itertools, collections, json, re, string, math, datetime, decimal, fractions, statistics, heapq, bisect, copy, operator, textwrap, pprint
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], List[int], Optional[str], Union[int, str], Dict[str, List[int]])
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point._fields, Point(1, 2)._asdict())
class TD(TypedDict):
    a: int
print(TD(a=1), Literal['x'])
@dataclass(frozen=True)
class P:
    x: int
    y: list = field(default_factory=list)
    def norm(self): return math.hypot(self.x, len(self.y))
p = P(3, [1]); print(p, asdict(p), replace(p, x=5), [f.name for f in fields(P)], p.norm(), hash(P(1, ())) == hash(P(1, ())))
try: p.x = 3
except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = auto(); GREEN = auto()
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Color.RED, Color.GREEN.value, Perm.R | Perm.W, list(Perm), IntEnum('N', 'A B').B + 1)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(operator.mul, range(1, 10)), list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(collections.Counter('mississippi').most_common(3), collections.OrderedDict(a=1, b=2), collections.ChainMap({'a': 1}, {'b': 2})['b'])
print(json.dumps({'b': [1, 2.5, None], 'a': 'é'}, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('[1, {"x": true}]'), re.split(r'[,;]\s*', 'a, b;c'), re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper(), 'ab cd'))
print(string.Template('$a + ${b}').substitute(a=1, b=2), string.capwords('hello world'), '{:>8.3f}|{:<6}|{:^7}'.format(math.pi, 'x', 'mid'))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 1, 12, 30).isoformat(), datetime.date(2024, 1, 1).strftime('%A %d %B %Y'))
print(decimal.Decimal('0.1') + decimal.Decimal('0.2'), decimal.Decimal(1) / decimal.Decimal(7), fractions.Fraction(1, 3) + fractions.Fraction(1, 6), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
h = [5, 1, 3]; heapq.heapify(h); print(heapq.heappop(h), heapq.nlargest(2, [1, 5, 3]), bisect.bisect_left([1, 2, 4], 3))
d = {'a': [1, {'b': 2}]}; e = copy.deepcopy(d); e['a'][1]['b'] = 3; print(d, e)
print(textwrap.fill('The quick brown fox jumps over the lazy dog', 15)); pprint.pprint({'x': list(range(12)), 'y': 'z' * 30, 'w': {'k': 1}}, width=40)
print(sorted(['b', 'A', 'c'], key=str.casefold), max([(1, 'b'), (1, 'a')]), sum(x * x for x in range(10)), any(map(str.isdigit, 'ab1')))
