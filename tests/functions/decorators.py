def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
def times(n):
    def deco(fn):
        def w(x):
            return fn(x) * n
        return w
    return deco
@trace
@times(3)
def double(x):
    return 2 * x
print(double(5))
