total = 0
for byte in b"\x01\x02\x03\xff":
    total += byte
print(total)
print([hex(c) for c in b"AZ"])
print(bytes(x ^ 0x20 for x in b"Hello"))
