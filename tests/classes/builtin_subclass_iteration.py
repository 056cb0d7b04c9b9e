# Subclasses of tuple and list that iterate their own way are iterated, not read directly.
class T(tuple):
    def __iter__(self): return iter([9, 8])
class L(list):
    def __iter__(self): return iter('xy')
t = T((1, 2)); l = L([1, 2])
a, b = t; print(a, b)
c, d = l; print(c, d)
print(*t, *l, [*t], list(t), tuple(l), sorted(t), sorted(set(l)), dict.fromkeys(t), max(t), sum(t), ''.join(l), list(zip(t, l)))
def f(*args): return args
print(f(*t), f(*l), '-'.join(map(str, t)), {*t}, any(t), min(l))
x = [0, 0, 0]; x[0:2] = t; print(x); x[::2] = L([5, 6]); print(x); x.extend(t); x += l; print(x)
print(tuple(t), tuple(l), list(l), ' '.join(L(['a'])), bytes(T((65, 66))), bytearray(T((1,))))
