async def bad():
    raise KeyError("from coroutine")
async def main():
    try:
        await bad()
    except KeyError as e:
        print("caught", e)
    await bad()
c = main()
c.send(None)
