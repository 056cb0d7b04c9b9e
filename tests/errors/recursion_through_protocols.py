d = {}; d['x'] = d
e = {}; e['x'] = e
try: d == e
except RecursionError as err: print(err)
l = []
for _ in range(100000): l = [l]
try: repr(l)
except RecursionError as err: print(err)
try: str(l)
except RecursionError as err: print(err)
a = []; a.append(a); print(a, repr(d))
m = [];
for _ in range(100000): m = [m]
try: l == m
except RecursionError as err: print(err)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as err: print(err)
class E:
    def __eq__(self, o): return self == o
try: E() == E()
except RecursionError as err: print(err)
import sys
print(sys.getrecursionlimit())
