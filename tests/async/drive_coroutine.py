async def add(a, b):
    return a + b
coro = add(2, 3)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
