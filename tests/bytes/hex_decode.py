b = bytes(range(5, 12))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"caf\xc3\xa9".decode("utf-8"))
print("naïve".encode("utf-8"), "naïve".encode("latin-1"), b"\xff".decode("latin-1"))
print(b"abc".decode(), str(b"abc", "ascii"))
