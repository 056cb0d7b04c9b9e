# with statements: __enter__ and __exit__, as targets, several items,
# suppression, and leaving the body by return, break, continue and raise.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y, CM("c"):
    print("body", x, y)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

def ret():
    with CM("r") as v:
        return v + "!"
print(ret())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("i =", i)

# Unpacking the result of __enter__.
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *args):
        pass

with Pair() as (a, b):
    print(a + b)

# Errors.
class NoEnter:
    def __exit__(self, *a):
        pass

class NoExit:
    def __enter__(self):
        return self

for obj in [1, NoEnter(), NoExit()]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)

# __exit__ raising replaces the exception.
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")

try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# __enter__ raising: __exit__ is not called.
class BadEnter:
    def __enter__(self):
        raise OSError("no enter")
    def __exit__(self, *a):
        print("never")

try:
    with BadEnter():
        print("never")
except OSError as e:
    print(e)

# Special methods are looked up on the type.
class Inst:
    pass
o = Inst()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print(e)

# A with inside a finally, leaving by return.
def mixed():
    try:
        with CM("m1"):
            return "mixed"
    finally:
        with CM("m2"):
            pass
print(mixed())
