print(True + True, True * 10, False - 1, True // 1)
print(bool(0), bool(-1), bool(10 ** 50), int(False))
print(True & False, True | False, True ^ True, ~True)
print(repr(True), str(False), True == 1, hash(True) == hash(1))
