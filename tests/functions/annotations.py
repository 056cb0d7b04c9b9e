def f(a: int, b: "str" = "x") -> list:
    return [a, b]
print(f.__annotations__)
print(f(1))
x: int = 5
print(__annotations__)
