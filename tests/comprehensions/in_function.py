def evens(n):
    return [i for i in range(n) if i % 2 == 0]
def table(n):
    return {i: {j: i * j for j in range(1, n + 1)} for i in range(1, n + 1)}
print(evens(9), table(3)[2])
def closure_comp(k):
    return [lambda: k * i for i in range(3)]
print([f() for f in closure_comp(10)])
