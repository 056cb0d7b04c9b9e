x = 1
x = y = z = 2
x, y = y, x
[a, b] = c
(a, b), *c = d
a.b = c[d] = e
x += 1
x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x @= 7
x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5
a.b += 1
a[1] += 2
x: int
x: int = 1
(x): int = 1
a.b: str
a[0]: int = 0
x = yield
x = yield from y
x = *a, *b
del x
del x, y[1], z.w
del (a, b), [c]
pass
break
continue
return
return 1
return 1, 2
raise
raise E
raise E from None
global a, b
nonlocal c
assert x
assert x, "message"
import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...pkg import z
from .... import w
from a import (b, c,)
from a import *
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = tuple[T, *Ts]
type W[T = int, *Ts = tuple[int], **P = [int]] = T
x = 1;
