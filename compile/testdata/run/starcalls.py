def show(*args, **kwargs):
    return args, sorted(kwargs.items())

a = [1, 2]
k = {"x": 1}
print(show(*a))
print(show(0, *a, 3, *(4, 5)))
print(show(**k))
print(show(0, **k, y=2, z=3))
print(show(w=0, **k, **{"q": 9}))
print(show(*a, **k))
print(show(1, 2, 3, *a))
print("{}-{}".format(*a))
print(show(*range(3), *"ab"))
print(show(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, b0=0, b1=1, b2=2, b3=3, b4=4, b5=5)[1][-1])
print(len(show(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0)[0]))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = type.__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
bases = (object,)
class C(*bases, metaclass=Meta, flag=True):
    pass
print(C.kw, C.__bases__)
