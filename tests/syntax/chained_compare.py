def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(1 < 2 > 1 != 3, 1 == 1 == 1.0)
