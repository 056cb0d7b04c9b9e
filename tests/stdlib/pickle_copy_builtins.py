# needs: stdlib
# Pickling and deep-copying the built-in types and iterators, at every protocol.
import copy
import pickle


def roundtrip(o):
    return [pickle.loads(pickle.dumps(o, proto)) for proto in range(pickle.HIGHEST_PROTOCOL + 1)]


values = [set([1, 2]), frozenset([3]), [1, [2]], {1: 2}, (1, 2), b'ab', bytearray(b'x\xff'),
          bytearray(), 1.5, 2**70, 'é', complex(1, 2), range(1, 10, 2), slice(1, 2), None, True,
          Ellipsis, NotImplemented, int, len, list[int], tuple[int, ...]]
for v in values:
    results = roundtrip(v)
    print(repr(v), all(r == v for r in results), repr(copy.deepcopy(v)))

print(set().__reduce__(), frozenset([1]).__reduce__())
print(bytearray(b'\xffa').__reduce__(), bytearray(b'a').__reduce_ex__(3), bytearray().__reduce_ex__(4))
print(slice(1, 2, 3).__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce__())


class S(set):
    pass


s = S([1])
s.x = 1
print(s.__reduce__()[0].__name__, s.__reduce__()[1:], pickle.loads(pickle.dumps(s)).x)

iterables = [[1, 2, 3], (1, 2, 3), 'abc', 'éab', b'abc', bytearray(b'abc'), range(5),
             range(2**70, 2**70 + 3), {1: 2, 3: 4}, {1, 2, 3}]
for make in (iter, reversed):
    for seq in iterables:
        try:
            it = make(seq)
        except TypeError as e:
            print(make.__name__, type(seq).__name__, e)
            continue
        next(it)
        for proto in (0, 2, 5):
            print(type(it).__name__, proto, list(pickle.loads(pickle.dumps(it, proto))))
        print(type(it).__name__, 'reduce', it.__reduce__()[1:])
        list(it)
        print(type(it).__name__, 'exhausted', it.__reduce__()[1:])

for it in [enumerate('abc', 5), zip('ab', 'cd'), map(str, [1, 2]), filter(None, [0, 1, 2])]:
    next(it)
    print(type(it).__name__, list(pickle.loads(pickle.dumps(it))))

print(iter(int, 1).__reduce__()[1:])
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
r = iter(range(10))
r.__setstate__(7)
print(list(r))
rev = reversed([1, 2, 3])
rev.__setstate__(0)
print(list(rev))
try:
    iter([]).__setstate__('x')
except TypeError as e:
    print(e)

print(copy.deepcopy([slice(1, [2]), {1, 2}, frozenset(), bytearray(b'ab')]))
