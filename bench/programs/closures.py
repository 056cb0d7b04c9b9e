# Closures, nonlocal updates and lambdas called in a loop.
def counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
f = lambda x: x * 3 + 1
total = 0
for i in range(200000):
    total = (total + c(1) + f(i)) % 999983
print(total)
