def a():
    v = 1
    def b():
        def c():
            return v + 1
        return c
    return b
print(a()()())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c())
