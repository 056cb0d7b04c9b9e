a = (1, 2)
b = [3, 4]
print((*a, *b), [*a, *b, *"xy"], (*range(3),))
def f(*args):
    return args
print(f(*a, *b), f(), f(*()))
