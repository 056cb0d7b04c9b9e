# Weak references and __del__ with deaths forced by gc.collect(), the way to make them
# happen at a known point without reference counting.
import _weakref
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def report(r):
    print("callback: dead", r() is None)


a = Node("a")
r = _weakref.ref(a, report)
p = _weakref.proxy(a)
print(r(), p.name, _weakref.getweakrefcount(a))
del a
gc.collect()
print(r(), _weakref.getweakrefcount(r))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

cache = {}
for name in "xyz":
    n = Node(name)
    cache[name] = _weakref.ref(n, lambda r, k=name: cache.pop(k))
    if name == "y":
        keep = n
del n
gc.collect()
print(sorted(cache), cache["y"]() is keep)

t = Tracked("t1")
rt = _weakref.ref(t, report)
del t
gc.collect()
print("after collect")
saved = Tracked("kept until exit")
print("end")
