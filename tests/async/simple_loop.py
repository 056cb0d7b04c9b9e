class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield self.n
async def task(name, steps):
    for i in range(steps):
        await Sleep(i)
        print(name, "step", i)
    return name
def run(coros):
    ready = list(coros)
    results = []
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("a", 2), task("b", 3), task("c", 1)]))
