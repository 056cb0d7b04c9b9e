print(int("42"), int("-0x1f", 16), int("777", 8), int("z", 36), int("1_000"))
print(int(3.9), int(-3.9), int(True), int("  12  "))
print(int("101", 2), int("0b101", 0), int("0o17", 0))
print(str(123), repr(-7), float(7), complex(2) if False else 2)
