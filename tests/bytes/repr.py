for b in [b"", b"'", b'"', b"'\"", b"\x00\xff\n\t\\", bytes(range(30, 35))]:
    print(repr(b))
print(bytearray(b"x'y"))
