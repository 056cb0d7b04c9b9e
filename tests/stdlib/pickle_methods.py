# needs: stdlib
import pickle, copy
import __main__
class A:
    pass
class A:
    def m(self): return 1
    @classmethod
    def c(cls): return 2
a = A()
for o in [str.upper, dict.fromkeys, int.__add__, (1).__add__, a.m, A.c, [].append, str.__dict__['maketrans'] if False else len]:
    for proto in (0, 2, 4):
        r = pickle.loads(pickle.dumps(o, proto))
    print(type(o).__name__, r == o or type(r).__name__, o.__reduce__()[1][1:] if type(o).__name__ != 'builtin_function_or_method' else '')
print(pickle.loads(pickle.dumps(a.m))(), copy.copy(str.upper)('x'), copy.deepcopy(A.c)())
