# A metaclass inherits type's __dict__ and __weakref__ instead of adding instance ones.
class M(type):
    def __new__(mcls, name, bases, ns):
        c = super().__new__(mcls, name, bases, ns)
        print(type(c.__dict__).__name__, sorted(k for k in c.__dict__ if not k.startswith('__')))
        return c

class A(metaclass=M):
    x = 1
    def f(self): pass

print('__dict__' in M.__dict__, '__weakref__' in M.__dict__)
print(A.__dict__['x'], type(A).__name__)
d = dict(A.__dict__)
print(d['x'])
class N(M): pass
print('__dict__' in N.__dict__)
