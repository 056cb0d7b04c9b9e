# Instances of Python subclasses of the built-in types have a __dict__.
for base, arg in [(int, 1), (float, 1.0), (complex, 1j), (str, 'a'), (bytes, b'a'), (bytearray, b'b'),
                  (tuple, (1,)), (list, [1]), (dict, {}), (set, ()), (frozenset, ())]:
    C = type('C', (base,), {})
    o = C(arg)
    o.x = 5
    print(base.__name__, o.x, vars(o), base(o) == base(arg))


class RectComplex(complex):
    def __init__(self, x, y):
        self.x = x
        self.y = y


r = RectComplex(4, 3)
print(r, r.x, r.y, abs(r))
try:
    class S(bytes):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
