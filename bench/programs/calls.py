# Many small function calls with positional and keyword arguments.
def add(a, b):
    return a + b
def scale(x, k=2):
    return x * k
acc = 0
for i in range(250000):
    acc = add(acc, scale(i, k=3)) % 1000003
print(acc)
