# A generator collected while suspended in a try or with block is closed, so its finally
# clauses and __exit__ methods run; gc.collect() makes that happen at a known point.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def lines(name):
    with Resource(name):
        yield "first"
        yield "second"


def counting():
    try:
        yield 1
        yield 2
    finally:
        print("counting finally")


def plain():
    yield 1
    print("never printed")


def delegating():
    yield from counting()


for make in (lambda: lines("a"), counting, plain, delegating):
    it = make()
    print(next(it))
    del it
    gc.collect()
    print("--")

for line in lines("loop"):
    print(line)
    break
gc.collect()
kept = lines("at exit")
print(next(kept))
print("end")
