print(float("3.5"), float("-1e3"), float(" 12 "), float(10 ** 20), int(2.9e10))
print(float.fromhex("0x1.8p1"), (0.5).hex(), (2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float(True))
