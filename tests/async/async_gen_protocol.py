class Sleep:
    def __await__(self):
        v = yield "tick"
        return v
async def agen(n):
    try:
        for i in range(n):
            got = await Sleep()
            x = yield (i, got)
            if x is not None:
                print("sent", x)
    finally:
        print("cleanup")
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    g = agen(5)
    step = g.__anext__()
    print(type(g).__name__, type(step).__name__, g.__aiter__() is g)
    print(await step)
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    h = agen(5)
    await h.__anext__()
    print(await h.aclose())
    r = [v async for v in agen(2)]
    print(r)
    return "done"
c = main()
v = None
while True:
    try:
        y = c.send(v)
        v = y + "!"
    except StopIteration as e:
        print("result", e.value)
        break
async def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def m2():
    b = bad()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print(e)
try:
    m2().send(None)
except StopIteration:
    pass
