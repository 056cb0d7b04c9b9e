# needs: stdlib
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        out.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    out = []
    for i in range(10):
        q.put_nowait(i % 3)
    tasks = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(len(out), sorted(x[1] for x in out))
    print([type(r).__name__ for r in res])

    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout block", type(e).__name__)

    async def fails(n):
        await asyncio.sleep(0)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1))
            tg.create_task(fails(2))
    except* ValueError as eg:
        print("group", sorted(str(e) for e in eg.exceptions))

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, fut.set_result, 42)
    print("future", await fut)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    sem = asyncio.Semaphore(2)
    counts = []
    async def limited(i):
        async with sem:
            counts.append(sem._value)
            await asyncio.sleep(0)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print("sem", counts)
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print("to_thread", r)
    return "done"

print(asyncio.run(main()))
