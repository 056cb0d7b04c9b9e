# The await and async for instructions are not run here: the coroutines
# below finish without suspending.
async def add(a, b):
    return a + b

async def never(x):
    if x:
        return await x
    async for v in x:
        pass
    return [w async for w in x]

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(add(2, 3)))
print(run(never(0)) if False else run(add("a", "b")))
c = never(0)
print(type(c).__name__)
c.close()
