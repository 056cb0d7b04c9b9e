# Subclasses of the itertools classes: instance attributes, keywords for an __init__ of their
# own, __new__ overrides, reprs.
import itertools



def is_even(x):
    return x % 2 == 0


cases = [
    (itertools.repeat, (1, 2), [1, 1]),
    (itertools.filterfalse, (None, [0, 1]), [0]),
    (itertools.chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (itertools.starmap, (pow, ((2, 3), (3, 2))), [8, 9]),
    (itertools.islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (itertools.takewhile, (is_even, [2, 3, 4]), [2]),
    (itertools.dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (itertools.cycle, ([1, 2],), [1, 2, 1]),
    (itertools.compress, ('ABC', [1, 0, 1]), ['A', 'C']),
]
for cls, args, result in cases:
    class Sub(cls):
        pass

    u = Sub(*args)
    print(cls.__name__, type(u) is Sub, list(itertools.islice(u, 0, 3)) == result)
    try:
        Sub(*args, newarg=3)
    except TypeError as e:
        print(' ', e)
    if cls not in (itertools.repeat, itertools.compress):
        class WithInit(cls):
            def __init__(self, *args, newarg=None):
                self.newarg = newarg

        w = WithInit(*args, newarg=3)
        print('  init', w.newarg, list(itertools.islice(w, 0, 3)) == result)

    class WithNew(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self

    n = WithNew(*args, newarg=4)
    print('  new', n.newarg, list(itertools.islice(n, 0, 3)) == result)


class C(itertools.count):
    pass


class Ch(itertools.chain):
    pass


print(repr(C(3)), type(Ch.from_iterable([[1], [2]])).__name__, list(Ch.from_iterable([[1], [2]])))
