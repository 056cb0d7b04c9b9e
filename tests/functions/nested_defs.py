def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](4, 5))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v + 1, abs)(-5))
