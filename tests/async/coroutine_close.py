class Pause:
    def __await__(self):
        yield
async def w():
    try:
        await Pause()
    finally:
        print("finally on close")
c = w()
c.send(None)
c.close()
print("closed")
