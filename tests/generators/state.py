# needs: stdlib
def gen():
    yield 1
g = gen()
import inspect
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
list(g)
print(inspect.getgeneratorstate(g))
