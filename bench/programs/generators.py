# Generator functions, generator expressions and yield from pipelines.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def chained(n):
    yield from evens(numbers(n))
print(sum(chained(200000)), sum(x * x for x in range(100000)) % 1000003)
