def f(a, b=1, *, c=2):
    "Docstring here."
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_varnames[:3], f.__code__.co_name)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
f.custom = 5
print(f.custom)
