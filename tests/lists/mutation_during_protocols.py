# Containers changed by the code their own operations run (__eq__, __hash__, __iter__).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2)


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 < list4 if False else '')

# Extended-slice assignment from an iterator that empties the list.
lst = list(range(10))


def drain():
    lst.clear()
    yield from range(5)


try:
    lst[::2] = drain()
except ValueError as e:
    print(e)
print(lst)


# A key whose __eq__ resizes the dict being searched.
class Evil:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return False


d = {}
d[Evil(d)] = 1
print(Evil(d) in d, len(d))
s = {1, 2, 3}
print(s - {Evil({})})


# A callable iterator whose callable exhausts it.
calls = []


def reenter():
    calls.append(1)
    if len(calls) == 2:
        for _ in it:
            pass
    return len(calls)


it = iter(reenter, 3)
print(list(it))


class BadIter:
    def __iter__(self):
        raise ZeroDivisionError


try:
    3 in BadIter()
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    3 in 5
except TypeError as e:
    print(e)


# Built-in classes reject keywords unless a subclass overrides the method that takes them.
class L(list):
    pass


class L2(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg


class T(tuple):
    pass


class T2(tuple):
    def __new__(cls, seq, newarg=None):
        return super().__new__(cls, seq)


class S(set):
    pass


class F(frozenset):
    def __init__(self, seq, newarg=None):
        pass


for call in (lambda: L(sequence=()), lambda: T(iterable=()), lambda: S(iterable=()),
             lambda: list(sequence=()), lambda: frozenset(iterable=())):
    try:
        call()
    except TypeError as e:
        print(e)
print(L2([1], newarg=2).newarg, T2([1, 2], newarg=3), F([1], newarg=4))


# exec with a closure
def outer(x):
    return lambda: print('closure sees', x)


g = outer(3)
exec(g.__code__, {}, closure=g.__closure__)
for call in (lambda: eval(g.__code__), lambda: exec(g.__code__, {}),
             lambda: exec(g.__code__, {}, closure=(1,)), lambda: exec('1', closure=()),
             lambda: exec((lambda: 0).__code__, closure=())):
    try:
        call()
    except TypeError as e:
        print(e)


# A key's __eq__ that reads and reorders the same dict (an lru_cache called re-entrantly).
cache = {}


def cached(x):
    if x in cache:
        v = cache.pop(x)
        cache[x] = v
        return v
    cache[x] = x
    return x


class DoubleEq:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, other):
        if self.x == 2:
            cached(DoubleEq(1))
        return self.x == other.x


cached(DoubleEq(1))
cached(DoubleEq(2))
print(cached(DoubleEq(2)).x, len(cache))
