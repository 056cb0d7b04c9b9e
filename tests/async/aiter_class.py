class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    return [x async for x in Ticker(3)]
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
