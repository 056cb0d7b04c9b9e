import sys
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name in ("cpython", "taipan"))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, type(sys.argv).__name__, len(sys.argv))
print(sys.getrecursionlimit(), sys.float_info.max, sys.int_info.bits_per_digit in (15, 30))
