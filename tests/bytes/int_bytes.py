n = 0x1234_5678
print(n.to_bytes(4, "big"), n.to_bytes(4, "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(bytes([1, 0, 0]), "little"))
print((256).to_bytes(1, "big"))
