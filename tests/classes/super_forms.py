# super() in the forms the compiler turns into LOAD_SUPER_ATTR, and the ones it leaves alone.
class Base:
    greeting = "hello"
    def m(self, x, k=0):
        return ("Base.m", x, k)
    @classmethod
    def c(cls):
        return ("Base.c", cls.__name__)
    @property
    def p(self):
        return "Base.p"

class Child(Base):
    def m(self, x, k=0):
        return ("Child", super().m(x), super().m(x, k=k), super(Child, self).m(x))
    @classmethod
    def c(cls):
        return ("Child.c", super().c())
    @property
    def p(self):
        return "Child.p/" + super().p
    def attrs(self):
        return super().greeting, super().__class__.__name__, super(Child, self).greeting
    def via_lambda(self):
        return (lambda: super(Child, self).m(1))()
    def args_star(self, *rest):
        return super(*rest).m(2)
    def shadowed(self):
        super = lambda *a: Base()
        return super().m(3)

c = Child()
print(c.m(1, k=5))
print(Child.c())
print(c.p)
print(c.attrs())
print(c.via_lambda())
print(c.args_star(Child, c))
print(c.shadowed())

class NoArgs(Base):
    def m():
        return super().m(1)
try:
    NoArgs.m()
except RuntimeError as e:
    print("RuntimeError:", e)

class Weird(Base):
    def m(self, x, k=0):
        self = 42
        return super().m(x)
try:
    Weird().m(1)
except TypeError as e:
    print("TypeError:", e)

class Missing(Base):
    def m(self, x, k=0):
        return super().nope
try:
    Missing().m(1)
except AttributeError as e:
    print("AttributeError:", e)
