async def agen(n):
    for i in range(n):
        yield i * i
async def collect():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
c = collect()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
