def f(x):
    return x
f(x=1, y=2)
