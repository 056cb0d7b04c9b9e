def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def adder(k):
    return lambda x: x + k
print(list(map(adder(10), [1, 2])))
