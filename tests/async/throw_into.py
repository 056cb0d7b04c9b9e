class Pause:
    def __await__(self):
        yield
async def worker():
    try:
        await Pause()
    except ValueError as e:
        print("worker got", e)
        return "recovered"
c = worker()
c.send(None)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)
