def f(*args, **kwargs):
    return args, kwargs
print(f(1, *[2, 3], 4, *(), x=1, **{"y": 2}))
print(f(**{}), f(*"ab"))
f(1, **{"a": 1}, a=2)
