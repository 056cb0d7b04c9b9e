class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0])
        return False
async def main():
    async with ACM() as r:
        print("inside", r)
    return "ok"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
