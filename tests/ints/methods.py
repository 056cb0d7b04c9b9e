n = 1000
print(n.bit_length(), (255).bit_count(), (-1).bit_length())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((7).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag)
print(int.__name__, type(5).__name__, isinstance(True, int))
