import sys, os.path as p
from . import x

def f(a, b=1, *args, c: int = 2, **kw) -> None:
    """Docstring."""
    return a + b - c * 2 / 3 // 4 % 5 ** 6 @ m


class C(Base, metaclass=M):
    x: int = 0

    async def g(self):
        await self.h()
        lambda: (yield)

x = [1, 2, 3][::2]
y = {'a': 1, **d}
z = {1, 2}
print(x, y, z, sep='')
a <<= 1; a >>= 2; a **= 3; a //= 4; a @= b; a ^= c; a |= d; a &= e
a += 1; a -= 1; a *= 2; a /= 3; a %= 4
b = a == 1 != 2 <= 3 >= 4 < 5 > 6
c = ~a | b & c ^ d << 1 >> 2
if (n := 10) > 5: pass
...
del x
global g
nonlocal_ = not True and False or None is not x in y
