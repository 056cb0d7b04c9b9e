# needs: stdlib
# abc.ABCMeta over the built-in _abc: abstract methods, register(), caches, Protocol checks.
import _abc
import abc
import collections.abc as cabc
import typing

print(abc.ABCMeta.__module__, type(abc._abc_init).__name__)


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @abc.abstractclassmethod
    def g(cls): ...


try:
    A()
except TypeError as e:
    print(e)


class B(A):
    def f(self):
        return 1

    @classmethod
    def g(cls):
        return 2


print(B().f(), B.g(), sorted(A.__abstractmethods__), B.__abstractmethods__)
print(issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable), isinstance([], cabc.Sequence),
      isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance('', cabc.Sized))


class V:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


print(cabc.Sequence.register(V) is V, isinstance(V(), cabc.Sequence), issubclass(V, cabc.Reversible))
match V():
    case []:
        print('matches a sequence pattern once registered')
token = abc.get_cache_token()
cabc.Set.register(frozenset)
print(abc.get_cache_token() == token)
try:
    A.register(5)
except TypeError as e:
    print(e)
try:
    B.register(A)
except RuntimeError as e:
    print(e)
try:
    issubclass(5, A)
except TypeError as e:
    print(e)


@typing.runtime_checkable
class P(typing.Protocol):
    def meth(self): ...


class Impl:
    def meth(self):
        pass


print(isinstance(Impl(), P), isinstance(1, P))
match Impl():
    case P():
        print('protocol class pattern')
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(c().__name__ for c in cache), type(version).__name__)
