# needs: stdlib
import types, sys, copy, pickle
ns = types.SimpleNamespace(a=1, b=2)
print(ns, types.SimpleNamespace({'x': 1}, y=2), types.SimpleNamespace([('q', 3)]))
class Adv(types.SimpleNamespace): pass
a = Adv(z=1); a.self = a
print(a, ns == types.SimpleNamespace(a=1, b=2), ns != ns, ns == 1)
print(copy.replace(ns, a=5), pickle.loads(pickle.dumps(ns)), copy.deepcopy(ns))
for bad in [lambda: types.SimpleNamespace(1, 2), lambda: types.SimpleNamespace({1: 2}), lambda: ns.__replace__(1)]:
    try: bad()
    except TypeError as e: print(e)
print(type(sys.implementation) is types.SimpleNamespace, types.SimpleNamespace.__doc__)
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__qualname__)
