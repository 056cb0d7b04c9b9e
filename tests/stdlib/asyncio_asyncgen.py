# needs: stdlib
import asyncio
import sys

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")

async def main():
    seen = []
    async for i in ticker(3):
        seen.append(i)
    print(seen)
    agen = ticker(10)
    print(await agen.__anext__())
    # Left unfinished: the loop's asyncgen hooks close it at shutdown.
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    return agen

agen = asyncio.run(main())
print(sys.get_asyncgen_hooks())
print(agen.ag_running, agen.ag_frame is None)
