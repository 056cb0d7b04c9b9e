print(list.__add__([1], [2]), tuple.__mul__((1,), 3), list.__rmul__([1], 2), str.__add__('a', 'b'), bytes.__mul__(b'x', 2))
l = [1]; print(list.__iadd__(l, [2]), l, list.__imul__(l, 2))
class ML(list):
    def __add__(self, o): return ML(super().__add__(o))
    def __mul__(self, n): return ML(super().__mul__(n))
m = ML([1]) + [2]; print(type(m).__name__, m, type(ML([3]) * 2).__name__, [0] + ML([5]), ML([1]) * 2)
class T(tuple): pass
print(T((1,)) + (2,), (2,) + T((3,)), T((1,)) * 2, 2 * T((1,)))
try: list.__add__([1], (2,))
except TypeError as e: print(e)
try: tuple.__mul__((1,), 'x')
except TypeError as e: print(e)
ml = ML([1]); ml += [2]; print(type(ml).__name__, ml)
print('__add__' in list.__dict__, '__mul__' in str.__dict__, '__rmul__' in bytearray.__dict__, '__iadd__' in list.__dict__, '__add__' in dict.__dict__)
