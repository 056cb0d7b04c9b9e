# needs: stdlib
import collections, os
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print({**M()}, {**collections.ChainMap({'x': 1}), 'y': 2}, dict(**M()))
for bad in [5, [('a', 1)]]:
    try: print({**bad})
    except TypeError as e: print(e)
try: print({*5})
except TypeError as e: print(e)
def f(**kw): return kw
print(f(**M()))
try: f(**[1])
except TypeError as e: print(e)
od = collections.OrderedDict([('b', 1), ('a', 2)]); od.move_to_end('b'); print({**od})
