class Yield:
    def __await__(self):
        v = yield "suspended"
        return v
async def inner():
    got = await Yield()
    return got * 2
async def outer():
    a = await inner()
    b = await inner()
    return a + b
c = outer()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("done", e.value)
