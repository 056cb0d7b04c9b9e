# needs: stdlib
import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    res = await asyncio.gather(square(2), square(3))
    return res
print(asyncio.run(main()))
