class Awaitable:
    def __await__(self):
        x = yield "suspended"
        return x * 2

async def inner():
    v = await Awaitable()
    return v + 1

async def outer():
    return await inner()

c = outer()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i

async def collect():
    out = []
    async for x in AIter():
        out.append(x)
    return out

c = collect()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def bad():
    await 3

try:
    bad().send(None)
except TypeError as e:
    print(e)
