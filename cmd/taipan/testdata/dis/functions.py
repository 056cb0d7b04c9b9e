def f(a, b=2):
    c = a + b
    return c * 2
x = f(1)
