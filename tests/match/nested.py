def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", l, r):
            return evaluate(l) + evaluate(r)
        case ("mul", l, r):
            return evaluate(l) * evaluate(r)
        case ("neg", e):
            return -evaluate(e)
        case other:
            raise ValueError(f"bad expression {other!r}")
tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
evaluate(("pow", 1, 2))
