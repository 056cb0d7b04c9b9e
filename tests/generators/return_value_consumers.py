# A generator that returns a value ends normally for every consumer but next() and
# yield from, which see the value.
import itertools


def g():
    yield 1
    return 5


print(list(g()))
for x in g():
    print(x)
print(sum(g()), [*g()], tuple(g()), sorted(g()), set(g()), dict.fromkeys(g()),
      ''.join(map(str, g())), max(g()), any(g()), all(g()), min(g(), default=0))
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
print(next(g(), 7), next(iter([]), 8))
x = lambda: ((yield 1), (yield 2))
print(list(x()))


def outer():
    r = yield from g()
    print('r', r)


print(list(outer()))
print(list(itertools.chain(g(), g())), list(zip(g(), g())), list(enumerate(g())),
      list(itertools.islice(g(), 3)), list(map(str, g())), list(filter(None, g())))
a, = g()
print(a, [v * 2 for v in g()], {v for v in g()}, bytes(g()), bytearray(g()))


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def h():
    r = yield from It()
    print('r', r)


list(h())


class Aw:
    def __await__(self):
        return It()


async def c():
    print('await', await Aw())


try:
    c().send(None)
except StopIteration:
    pass
print(list(It()), next(It(), 5))
try:
    next(It())
except StopIteration as e:
    print(e.value)
