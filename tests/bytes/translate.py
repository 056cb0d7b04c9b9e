t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc-d".translate(t), b"aabbcc-d".translate(t, b"-"), b"hello".translate(None, b"l"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97], b"abc".maketrans(b"", b"")[:3])
print(b"abc".translate(None, delete=b"b"))
for e in ["bytes.maketrans(b'ab', b'x')", "b'a'.translate(b'x')", "b'a'.translate()", "bytes.maketrans('a', 'b')"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
