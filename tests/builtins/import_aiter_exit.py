print(exit, quit, type(exit).__name__, type(exit).__module__)
m = __import__('math'); print(m.__name__, m.sqrt(4))
m = __import__('_typing', globals(), None, ['TypeVar'], 0); print(m.__name__)
for bad in [lambda: __import__(1), lambda: __import__('x', level=-1), lambda: __import__(''), lambda: __import__('nope_mod_xyz')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it, 'done'))
    try: await anext(it)
    except StopAsyncIteration: print('stop')
    async def agen():
        yield 1
    g = agen()
    print(await anext(g), await anext(g, 'end'))
c = main()
try: c.send(None)
except StopIteration: pass
for bad in [lambda: aiter(1), lambda: anext(1)]:
    try: bad()
    except TypeError as e: print(e)
try: exit(3)
except SystemExit as e: print('exit', e.code)
quit()
print('not reached')
