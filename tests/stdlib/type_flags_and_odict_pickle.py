# needs: stdlib
import collections, pickle, copyreg
HEAP, BASE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
class A: pass
import abc
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
for t in (int, bool, A, B, dict, type, list, BaseException, KeyError, str, bytes, tuple):
    f = t.__flags__
    print(t.__name__, bool(f & HEAP), bool(f & BASE), bool(f & ABSTRACT), bool(f & (1 << 24)), bool(f & (1 << 29)), bool(f & (1 << 31)))
od = collections.OrderedDict([('c', 1), ('b', 2), ('a', 3)])
for m in ('keys', 'values', 'items'):
    for proto in (0, 2, 5):
        it = iter(getattr(od, m)()); next(it)
        print(m, proto, list(pickle.loads(pickle.dumps(it, proto))), list(it))
class Unpicklable:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
try:
    copyreg._reduce_ex(iter(od), 1)
except TypeError as e:
    print(e)
