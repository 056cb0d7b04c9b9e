print(abs(-3), abs(-2.5), divmod(9, 4), pow(2, 10), round(2.567, 2), sum([1.5, 2.5]))
print(min(4, 2, 8), max("abc", key=ord), bin(10), hex(-255), oct(64), int("ff", 16))
print(chr(65), ord("a"), float("1e3"), complex(1, 2), complex("3+4j"), abs(3 + 4j))
