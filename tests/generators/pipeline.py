def nums():
    yield from range(20)
def evens(src):
    return (x for x in src if x % 2 == 0)
def squares(src):
    for x in src:
        yield x * x
print(list(squares(evens(nums()))))
