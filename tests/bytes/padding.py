for w in range(0, 9):
    print(b"abc".center(w, b"*"), b"ab".center(w), bytearray(b"x").ljust(w, b"."), b"x".rjust(w), b"-4".zfill(w), b"+x".zfill(w), b"".zfill(w))
for e in ["b'a'.center(3, b'ab')", "b'a'.center(3, 'a')", "b'a'.ljust(3, 1)"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print(b"%d-%s" % (5, b"z"), b"hello".title(), b"a b".partition(b" "))
