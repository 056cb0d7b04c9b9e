for x in (b"ab\ncd\r\nef\rg", bytearray(b"x\n\ny\n"), b"", b"\n"):
    print(x.splitlines(), x.splitlines(True), x.splitlines(keepends=True), x.isascii())
print(b"prefix-body".removeprefix(b"prefix-"), bytearray(b"body.txt").removesuffix(b".txt"), b"abc".removeprefix(b"x"), b"\xff".isascii())
for e in ["b'a'.removeprefix('a')", "b'a'.splitlines(1, 2)", "b'a'.isascii(1)"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
